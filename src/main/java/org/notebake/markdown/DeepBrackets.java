package org.notebake.markdown;

import java.util.Arrays;
import java.util.Optional;

/**
 * Square brackets stacked higher than any real note stacks them are made text: the outer brackets
 * of such a stack are escaped, so that the note renders in time linear in its length.
 *
 * <pre>{@code
 * DeepBrackets.Flattened f = DeepBrackets.flatten("![[".repeat(16_000) + "x]]" + "]]".repeat(15_999));
 * f.markdown();  // "\!\[\[\!\[\[...![[![[x]]]]...\]\]": the innermost 32 brackets as written
 * f.escaped();   // Optional[Escaped[line=1, column=2, pairs=31968]]
 * }</pre>
 *
 * <p>Why: at each {@code ]}, commonmark-java (0.30 and 0.32) takes all the text back to its {@code
 * [} as the link's text and, for an image or a bracket followed by text, looks it up as a reference
 * label, case folded; cmark and commonmark.js skip labels over the spec's 999 characters. A note of
 * n nested brackets costs n² characters: 100 KB of nested {@code ![[} took 32 s. With no stack
 * higher than {@link #MAX_HEIGHT}, no character lies inside more than that many brackets, and the
 * cost is at most that many passes over the note.
 *
 * <p>A pair's height is one more than the highest pair inside it; a pair higher than the limit is
 * escaped, both brackets. A note whose brackets stack no higher is returned as it is, so nothing
 * below the limit changes. The outer pairs go, not the inner ones, as commonmark-java's own {@code
 * maxInlineNesting} shows the outer images of a too-deep stack as text: the innermost {@code
 * ![[x]]} still embeds {@code x}. Brackets that are not syntax (in code, maths, HTML) are not
 * counted nor touched ({@link SyntaxBrackets}).
 */
public final class DeepBrackets {

  /**
   * 32: a real note stacks brackets a few high (an image in a link in a footnote is three pairs, a
   * wikilink two), and each level allowed costs at most one more pass over the text inside it: a
   * megabyte inside 32 image brackets renders in about 3 s, inside 100 (commonmark-java's {@code
   * maxInlineNesting}, which limits nodes, not brackets) in 11 s.
   */
  public static final int MAX_HEIGHT = 32;

  private DeepBrackets() {}

  /**
   * Where the first escaped bracket was written (1-based, column in characters) and how many pairs
   * were escaped.
   */
  public record Escaped(int line, int column, int pairs) {}

  /**
   * The note to parse, what was escaped in it, if anything, and where the backslashes went, to move
   * the parsed note's source spans back onto the note as written.
   */
  record Flattened(String markdown, Optional<Escaped> escaped, InsertedBackslashes inserted) {
    private static Flattened unchanged(String markdown) {
      return new Flattened(markdown, Optional.empty(), InsertedBackslashes.NONE);
    }
  }

  /** The note with every bracket pair standing higher than {@link #MAX_HEIGHT} escaped. */
  static Flattened flatten(String markdown) {
    if (count(markdown, '[') <= MAX_HEIGHT || count(markdown, ']') <= MAX_HEIGHT) {
      return Flattened.unchanged(markdown);
    }
    int[] brackets = SyntaxBrackets.find(markdown);
    boolean[] escape = tooHigh(markdown, brackets);
    int pairs = 0;
    int first = -1;
    int[] backslashes = new int[64];
    int inserted = 0;
    for (int i = 0; i < brackets.length; i++) {
      if (!escape[i]) {
        continue;
      }
      int at = brackets[i];
      if (markdown.charAt(at) == '[') {
        pairs++;
        first = first < 0 ? at : first;
        if (isMarker(markdown, at - 1)) {
          // The image's or footnote's marker too, so that the run of escapes is unbroken.
          backslashes = added(backslashes, inserted++, at - 1);
        }
      }
      backslashes = added(backslashes, inserted++, at);
    }
    if (pairs == 0) {
      return Flattened.unchanged(markdown);
    }
    return new Flattened(
        escaped(markdown, backslashes, inserted),
        Optional.of(at(markdown, first, pairs)),
        InsertedBackslashes.before(markdown, backslashes, inserted));
  }

  /** {@code markdown} with a backslash before each of the first {@code count} of {@code at}. */
  private static String escaped(String markdown, int[] at, int count) {
    StringBuilder escaped = new StringBuilder(markdown.length() + count);
    int copied = 0;
    for (int k = 0; k < count; k++) {
      escaped.append(markdown, copied, at[k]).append('\\');
      copied = at[k];
    }
    return escaped.append(markdown, copied, markdown.length()).toString();
  }

  private static int[] added(int[] array, int size, int value) {
    int[] room = size < array.length ? array : Arrays.copyOf(array, size * 2);
    room[size] = value;
    return room;
  }

  /**
   * Which of {@code brackets} to escape: both brackets of every pair higher than the limit. A
   * {@code ]} closes the last open {@code [}, as in the inline parser, whether a link forms or not.
   */
  private static boolean[] tooHigh(String markdown, int[] brackets) {
    boolean[] escape = new boolean[brackets.length];
    int[] open = new int[brackets.length];
    int[] highestInside = new int[brackets.length + 1];
    int depth = 0;
    for (int i = 0; i < brackets.length; i++) {
      int at = brackets[i];
      if (at == SyntaxBrackets.BREAK) {
        depth = 0;
        highestInside[0] = 0;
      } else if (markdown.charAt(at) == '[') {
        open[depth++] = i;
        highestInside[depth] = 0;
      } else if (depth > 0) {
        int height = highestInside[depth] + 1;
        depth--;
        highestInside[depth] = Math.max(highestInside[depth], height);
        if (height > MAX_HEIGHT) {
          escape[i] = true;
          escape[open[depth]] = true;
        }
      }
    }
    return escape;
  }

  private static boolean isMarker(String text, int at) {
    return at >= 0
        && (text.charAt(at) == '!' || text.charAt(at) == '^')
        && (at == 0 || text.charAt(at - 1) != '\\');
  }

  private static int count(String text, char c) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == c) {
        count++;
      }
    }
    return count;
  }

  private static Escaped at(String markdown, int position, int pairs) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < position; i++) {
      if (markdown.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Escaped(line, position - lineStart + 1, pairs);
  }
}
