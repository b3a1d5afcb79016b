package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notebake.gallery.MetadataAssertions.assertNoPrivateMetadata;
import static org.notebake.gallery.MetadataAssertions.contains;
import static org.notebake.gallery.MetadataAssertions.decode;
import static org.notebake.gallery.MetadataAssertions.sanitize;

import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class OtherFormatsSanitizingTest {
  /** A 1x1 lossless WebP, the one browsers' feature tests use. */
  private static final String WEBP_1X1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

  private final SanitizedImage[] result = new SanitizedImage[1];

  @Test
  void pngKeepsPixelsAndDropsTextExifAndUnknownChunks() throws Exception {
    byte[] plain = JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_INT_RGB), "png");
    byte[] source = pngWithChunks(plain, 1);
    assertThat(contains(source, JpegSegments.CANARY)).isTrue();

    byte[] out = sanitize(source, MetadataKeepList.none(), result);

    assertNoPrivateMetadata(out);
    assertThat(contains(out, "tIME")).isFalse();
    assertThat(JpegSanitizingTest.samePixels(decode(plain), decode(out))).isTrue();
    assertThat(result[0].format()).isEqualTo(ImageFormat.PNG);
    assertThat(result[0].reencoded()).isFalse();
  }

  @Test
  void pngExifOrientationIsTurnedIntoThePixels() throws Exception {
    byte[] plain = JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_INT_RGB), "png");
    byte[] source = pngWithChunks(plain, 8);

    byte[] out = sanitize(source, MetadataKeepList.none(), result);

    assertNoPrivateMetadata(out);
    BufferedImage turned = decode(out);
    assertThat(turned.getWidth()).isEqualTo(JpegSegments.H).isEqualTo(result[0].width());
    assertThat(JpegSanitizingTest.isRed(turned.getRGB(3, turned.getHeight() - 4)))
        .as("bottom-left is red after turning counter-clockwise")
        .isTrue();
  }

  @Test
  void webpLosesExifAndXmpChunksAndFlagsAndStillDecodes() throws Exception {
    byte[] source = webpWithMetadata();
    assertThat(MetadataAssertions.metadata(source).getFirstDirectoryOfType(GpsDirectory.class))
        .isNotNull();

    byte[] out = sanitize(source, MetadataKeepList.none(), result);

    assertNoPrivateMetadata(out);
    assertThat(out[20] & 0x0C).as("VP8X EXIF and XMP flags").isZero();
    assertThat(ByteBuffer.wrap(out, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt())
        .isEqualTo(out.length - 8);
    assertThat(decode(out).getWidth()).isEqualTo(1);
    assertThat(result[0].width()).isEqualTo(1);
    assertThat(result[0].height()).isEqualTo(1);
  }

  @Test
  void gifLosesCommentsAndXmpButKeepsLooping() throws Exception {
    byte[] plain =
        JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_BYTE_INDEXED), "gif");
    byte[] source = gifWithExtensions(plain);
    assertThat(decode(source).getWidth()).isEqualTo(JpegSegments.W);

    byte[] out = sanitize(source, MetadataKeepList.none(), result);

    assertThat(contains(out, JpegSegments.CANARY)).isFalse();
    assertThat(contains(out, "XMP DataXMP")).isFalse();
    assertThat(contains(out, "NETSCAPE2.0")).isTrue();
    assertThat(JpegSanitizingTest.samePixels(decode(plain), decode(out))).isTrue();
    assertThat(result[0].width()).isEqualTo(JpegSegments.W);
  }

  static byte[] pngWithChunks(byte[] png, int orientation) {
    int afterHeader = 8 + 12 + 13;
    byte[] chunks =
        ExifBuilder.concat(
            chunk("tEXt", "Comment\0" + JpegSegments.CANARY),
            chunk("iTXt", "XML:com.adobe.xmp\0\0\0\0\0" + JpegSegments.xmpPacket()),
            chunk("eXIf", ExifBuilder.camera(orientation).tiff()),
            chunk("tIME", new byte[] {0x07, (byte) 0xE9, 6, 26, 17, 33, 2}),
            chunk("prVt", "private " + JpegSegments.CANARY));
    return ExifBuilder.concat(
        Arrays.copyOf(png, afterHeader), chunks, Arrays.copyOfRange(png, afterHeader, png.length));
  }

  static byte[] chunk(String type, String data) {
    return chunk(type, data.getBytes(StandardCharsets.ISO_8859_1));
  }

  static byte[] chunk(String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    return ExifBuilder.concat(
        ByteBuffer.allocate(4).putInt(data.length).array(),
        typeBytes,
        data,
        ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  static byte[] webpWithMetadata() {
    byte[] lossless = Base64.getDecoder().decode(WEBP_1X1);
    byte[] vp8x = {0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    byte[] body =
        ExifBuilder.concat(
            "WEBP".getBytes(StandardCharsets.ISO_8859_1),
            riffChunk("VP8X", vp8x),
            Arrays.copyOfRange(lossless, 12, lossless.length),
            riffChunk("EXIF", ExifBuilder.camera(1).tiff()),
            riffChunk("XMP ", JpegSegments.xmpPacket().getBytes(StandardCharsets.ISO_8859_1)));
    return ExifBuilder.concat("RIFF".getBytes(StandardCharsets.ISO_8859_1), le(body.length), body);
  }

  private static byte[] riffChunk(String type, byte[] data) {
    return ExifBuilder.concat(
        type.getBytes(StandardCharsets.ISO_8859_1),
        le(data.length),
        data,
        data.length % 2 == 1 ? new byte[] {0} : new byte[0]);
  }

  private static byte[] le(int value) {
    return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
  }

  /** Inserts a loop block, an XMP application block and a comment after the colour table. */
  static byte[] gifWithExtensions(byte[] gif) {
    int packed = gif[10] & 0xFF;
    int at = 13 + ((packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 7) + 1)));
    byte[] loop =
        ExifBuilder.concat(
            new byte[] {0x21, (byte) 0xFF, 11},
            "NETSCAPE2.0".getBytes(StandardCharsets.ISO_8859_1),
            new byte[] {3, 1, 0, 0, 0});
    byte[] xmp =
        ExifBuilder.concat(
            new byte[] {0x21, (byte) 0xFF, 11},
            "XMP DataXMP".getBytes(StandardCharsets.ISO_8859_1),
            subBlock(JpegSegments.xmpPacket()),
            new byte[] {0});
    byte[] comment =
        ExifBuilder.concat(
            new byte[] {0x21, (byte) 0xFE},
            subBlock("note " + JpegSegments.CANARY),
            new byte[] {0});
    return ExifBuilder.concat(
        Arrays.copyOf(gif, at), loop, xmp, comment, Arrays.copyOfRange(gif, at, gif.length));
  }

  private static byte[] subBlock(String text) {
    byte[] data = text.getBytes(StandardCharsets.ISO_8859_1);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < data.length; i += 255) {
      int n = Math.min(255, data.length - i);
      out.write(n);
      out.write(data, i, n);
    }
    return out.toByteArray();
  }
}
