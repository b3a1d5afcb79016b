package org.notebake.markdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A note the Markdown libraries refuse or cannot finish: a limit of theirs (a table of more than a
 * million cells) or nesting deeper than the thread's stack. Carries the line to blame and a message
 * saying how to fix the note, so the build reports it like any other error instead of stopping with
 * a stack trace.
 *
 * <pre>
 * notes/big.md:4: error: the table has more than 1000000 cells, the Markdown parser's limit; split it into smaller tables
 * </pre>
 */
public final class MarkdownLimitException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private static final Pattern MAX_CELLS = Pattern.compile("maxCells = (\\d+)");

  private final int line;

  private MarkdownLimitException(String message, int line, Throwable cause) {
    super(message, cause);
    this.line = line;
  }

  /** 1-based line of the note the problem starts at, or 0 for the whole note. */
  public int line() {
    return line;
  }

  /** What a library threw on {@code markdown}, as a problem with the note. */
  static MarkdownLimitException of(RuntimeException e, String markdown) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    Matcher cells = MAX_CELLS.matcher(detail);
    if (cells.find()) {
      return new MarkdownLimitException(
          "the table has more than "
              + cells.group(1)
              + " cells, the Markdown parser's limit; split it into smaller tables or publish it"
              + " as a CSV file",
          firstTableLine(markdown),
          e);
    }
    return new MarkdownLimitException(
        "the Markdown library cannot render this note (" + detail + "); simplify or split the note",
        0,
        e);
  }

  /** Nesting deeper than the stack allows: lists, quotes, emphasis or links inside each other. */
  static MarkdownLimitException tooDeep(StackOverflowError e) {
    return new MarkdownLimitException(
        "the note nests lists, quotes or inline markup too deeply to render; flatten the"
            + " nesting or split the note",
        0,
        e);
  }

  /**
   * The header line of the first table: the line above the first delimiter row ({@code |---|:-:|}).
   * Read character by character: a regular expression over a row of a thousand cells recurses once
   * per cell and can itself run out of stack.
   */
  private static int firstTableLine(String markdown) {
    int line = 1;
    int start = 0;
    while (start < markdown.length()) {
      int end = markdown.indexOf('\n', start);
      if (end < 0) {
        end = markdown.length();
      }
      if (isDelimiterRow(markdown, start, end)) {
        return Math.max(1, line - 1);
      }
      start = end + 1;
      line++;
    }
    return 0;
  }

  private static boolean isDelimiterRow(String text, int start, int end) {
    boolean pipe = false;
    boolean dash = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '|') {
        pipe = true;
      } else if (c == '-') {
        dash = true;
      } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return pipe && dash;
  }
}
