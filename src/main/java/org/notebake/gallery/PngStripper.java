package org.notebake.gallery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Keeps only the PNG chunks that affect how the image looks (pixels, palette, transparency, colour
 * and gamma, pixel density, animation) and drops the rest: text chunks, where editors put XMP,
 * {@code eXIf}, timestamps and unknown ancillary chunks.
 */
final class PngStripper {
  private static final int SIGNATURE = 8;
  private static final Set<String> KEPT =
      Set.of(
          "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "pHYs", "sBIT",
          "bKGD", "acTL", "fcTL", "fdAT");

  private PngStripper() {}

  static Stripped strip(String file, byte[] in) throws ImageException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
    out.write(in, 0, SIGNATURE);
    int pos = SIGNATURE;
    int width = 0;
    int height = 0;
    while (pos + 12 <= in.length) {
      long length = readInt(in, pos) & 0xFFFFFFFFL;
      String type = new String(in, pos + 4, 4, StandardCharsets.ISO_8859_1);
      long end = pos + 12 + length;
      if (end > in.length) {
        throw broken(file, "chunk " + type + " runs past the end of the file");
      }
      if (type.equals("IHDR") && length >= 8) {
        width = readInt(in, pos + 8);
        height = readInt(in, pos + 12);
      }
      if (KEPT.contains(type)) {
        out.write(in, pos, (int) (end - pos));
      } else if (Character.isUpperCase(type.charAt(0))) {
        throw new ImageException(
            file,
            "PNG has an unknown critical chunk " + type + "; save it again as a standard PNG");
      }
      pos = (int) end;
      if (type.equals("IEND")) {
        if (width <= 0 || height <= 0) {
          throw broken(file, "it has no IHDR header with a width and height");
        }
        return new Stripped(out.toByteArray(), width, height);
      }
    }
    throw broken(file, "it ends before the IEND chunk");
  }

  private static int readInt(byte[] in, int pos) {
    return ((in[pos] & 0xFF) << 24)
        | ((in[pos + 1] & 0xFF) << 16)
        | ((in[pos + 2] & 0xFF) << 8)
        | (in[pos + 3] & 0xFF);
  }

  private static ImageException broken(String file, String why) {
    return new ImageException(
        file, "PNG is truncated or corrupt: " + why + "; export it again from your editor");
  }
}
