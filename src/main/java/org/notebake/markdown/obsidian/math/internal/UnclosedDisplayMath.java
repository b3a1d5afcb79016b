package org.notebake.markdown.obsidian.math.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.commonmark.parser.SourceLine;

/**
 * Tells whether a paragraph ends inside display maths: whether it holds a {@code $$} that nothing
 * after it closes yet, as in {@code It implies $$} followed by {@code x^2}. A line starting with
 * {@code $$} then closes that maths, as it does in Obsidian, instead of opening a block that would
 * run to the end of the note.
 *
 * <p>It reads the text as {@link InlineMathParser} does: a backslash escapes the next character,
 * code spans and {@code $x$} hide their dollars, the first unescaped {@code $$} after an opening
 * one closes it. Code spans and {@code $x$} are looked for within their line only, which is enough
 * to know where a {@code $$} stands.
 *
 * <p>Work stays linear over a whole paragraph, however many {@code $$} lines it takes in: a line of
 * the paragraph that could have opened a block but did not was taken in because it closed open
 * maths, so reading starts just after that line's {@code $$}, and every line is read once.
 */
final class UnclosedDisplayMath {

  private static final int CODE_BLOCK_INDENT = 4;

  private UnclosedDisplayMath() {}

  /** True if the paragraph made of {@code lines} ends inside an unclosed {@code $$}. */
  static boolean endsInside(List<SourceLine> lines) {
    for (int i = lines.size() - 1; i > 0; i--) {
      String line = lines.get(i).getContent().toString();
      int start = leadingSpace(line);
      if (start >= 0 && DisplayMathBlockParser.opensBlock(line.substring(start))) {
        return endsInside(lines, i, start + 2);
      }
    }
    return endsInside(lines, 0, 0);
  }

  /**
   * True if {@code lines}, read from line {@code first} at {@code from} with maths closed there,
   * end inside an unclosed {@code $$}. From the very start, it is the plain reading that the
   * shortcut above must agree with.
   */
  static boolean endsInside(List<SourceLine> lines, int first, int from) {
    boolean inside = false;
    for (int i = first; i < lines.size(); i++) {
      inside = read(lines.get(i).getContent(), i == first ? from : 0, inside);
    }
    return inside;
  }

  /** Where the text of a line starts, or -1 if it is indented as code. */
  private static int leadingSpace(String line) {
    int column = 0;
    int i = 0;
    for (; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        column++;
      } else if (c == '\t') {
        column += 4 - column % 4;
      } else {
        break;
      }
    }
    return column >= CODE_BLOCK_INDENT ? -1 : i;
  }

  /** Reads one line from {@code from}; returns whether display maths is open at its end. */
  private static boolean read(CharSequence line, int from, boolean inside) {
    LineLookahead lookahead = new LineLookahead(line);
    int n = line.length();
    int i = from;
    while (i < n) {
      char c = line.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '$' && i + 1 < n && line.charAt(i + 1) == '$') {
        inside = !inside;
        i += 2;
      } else if (inside) {
        i++;
      } else if (c == '`') {
        i = lookahead.pastCodeSpan(i);
      } else if (c == '$') {
        i = lookahead.pastInlineMath(i);
      } else {
        i++;
      }
    }
    return inside;
  }

  /**
   * Finds closers for code spans and {@code $x$} within a line. A search that found nothing is not
   * run again for a later opener of the same kind: it would find nothing either.
   */
  private static final class LineLookahead {
    private final CharSequence line;
    private final Set<Integer> unclosedRuns = new HashSet<>();
    private boolean noDollarCloser;

    LineLookahead(CharSequence line) {
      this.line = line;
    }

    /** Past the code span opening at {@code start}, or past its backticks if none closes. */
    int pastCodeSpan(int start) {
      int length = runLength(start);
      int after = start + length;
      if (unclosedRuns.contains(length)) {
        return after;
      }
      for (int i = after; i < line.length(); ) {
        if (line.charAt(i) != '`') {
          i++;
          continue;
        }
        int run = runLength(i);
        if (run == length) {
          return i + run;
        }
        i += run;
      }
      unclosedRuns.add(length);
      return after;
    }

    /** Past {@code $x$} opening at {@code start}, or past its dollar if it is not maths. */
    int pastInlineMath(int start) {
      int i = start + 1;
      if (noDollarCloser || i >= line.length() || Character.isWhitespace(line.charAt(i))) {
        return start + 1;
      }
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c == '$' && !Character.isWhitespace(line.charAt(i - 1))) {
          return i + 1;
        }
        i += c == '\\' ? 2 : 1;
      }
      noDollarCloser = true;
      return start + 1;
    }

    private int runLength(int start) {
      int i = start;
      while (i < line.length() && line.charAt(i) == '`') {
        i++;
      }
      return i - start;
    }
  }
}
