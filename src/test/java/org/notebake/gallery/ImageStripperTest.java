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

  /**
   * Real content (a photo blog's Nikon photos): the caption read "NIKON CORPORATION NIKON D300S".
   */
  @Test
  void theCameraIsNamedOnceWithoutItsMakersCompanyWords() {
    assertThat(ImageStripper.join("NIKON CORPORATION", "NIKON D300S")).isEqualTo("NIKON D300S");
    assertThat(ImageStripper.join("Canon", "Canon EOS 5D Mark II"))
        .isEqualTo("Canon EOS 5D Mark II");
    assertThat(ImageStripper.join("PENTAX Corporation", "PENTAX K-5")).isEqualTo("PENTAX K-5");
    assertThat(ImageStripper.join("EASTMAN KODAK COMPANY", "KODAK EASYSHARE C743"))
        .isEqualTo("KODAK EASYSHARE C743");
    assertThat(ImageStripper.join("LG Electronics", "LG-H870")).isEqualTo("LG-H870");
    assertThat(ImageStripper.join("OLYMPUS IMAGING CORP.", "E-M5")).isEqualTo("OLYMPUS E-M5");
    assertThat(ImageStripper.join("RICOH IMAGING COMPANY, LTD.", "PENTAX K-3"))
        .isEqualTo("RICOH PENTAX K-3");
    assertThat(ImageStripper.join("Apple", "iPhone 12")).isEqualTo("Apple iPhone 12");
    assertThat(ImageStripper.join("FUJIFILM", "X-T3")).isEqualTo("FUJIFILM X-T3");
    assertThat(ImageStripper.join("samsung", "SM-G991B")).isEqualTo("samsung SM-G991B");
    assertThat(ImageStripper.join("NIKON CORPORATION", null)).isEqualTo("NIKON CORPORATION");
    assertThat(ImageStripper.join(null, "Pixel 7")).isEqualTo("Pixel 7");
    assertThat(ImageStripper.join("Corporation", "X1")).isEqualTo("Corporation X1");
  }
}
