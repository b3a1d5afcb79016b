package org.notebake.markdown.obsidian.wikilink.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.notebake.markdown.obsidian.internal.TextSlicer;
import org.notebake.markdown.obsidian.wikilink.WikiLink;

/**
 * Turns {@code [[..]]} inside text nodes into {@link WikiLink} nodes, then turns escaped brackets
 * back into plain text.
 *
 * <p>A post-processor rather than an inline parser because CommonMark handles '[' itself before any
 * custom inline parser could see it. Text inside links and images is skipped (a link cannot hold a
 * link), and code spans are separate nodes, so they are never touched. A wikilink must sit in one
 * text node: {@code [[Note|*shown*]]} stays literal text because the emphasis splits it.
 */
public final class WikiLinkPostProcessor implements PostProcessor {

  @Override
  public Node process(Node document) {
    TextCollector collector = new TextCollector();
    document.accept(collector);
    for (Text text : collector.texts) {
      if (text.getParent() == null) {
        continue; // taken into a link whose alias holds code
      }
      for (Text left : CodeSpanLinks.join(text)) {
        linkify(left);
      }
    }
    for (EscapedBracket escaped : collector.escapes) {
      restore(escaped);
    }
    return document;
  }

  private static void linkify(Text text) {
    String literal = text.getLiteral();
    int done = 0;
    WikiLinkSyntax.Match match = WikiLinkSyntax.find(literal, 0);
    while (match != null) {
      if (match.start() > done) {
        text.insertBefore(TextSlicer.slice(text, done, match.start()));
      }
      WikiLink link = match.link();
      link.setSourceSpans(TextSlicer.spans(text, match.start(), match.end()));
      text.insertBefore(link);
      done = match.end();
      match = WikiLinkSyntax.find(literal, done);
    }
    if (done == 0) {
      return;
    }
    if (done < literal.length()) {
      text.insertBefore(TextSlicer.slice(text, done, literal.length()));
    }
    text.unlink();
  }

  private static void restore(EscapedBracket escaped) {
    Text text = new Text(String.valueOf(escaped.character()));
    text.setSourceSpans(escaped.getSourceSpans());
    escaped.insertBefore(text);
    escaped.unlink();
    TextSlicer.mergeWithNeighbours(text);
  }

  /** Collects text outside links and images, and every escaped bracket. */
  private static final class TextCollector extends AbstractVisitor {
    private final List<Text> texts = new ArrayList<>();
    private final List<EscapedBracket> escapes = new ArrayList<>();

    @Override
    public void visit(Text text) {
      texts.add(text);
    }

    @Override
    public void visit(Link link) {
      collectEscapesOnly(link);
    }

    @Override
    public void visit(Image image) {
      collectEscapesOnly(image);
    }

    @Override
    public void visit(CustomNode node) {
      if (node instanceof EscapedBracket escaped) {
        escapes.add(escaped);
      } else {
        visitChildren(node);
      }
    }

    private void collectEscapesOnly(Node parent) {
      TextCollector inner = new TextCollector();
      inner.visitChildren(parent);
      escapes.addAll(inner.escapes);
    }
  }
}
