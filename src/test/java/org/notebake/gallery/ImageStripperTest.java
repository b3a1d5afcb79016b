package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ImageStripperTest {
  @Test
  void captionsShowOnlyKeptFactsInReadingOrder() {
    PhotoFacts facts =
        new PhotoFacts(
            "FUJIFILM",
            "X100V",
            null,
            "1/250",
            2.0,
            400,
            23.0,
            LocalDateTime.of(2025, 6, 14, 18, 30),
            "Avery Quinn",
            6000,
            4000);
    assertThat(ImageStripper.caption(facts))
        .isEqualTo("FUJIFILM X100V · 23 mm · f/2 · 1/250 s · ISO 400 · 2025-06-14 · © Avery Quinn");
  }

  @Test
  void nothingKeptMeansNoCaption() {
    assertThat(ImageStripper.caption(null)).isEmpty();
    assertThat(
            ImageStripper.caption(
                new PhotoFacts(null, null, null, null, null, null, null, null, null, 10, 10)))
        .isEmpty();
  }
}
