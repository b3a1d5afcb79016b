package org.notebake.render;

/**
 * Minutes a reader needs for a text, at 220 words a minute, never less than one. Chinese, Japanese
 * and Korean are written without spaces between words, so each of their characters counts as a
 * word; otherwise a page of Chinese would read as a one-minute "word".
 *
 * <pre>{@code
 * ReadingTime.minutes(ReadingTime.words("a b c"))   // 1
 * ReadingTime.words("观测很重要")                      // 5
 * }</pre>
 */
final class ReadingTime {
  static final int WORDS_PER_MINUTE = 220;

  private ReadingTime() {}

  /**
   * The first code point of a CJK script: below it, {@link #isCjk} is false without asking {@code
   * UnicodeScript} (a binary search per character, the most of a body's word count otherwise).
   */
  private static final int FIRST_CJK = firstCjk();

  /** Words in a text: runs of non-space characters, with each CJK character a word of its own. */
  static int words(String text) {
    int count = 0;
    boolean inWord = false;
    // A char[], not the String: String.charAt on text beyond Latin-1 is a call per char under C1.
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; ) {
      int c = Character.codePointAt(chars, i);
      i += Character.charCount(c);
      if (c >= FIRST_CJK && isCjk(c)) {
        count++;
        inWord = false;
      } else if (Character.isWhitespace(c)) {
        inWord = false;
      } else {
        if (!inWord) {
          count++;
        }
        inWord = true;
      }
    }
    return count;
  }

  static int minutes(int words) {
    return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
  }

  private static int firstCjk() {
    int c = 0;
    while (c <= Character.MAX_CODE_POINT && !isCjk(c)) {
      c++;
    }
    return c;
  }

  static boolean isCjk(int c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL;
  }
}
