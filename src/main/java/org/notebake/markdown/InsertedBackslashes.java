package org.notebake.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

/**
 * Where {@link DeepBrackets} inserted backslashes into a note, so that the source spans the parser
 * gives for the escaped text can be moved back onto the note as written: a diagnostic then names
 * the column the author's editor shows. Lines need no moving, as no line break is inserted.
 *
 * <pre>{@code
 * // "[[[…x…]]] see [[Missing]]", 40 pairs deep: the outer 8 pairs are escaped, 16 backslashes
 * // stand before the wikilink, whose span starts at column 103 of the escaped line.
 * Node document = parser.parse(flat.markdown());
 * flat.inserted().restore(document); // the wikilink's span starts at column 87 again
 * }</pre>
 */
final class InsertedBackslashes {

  /** Nothing inserted: the note is parsed as written and its spans are left alone. */
  static final InsertedBackslashes NONE =
      new InsertedBackslashes(new int[0], new int[0], new int[0]);

  // For each backslash, ascending: its position in the escaped text, its 0-based line there, and
  // its column on that line.
  private final int[] positions;
  private final int[] lines;
  private final int[] columns;

  private InsertedBackslashes(int[] positions, int[] lines, int[] columns) {
    this.positions = positions;
    this.lines = lines;
    this.columns = columns;
  }

  /**
   * Backslashes inserted into {@code written} before each of the first {@code count} of {@code
   * positions}, which ascend.
   */
  static InsertedBackslashes before(String written, int[] positions, int count) {
    if (count == 0) {
      return NONE;
    }
    int[] escaped = new int[count];
    int[] lines = new int[count];
    int[] columns = new int[count];
    int line = 0;
    int lineStart = 0;
    int firstOnLine = 0;
    int at = 0;
    for (int k = 0; k < count; k++) {
      for (; at < positions[k]; at++) {
        if (isLineBreak(written, at)) {
          line++;
          lineStart = at + 1;
          firstOnLine = k;
        }
      }
      // The backslashes before this one, on the line and in all, push it to the right.
      escaped[k] = positions[k] + k;
      lines[k] = line;
      columns[k] = positions[k] - lineStart + (k - firstOnLine);
    }
    return new InsertedBackslashes(escaped, lines, columns);
  }

  /** As the parser breaks lines: at {@code \n}, {@code \r\n} or a lone {@code \r}. */
  private static boolean isLineBreak(String text, int at) {
    char c = text.charAt(at);
    return c == '\n' || (c == '\r' && (at + 1 == text.length() || text.charAt(at + 1) != '\n'));
  }

  /** Moves the source span of every node of {@code document} back onto the note as written. */
  void restore(Node document) {
    if (positions.length == 0) {
      return;
    }
    // Iteratively: a document may nest deeper than the stack would like to recurse.
    Node node = document;
    while (node != null) {
      restoreSpans(node);
      Node next = node.getFirstChild();
      while (next == null && node != document) {
        next = node.getNext();
        node = node.getParent();
      }
      node = next;
    }
  }

  private void restoreSpans(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return;
    }
    List<SourceSpan> restored = new ArrayList<>(spans.size());
    for (SourceSpan span : spans) {
      restored.add(restore(span));
    }
    node.setSourceSpans(restored);
  }

  private SourceSpan restore(SourceSpan span) {
    int line = span.getLineIndex();
    int start = span.getColumnIndex();
    int end = start + span.getLength();
    int column = start - before(line, start);
    int input = span.getInputIndex() - before(span.getInputIndex());
    return SourceSpan.of(line, column, input, end - before(line, end) - column);
  }

  /** How many backslashes were inserted on {@code line} before {@code column}. */
  private int before(int line, int column) {
    return firstAtOrAfter(line, column) - firstAtOrAfter(line, 0);
  }

  /** How many backslashes were inserted before {@code position} of the escaped text. */
  private int before(int position) {
    int found = Arrays.binarySearch(positions, position);
    return found >= 0 ? found : -found - 1;
  }

  /** The first backslash at or after {@code column} of {@code line}, or their count. */
  private int firstAtOrAfter(int line, int column) {
    int low = 0;
    int high = positions.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      boolean earlier = lines[middle] < line || (lines[middle] == line && columns[middle] < column);
      if (earlier) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
