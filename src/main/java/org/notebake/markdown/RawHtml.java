package org.notebake.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * What a parsed note holds of raw HTML: whether it has any, and where its tags carry a {@code
 * style} attribute, which the sanitiser removes (a note's CSS never reaches the site).
 *
 * <pre>{@code
 * RawHtml.of(parser.parse("a <span style=\"color:red\">b</span>")).styles(); // [Position(1, 9)]
 * }</pre>
 *
 * @param found true if the note has an HTML block or an inline tag
 * @param styles 1-based line and column of each {@code style} attribute, in document order
 * @param literals each piece of raw HTML and where it starts, for checks of what the sanitiser will
 *     remove
 */
public record RawHtml(
    boolean found, List<RawHtml.Position> styles, List<RawHtml.Literal> literals) {

  // A style attribute inside a start tag; comments are blanked out before looking.
  private static final Pattern STYLE =
      Pattern.compile("<[A-Za-z][^<>]*?[\\s/\"'](style)\\s*=", Pattern.CASE_INSENSITIVE);

  public RawHtml {
    styles = List.copyOf(styles);
    literals = List.copyOf(literals);
  }

  /**
   * A {@code <script>}, {@code <style>}, ... that its HTML block or paragraph opened and did not
   * close, left out with the rest of that block: where its start tag was, and its name.
   */
  public record Unclosed(Position position, String element) {}

  /** One HTML block or inline tag as written, and the 1-based place of its first character. */
  public record Literal(Position start, String html) {}

  /** A place in the note: 1-based line and column, 0 when the parser kept no positions. */
  public record Position(int line, int column) {}

  /** Reads the raw HTML of a parsed note. */
  public static RawHtml of(Node document) {
    List<Position> styles = new ArrayList<>();
    List<Literal> literals = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(HtmlBlock block) {
            findStyles(block, block.getLiteral(), styles);
            literals.add(new Literal(start(block), block.getLiteral()));
          }

          @Override
          public void visit(HtmlInline inline) {
            findStyles(inline, inline.getLiteral(), styles);
            literals.add(new Literal(start(inline), inline.getLiteral()));
          }
        });
    return new RawHtml(!literals.isEmpty(), styles, literals);
  }

  /** The style attributes of a whole HTML document (JBake's {@code .html} content). */
  public static List<Position> stylesIn(String html) {
    List<Position> styles = new ArrayList<>();
    findStyles(1, 1, html, styles);
    return styles;
  }

  private static Position start(Node node) {
    if (node.getSourceSpans().isEmpty()) {
      return new Position(0, 0);
    }
    SourceSpan span = node.getSourceSpans().get(0);
    return new Position(span.getLineIndex() + 1, span.getColumnIndex() + 1);
  }

  private static void findStyles(Node node, String literal, List<Position> out) {
    int line =
        node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
    int column =
        node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getColumnIndex() + 1;
    findStyles(line, column, literal, out);
  }

  private static void findStyles(int line, int column, String literal, List<Position> out) {
    if (literal.indexOf('<') < 0) {
      return;
    }
    StringBuilder blanked = withoutComments(literal);
    Matcher style = STYLE.matcher(blanked);
    // Lines are counted on from the last match, not from the start again at each one.
    int counted = 0;
    int linesBefore = 0;
    int lineStart = 0;
    while (style.find()) {
      int at = style.start(1);
      for (; counted < at; counted++) {
        if (blanked.charAt(counted) == '\n') {
          linesBefore++;
          lineStart = counted + 1;
        }
      }
      if (line == 0) {
        out.add(new Position(0, 0));
      } else if (linesBefore == 0) {
        out.add(new Position(line, column + at));
      } else {
        out.add(new Position(line + linesBefore, at - lineStart + 1));
      }
    }
  }

  /**
   * The text with each {@code <!-- ... -->} blanked to spaces, its line breaks kept. Read once from
   * start to end: a pattern {@code <!--.*?-->} read on to the end of the text again from each
   * {@code <!--} that no {@code -->} closes (80 KB of them took half a minute).
   */
  static StringBuilder withoutComments(String literal) {
    StringBuilder blanked = new StringBuilder(literal);
    for (int open = literal.indexOf("<!--"); open >= 0; ) {
      int close = literal.indexOf("-->", open + 4);
      if (close < 0) {
        break; // nor does any later opener have an end
      }
      for (int i = open; i < close + 3; i++) {
        if (blanked.charAt(i) != '\n') {
          blanked.setCharAt(i, ' ');
        }
      }
      open = literal.indexOf("<!--", close + 3);
    }
    return blanked;
  }
}
