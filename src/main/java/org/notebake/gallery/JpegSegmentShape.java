package org.notebake.gallery;

/**
 * Whether a segment the JPEG stripper keeps is exactly as long as its own contents say.
 *
 * <p>A kept segment is copied whole, so a length field that claims too much would carry the
 * segments after it (a comment, an EXIF block) into the output inside a colour profile or a
 * quantisation table. Every kept segment has a shape that fixes its length: a frame header is 8
 * bytes plus 3 a component, a Huffman table 17 bytes plus its code counts, and so on. A segment
 * whose length does not match is corrupt, and the photo is refused.
 */
final class JpegSegmentShape {
  private static final int DHT = 0xC4;
  private static final int DAC = 0xCC;
  private static final int SOS = 0xDA;
  private static final int DQT = 0xDB;
  private static final int DNL = 0xDC;
  private static final int DRI = 0xDD;
  private static final int EXP = 0xDF;
  private static final int APP14 = 0xEE;
  static final int ICC_HEADER = 14; // "ICC_PROFILE\0", chunk number, chunk count

  private JpegSegmentShape() {}

  /**
   * @param in the whole file
   * @param payload where the segment's contents start, after its two length bytes
   * @param end where the segment ends
   */
  static boolean matches(int marker, byte[] in, int payload, int end) {
    int length = end - payload;
    return switch (marker) {
      case DHT -> huffmanTablesFill(in, payload, end);
      case DQT -> quantisationTablesFill(in, payload, end);
      case DAC -> length % 2 == 0;
      case SOS -> length >= 1 && length == 4 + 2 * (in[payload] & 0xFF);
      case DNL, DRI -> length == 2;
      case EXP -> length == 1;
      case APP14 -> length == 12;
      default -> isFrame(marker) ? length >= 6 && length == 6 + 3 * (in[payload + 5] & 0xFF) : true;
    };
  }

  /** SOF0-SOF15 and DHP: precision, height, width, component count, 3 bytes a component. */
  private static boolean isFrame(int marker) {
    return (marker >= 0xC0 && marker <= 0xCF && marker != DHT && marker != 0xC8 && marker != DAC)
        || marker == 0xDE;
  }

  private static boolean huffmanTablesFill(byte[] in, int pos, int end) {
    while (pos < end) {
      if (pos + 17 > end) {
        return false;
      }
      int codes = 0;
      for (int i = 1; i <= 16; i++) {
        codes += in[pos + i] & 0xFF;
      }
      pos += 17 + codes;
    }
    return pos == end;
  }

  private static boolean quantisationTablesFill(byte[] in, int pos, int end) {
    while (pos < end) {
      boolean sixteenBit = (in[pos] & 0xF0) != 0;
      pos += 1 + (sixteenBit ? 128 : 64);
    }
    return pos == end;
  }

  /**
   * Whether the bytes are one whole ICC profile: the size its header declares, the {@code acsp}
   * signature, and a tag table whose every entry lies inside the profile and starts with a type
   * signature, with the types of known size exactly that size. Data shifted by a wrong segment
   * length (the case this guards) moves some tag off its type signature.
   */
  static boolean isWholeIccProfile(byte[] icc) {
    if (icc.length < 132 || int32(icc, 0) != icc.length || !ascii(icc, 36, "acsp")) {
      return false;
    }
    long tags = int32(icc, 128);
    if (tags < 0 || 132 + 12 * tags > icc.length) {
      return false;
    }
    for (int i = 0; i < tags; i++) {
      int entry = 132 + 12 * i;
      long offset = int32(icc, entry + 4);
      long size = int32(icc, entry + 8);
      if (offset < 132 + 12 * tags || size < 8 || offset + size > icc.length) {
        return false;
      }
      if (!typeFits(icc, (int) offset, (int) size)) {
        return false;
      }
    }
    return true;
  }

  private static boolean typeFits(byte[] icc, int at, int size) {
    for (int i = 0; i < 4; i++) {
      int c = icc[at + i] & 0xFF;
      if (!(c == ' '
          || (c >= '0' && c <= '9')
          || (c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z'))) {
        return false;
      }
    }
    if (int32(icc, at + 4) != 0) {
      return false; // four reserved bytes after every type signature
    }
    String type = new String(icc, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
    // Some writers count the padding to the next four-byte boundary in a tag's size.
    long exact =
        switch (type) {
          case "XYZ " -> size >= 20 && (size - 8) % 12 == 0 ? size : -1;
          case "curv" -> 12 + 2 * int32(icc, at + 8);
          case "para" -> 12 + 4 * parametricValues(icc[at + 9]);
          case "chrm" -> 12 + 8 * (((icc[at + 8] & 0xFF) << 8) | (icc[at + 9] & 0xFF));
          default -> size;
        };
    // A type signature, four reserved bytes and at least one byte of data: a copyright "text" tag
    // holding "IX" and its NUL is 11 bytes (the compact sRGB profile photo apps and social sites
    // embed, seen on a public portfolio's photos).
    return exact >= 9 && size >= exact && size <= exact + 3;
  }

  private static int parametricValues(byte function) {
    return switch (function) {
      case 0 -> 1;
      case 1 -> 3;
      case 2 -> 4;
      case 3 -> 5;
      case 4 -> 7;
      default -> -1000;
    };
  }

  private static boolean ascii(byte[] in, int at, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (in[at + i] != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static long int32(byte[] in, int at) {
    return ((long) (in[at] & 0xFF) << 24)
        | ((in[at + 1] & 0xFF) << 16)
        | ((in[at + 2] & 0xFF) << 8)
        | (in[at + 3] & 0xFF);
  }
}
