package org.notebake.gallery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Drops the EXIF and XMP chunks of a WebP file (and any chunk the format does not define), clears
 * their flags in the {@code VP8X} header and fixes the RIFF size. The colour profile loses its text
 * ({@link IccText}), or is dropped when it is not a whole one.
 */
final class WebpStripper {
  private static final int HEADER = 12;
  private static final int EXIF_FLAG = 0x08;
  private static final int XMP_FLAG = 0x04;
  private static final int ICC_FLAG = 0x20;
  private static final Set<String> KEPT =
      Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");

  private WebpStripper() {}

  static Stripped strip(String file, byte[] in) throws ImageException {
    long riffEnd = 8 + (readLe(in, 4, 4) & 0xFFFFFFFFL);
    if (riffEnd > in.length) {
      throw broken(file, "the RIFF header promises more bytes than the file has");
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream(in.length);
    int[] size = null;
    boolean iccDropped = false;
    int pos = HEADER;
    while (pos + 8 <= riffEnd) {
      String type = new String(in, pos, 4, StandardCharsets.ISO_8859_1);
      long length = readLe(in, pos + 4, 4) & 0xFFFFFFFFL;
      long end = pos + 8 + length + (length & 1);
      if (pos + 8 + length > riffEnd) {
        throw broken(file, "chunk " + type.strip() + " runs past the end of the file");
      }
      byte[] profile = null;
      if (type.equals("ICCP")) {
        byte[] icc = Arrays.copyOfRange(in, pos + 8, (int) (pos + 8 + length));
        profile = IccText.withoutText(icc);
        if (profile == null) {
          iccDropped = true; // not a whole profile: browsers ignore it, and so does the copy
          pos = (int) end;
          continue;
        }
      }
      if (KEPT.contains(type)) {
        byte[] chunk = Arrays.copyOfRange(in, pos, (int) Math.min(end, riffEnd));
        if (profile != null) {
          System.arraycopy(profile, 0, chunk, 8, profile.length);
        }
        if (type.equals("VP8X") && length > 0) {
          chunk[8] &= (byte) ~(EXIF_FLAG | XMP_FLAG);
        }
        body.write(chunk, 0, chunk.length);
        size = size != null ? size : sizeOf(type, in, pos + 8, (int) length);
      }
      pos = (int) end;
    }
    byte[] kept = body.toByteArray();
    if (iccDropped) {
      clearFlag(kept, ICC_FLAG);
    }
    if (size == null || size[0] <= 0 || size[1] <= 0) {
      throw broken(file, "it has no VP8, VP8L or VP8X chunk with a width and height");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + HEADER);
    out.write(in, 0, 4);
    writeLe(out, body.size() + 4);
    out.write(in, 8, 4);
    out.writeBytes(kept);
    return new Stripped(out.toByteArray(), size[0], size[1]);
  }

  /** Clears {@code flag} in the {@code VP8X} chunk at the start of {@code chunks}, if there. */
  private static void clearFlag(byte[] chunks, int flag) {
    if (chunks.length > 8 && new String(chunks, 0, 4, StandardCharsets.ISO_8859_1).equals("VP8X")) {
      chunks[8] &= (byte) ~flag;
    }
  }

  /** Canvas size from the first image chunk, as {width, height}, or null if it has none. */
  private static int[] sizeOf(String type, byte[] in, int data, int length) {
    if (type.equals("VP8X") && length >= 10) {
      return new int[] {readLe(in, data + 4, 3) + 1, readLe(in, data + 7, 3) + 1};
    }
    if (type.equals("VP8L") && length >= 5 && (in[data] & 0xFF) == 0x2F) {
      int bits = readLe(in, data + 1, 4);
      return new int[] {(bits & 0x3FFF) + 1, ((bits >>> 14) & 0x3FFF) + 1};
    }
    if (type.equals("VP8 ") && length >= 10 && (in[data + 3] & 0xFF) == 0x9D) {
      return new int[] {readLe(in, data + 6, 2) & 0x3FFF, readLe(in, data + 8, 2) & 0x3FFF};
    }
    return null;
  }

  private static int readLe(byte[] in, int pos, int count) {
    int value = 0;
    for (int i = count - 1; i >= 0; i--) {
      value = (value << 8) | (in[pos + i] & 0xFF);
    }
    return value;
  }

  private static void writeLe(ByteArrayOutputStream out, int value) {
    for (int i = 0; i < 4; i++) {
      out.write((value >>> (8 * i)) & 0xFF);
    }
  }

  private static ImageException broken(String file, String why) {
    return new ImageException(
        file, "WebP is truncated or corrupt: " + why + "; export it again from your editor");
  }
}
