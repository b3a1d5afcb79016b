package org.notebake.gallery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Removes metadata from a JPEG without touching the compressed image: drops every APPn segment
 * (EXIF and XMP in APP1, IPTC in APP13, MPF in APP2, maker blocks), comments and anything after the
 * end-of-image marker (appended preview images, motion-photo videos), and keeps the JFIF header
 * (without its thumbnail), the ICC colour profile (without its text: {@link IccText}) and Adobe's
 * colour-transform flag, which decoders need to show the right colours (a damaged profile, which
 * decoders ignore, is left out too).
 */
final class JpegStripper {
  private static final int SOS = 0xDA;
  private static final int EOI = 0xD9;
  private static final int APP0 = 0xE0;
  private static final int APP2 = 0xE2;
  private static final int APP14 = 0xEE;

  /** "Adobe", version, two flag words and the colour transform: what a decoder reads of APP14. */
  private static final int ADOBE_LENGTH = 12;

  private final String file;
  private final byte[] in;
  private final ByteArrayOutputStream out;
  private int width;
  private int height;
  private final ByteArrayOutputStream iccProfile = new ByteArrayOutputStream();

  private JpegStripper(String file, byte[] in) {
    this.file = file;
    this.in = in;
    this.out = new ByteArrayOutputStream(in.length);
  }

  static Stripped strip(String file, byte[] in) throws ImageException {
    return new JpegStripper(file, in).run();
  }

  private Stripped run() throws ImageException {
    out.write(0xFF);
    out.write(0xD8);
    int pos = 2;
    while (true) {
      if (pos >= in.length || (in[pos] & 0xFF) != 0xFF) {
        throw broken(
            pos >= in.length ? "it ends before the end-of-image marker" : "a marker is missing");
      }
      while (pos < in.length && (in[pos] & 0xFF) == 0xFF) {
        pos++;
      }
      if (pos >= in.length) {
        throw broken("it ends before the end-of-image marker");
      }
      int marker = in[pos++] & 0xFF;
      if (marker == EOI) {
        out.write(0xFF);
        out.write(EOI);
        return finish();
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
        out.write(0xFF);
        out.write(marker);
        continue;
      }
      pos = segment(marker, pos);
      if (marker == SOS) {
        pos = entropyCodedData(pos);
      }
    }
  }

  /** Copies or drops the segment whose length field starts at {@code pos}; returns its end. */
  private int segment(int marker, int pos) throws ImageException {
    if (pos + 2 > in.length) {
      throw broken("it ends inside a segment header");
    }
    int length = ((in[pos] & 0xFF) << 8) | (in[pos + 1] & 0xFF);
    int end = pos + length;
    if (length < 2 || end > in.length) {
      throw broken("a segment runs past the end of the file");
    }
    if (isFrameHeader(marker) && length >= 7) {
      height = ((in[pos + 3] & 0xFF) << 8) | (in[pos + 4] & 0xFF);
      width = ((in[pos + 5] & 0xFF) << 8) | (in[pos + 6] & 0xFF);
    }
    if (marker == APP0 && startsWith(pos + 2, end, "JFIF\0") && length >= 16) {
      writeJfifWithoutThumbnail(pos);
    } else if (marker == APP14 && keeps(marker, pos + 2, end) && length - 2 > ADOBE_LENGTH) {
      writeAdobeWithoutExtra(pos);
    } else if (marker == APP2 && keeps(marker, pos + 2, end)) {
      keepProfilePart(pos, length, end);
    } else if (keeps(marker, pos + 2, end)) {
      checkShape(marker, pos + 2, end);
      out.write(0xFF);
      out.write(marker);
      out.write(in, pos, length);
    }
    return end;
  }

  /** Where each kept part of the colour profile lies in {@code out}: start, end. */
  private final java.util.List<int[]> profileParts = new java.util.ArrayList<>();

  /**
   * Copies a part of the ICC colour profile (an APP2 segment) and collects its data. A part not
   * shaped as its header says is an error: metadata readers fail on it (the profile as a whole is
   * checked at the end).
   */
  private void keepProfilePart(int pos, int length, int end) throws ImageException {
    checkShape(APP2, pos + 2, end);
    int data = pos + 2 + JpegSegmentShape.ICC_HEADER;
    if (data > end) {
      throw broken("its colour profile segment is cut short");
    }
    iccProfile.write(in, data, end - data);
    int start = out.size();
    out.write(0xFF);
    out.write(APP2);
    out.write(in, pos, length);
    profileParts.add(new int[] {start, out.size()});
  }

  /** A kept segment is copied whole: its length must be the one its contents declare. */
  private void checkShape(int marker, int payload, int end) throws ImageException {
    if (!JpegSegmentShape.matches(marker, in, payload, end)) {
      throw broken(String.format("segment 0x%02X is not as long as its contents say", marker));
    }
  }

  private boolean keeps(int marker, int payload, int end) {
    if (marker == APP2) {
      return startsWith(payload, end, "ICC_PROFILE\0");
    }
    if (marker == APP14) {
      return startsWith(payload, end, "Adobe");
    }
    // Frame, Huffman, arithmetic-coding, quantisation, restart, scan and line-count segments:
    // what a decoder needs. Everything else (APPn, COM, JPGn extensions) is dropped.
    return (marker >= 0xC0 && marker <= 0xCF && marker != 0xC8)
        || (marker >= SOS && marker <= 0xDF);
  }

  /** JFIF is "JFIF\0", version, units, densities, then a thumbnail we set to 0x0. */
  private void writeJfifWithoutThumbnail(int pos) {
    out.write(0xFF);
    out.write(APP0);
    out.write(0);
    out.write(16);
    out.write(in, pos + 2, 12);
    out.write(0);
    out.write(0);
  }

  /**
   * Photoshop's "Save for Web" writes an Adobe segment longer than its 12 bytes; browsers read the
   * 12 and ignore the rest, which is dropped here as anything else a decoder does not need.
   */
  private void writeAdobeWithoutExtra(int pos) {
    out.write(0xFF);
    out.write(APP14);
    out.write(0);
    out.write(2 + ADOBE_LENGTH);
    out.write(in, pos + 2, ADOBE_LENGTH);
  }

  /** Copies scan data up to the next marker that is not a restart or a stuffed 0xFF00. */
  private int entropyCodedData(int pos) throws ImageException {
    int start = pos;
    while (pos + 1 < in.length) {
      if ((in[pos] & 0xFF) == 0xFF) {
        int next = in[pos + 1] & 0xFF;
        if (next != 0x00 && !(next >= 0xD0 && next <= 0xD7)) {
          out.write(in, start, pos - start);
          return pos;
        }
        pos += 2;
      } else {
        pos++;
      }
    }
    throw broken("it ends inside the image data");
  }

  private static boolean isFrameHeader(int marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
  }

  private boolean startsWith(int pos, int end, String id) {
    byte[] expected = id.getBytes(StandardCharsets.ISO_8859_1);
    if (end - pos < expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (in[pos + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The stripped image. A damaged colour profile (its parts together not a whole ICC profile: a
   * real site's logo said 557,168 bytes and held 132) is left out whole: browsers ignore such a
   * profile and draw the image as sRGB, as it is drawn without it, and bytes in a damaged profile
   * are bytes nothing vouches for.
   */
  private Stripped finish() throws ImageException {
    if (width == 0 || height == 0) {
      throw broken("it has no frame header with a width and height");
    }
    byte[] bytes = out.toByteArray();
    boolean damaged =
        iccProfile.size() > 0 && !JpegSegmentShape.isWholeIccProfile(iccProfile.toByteArray());
    if (damaged && !profileParts.isEmpty()) {
      bytes = without(bytes, profileParts);
    } else if (iccProfile.size() > 0) {
      byte[] profile = iccProfile.toByteArray();
      byte[] clean = IccText.withoutText(profile);
      if (clean != profile) {
        // the same length: each part's data is written back where it lies
        int at = 0;
        for (int[] part : profileParts) {
          int data = part[0] + 4 + JpegSegmentShape.ICC_HEADER;
          System.arraycopy(clean, at, bytes, data, part[1] - data);
          at += part[1] - data;
        }
      }
    }
    return new Stripped(bytes, width, height);
  }

  /** {@code bytes} less the ranges (start, end; in order, apart). */
  private static byte[] without(byte[] bytes, java.util.List<int[]> ranges) {
    ByteArrayOutputStream kept = new ByteArrayOutputStream(bytes.length);
    int from = 0;
    for (int[] range : ranges) {
      kept.write(bytes, from, range[0] - from);
      from = range[1];
    }
    kept.write(bytes, from, bytes.length - from);
    return kept.toByteArray();
  }

  private ImageException broken(String why) {
    return new ImageException(
        file, "JPEG is truncated or corrupt: " + why + "; export it again from your photo app");
  }
}
