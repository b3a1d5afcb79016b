package org.notebake.gallery.variants;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Shrinks pixels for variants. Halving with bilinear sampling averages each 2x2 block exactly, so a
 * big reduction is done as halvings followed by one bilinear step of less than 2x: sharp, without
 * the aliasing of a single bilinear jump, and far cheaper than a wide filter kernel.
 */
final class PixelScaler {
  private PixelScaler() {}

  /** The height of a {@code width}-wide copy of a {@code w} x {@code h} image, at least 1. */
  static int heightFor(int w, int h, int width) {
    return Math.max(1, (int) Math.round((double) h * width / w));
  }

  /**
   * A {@code TYPE_INT_RGB} (or {@code _ARGB} with {@code alpha}) copy of the given size; an opaque
   * decoded JPEG ({@code TYPE_3BYTE_BGR}) already that size is itself, not copied: the encoders
   * make the same bytes from it, and a copy of a tall scan at its own width (2058 x 19822) took
   * another 160 MB of a 384 MB heap.
   */
  static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
    if (!alpha
        && source.getType() == BufferedImage.TYPE_3BYTE_BGR
        && source.getWidth() == width
        && source.getHeight() == height) {
      return source;
    }
    BufferedImage current = source;
    while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
      current = draw(current, current.getWidth() / 2, current.getHeight() / 2, alpha);
    }
    if (current.getWidth() != width || current.getHeight() != height || !isInt(current, alpha)) {
      current = draw(current, width, height, alpha);
    }
    return current;
  }

  private static boolean isInt(BufferedImage image, boolean alpha) {
    return image.getType() == (alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
  }

  private static BufferedImage draw(BufferedImage source, int width, int height, boolean alpha) {
    BufferedImage target =
        new BufferedImage(
            width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = target.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return target;
  }

  /** Whether any pixel is less than fully opaque. */
  static boolean hasTransparency(BufferedImage argb) {
    for (int p : ((DataBufferInt) argb.getRaster().getDataBuffer()).getData()) {
      if (p >>> 24 != 0xFF) {
        return true;
      }
    }
    return false;
  }

  /** The average colour as {@code #rrggbb}: the placeholder shown until the photo arrives. */
  static String averageColor(BufferedImage image) {
    long r = 0;
    long g = 0;
    long b = 0;
    int w = image.getWidth();
    int h = image.getHeight();
    int[] row = new int[w];
    PixelRows rows = PixelRows.of(image);
    for (int y = 0; y < h; y++) {
      rows.read(y, row);
      for (int p : row) {
        r += (p >> 16) & 0xFF;
        g += (p >> 8) & 0xFF;
        b += p & 0xFF;
      }
    }
    long n = (long) w * h;
    return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", r / n, g / n, b / n);
  }
}
