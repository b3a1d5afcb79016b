package org.notebake.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
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

  /** A query block left out: its 1-based line (0 when not known) and its language. */
  public record Query(int line, String language) {}

  /** Unlinks every query block of {@code document}; returns them in document order. */
  public static List<Query> cut(Node document) {
    List<FencedCodeBlock> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(FencedCodeBlock block) {
            if (LANGUAGES.contains(language(block))) {
              found.add(block);
            }
          }
        });
    List<Query> cut = new ArrayList<>();
    for (FencedCodeBlock block : found) {
      List<SourceSpan> spans = block.getSourceSpans();
      int line = spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
      cut.add(new Query(line, language(block)));
      block.unlink();
    }
    return cut;
  }

  private static String language(FencedCodeBlock block) {
    String info = block.getInfo() == null ? "" : block.getInfo().strip();
    int space = info.indexOf(' ');
    return (space < 0 ? info : info.substring(0, space)).toLowerCase(Locale.ROOT);
  }
}
