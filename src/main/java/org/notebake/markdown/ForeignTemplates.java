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
import org.commonmark.node.Text;

/**
 * Another generator's template syntax left in a note's text: Hugo's shortcodes ({@code {{< tabs
 * >}}}, {@code {{% note %}}}) and Jekyll's Liquid tags ({@code {% include figure.html %}}).
 * notebake runs neither, so the page shows them as text: a site moved from Hugo or Jekyll should
 * hear where. In the text and in the note's HTML (a Jekyll page's {@code {% for %}} loop around its
 * links); code spans, code blocks and HTML's {@code <pre>} and {@code <code>}, where such syntax is
 * shown on purpose, are not read.
 *
 * <pre>{@code
 * List<ForeignTemplates.Tag> tags = ForeignTemplates.find(document);
 * // [Tag(12, 1, HUGO, "tabs")]
 * }</pre>
 */
public final class ForeignTemplates {
  /** {@code {{<} or {@code {{%} then a name; or {@code {%} (not after a brace) then a name. */
  private static final Pattern OPENER =
      Pattern.compile(
          "(\\{\\{[<%])\\s*/?([A-Za-z][\\w./-]{0,40})|(?<!\\{)(\\{%-?)\\s+([a-z]\\w{0,40})");

  private ForeignTemplates() {}

  /** Whose syntax a tag is. */
  public enum Kind {
    HUGO,
    LIQUID
  }

  /**
   * One tag: its 1-based line and column in the note (0 when not known), whose syntax, and the name
   * after the opener ({@code tabs}), which is all a message repeats of it.
   */
  public record Tag(int line, int column, Kind kind, String name) {}

  /** Every tag in the text of {@code document}, in document order. */
  public static List<Tag> find(Node document) {
    List<Tag> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            String literal = text.getLiteral();
            if (literal.indexOf('{') < 0) {
              return;
            }
            Matcher m = OPENER.matcher(literal);
            while (m.find()) {
              found.add(at(text, m.start(), kind(m), name(m)));
            }
          }

          @Override
          public void visit(HtmlBlock html) {
            inHtml(html.getLiteral(), html.getSourceSpans(), found);
          }

          @Override
          public void visit(HtmlInline html) {
            inHtml(html.getLiteral(), html.getSourceSpans(), found);
          }
        });
    return found;
  }

  /**
   * Every tag in a page written in HTML (JBake's and Jekyll's {@code .html} content, its body lines
   * numbered as the file's), outside {@code <pre>} and {@code <code>}.
   */
  public static List<Tag> inHtml(String html) {
    List<Tag> found = new ArrayList<>();
    inHtml(html, List.of(), found);
    return found;
  }

  /** Code in HTML, where such syntax is shown on purpose: blanked before looking. */
  private static final Pattern HTML_CODE = Pattern.compile("(?is)<(pre|code)\\b.*?</\\1\\s*>");

  /**
   * The tags in HTML that a note writes from {@code spans} (one a line, as CommonMark gives an HTML
   * block's), or from the first line of the text when there are none.
   */
  private static void inHtml(String literal, List<SourceSpan> spans, List<Tag> found) {
    if (literal.indexOf('{') < 0) {
      return;
    }
    StringBuilder text = new StringBuilder(literal);
    Matcher code = HTML_CODE.matcher(literal);
    while (code.find()) {
      for (int i = code.start(); i < code.end(); i++) {
        if (text.charAt(i) != '\n') {
          text.setCharAt(i, ' ');
        }
      }
    }
    Matcher m = OPENER.matcher(text);
    int line = 0;
    int lineStart = 0;
    int scanned = 0;
    while (m.find()) {
      for (; scanned < m.start(); scanned++) {
        if (text.charAt(scanned) == '\n') {
          line++;
          lineStart = scanned + 1;
        }
      }
      int column = m.start() - lineStart;
      if (spans.isEmpty()) {
        found.add(new Tag(line + 1, column + 1, kind(m), name(m)));
      } else if (line < spans.size()) {
        SourceSpan span = spans.get(line);
        found.add(
            new Tag(span.getLineIndex() + 1, span.getColumnIndex() + 1 + column, kind(m), name(m)));
      } else {
        SourceSpan first = spans.get(0);
        found.add(new Tag(first.getLineIndex() + 1, first.getColumnIndex() + 1, kind(m), name(m)));
      }
    }
  }

  private static Kind kind(Matcher m) {
    return m.group(1) != null ? Kind.HUGO : Kind.LIQUID;
  }

  private static String name(Matcher m) {
    return m.group(1) != null ? m.group(2) : m.group(4);
  }

  /**
   * The tag at {@code offset} of the text's literal: its column counted from the text's start when
   * the text is one span of one line as long as its literal (nothing escaped in it), else the
   * text's own start.
   */
  private static Tag at(Text text, int offset, Kind kind, String name) {
    List<SourceSpan> spans = text.getSourceSpans();
    if (spans.isEmpty()) {
      return new Tag(0, 0, kind, name);
    }
    SourceSpan first = spans.get(0);
    boolean exact = spans.size() == 1 && first.getLength() == text.getLiteral().length();
    return new Tag(
        first.getLineIndex() + 1, first.getColumnIndex() + 1 + (exact ? offset : 0), kind, name);
  }
}
