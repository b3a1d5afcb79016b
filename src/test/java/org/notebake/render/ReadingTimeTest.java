package org.notebake.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Test;

class ReadingTimeTest {
  @Test
  void wordsAreRunsOfNonSpace() {
    assertThat(ReadingTime.words("  one two\nthree\t four  ")).isEqualTo(4);
    assertThat(ReadingTime.words("")).isZero();
  }

  @Test
  void eachCjkCharacterIsAWord() {
    assertThat(ReadingTime.words("观测很重要")).isEqualTo(5);
    assertThat(ReadingTime.words("GPU クラスタ 관측")).isEqualTo(1 + 4 + 2);
    // A page of Chinese reads as minutes, not as one long "word".
    assertThat(ReadingTime.minutes(ReadingTime.words("字".repeat(2200)))).isEqualTo(10);
  }

  @Test
  void minutesRoundUpAndAreAtLeastOne() {
    assertThat(ReadingTime.minutes(0)).isEqualTo(1);
    assertThat(ReadingTime.minutes(220)).isEqualTo(1);
    assertThat(ReadingTime.minutes(221)).isEqualTo(2);
    assertThat(ReadingTime.minutes(ReadingTime.words("word ".repeat(1100)))).isEqualTo(5);
  }

  @Test
  void everyCodePointCountsAsItsScriptSays() {
    // words() asks UnicodeScript only from the first CJK code point on; held here to the plain
    // definition for every code point (Hangul Jamo at U+1100 is the first).
    assertThat(ReadingTime.words("\u1100\u1100")).isEqualTo(2);
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (Character.isWhitespace(c) || Character.getType(c) == Character.SURROGATE) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      boolean cjk =
          script == Character.UnicodeScript.HAN
              || script == Character.UnicodeScript.HIRAGANA
              || script == Character.UnicodeScript.KATAKANA
              || script == Character.UnicodeScript.HANGUL;
      int words = ReadingTime.words(new String(Character.toChars(c)).repeat(2));
      if (words != (cjk ? 2 : 1)) {
        fail("U+" + Integer.toHexString(c) + " counted as " + words + " words");
      }
    }
  }
}
