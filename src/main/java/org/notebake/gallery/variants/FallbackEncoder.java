package org.notebake.gallery.variants;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * JPEG (or PNG for transparency) through ImageIO, which every JDK has. JPEG at quality 0.82,
 * progressive: a progressive JPEG is some percent smaller and shows a coarse whole image early.
 */
final class FallbackEncoder {
  static final float JPEG_QUALITY = 0.82f;

  private FallbackEncoder() {}

  static byte[] encode(BufferedImage image, VariantFormat format) throws IOException {
    String name = format == VariantFormat.PNG ? "png" : "jpeg";
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(name);
    if (!writers.hasNext()) {
      throw new IOException("no " + name + " encoder in this Java");
    }
    ImageWriter writer = writers.next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (format == VariantFormat.JPEG) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
