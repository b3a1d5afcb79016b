package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrientationFixerTest {

  /**
   * A 3x2 image whose pixels are numbered 1..6 row by row; each orientation must put pixel 1
   * (stored top-left) where EXIF says the viewer sees it.
   */
  @ParameterizedTest(name = "orientation {0}")
  @CsvSource({
    "1, 3, 2, '1 2 3 4 5 6'",
    "2, 3, 2, '3 2 1 6 5 4'",
    "3, 3, 2, '6 5 4 3 2 1'",
    "4, 3, 2, '4 5 6 1 2 3'",
    "5, 2, 3, '1 4 2 5 3 6'",
    "6, 2, 3, '4 1 5 2 6 3'",
    "7, 2, 3, '6 3 5 2 4 1'",
    "8, 2, 3, '3 6 2 5 1 4'",
  })
  void pixelsLandWhereTheOrientationSays(int orientation, int w, int h, String expected) {
    BufferedImage source = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    for (int i = 0; i < 6; i++) {
      source.setRGB(i % 3, i / 3, i + 1);
    }

    BufferedImage turned = OrientationFixer.turn(source, orientation, false);

    assertThat(turned.getWidth()).isEqualTo(w);
    assertThat(turned.getHeight()).isEqualTo(h);
    StringBuilder actual = new StringBuilder();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        actual.append(actual.length() == 0 ? "" : " ").append(turned.getRGB(x, y) & 0xFFFFFF);
      }
    }
    assertThat(actual.toString()).isEqualTo(expected);
  }
}
