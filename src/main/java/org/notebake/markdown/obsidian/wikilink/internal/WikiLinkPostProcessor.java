package org.notebake.markdown.obsidian.wikilink.internal;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.SourceSpans;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.notebake.markdown.obsidian.internal.TextSlicer;
import org.notebake.markdown.obsidian.wikilink.WikiLink;

/**
 * Puts in place the wikilinks {@link WikiLinkProcessor} found while parsing, turns the {@code
 * [[..]]} still inside text nodes (those whose text holds code spans or maths) into {@link
 * WikiLink} nodes, then turns escaped brackets back into plain text.
 *
 * <p>Text inside links and images is skipped, and a wikilink found there goes back to text (a link
 * cannot hold a link). Code spans are separate nodes, so they are never touched. A wikilink left to
 * this pass must sit in one text node: {@code [[Note|*shown*]]} stays literal text because the
 * emphasis splits it.
 */
public final class WikiLinkPostProcessor implements PostProcessor {

  @Override
  public Node process(Node document) {
    TextCollector collector = new TextCollector();
    document.accept(collector);
    collector.parsed.forEach(WikiLinkPostProcessor::place);
    collector.parsedInLinks.forEach(WikiLinkPostProcessor::restore);
    for (Text text : collector.texts) {
      if (text.getParent() == null) {
        continue; // taken into a link whose alias holds code
      }
      // The text after a joined link may open the next one: "[[A|a %%x%% b]] and [[B|c `d`]]".
      for (Text rest = text; rest != null; ) {
        CodeSpanLinks.Joined joined = CodeSpanLinks.join(rest);
        joined.scan().forEach(WikiLinkPostProcessor::linkify);
        rest = joined.after();
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

  private static void place(ParsedWikiLink parsed) {
    WikiLink link = parsed.link();
    link.setSourceSpans(parsed.getSourceSpans());
    parsed.insertBefore(link);
    parsed.unlink();
    if (parsed.insideOuterBrackets()
        && link.getPrevious() instanceof Text before
        && before.getLiteral().endsWith("[")
        && link.getNext() instanceof Text after
        && after.getLiteral().startsWith("]")) {
      cut(before, 0, before.getLiteral().length() - 1);
      cut(after, 1, after.getLiteral().length());
      link.setSourceSpans(widened(link.getSourceSpans()));
    }
  }

  /** Keeps {@code literal[start, end)} of a text, in place: the node stays in the scan list. */
  private static void cut(Text text, int start, int end) {
    if (start == end) {
      text.unlink();
      return;
    }
    text.setSourceSpans(TextSlicer.spans(text, start, end));
    text.setLiteral(text.getLiteral().substring(start, end));
  }

  /** The spans of {@code [inside]} grown by one character on each side, to {@code [[inside]]}. */
  private static List<SourceSpan> widened(List<SourceSpan> spans) {
    if (spans.isEmpty() || spans.get(0).getColumnIndex() == 0) {
      return spans;
    }
    SourceSpan inner = spans.get(0);
    return List.of(
        SourceSpan.of(
            inner.getLineIndex(),
            inner.getColumnIndex() - 1,
            inner.getInputIndex() - 1,
            inner.getLength() + 2));
  }

  private static void restore(ParsedWikiLink parsed) {
    Text text = new Text(parsed.literal());
    text.setSourceSpans(parsed.getSourceSpans());
    parsed.insertBefore(text);
    parsed.unlink();
    TextSlicer.mergeWithNeighbours(text);
  }

  /**
   * Turns an escaped bracket into text, one with the text and escaped brackets around it: a run of
   * them is joined once, so a line of a thousand {@code \[} costs a thousand appends, not a
   * thousand copies of an ever longer text.
   */
  private static void restore(EscapedBracket escaped) {
    if (escaped.getParent() == null) {
      return; // joined with an earlier bracket of its run
    }
    Node first = escaped;
    while (joins(first.getPrevious(), first)) {
      first = first.getPrevious();
    }
    StringBuilder literal = new StringBuilder();
    SourceSpans spans = new SourceSpans();
    Node node = first;
    Node last;
    do {
      literal.append(
          node instanceof Text text ? text.getLiteral() : ((EscapedBracket) node).characters());
      spans.addAll(node.getSourceSpans());
      last = node;
      node = node.getNext();
    } while (joins(last, node));
    Text joined = new Text(literal.toString());
    joined.setSourceSpans(spans.getSourceSpans());
    first.insertBefore(joined);
    for (Node gone = first; gone != node; ) {
      Node next = gone.getNext();
      gone.unlink();
      gone = next;
    }
  }

  /**
   * Whether two neighbours are joined: an escaped bracket and text or another escaped bracket. Two
   * texts with no escaped bracket between them stay apart, as they were.
   */
  private static boolean joins(Node left, Node right) {
    boolean leftEscaped = left instanceof EscapedBracket;
    boolean rightEscaped = right instanceof EscapedBracket;
    return (leftEscaped && (rightEscaped || right instanceof Text))
        || (rightEscaped && left instanceof Text);
  }

  /**
   * Collects text and parsed wikilinks outside links and images, parsed wikilinks inside them, and
   * every escaped bracket, in one walk however deep links and images nest.
   */
  private static final class TextCollector extends AbstractVisitor {
    private final List<Text> texts = new ArrayList<>();
    private final List<EscapedBracket> escapes = new ArrayList<>();
    private final List<ParsedWikiLink> parsed = new ArrayList<>();
    private final List<ParsedWikiLink> parsedInLinks = new ArrayList<>();
    private boolean inLink;

    @Override
    public void visit(Text text) {
      if (!inLink) {
        texts.add(text);
      }
    }

    @Override
    public void visit(Link link) {
      visitInside(link);
    }

    @Override
    public void visit(Image image) {
      visitInside(image);
    }

    @Override
    public void visit(CustomNode node) {
      if (node instanceof EscapedBracket escaped) {
        escapes.add(escaped);
      } else if (node instanceof ParsedWikiLink link) {
        (inLink ? parsedInLinks : parsed).add(link);
      } else {
        visitChildren(node);
      }
    }

    private void visitInside(Node linkOrImage) {
      boolean outer = inLink;
      inLink = true;
      visitChildren(linkOrImage);
      inLink = outer;
    }
  }
}
