package org.notebake.gallery.variants;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;

/**
 * Reads an image a row at a time as {@code 0xAARRGGBB} ints, as {@link BufferedImage#getRGB} does,
 * but straight from the raster for the layouts variants are made from: Java's own {@code
 * TYPE_INT_RGB} and {@code _ARGB} (what {@link PixelScaler} draws), and 8-bit sRGB bytes ({@code
 * TYPE_3BYTE_BGR} from a JPEG, the RGB a PNG decodes to). {@code getRGB} converts each pixel
 * through its colour model one call at a time: a first bake of 1,000 notes with a pasted screenshot
 * each spent 18 s of CPU there, writing pixels to cwebp. Any other layout (grey, 16-bit,
 * premultiplied, another colour space) is read by {@code getRGB}.
 *
 * <pre>{@code
 * int[] row = new int[image.getWidth()];
 * PixelRows rows = PixelRows.of(image);
 * rows.read(0, row); // row[x] == image.getRGB(x, 0)
 * }</pre>
 */
final class PixelRows {
  private final BufferedImage image;
  private final Layout layout;
  private byte[] bytes;

  private enum Layout {
    INT_RGB,
    INT_ARGB,
    BYTE_RGB,
    BYTE_RGBA,
    OTHER
  }

  private PixelRows(BufferedImage image, Layout layout) {
    this.image = image;
    this.layout = layout;
  }

  static PixelRows of(BufferedImage image) {
    return new PixelRows(image, layout(image));
  }

  private static Layout layout(BufferedImage image) {
    switch (image.getType()) {
      case BufferedImage.TYPE_INT_RGB:
        return Layout.INT_RGB;
      case BufferedImage.TYPE_INT_ARGB:
        return Layout.INT_ARGB;
      default:
        break;
    }
    ColorModel model = image.getColorModel();
    boolean bytesOfSrgb =
        model instanceof ComponentColorModel
            && model.getColorSpace().isCS_sRGB()
            && model.getTransferType() == DataBuffer.TYPE_BYTE
            && !model.isAlphaPremultiplied()
            && image.getRaster().getNumDataElements() == model.getNumComponents()
            && allEightBits(model);
    if (!bytesOfSrgb) {
      return Layout.OTHER;
    }
    return switch (model.getNumComponents()) {
      case 3 -> model.hasAlpha() ? Layout.OTHER : Layout.BYTE_RGB;
      case 4 -> model.hasAlpha() ? Layout.BYTE_RGBA : Layout.OTHER;
      default -> Layout.OTHER;
    };
  }

  private static boolean allEightBits(ColorModel model) {
    for (int bits : model.getComponentSize()) {
      if (bits != 8) {
        return false;
      }
    }
    return model.getColorSpace().getType() == ColorSpace.TYPE_RGB;
  }

  /** Row {@code y} into {@code out} (at least the image's width long). */
  void read(int y, int[] out) {
    int w = image.getWidth();
    switch (layout) {
      case INT_RGB -> {
        image.getRaster().getDataElements(0, y, w, 1, out);
        for (int x = 0; x < w; x++) {
          out[x] |= 0xFF000000;
        }
      }
      case INT_ARGB -> image.getRaster().getDataElements(0, y, w, 1, out);
      case BYTE_RGB, BYTE_RGBA -> {
        boolean alpha = layout == Layout.BYTE_RGBA;
        int depth = alpha ? 4 : 3;
        if (bytes == null) {
          bytes = new byte[w * depth];
        }
        // Elements in band order, red first, whatever order the bytes are stored in (BGR).
        image.getRaster().getDataElements(0, y, w, 1, bytes);
        for (int x = 0, at = 0; x < w; x++, at += depth) {
          int a = alpha ? bytes[at + 3] & 0xFF : 0xFF;
          out[x] =
              a << 24
                  | (bytes[at] & 0xFF) << 16
                  | (bytes[at + 1] & 0xFF) << 8
                  | (bytes[at + 2] & 0xFF);
        }
      }
      default -> image.getRGB(0, y, w, 1, out, 0, w);
    }
  }
}
