package org.notebake.gallery;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns pixels the way EXIF orientation says, so a photo still stands upright once the EXIF block
 * that told browsers to rotate it is gone, and encodes it again without any metadata.
 */
final class OrientationFixer {
  private static final float JPEG_QUALITY = 0.92f;

  private OrientationFixer() {}

  /** Whether EXIF orientation 5 to 8 swaps width and height. */
  static boolean swapsSides(int orientation) {
    return orientation >= 5;
  }

  /** Decodes {@code stripped} (no metadata left), applies {@code orientation}, encodes again. */
  static byte[] reorient(String file, ImageFormat format, byte[] stripped, int orientation)
      throws ImageException {
    BufferedImage decoded;
    try {
      decoded = ImageIO.read(new ByteArrayInputStream(stripped));
    } catch (IOException | RuntimeException e) {
      throw new ImageException(file, "cannot decode the image (" + e.getMessage() + ")", e);
    }
    if (decoded == null) {
      throw new ImageException(file, "no decoder for this " + format + " image; save it again");
    }
    BufferedImage turned = turn(decoded, orientation, format == ImageFormat.PNG);
    return encode(file, format, turned);
  }

  /**
   * Maps each source pixel to its place in the displayed image. Exact integer moves, so a 90-degree
   * turn loses nothing, and {@code getRGB} converts CMYK or ICC-profiled sources.
   */
  static BufferedImage turn(BufferedImage source, int orientation, boolean alpha) {
    int w = source.getWidth();
    int h = source.getHeight();
    boolean swap = swapsSides(orientation);
    BufferedImage target =
        new BufferedImage(
            swap ? h : w,
            swap ? w : h,
            alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    int[] pixels = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      source.getRGB(0, y, w, 1, row, 0, w);
      for (int x = 0; x < w; x++) {
        pixels[targetIndex(orientation, x, y, w, h)] = row[x];
      }
    }
    return target;
  }

  /**
   * Where source pixel (x, y) of a w x h image lands, as an index into the target's pixel array;
   * for orientations 5 to 8 the target is h pixels wide.
   */
  private static int targetIndex(int orientation, int x, int y, int w, int h) {
    return switch (orientation) {
      case 2 -> y * w + (w - 1 - x); // mirrored
      case 3 -> (h - 1 - y) * w + (w - 1 - x); // upside down
      case 4 -> (h - 1 - y) * w + x; // mirrored upside down
      case 5 -> x * h + y; // transposed
      case 6 -> x * h + (h - 1 - y); // turned 90 degrees clockwise
      case 7 -> (w - 1 - x) * h + (h - 1 - y); // transversed
      case 8 -> (w - 1 - x) * h + y; // turned 90 degrees counter-clockwise
      default -> y * w + x;
    };
  }

  private static byte[] encode(String file, ImageFormat format, BufferedImage image)
      throws ImageException {
    String name = format == ImageFormat.PNG ? "png" : "jpeg";
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(name);
    if (!writers.hasNext()) {
      throw new ImageException(file, "no " + name + " encoder available");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (format == ImageFormat.JPEG) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException | RuntimeException e) {
      throw new ImageException(file, "cannot encode the turned image (" + e.getMessage() + ")", e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
