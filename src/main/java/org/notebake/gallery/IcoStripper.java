package org.notebake.gallery;

import java.io.ByteArrayOutputStream;

/**
 * An icon ({@code .ico}, or a cursor, {@code .cur}) without its images' metadata. Each image in it
 * is a PNG or a bitmap (a DIB, with no room for text): a PNG loses its text chunks, XMP and {@code
 * eXIf} (GPS, author, comments) as a photo's PNG does ({@link PngStripper}), a bitmap with the
 * plain header is kept as it is, and the directory is written anew with each image's size and
 * place. Bytes between or after the images are left behind.
 *
 * <pre>{@code
 * IcoStripper.strip("favicon.ico", bytes); // the same icons, no tEXt, iTXt or eXIf left
 * }</pre>
 */
final class IcoStripper {
  private static final int HEADER = 6;
  private static final int ENTRY = 16;

  /** BITMAPINFOHEADER's size: the header of an icon's bitmap, with no colour profile. */
  private static final int PLAIN_BITMAP = 40;

  private IcoStripper() {}

  static byte[] strip(String file, byte[] in) throws ImageException {
    int type = in.length < HEADER ? -1 : u16(in, 2);
    if ((type != 1 && type != 2) || u16(in, 0) != 0) {
      throw broken(file, "it does not start as an icon does");
    }
    int count = u16(in, 4);
    int images = HEADER + ENTRY * count;
    if (count == 0 || images > in.length) {
      throw broken(file, "its directory of images runs past the end of the file");
    }
    refuseOverlaps(file, in, count, images);
    ByteArrayOutputStream data = new ByteArrayOutputStream(in.length);
    byte[] directory = java.util.Arrays.copyOf(in, images);
    for (int i = 0; i < count; i++) {
      int entry = HEADER + ENTRY * i;
      long size = u32(in, entry + 8);
      long offset = u32(in, entry + 12);
      if (offset < images || offset + size > in.length) {
        throw broken(file, "image " + (i + 1) + " lies outside the file");
      }
      byte[] image = java.util.Arrays.copyOfRange(in, (int) offset, (int) (offset + size));
      if (size > 8 && (image[0] & 0xFF) == 0x89 && image[1] == 'P' && image[2] == 'N') {
        image = PngStripper.strip(file, image).bytes();
      } else if (size < 4 || u32(image, 0) != PLAIN_BITMAP) {
        throw new ImageException(
            file,
            "image "
                + (i + 1)
                + " in the icon is neither a PNG nor a plain bitmap, so its metadata cannot be"
                + " removed; save the icon again as PNG images");
      }
      put32(directory, entry + 8, image.length);
      put32(directory, entry + 12, images + data.size());
      data.writeBytes(image);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(images + data.size());
    out.writeBytes(directory);
    out.writeBytes(data.toByteArray());
    return out.toByteArray();
  }

  /**
   * Images of the directory that share bytes: each would be copied again, so a 1 MB icon of 100
   * entries for one bitmap became 100 MB, and one of 65,535 ran out of memory (red team).
   */
  private static void refuseOverlaps(String file, byte[] in, int count, int images)
      throws ImageException {
    long[][] ranges = new long[count][];
    for (int i = 0; i < count; i++) {
      int entry = HEADER + ENTRY * i;
      long offset = u32(in, entry + 12);
      ranges[i] = new long[] {offset, offset + u32(in, entry + 8)};
      if (offset < images || ranges[i][1] > in.length) {
        throw broken(file, "image " + (i + 1) + " lies outside the file");
      }
    }
    java.util.Arrays.sort(ranges, java.util.Comparator.comparingLong(range -> range[0]));
    for (int i = 1; i < count; i++) {
      if (ranges[i][0] < ranges[i - 1][1]) {
        throw broken(file, "two of its images share the same bytes");
      }
    }
  }

  private static int u16(byte[] in, int at) {
    return (in[at] & 0xFF) | (in[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] in, int at) {
    return (u16(in, at) | (long) u16(in, at + 2) << 16);
  }

  private static void put32(byte[] out, int at, int value) {
    for (int i = 0; i < 4; i++) {
      out[at + i] = (byte) (value >>> 8 * i);
    }
  }

  private static ImageException broken(String file, String why) {
    return new ImageException(
        file, "icon is truncated or corrupt: " + why + "; export it again from your editor");
  }
}
