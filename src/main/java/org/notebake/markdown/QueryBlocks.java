package org.notebake.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Obsidian plugins' query blocks ({@code ```dataview}, {@code ```dataviewjs}, {@code ```query},
 * {@code ```tasks}, the Todoist plugin's {@code ```todoist}, Datacore's {@code ```datacorejsx} and
 * its kin, and Obsidian's own Bases view, {@code ```base}): Obsidian shows what the query finds,
 * never its source, so the author does not see that the source names private folders, people or
 * tags. notebake runs no plugin: the block is left out, and the note's rendering says where.
 *
 * <pre>{@code
 * List<QueryBlocks.Query> cut = QueryBlocks.cut(document); // [Query(12, "dataview")]
 * }</pre>
 */
public final class QueryBlocks {
  static final Set<String> LANGUAGES =
      Set.of(
          "dataview",
          "dataviewjs",
          "query",
          "tasks",
          "todoist",
          "base",
          "datacore",
          "datacorejs",
          "datacorejsx",
          "datacorets",
          "datacoretsx");

  private QueryBlocks() {}

  /**
   * A query left out: its 1-based line and column (0 when not known) and its language, {@link
   * #INLINE} for Dataview's inline query.
   */
  public record Query(int line, int column, String language) {
    public boolean inline() {
      return language.equals(INLINE);
    }
  }

  /** The language of Dataview's inline queries: {@code `= this.mood`}, {@code `$= dv.pages()`}. */
  public static final String INLINE = "inline dataview";

  /**
   * Unlinks every query block of {@code document}, and every inline query; returns them in document
   * order.
   */
  public static List<Query> cut(Node document) {
    List<Node> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(FencedCodeBlock block) {
            if (LANGUAGES.contains(language(block))) {
              found.add(block);
            }
          }

          @Override
          public void visit(Code code) {
            if (isInlineQuery(code.getLiteral())) {
              found.add(code);
            }
          }
        });
    List<Query> cut = new ArrayList<>();
    for (Node node : found) {
      List<SourceSpan> spans = node.getSourceSpans();
      int line = spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
      int column = spans.isEmpty() ? 0 : spans.get(0).getColumnIndex() + 1;
      cut.add(
          new Query(
              line, column, node instanceof FencedCodeBlock block ? language(block) : INLINE));
      node.unlink();
    }
    return cut;
  }

  /**
   * Dataview's inline query, as its default prefixes write it: {@code $=} (JavaScript), or {@code
   * =} and an expression that reads the vault ({@code [[Note]].mood}, {@code this.file}, {@code
   * dv.}, {@code file.}, {@code date(}). Other code that starts with {@code =} stays code: a
   * spreadsheet formula ({@code =SUM(A1:A3)}), a weight ({@code = log2(m/u)}) in a vault that may
   * have no Dataview.
   */
  static boolean isInlineQuery(String literal) {
    String text = literal.strip();
    if (text.startsWith("$=")) {
      return true;
    }
    if (!text.startsWith("=") || text.startsWith("==")) {
      return false;
    }
    return READS_THE_VAULT.matcher(text).find();
  }

  private static final java.util.regex.Pattern READS_THE_VAULT =
      java.util.regex.Pattern.compile(
          "\\[\\[|\\bthis\\.|\\bdv\\.|\\bfile\\."
              + "|\\b(?:link|embed|elink|meta|choice|date|dur|dateformat|striptime|localtime|typeof"
              + "|default)\\(");

  private static String language(FencedCodeBlock block) {
    String info = block.getInfo() == null ? "" : block.getInfo().strip();
    int space = info.indexOf(' ');
    return (space < 0 ? info : info.substring(0, space)).toLowerCase(Locale.ROOT);
  }
}
