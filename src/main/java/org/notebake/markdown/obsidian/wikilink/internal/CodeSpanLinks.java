package org.notebake.markdown.obsidian.wikilink.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.notebake.markdown.obsidian.internal.TextSlicer;
import org.notebake.markdown.obsidian.math.InlineMath;
import org.notebake.markdown.obsidian.wikilink.WikiLink;

/**
 * Wikilinks whose heading or alias holds code spans or maths, {@code [[Filters#`move`|`move`]]},
 * {@code [[Euler|$e^{i\pi}$]]}: the inline parser has already cut that text into text, code and
 * maths nodes, so the link is put together again from them. The target and fragment keep the
 * backticks and dollars as written; the alias becomes the link's children, so the code stays {@code
 * <code>} and the maths stays maths in the link text. A wikilink that a removed comment cut into
 * two text nodes is put together the same way.
 */
final class CodeSpanLinks {

  /** A run of text and code nodes longer than this is not searched for a closing "]]". */
  private static final int MAX_NODES = 16;

  private CodeSpanLinks() {}

  /**
   * What {@link #join} left: text to scan for whole wikilinks, and the text after a joined link,
   * which may open the next interrupted one (null if none).
   */
  record Joined(List<Text> scan, Text after) {}

  /**
   * If {@code first} opens a wikilink that code spans interrupt, replaces the run with text before
   * the link, the link and text after it; otherwise leaves {@code first} alone to scan.
   */
  static Joined join(Text first) {
    String head = first.getLiteral();
    int open = head.lastIndexOf("[[");
    // Text next to text is a wikilink that a removed comment cut in two: [[Note|a %%x%% b]].
    Node next = first.getNext();
    if (open < 0 || head.indexOf("]]", open) >= 0 || !(isLiteral(next) || next instanceof Text)) {
      return new Joined(List.of(first), null);
    }
    List<Node> middle = new ArrayList<>();
    Text last = null;
    for (Node node = first.getNext();
        node != null && middle.size() < MAX_NODES;
        node = node.getNext()) {
      if (node instanceof Text text && text.getLiteral().contains("]]")) {
        last = text;
        break;
      }
      if (!isLiteral(node) && !(node instanceof Text)) {
        return new Joined(List.of(first), null);
      }
      middle.add(node);
    }
    if (last == null) {
      return new Joined(List.of(first), null);
    }
    int close = last.getLiteral().indexOf("]]");
    WikiLink link = build(first, open, middle, last, close);
    if (link == null) {
      return new Joined(List.of(first), null);
    }
    List<Text> left = new ArrayList<>();
    Text rest = null;
    int start = link.embed() ? open - 1 : open;
    if (start > 0) {
      Text before = TextSlicer.slice(first, 0, start);
      first.insertBefore(before);
      left.add(before);
    }
    List<SourceSpan> spans = new ArrayList<>(TextSlicer.spans(first, start, head.length()));
    middle.forEach(node -> spans.addAll(node.getSourceSpans()));
    spans.addAll(TextSlicer.spans(last, 0, close + 2));
    link.setSourceSpans(spans);
    first.insertBefore(link);
    if (close + 2 < last.getLiteral().length()) {
      rest = TextSlicer.slice(last, close + 2, last.getLiteral().length());
      last.insertAfter(rest);
    }
    first.unlink();
    middle.forEach(Node::unlink);
    last.unlink();
    return new Joined(left, rest);
  }

  /** The link the run spells, with the alias's text and code as children; null if none. */
  private static WikiLink build(Text first, int open, List<Node> middle, Text last, int close) {
    List<Node> parts = new ArrayList<>();
    parts.add(new Text(first.getLiteral().substring(open + 2)));
    parts.addAll(middle);
    parts.add(new Text(last.getLiteral().substring(0, close)));
    StringBuilder reference = new StringBuilder();
    List<Node> alias = null;
    for (Node part : parts) {
      if (part instanceof InlineMath math) {
        if (math.tex().indexOf('|') >= 0) {
          return null;
        }
        String dollars = math.display() ? "$$" : "$";
        if (alias != null) {
          alias.add(new InlineMath(math.tex(), math.display()));
        } else {
          reference.append(dollars).append(math.tex()).append(dollars);
        }
        continue;
      }
      if (part instanceof Code code) {
        if (code.getLiteral().indexOf('|') >= 0) {
          return null; // which bar starts the alias would be a guess
        }
        if (alias != null) {
          alias.add(new Code(code.getLiteral()));
        } else {
          reference.append('`').append(code.getLiteral()).append('`');
        }
        continue;
      }
      String literal = ((Text) part).getLiteral();
      int bar = alias == null ? literal.indexOf('|') : -1;
      if (alias != null) {
        alias.add(new Text(literal));
      } else if (bar >= 0) {
        reference.append(literal, 0, bar);
        alias = new ArrayList<>();
        alias.add(new Text(literal.substring(WikiLinkSyntax.aliasStart(literal, bar))));
      } else {
        reference.append(literal);
      }
    }
    boolean embed = open > 0 && first.getLiteral().charAt(open - 1) == '!';
    WikiLink parsed = WikiLinkSyntax.parse(reference.toString(), embed);
    if (parsed == null) {
      return null;
    }
    String aliasText = alias == null ? null : plain(alias).strip();
    WikiLink link =
        new WikiLink(
            parsed.target(),
            parsed.fragment(),
            aliasText == null || aliasText.isEmpty() ? null : aliasText,
            embed);
    if (link.alias() != null && !embed) {
      trim(alias);
      alias.forEach(link::appendChild);
    }
    return link;
  }

  /** Inline nodes whose text the inline parser took as written: code spans and maths. */
  private static boolean isLiteral(Node node) {
    return node instanceof Code || node instanceof InlineMath;
  }

  private static String plain(List<Node> nodes) {
    StringBuilder text = new StringBuilder();
    for (Node node : nodes) {
      if (node instanceof Code code) {
        text.append(code.getLiteral());
      } else if (node instanceof InlineMath math) {
        text.append(math.tex());
      } else {
        text.append(((Text) node).getLiteral());
      }
    }
    return text.toString();
  }

  /** Drops the spaces around the alias, and text nodes left empty. */
  private static void trim(List<Node> alias) {
    while (!alias.isEmpty() && alias.get(0) instanceof Text text) {
      text.setLiteral(text.getLiteral().stripLeading());
      if (!text.getLiteral().isEmpty()) {
        break;
      }
      alias.remove(0);
    }
    while (!alias.isEmpty() && alias.get(alias.size() - 1) instanceof Text text) {
      text.setLiteral(text.getLiteral().stripTrailing());
      if (!text.getLiteral().isEmpty()) {
        break;
      }
      alias.remove(alias.size() - 1);
    }
    alias.removeIf(node -> node instanceof Text text && text.getLiteral().isEmpty());
  }
}
