package org.notebake.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OneCopyTest {
  @Test
  void equalTextsGiveTheFirstCopySeen() {
    OneCopy texts = new OneCopy();
    String first = new String("none");
    assertThat(texts.of(first)).isSameAs(first);
    assertThat(texts.of(new String("none"))).isSameAs(first);
    assertThat(texts.of("other")).isEqualTo("other");
  }

  @Test
  void threadsAskingAtOnceAllGetTheSameCopy() {
    OneCopy texts = new OneCopy();
    List<String> got =
        IntStream.range(0, 10_000)
            .parallel()
            .mapToObj(i -> texts.of(new String("q" + (i % 7))))
            .toList();
    for (int k = 0; k < 7; k++) {
      String key = "q" + k;
      assertThat(got.stream().filter(key::equals).map(System::identityHashCode).distinct())
          .hasSize(1);
    }
  }

  @Test
  void aClearedCopyIsForgotten() {
    OneCopy texts = new OneCopy();
    String first = texts.of(new String("x"));
    texts.clear();
    String second = new String("x");
    assertThat(texts.of(second)).isSameAs(second).isNotSameAs(first);
  }
}
