package org.notebake.cards;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small PNG writer for share cards: 8-bit RGB, rows unfiltered, deflated at zlib's fastest level.
 * A card is flat colour and text, and most of its rows repeat the row above: deflate finds those as
 * one copy a row back, and unfiltered rows came out smaller than the usual choice of filter per row
 * (57.9 against 67.7 KB a card over 50 cards), with no filter to compute. ImageIO's writer tries
 * every filter at the highest level and takes several times as long; a first build of a large vault
 * draws thousands of cards.
 *
 * <pre>{@code
 * byte[] png = PngEncoder.encode(image); // starts with 0x89 'P' 'N' 'G'
 * }</pre>
 */
final class PngEncoder {
  private PngEncoder() {}

  static byte[] encode(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    // Cards are TYPE_INT_RGB: read the pixels in place instead of converting each one.
    int[] pixels =
        image.getType() == BufferedImage.TYPE_INT_RGB
            ? ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData()
            : image.getRGB(0, 0, w, h, null, 0, w);
    byte[] row = new byte[1 + w * 3]; // filter type 0 (None), then the row's bytes
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    ByteArrayOutputStream idat = new ByteArrayOutputStream(64 * 1024);
    byte[] buffer = new byte[64 * 1024];
    try {
      for (int y = 0; y < h; y++) {
        int p = y * w;
        // A row that repeats the one above is still in the array.
        if (y == 0 || !Arrays.equals(pixels, p - w, p, pixels, p, p + w)) {
          for (int x = 0, at = 1; x < w; x++, p++, at += 3) {
            row[at] = (byte) (pixels[p] >> 16);
            row[at + 1] = (byte) (pixels[p] >> 8);
            row[at + 2] = (byte) pixels[p];
          }
        }
        deflater.setInput(row);
        while (!deflater.needsInput()) {
          idat.write(buffer, 0, deflater.deflate(buffer));
        }
      }
      deflater.finish();
      while (!deflater.finished()) {
        idat.write(buffer, 0, deflater.deflate(buffer));
      }
    } finally {
      deflater.end();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream(idat.size() + 64);
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    byte[] header = new byte[13];
    putInt(header, 0, w);
    putInt(header, 4, h);
    header[8] = 8; // bits per sample
    header[9] = 2; // truecolour
    chunk(png, "IHDR", header);
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] length = new byte[4];
    putInt(length, 0, data.length);
    png.writeBytes(length);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    png.writeBytes(name);
    png.writeBytes(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    byte[] sum = new byte[4];
    putInt(sum, 0, (int) crc.getValue());
    png.writeBytes(sum);
  }

  private static void putInt(byte[] b, int at, int v) {
    b[at] = (byte) (v >>> 24);
    b[at + 1] = (byte) (v >>> 16);
    b[at + 2] = (byte) (v >>> 8);
    b[at + 3] = (byte) v;
  }
}
