package org.notebake.markdown;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * The brackets of one paragraph's inline content that are syntax, read left to right as the inline
 * parser reads them: an escape, a code span, maths, a tag, a comment or an autolink is stepped over
 * whole, and a bracket is given to the caller. Used by {@link SyntaxBrackets}.
 *
 * <pre>{@code
 * String s = "[a] `[b]` $[c]$ <i title=\"[\">";
 * InlineBrackets.read(s, 0, s.length(), found::add); // found: 0, 2
 * }</pre>
 *
 * <p>Each closer is looked for once: backtick runs are indexed by length first, and a search for a
 * dollar or an angle bracket that found one is reused until the reading passes it, one that found
 * none answers for the rest of the paragraph. So the cost stays linear on text full of openers.
 */
final class InlineBrackets {
  private final String text;
  private final int end;
  private final IntConsumer out;
  private final Map<Integer, BacktickRuns> runs = new HashMap<>();
  // Where the last search for each closer ended: -2 before any search, -1 when it found none.
  private int singleDollar = -2;
  private int doubleDollar = -2;
  private int angle = -2;
  private int commentEnd = -2;
  private int at;

  private InlineBrackets(String text, int start, int end, IntConsumer out) {
    this.text = text;
    this.at = start;
    this.end = end;
    this.out = out;
  }

  /** Gives {@code out} the position of each bracket of {@code text[start, end)} that is syntax. */
  static void read(String text, int start, int end, IntConsumer out) {
    new InlineBrackets(text, start, end, out).read();
  }

  private void read() {
    indexBackticks();
    while (at < end) {
      char c = text.charAt(at);
      switch (c) {
        case '\\' -> at += 2;
        case '`' -> at = pastCodeSpan(at);
        case '$' -> at = pastMaths(at);
        case '<' -> at = pastTag(at);
        case '[', ']' -> out.accept(at++);
        default -> at++;
      }
    }
  }

  private void indexBackticks() {
    for (int i = at; i < end; ) {
      if (text.charAt(i) != '`') {
        i++;
        continue;
      }
      int start = i;
      while (i < end && text.charAt(i) == '`') {
        i++;
      }
      runs.computeIfAbsent(i - start, k -> new BacktickRuns()).add(start);
    }
  }

  /** Past the code span opening at {@code start}, or past its backticks if none closes. */
  private int pastCodeSpan(int start) {
    int after = start;
    while (after < end && text.charAt(after) == '`') {
      after++;
    }
    BacktickRuns same = runs.get(after - start);
    int close = same == null ? -1 : same.firstAfter(after);
    return close < 0 ? after : close + (after - start);
  }

  /** Past {@code $tex$} or {@code $$tex$$} opening at {@code start}, or past its dollars. */
  private int pastMaths(int start) {
    if (start + 1 < end && text.charAt(start + 1) == '$') {
      if (doubleDollar != -1 && doubleDollar < start + 2) {
        doubleDollar = unescaped(text, "$$", start + 2, end);
      }
      return doubleDollar < 0 ? start + 2 : doubleDollar + 2;
    }
    if (start + 1 >= end || Character.isWhitespace(text.charAt(start + 1))) {
      return start + 1;
    }
    if (singleDollar != -1 && singleDollar < start + 1) {
      singleDollar = singleCloser(start + 1);
    }
    return singleDollar < 0 ? start + 1 : singleDollar + 1;
  }

  /** The first unescaped {@code $} after non-space at or after {@code from}, or -1. */
  private int singleCloser(int from) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '$' && i > from && !Character.isWhitespace(text.charAt(i - 1))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Past a tag, a comment or an autolink opening at {@code start}: to the next {@code >} with no
   * {@code <} before it, if what lies between can be a tag (a bracket only in a quoted value) or an
   * autolink (a scheme, no blank); a comment to its {@code -->}.
   */
  private int pastTag(int start) {
    char next = start + 1 < end ? text.charAt(start + 1) : ' ';
    if (!Character.isLetter(next) && "/!?".indexOf(next) < 0) {
      return start + 1;
    }
    if (text.startsWith("<!--", start)) {
      if (commentEnd != -1 && commentEnd < start + 4) {
        commentEnd = indexBeforeEnd("-->", start + 4);
      }
      return commentEnd < 0 ? start + 1 : commentEnd + 3;
    }
    if (angle != -1 && angle <= start) {
      angle = nextAngle(start + 1);
    }
    if (angle < 0 || text.charAt(angle) == '<' || !couldBeTag(text, start + 1, angle)) {
      return start + 1;
    }
    return angle + 1;
  }

  /**
   * Whether {@code text[from, to)}, after a {@code <} and before a {@code >}, can be a tag (a
   * bracket only inside a quoted value) or an autolink (a scheme, no blank). Errs towards a tag.
   */
  static boolean couldBeTag(String text, int from, int to) {
    boolean blank = false;
    boolean scheme = false;
    char quote = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      blank |= Character.isWhitespace(c);
      scheme |= c == ':' && !blank;
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if ((c == '[' || c == ']') && (blank || !scheme)) {
        return false;
      }
    }
    return true;
  }

  /** The first {@code token} within the paragraph at or after {@code from}, or -1. */
  private int indexBeforeEnd(String token, int from) {
    // Not text.indexOf: it would search the rest of the note from each paragraph.
    for (int i = from; i + token.length() <= end; i++) {
      if (text.startsWith(token, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The next {@code <} or {@code >} at or after {@code from}, or -1. */
  private int nextAngle(int from) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '<' || c == '>') {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code token} in {@code [from, end)} not escaped by a backslash, or -1. */
  static int unescaped(String text, String token, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (text.startsWith(token, i) && i + token.length() <= end) {
        return i;
      }
    }
    return -1;
  }

  /** The starts of the backtick runs of one length, searched forward only. */
  private static final class BacktickRuns {
    private int[] starts = new int[4];
    private int size;
    private int next;

    void add(int start) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
      }
      starts[size++] = start;
    }

    /** The first run starting at or after {@code from}, or -1. */
    int firstAfter(int from) {
      while (next < size && starts[next] < from) {
        next++;
      }
      return next < size ? starts[next] : -1;
    }
  }
}
