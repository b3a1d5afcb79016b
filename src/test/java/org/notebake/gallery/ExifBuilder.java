package org.notebake.gallery;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes a small big-endian TIFF/EXIF block by hand, so tests need no imaging library. */
final class ExifBuilder {
  private static final int ASCII = 2;
  private static final int SHORT = 3;
  private static final int LONG = 4;
  private static final int RATIONAL = 5;

  private record Entry(int tag, int type, int count, byte[] value) {}

  private final List<Entry> ifd0 = new ArrayList<>();
  private final List<Entry> exif = new ArrayList<>();
  private final List<Entry> gps = new ArrayList<>();

  static ExifBuilder camera(int orientation) {
    ExifBuilder b = new ExifBuilder();
    b.ifd0.add(ascii(0x010F, "FICTIONCAM"));
    b.ifd0.add(ascii(0x0110, "Model Z1"));
    b.ifd0.add(new Entry(0x0112, SHORT, 1, shortValue(orientation)));
    b.ifd0.add(ascii(0x8298, "(c) 2025 A. Example"));
    b.exif.add(new Entry(0x829A, RATIONAL, 1, rationals(1, 250)));
    b.exif.add(new Entry(0x829D, RATIONAL, 1, rationals(28, 10)));
    b.exif.add(new Entry(0x8827, SHORT, 1, shortValue(400)));
    b.exif.add(ascii(0x9003, "2025:06:26 17:33:02"));
    b.exif.add(new Entry(0x920A, RATIONAL, 1, rationals(23, 1)));
    b.exif.add(ascii(0xA434, "Fiction 23mm F2"));
    b.gps.add(ascii(0x0001, "N"));
    b.gps.add(new Entry(0x0002, RATIONAL, 3, rationals(40, 1, 44, 1, 1234, 100)));
    b.gps.add(ascii(0x0003, "W"));
    b.gps.add(new Entry(0x0004, RATIONAL, 3, rationals(73, 1, 59, 1, 5678, 100)));
    return b;
  }

  /** The TIFF bytes ("MM\0*..."), as in a PNG eXIf or WebP EXIF chunk. */
  byte[] tiff() {
    int exifAt = 8 + size(ifd0, 2);
    int gpsAt = exifAt + size(exif, 0);
    List<Entry> first = new ArrayList<>(ifd0);
    first.add(new Entry(0x8769, LONG, 1, intValue(exifAt)));
    first.add(new Entry(0x8825, LONG, 1, intValue(gpsAt)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8});
    out.writeBytes(ifd(first, 8));
    out.writeBytes(ifd(exif, exifAt));
    out.writeBytes(ifd(gps, gpsAt));
    return out.toByteArray();
  }

  /** A JPEG APP1 segment, marker included. */
  byte[] app1() {
    byte[] tiff = tiff();
    byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    return JpegSegments.segment(0xE1, concat(header, tiff));
  }

  private static int size(List<Entry> entries, int extraEntries) {
    int size = 2 + 12 * (entries.size() + extraEntries) + 4;
    for (Entry e : entries) {
      size += e.value.length > 4 ? e.value.length + (e.value.length & 1) : 0;
    }
    return size;
  }

  private static byte[] ifd(List<Entry> entries, int at) {
    ByteBuffer dir = ByteBuffer.allocate(size(entries, 0));
    int dataAt = at + 2 + 12 * entries.size() + 4;
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    dir.putShort((short) entries.size());
    for (Entry e : entries) {
      dir.putShort((short) e.tag).putShort((short) e.type).putInt(e.count);
      if (e.value.length <= 4) {
        dir.put(java.util.Arrays.copyOf(e.value, 4));
      } else {
        dir.putInt(dataAt + data.size());
        data.writeBytes(e.value);
        if ((e.value.length & 1) == 1) {
          data.write(0);
        }
      }
    }
    dir.putInt(0);
    dir.put(data.toByteArray());
    return dir.array();
  }

  private static Entry ascii(int tag, String text) {
    byte[] value = (text + "\0").getBytes(StandardCharsets.ISO_8859_1);
    return new Entry(tag, ASCII, value.length, value);
  }

  private static byte[] shortValue(int v) {
    return new byte[] {(byte) (v >> 8), (byte) v};
  }

  private static byte[] intValue(int v) {
    return ByteBuffer.allocate(4).putInt(v).array();
  }

  private static byte[] rationals(int... parts) {
    ByteBuffer b = ByteBuffer.allocate(4 * parts.length);
    for (int p : parts) {
      b.putInt(p);
    }
    return b.array();
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
