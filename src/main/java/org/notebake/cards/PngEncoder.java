package org.notebake.cards;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small PNG writer for share cards: 8-bit RGB, each row filtered with whichever of None, Sub and
 * Up leaves the smallest residue, deflated at zlib's default level. ImageIO's writer tries every
 * filter at the highest level and takes several times as long for a card of flat colour and text; a
 * first build of a large vault draws thousands of cards.
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
    int stride = w * 3;
    byte[] previous = new byte[stride];
    byte[] current = new byte[stride];
    byte[][] candidates = new byte[3][stride];
    // Cards are TYPE_INT_RGB: read the pixels in place instead of converting each one.
    int[] pixels =
        image.getType() == BufferedImage.TYPE_INT_RGB
            ? ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData()
            : image.getRGB(0, 0, w, h, null, 0, w);
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    ByteArrayOutputStream idat = new ByteArrayOutputStream(64 * 1024);
    byte[] buffer = new byte[64 * 1024];
    try {
      for (int y = 0; y < h; y++) {
        for (int x = 0, p = y * w; x < w; x++, p++) {
          current[3 * x] = (byte) (pixels[p] >> 16);
          current[3 * x + 1] = (byte) (pixels[p] >> 8);
          current[3 * x + 2] = (byte) pixels[p];
        }
        int best = filter(current, previous, candidates);
        deflater.setInput(new byte[] {(byte) best});
        drain(deflater, idat, buffer);
        deflater.setInput(candidates[best]);
        drain(deflater, idat, buffer);
        byte[] t = previous;
        previous = current;
        current = t;
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

  /** Fills None (0), Sub (1) and Up (2) residues; returns the one with the smallest sum. */
  private static int filter(byte[] row, byte[] above, byte[][] out) {
    long[] cost = new long[3];
    for (int i = 0; i < row.length; i++) {
      int left = i >= 3 ? row[i - 3] : 0;
      byte none = row[i];
      byte sub = (byte) (row[i] - left);
      byte up = (byte) (row[i] - above[i]);
      out[0][i] = none;
      out[1][i] = sub;
      out[2][i] = up;
      cost[0] += Math.abs(none);
      cost[1] += Math.abs(sub);
      cost[2] += Math.abs(up);
    }
    int best = 0;
    for (int f = 1; f < 3; f++) {
      if (cost[f] < cost[best]) {
        best = f;
      }
    }
    return best;
  }

  private static void drain(Deflater deflater, ByteArrayOutputStream out, byte[] buffer) {
    while (!deflater.needsInput()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
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
