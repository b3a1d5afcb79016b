package org.notebake.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OneCopyTest {
  @Test
  void aTextAskedAgainGetsTheFirstCopy() {
    OneCopy texts = new OneCopy(1 << 10);
    String first = new String("none");
    assertThat(texts.of(first)).isSameAs(first);
    assertThat(texts.of(new String("none"))).isSameAs(first);
    assertThat(texts.of("other")).isEqualTo("other");
    assertThat(texts.of(new String("none"))).isSameAs(first);
  }

  /** A table of two slots holds two texts at most: it never grows, whatever it is asked. */
  @Test
  void itsMemoryIsItsTableWhateverComes() {
    OneCopy texts = new OneCopy(2);
    for (int i = 0; i < 10_000; i++) {
      String text = "q" + i;
      assertThat(texts.of(text)).isSameAs(text); // all different: each kept as it came
    }
    String often = new String("often");
    assertThat(texts.of(often)).isSameAs(often);
    assertThat(texts.of(new String("often"))).isSameAs(often);
  }

  @Test
  void threadsAskingAtOnceEachGetAnEqualText() {
    OneCopy texts = new OneCopy(1 << 4);
    List<String> got =
        IntStream.range(0, 20_000)
            .parallel()
            .mapToObj(i -> texts.of(new String("q" + (i % 37))))
            .toList();
    for (int i = 0; i < got.size(); i++) {
      assertThat(got.get(i)).isEqualTo("q" + (i % 37));
    }
  }

  @Test
  void aClearedCopyIsForgotten() {
    OneCopy texts = new OneCopy(1 << 4);
    String first = texts.of(new String("x"));
    texts.clear();
    String second = new String("x");
    assertThat(texts.of(second)).isSameAs(second).isNotSameAs(first);
  }

  @Test
  void aTableIsAPowerOfTwo() {
    assertThatThrownBy(() -> new OneCopy(3)).isInstanceOf(IllegalArgumentException.class);
  }
}
