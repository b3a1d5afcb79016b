package org.notebake.cards;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
    return encode(image, true);
  }

  /**
   * @param skipRepeats whether a row that repeats the one above goes straight out as Up's zeros
   *     (true in a build) or through the filters' cost comparison like any row (to test that both
   *     give the same bytes)
   */
  static byte[] encode(BufferedImage image, boolean skipRepeats) {
    int w = image.getWidth();
    int h = image.getHeight();
    int stride = w * 3;
    // Cards are TYPE_INT_RGB: read the pixels in place instead of converting each one.
    int[] pixels =
        image.getType() == BufferedImage.TYPE_INT_RGB
            ? ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData()
            : image.getRGB(0, 0, w, h, null, 0, w);
    // One filter-type byte and the row's residue, handed to the deflater in one call.
    byte[] previous = new byte[stride];
    byte[] current = new byte[stride];
    byte[] filtered = new byte[stride + 1];
    byte[] repeated = new byte[stride + 1];
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    ByteArrayOutputStream idat = new ByteArrayOutputStream(64 * 1024);
    byte[] buffer = new byte[64 * 1024];
    boolean previousBlack = false;
    try {
      for (int y = 0; y < h; y++) {
        int p = y * w;
        if (skipRepeats && y > 0 && Arrays.equals(pixels, p - w, p, pixels, p, p + w)) {
          // Most of a card's rows repeat the one above (background, bars): Up leaves only zeros,
          // which is what the cost comparison would choose (None when the row is black too).
          repeated[0] = (byte) (previousBlack ? 0 : 2);
          deflater.setInput(repeated);
          drain(deflater, idat, buffer);
          continue;
        }
        for (int x = 0; x < w; x++, p++) {
          current[3 * x] = (byte) (pixels[p] >> 16);
          current[3 * x + 1] = (byte) (pixels[p] >> 8);
          current[3 * x + 2] = (byte) pixels[p];
        }
        previousBlack = filter(current, previous, filtered);
        deflater.setInput(filtered);
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

  /**
   * Writes the filter type (at 0) and residue (from 1) of None, Sub or Up, whichever has the
   * smallest sum: the sums first, then only the chosen residue, so one array is written, not three.
   * Returns whether the row is black (all zero), which None's sum tells.
   */
  private static boolean filter(byte[] row, byte[] above, byte[] out) {
    long none = 0;
    long up = 0;
    int first = Math.min(3, row.length);
    for (int i = 0; i < first; i++) { // no pixel to the left: Sub is None
      none += Math.abs(row[i]);
      up += Math.abs((byte) (row[i] - above[i]));
    }
    long sub = none;
    for (int i = first; i < row.length; i++) {
      byte b = row[i];
      none += Math.abs(b);
      sub += Math.abs((byte) (b - row[i - 3]));
      up += Math.abs((byte) (b - above[i]));
    }
    int best = sub < none ? 1 : 0;
    if (up < (best == 1 ? sub : none)) {
      best = 2;
    }
    out[0] = (byte) best;
    switch (best) {
      case 0 -> System.arraycopy(row, 0, out, 1, row.length);
      case 1 -> {
        for (int i = 0; i < row.length; i++) {
          out[i + 1] = (byte) (row[i] - (i >= 3 ? row[i - 3] : 0));
        }
      }
      default -> {
        for (int i = 0; i < row.length; i++) {
          out[i + 1] = (byte) (row[i] - above[i]);
        }
      }
    }
    return none == 0;
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
