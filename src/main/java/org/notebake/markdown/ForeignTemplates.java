package org.notebake.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/**
 * Another generator's template syntax left in a note's text: Hugo's shortcodes ({@code {{< tabs
 * >}}}, {@code {{% note %}}}) and Jekyll's Liquid tags ({@code {% include figure.html %}}).
 * notebake runs neither, so the page shows them as text: a site moved from Hugo or Jekyll should
 * hear where. Code spans and code blocks, where such syntax is shown on purpose, are not text and
 * are not read.
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
              boolean hugo = m.group(1) != null;
              found.add(
                  at(
                      text,
                      m.start(),
                      hugo ? Kind.HUGO : Kind.LIQUID,
                      hugo ? m.group(2) : m.group(4)));
            }
          }
        });
    return found;
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
