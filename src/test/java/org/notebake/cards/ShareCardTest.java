package org.notebake.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A card's texts are tidied; a text already tidy is kept as it is, without the regex. */
class ShareCardTest {
  @Test
  void aTextTakenAsCleanIsOneTheTidyingKeeps() {
    char[] alphabet = {
      'a', 'Q', ' ', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u0000', '\u001C', '\u001F', '\u007F',
      '\u0085', '\u00A0', '\u2007', '\u2028', '\u2029', '\u3000', '\u200B', '\uFEFF', '\uD83D',
      '\uDCFB', 'é'
    };
    Random random = new Random(16);
    int clean = 0;
    for (int round = 0; round < 100_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(7); i > 0; i--) {
        text.append(alphabet[random.nextInt(random.nextBoolean() ? 4 : alphabet.length)]);
      }
      String s = text.toString();
      String tidied = s.replaceAll("[\\p{Cntrl}\\s\\p{Zs}]+", " ").strip();
      if (ShareCard.isClean(s)) {
        assertThat(tidied).as("%s", s.chars().boxed().toList()).isEqualTo(s);
        clean++;
      }
    }
    assertThat(clean).isGreaterThan(10_000);
  }

  @Test
  void runsOfSpaceAndControlsBecomeOneSpace() {
    ShareCard card =
        new ShareCard(" Tracing\u00A0 a\tGPU\n fleet ", List.of("  gpu  "), "Avery Quinn");
    assertThat(card.title()).isEqualTo("Tracing a GPU fleet");
    assertThat(card.tags()).containsExactly("gpu");
  }
}
