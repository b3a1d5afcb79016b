package org.notebake.gallery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Keeps only the PNG chunks that affect how the image looks (pixels, palette, transparency, colour
 * and gamma, pixel density, animation) and drops the rest: text chunks, where editors put XMP,
 * {@code eXIf}, timestamps and unknown ancillary chunks. The colour profile loses its name and its
 * text ({@link IccText}).
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
      if (type.equals("iCCP")) {
        out.writeBytes(profileWithoutText(in, pos + 8, (int) length));
      } else if (KEPT.contains(type)) {
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

  /** The profile's name, which is free text, as written by most tools. */
  private static final byte[] PROFILE_NAME = "ICC profile".getBytes(StandardCharsets.ISO_8859_1);

  /** Larger than any colour profile: a chunk that inflates past it is no profile. */
  private static final int MAX_PROFILE = 16 << 20;

  /**
   * The {@code iCCP} chunk (a name, a NUL, the compression method, the zlib-compressed profile)
   * again, named "ICC profile" and its profile without its text ({@link IccText}); nothing when it
   * does not inflate to one whole profile (browsers ignore such a chunk and draw the image as sRGB,
   * as without it).
   */
  private static byte[] profileWithoutText(byte[] in, int data, int length) {
    int nul = data;
    while (nul < data + length && in[nul] != 0) {
      nul++;
    }
    if (nul + 2 > data + length || in[nul + 1] != 0) {
      return new byte[0];
    }
    byte[] profile = inflated(in, nul + 2, data + length - nul - 2);
    byte[] clean = profile == null ? null : IccText.withoutText(profile);
    if (clean == null) {
      return new byte[0];
    }
    boolean named = java.util.Arrays.equals(in, data, nul, PROFILE_NAME, 0, PROFILE_NAME.length);
    if (clean == profile && named) {
      return java.util.Arrays.copyOfRange(in, data - 8, data + length + 4);
    }
    ByteArrayOutputStream chunk = new ByteArrayOutputStream();
    chunk.writeBytes("iCCP".getBytes(StandardCharsets.ISO_8859_1));
    chunk.writeBytes(PROFILE_NAME);
    chunk.write(0);
    chunk.write(0);
    java.util.zip.Deflater deflater = new java.util.zip.Deflater(9);
    try (java.util.zip.DeflaterOutputStream z =
        new java.util.zip.DeflaterOutputStream(chunk, deflater)) {
      z.write(clean);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a ByteArrayOutputStream does not throw
    } finally {
      deflater.end();
    }
    byte[] body = chunk.toByteArray();
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(body);
    return java.nio.ByteBuffer.allocate(body.length + 8)
        .putInt(body.length - 4)
        .put(body)
        .putInt((int) crc.getValue())
        .array();
  }

  /** The zlib stream inflated, or null when it is damaged or inflates past {@link #MAX_PROFILE}. */
  private static byte[] inflated(byte[] in, int from, int length) {
    java.util.zip.Inflater inflater = new java.util.zip.Inflater();
    try {
      inflater.setInput(in, from, length);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return null;
        }
        out.write(buffer, 0, n);
        if (out.size() > MAX_PROFILE) {
          return null;
        }
      }
      return out.toByteArray();
    } catch (java.util.zip.DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
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
