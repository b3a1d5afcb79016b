package org.notebake.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class EmbedFanOutTest {

  @Test
  void embedsAreReadAsTheRendererReadsThem() {
    assertThat(EmbedFanOut.targets("a ![[Signals]] b ![[Lanterns#Light|the light]]"))
        .containsExactly("Signals", "Lanterns#Light|the light");
    // The innermost opener, as in "[[a [[b]]"; no brackets inside, one line only.
    assertThat(EmbedFanOut.targets("![[a ![[Signals]]")).containsExactly("Signals");
    assertThat(EmbedFanOut.targets("![[a [[Signals]]")).isEmpty();
    assertThat(EmbedFanOut.targets("![[a]b]] ![[x\ny]] ![[open")).isEmpty();
  }

  @Test
  void linksAreCountedAsWrittenWikilinksEmbedsAndMarkdownLinks() {
    assertThat(
            EmbedFanOut.links("See [[Signals]], ![[Lanterns#Light]] and [the map](maps/river.md)."))
        .isEqualTo(3);
    // In code too, as bin/notebake's grep counts them: never fewer than rendering makes.
    assertThat(EmbedFanOut.links("`[[Signals]]` [[[[")).isEqualTo(3);
    assertThat(EmbedFanOut.links("[not a link] (nor this) [x] (y)")).isZero();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aMegabyteOfNestedEmbedOpenersIsReadInLinearTime() {
    // 250,000 openers all closed at the end: each used to be read on to the first "]]".
    String text = "![[".repeat(250_000) + "]]".repeat(250_000);
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> EmbedFanOut.targets(text)))
        .containsExactly("");
    String spread = "![[Signals\n".repeat(100_000) + "]]";
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(20), () -> EmbedFanOut.targets(spread)))
        .isEmpty();
  }
}
