package org.notebake.render;

import static org.assertj.core.api.Assertions.assertThat;

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
}
