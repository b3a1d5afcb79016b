package org.notebake.gallery.variants;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PixelRowsTest {
  @Test
  void everyRowIsWhatGetRgbReadsInEveryLayout() {
    Random random = new Random(11);
    for (int round = 0; round < 40; round++) {
      int w = 1 + random.nextInt(33);
      int h = 1 + random.nextInt(9);
      for (BufferedImage image : layouts(w, h, random)) {
        PixelRows rows = PixelRows.of(image);
        int[] row = new int[image.getWidth()];
        int[] expected = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
          rows.read(y, row);
          image.getRGB(0, y, image.getWidth(), 1, expected, 0, image.getWidth());
          assertThat(row).as("type %d, row %d", image.getType(), y).isEqualTo(expected);
        }
      }
    }
  }

  /** The layouts read straight from the raster, a part of one, and some that are not. */
  private static List<BufferedImage> layouts(int w, int h, Random random) {
    List<BufferedImage> images = new ArrayList<>();
    for (int type :
        new int[] {
          BufferedImage.TYPE_INT_RGB,
          BufferedImage.TYPE_INT_ARGB,
          BufferedImage.TYPE_INT_ARGB_PRE,
          BufferedImage.TYPE_INT_BGR,
          BufferedImage.TYPE_3BYTE_BGR,
          BufferedImage.TYPE_4BYTE_ABGR,
          BufferedImage.TYPE_4BYTE_ABGR_PRE,
          BufferedImage.TYPE_BYTE_GRAY,
          BufferedImage.TYPE_USHORT_GRAY,
          BufferedImage.TYPE_USHORT_565_RGB
        }) {
      images.add(filled(new BufferedImage(w, h, type), random));
    }
    // RGB and RGBA bytes in red-first order, as ImageIO decodes a PNG.
    images.add(filled(bytes(w, h, ColorSpace.CS_sRGB, false), random));
    images.add(filled(bytes(w, h, ColorSpace.CS_sRGB, true), random));
    // Another colour space: getRGB converts, so must the reader.
    images.add(filled(bytes(w, h, ColorSpace.CS_LINEAR_RGB, false), random));
    BufferedImage big =
        filled(new BufferedImage(w + 5, h + 3, BufferedImage.TYPE_3BYTE_BGR), random);
    images.add(big.getSubimage(2, 1, w, h));
    BufferedImage ints =
        filled(new BufferedImage(w + 4, h + 2, BufferedImage.TYPE_INT_RGB), random);
    images.add(ints.getSubimage(3, 2, w, h));
    // An INT_RGB pixel whose unused top byte was written through the raster.
    BufferedImage stray = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    stray.getRaster().setDataElements(0, 0, new int[] {0x7F123456});
    images.add(stray);
    return images;
  }

  private static BufferedImage bytes(int w, int h, int space, boolean alpha) {
    ComponentColorModel model =
        new ComponentColorModel(
            ColorSpace.getInstance(space),
            alpha,
            false,
            alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE,
            DataBuffer.TYPE_BYTE);
    int bands = alpha ? 4 : 3;
    int[] offsets = alpha ? new int[] {0, 1, 2, 3} : new int[] {0, 1, 2};
    WritableRaster raster =
        Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, w * bands, bands, offsets, null);
    return new BufferedImage(model, raster, false, null);
  }

  private static BufferedImage filled(BufferedImage image, Random random) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    return image;
  }
}
