package org.notebake.markdown.obsidian;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.notebake.markdown.obsidian.math.InlineMath;
import org.notebake.markdown.obsidian.tag.Tag;
import org.notebake.markdown.obsidian.wikilink.WikiLink;

/**
 * The visible text of parsed Markdown, as a reader sees it: text and code literals, line breaks as
 * spaces, a tag as {@code #name}, a wikilink as its alias or else its target, maths as its TeX.
 *
 * <pre>{@code
 * PlainText.of(heading);          // "Signals and [[Noise|noise]]" -> "Signals and noise"
 * PlainText.ofChildren(link);     // the text inside [text](target)
 * }</pre>
 */
public final class PlainText extends AbstractVisitor {
  private final StringBuilder text = new StringBuilder();

  /** Whether a wikilink is spelled as written, not as shown ({@link #asLinked}). */
  private boolean linked;

  private boolean sawWikiLink;

  private PlainText() {}

  /**
   * The text of {@code heading} as a link to it names it when it holds a wikilink, or null when it
   * holds none: each wikilink as its target, heading and alias, which Obsidian's "Copy link to
   * heading" and link autocomplete keep as words ({@code Install [[Importer|the importer]]} gives
   * {@code Install Importer the importer}).
   */
  public static String asLinked(Node heading) {
    PlainText visitor = new PlainText();
    visitor.linked = true;
    visitor.visitChildren(heading);
    return visitor.sawWikiLink ? visitor.text.toString() : null;
  }

  /** The text of {@code node} and everything below it. */
  public static String of(Node node) {
    PlainText visitor = new PlainText();
    node.accept(visitor);
    return visitor.text.toString();
  }

  /** The text of {@code parent}'s children, e.g. a link's label. */
  public static String ofChildren(Node parent) {
    PlainText visitor = new PlainText();
    visitor.visitChildren(parent);
    return visitor.text.toString();
  }

  @Override
  public void visit(Text node) {
    text.append(node.getLiteral());
  }

  @Override
  public void visit(Code node) {
    text.append(node.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak node) {
    text.append(' ');
  }

  @Override
  public void visit(HardLineBreak node) {
    text.append(' ');
  }

  @Override
  public void visit(CustomNode node) {
    if (node instanceof Tag tag) {
      text.append('#').append(tag.name());
    } else if (node instanceof WikiLink link && linked) {
      sawWikiLink = true;
      text.append(link.target());
      for (String part : new String[] {link.fragment(), link.alias()}) {
        if (part != null) {
          text.append(' ').append(part);
        }
      }
    } else if (node instanceof WikiLink link) {
      text.append(link.alias() != null ? link.alias() : link.target());
    } else if (node instanceof InlineMath math) {
      text.append(math.tex());
    } else {
      visitChildren(node);
    }
  }
}
