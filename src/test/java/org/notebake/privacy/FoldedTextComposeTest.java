package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Composing accents a run at a time gives what NFC gives the whole text, and maps back. */
class FoldedTextComposeTest {
  private static final String ALPHABET =
      "aeouAEOZ 9-"
          + "\u0300\u0301\u0308\u030a\u0327\u0323\u0345" // combining accents, cedilla, dot,
          // ypogegrammeni
          + "\u00e9\u00c5\u1e63" // composed already
          + "\u1100\u1161\u11a8\uac00" // Hangul: leading, vowel, trailing jamo, a syllable
          + "\u0b47\u0b3e" // Oriya: a vowel in two parts
          + "\ud83d\ude00"; // a surrogate pair

  @Test
  void runsComposeAsTheWholeTextDoes() {
    Random random = new Random(43);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        if (Character.isSurrogate(c)) {
          text.append("\ud83d\ude00");
        } else {
          text.append(c);
        }
      }
      String s = text.toString();
      FoldedText.Step step = FoldedText.compose(s);
      String expected = Normalizer.normalize(s, Normalizer.Form.NFC);
      if (step == null) {
        assertThat(s).as(s).isEqualTo(expected);
        continue;
      }
      assertThat(step.text()).as(s).isEqualTo(expected);
      int[] origin = step.origin();
      assertThat(origin).hasSize(step.text().length() + 1);
      assertThat(origin[origin.length - 1]).isEqualTo(s.length());
      for (int i = 1; i < origin.length; i++) {
        assertThat(origin[i])
            .as(s)
            .isGreaterThanOrEqualTo(origin[i - 1])
            .isLessThanOrEqualTo(s.length());
      }
    }
  }
}
