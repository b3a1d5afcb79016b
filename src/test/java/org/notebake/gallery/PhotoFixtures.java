package org.notebake.gallery;

/**
 * The gallery's hand-made test photos for tests in other packages: a 40x20 blue JPEG with a red
 * block in its stored top-left corner, carrying EXIF (camera, GPS, orientation), XMP, IPTC, ICC, a
 * comment and a trailer, each holding {@link #CANARY}.
 */
public final class PhotoFixtures {
  public static final String CANARY = JpegSegments.CANARY;
  public static final int WIDTH = JpegSegments.W;
  public static final int HEIGHT = JpegSegments.H;

  private PhotoFixtures() {}

  public static byte[] jpegWithEverything(int orientation) {
    return JpegSegments.jpegWithEverything(orientation);
  }

  /**
   * The same image as a JPEG whose only metadata is XMP: a GPS position ({@code exif:GPSLatitude},
   * as {@code exiftool -XMP-exif:GPSLatitude=} writes it, with no EXIF) and {@link #CANARY}.
   */
  public static byte[] jpegWithXmpAlone() {
    byte[] plain =
        JpegSegments.encode(
            JpegSegments.markedImage(java.awt.image.BufferedImage.TYPE_INT_RGB), "jpeg");
    return ExifBuilder.concat(
        new byte[] {(byte) 0xFF, (byte) 0xD8},
        JpegSegments.xmpApp1(),
        java.util.Arrays.copyOfRange(plain, 2, plain.length));
  }

  /** The same image as a PNG with text, XMP, eXIf (camera, GPS, orientation) and private chunks. */
  public static byte[] pngWithEverything(int orientation) {
    return OtherFormatsSanitizingTest.pngWithChunks(
        JpegSegments.encode(
            JpegSegments.markedImage(java.awt.image.BufferedImage.TYPE_INT_RGB), "png"),
        orientation);
  }

  /**
   * A favicon of two images, as icon editors write them: {@link #pngWithEverything} (text chunks,
   * XMP, an {@code eXIf} with GPS) and a 1x1 bitmap, followed by bytes holding {@link #CANARY}.
   */
  public static byte[] icoWithEverything() {
    byte[] png = pngWithEverything(1);
    byte[] bitmap = new byte[40 + 4 + 4]; // BITMAPINFOHEADER, one pixel, its mask row
    java.nio.ByteBuffer.wrap(bitmap)
        .order(java.nio.ByteOrder.LITTLE_ENDIAN)
        .putInt(40)
        .putInt(1)
        .putInt(2)
        .putShort((short) 1)
        .putShort((short) 32);
    byte[] trailer = ("left over " + CANARY).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    java.nio.ByteBuffer ico =
        java.nio.ByteBuffer.allocate(6 + 32 + png.length + bitmap.length + trailer.length)
            .order(java.nio.ByteOrder.LITTLE_ENDIAN)
            .putShort((short) 0)
            .putShort((short) 1)
            .putShort((short) 2);
    ico.put((byte) WIDTH).put((byte) HEIGHT).putShort((short) 0).putShort((short) 1);
    ico.putShort((short) 32).putInt(png.length).putInt(6 + 32);
    ico.put((byte) 1).put((byte) 1).putShort((short) 0).putShort((short) 1);
    ico.putShort((short) 32).putInt(bitmap.length).putInt(6 + 32 + png.length);
    return ico.put(png).put(bitmap).put(trailer).array();
  }

  /**
   * The photo cut 20 bytes into its first scan: its metadata still reads, but the stripper cannot
   * reach the end of the image.
   */
  public static byte[] cutInsideItsFirstScan(byte[] jpeg) {
    int scan = 2;
    while (!((jpeg[scan] & 0xFF) == 0xFF && (jpeg[scan + 1] & 0xFF) == 0xDA)) {
      scan++;
    }
    return java.util.Arrays.copyOf(jpeg, scan + 20);
  }

  /** The metadata-extractor oracle: no EXIF, GPS, XMP, IPTC or canary byte left. */
  public static void assertNoPrivateMetadata(byte[] bytes) throws Exception {
    MetadataAssertions.assertNoPrivateMetadata(bytes);
  }

  public static void assertHasPrivateMetadata(byte[] bytes) throws Exception {
    MetadataAssertions.assertHasPrivateMetadata(bytes);
  }
}
