package org.notebake.gallery.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PixelScalerTest {
  @Test
  void aDecodedJpegAlreadyAtTheVariantsSizeIsNotCopied() {
    // A copy of a 41-megapixel scan at its own width was 160 MB more of the heap.
    BufferedImage decoded = new BufferedImage(30, 400, BufferedImage.TYPE_3BYTE_BGR);
    assertThat(PixelScaler.scale(decoded, 30, 400, false)).isSameAs(decoded);
    assertThat(PixelScaler.scale(decoded, 15, 200, false).getType())
        .isEqualTo(BufferedImage.TYPE_INT_RGB);
    assertThat(PixelScaler.scale(decoded, 30, 400, true).getType())
        .isEqualTo(BufferedImage.TYPE_INT_ARGB);
  }
}
