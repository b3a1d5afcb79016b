package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notebake.gallery.MetadataAssertions.assertHasPrivateMetadata;
import static org.notebake.gallery.MetadataAssertions.assertNoPrivateMetadata;
import static org.notebake.gallery.MetadataAssertions.contains;
import static org.notebake.gallery.MetadataAssertions.decode;
import static org.notebake.gallery.MetadataAssertions.sanitize;

import com.drew.metadata.icc.IccDirectory;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpegSanitizingTest {
  private final SanitizedImage[] result = new SanitizedImage[1];

  @Test
  void uprightJpegLosesAllMetadataButNoPixels() throws Exception {
    byte[] source = JpegSegments.jpegWithEverything(1);
    assertHasPrivateMetadata(source);

    byte[] out = sanitize(source, MetadataKeepList.none(), result);

    assertNoPrivateMetadata(out);
    assertThat(result[0].reencoded()).isFalse();
    assertThat(samePixels(decode(source), decode(out))).isTrue();
    assertThat(out.length).isLessThan(source.length);
  }

  @Test
  void anAdobeSegmentLongerThanItsTwelveBytesKeepsTheTwelveAndLosesTheRest() throws Exception {
    // Photoshop's "Save for Web" writes 38 bytes: the 12 of the standard and 26 more.
    byte[] plain =
        JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_INT_RGB), "jpeg");
    byte[] adobe =
        org.notebake.gallery.ExifBuilder.concat(
            "Adobe".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
            new byte[] {0, 100, (byte) 0xC0, 0, 0, 0, 0},
            ("extra " + JpegSegments.CANARY)
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    byte[] source =
        ExifBuilder.concat(
            java.util.Arrays.copyOf(plain, 2),
            JpegSegments.segment(0xEE, adobe),
            java.util.Arrays.copyOfRange(plain, 2, plain.length));

    byte[] out = sanitize(source, MetadataKeepList.none(), result);

    assertThat(contains(out, JpegSegments.CANARY)).isFalse();
    int at = indexOf(out, "Adobe");
    assertThat(at).isPositive();
    assertThat(java.util.Arrays.copyOfRange(out, at - 4, at))
        .containsExactly((byte) 0xFF, (byte) 0xEE, (byte) 0, (byte) 14);
    assertThat(samePixels(decode(source), decode(out))).isTrue();
  }

  @Test
  void anAdobeSegmentShorterThanTwelveBytesIsRefused() {
    byte[] plain =
        JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_INT_RGB), "jpeg");
    byte[] source =
        ExifBuilder.concat(
            java.util.Arrays.copyOf(plain, 2),
            JpegSegments.segment(
                0xEE, "Adobe\0d".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)),
            java.util.Arrays.copyOfRange(plain, 2, plain.length));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> sanitize(source, MetadataKeepList.none(), result))
        .hasMessageContaining("segment 0xEE");
  }

  private static int indexOf(byte[] bytes, String text) {
    byte[] wanted = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    outer:
    for (int i = 0; i + wanted.length <= bytes.length; i++) {
      for (int j = 0; j < wanted.length; j++) {
        if (bytes[i + j] != wanted[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void iccProfileSurvivesStripping() throws Exception {
    byte[] out = sanitize(JpegSegments.jpegWithEverything(1), MetadataKeepList.none(), result);

    assertThat(MetadataAssertions.metadata(out).getFirstDirectoryOfType(IccDirectory.class))
        .isNotNull();
  }

  /**
   * Real content (a JBake site's logo): a colour profile whose header said 557,168 bytes and held
   * 132 stopped the bake. Browsers ignore such a profile; the image is published without it, as it
   * is drawn.
   */
  @Test
  void aDamagedColourProfileIsLeftOutAndTheImagePublished() throws Exception {
    byte[] plain =
        JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_INT_RGB), "jpeg");
    byte[] icc =
        java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData();
    byte[] lying = icc.clone();
    lying[0] = 0;
    lying[1] = 8;
    lying[2] = (byte) 0x80;
    lying[3] = (byte) 0xF0; // 557,296 bytes, it says
    byte[] iso = "ICC_PROFILE\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] damaged = JpegSegments.segment(0xE2, ExifBuilder.concat(iso, new byte[] {1, 1}, lying));
    for (byte[] profile : new byte[][] {damaged}) {
      byte[] source =
          ExifBuilder.concat(
              new byte[] {(byte) 0xFF, (byte) 0xD8},
              profile,
              java.util.Arrays.copyOfRange(plain, 2, plain.length));

      byte[] out = sanitize(source, MetadataKeepList.none(), result);

      assertThat(MetadataAssertions.metadata(out).getFirstDirectoryOfType(IccDirectory.class))
          .isNull();
      assertThat(indexOf(out, "ICC_PROFILE")).isEqualTo(-1);
      assertThat(samePixels(decode(plain), decode(out))).isTrue();
    }
  }

  @Test
  void orientationSixIsTurnedIntoThePixels() throws Exception {
    byte[] source = JpegSegments.jpegWithEverything(6);

    byte[] out = sanitize(source, MetadataKeepList.none(), result);

    assertNoPrivateMetadata(out);
    BufferedImage turned = decode(out);
    assertThat(result[0].reencoded()).isTrue();
    assertThat(result[0].width()).isEqualTo(JpegSegments.H).isEqualTo(turned.getWidth());
    assertThat(result[0].height()).isEqualTo(JpegSegments.W).isEqualTo(turned.getHeight());
    assertThat(isRed(turned.getRGB(turned.getWidth() - 4, 3))).as("top-right is red").isTrue();
    assertThat(isRed(turned.getRGB(3, 3))).as("top-left is no longer red").isFalse();
  }

  @Test
  void keptFactsComeBackForCaptions() throws Exception {
    MetadataKeepList keep = MetadataKeepList.of(PhotoField.CAMERA, PhotoField.EXPOSURE);

    sanitize(JpegSegments.jpegWithEverything(6), keep, result);

    PhotoFacts facts = result[0].facts();
    assertThat(facts.cameraMake()).isEqualTo("FICTIONCAM");
    assertThat(facts.cameraModel()).isEqualTo("Model Z1");
    assertThat(facts.exposureTime()).isEqualTo("1/250");
    assertThat(facts.fNumber()).isEqualTo(2.8);
    assertThat(facts.iso()).isEqualTo(400);
    assertThat(facts.focalLengthMm()).isEqualTo(23.0);
    assertThat(facts.lens()).isNull();
    assertThat(facts.dateTaken()).isNull();
    assertThat(facts.copyright()).isNull();
    assertThat(facts.width()).isEqualTo(JpegSegments.H);
  }

  @Test
  void everyFactCanBeKeptExceptLocation() throws Exception {
    MetadataKeepList keep = MetadataKeepList.of(PhotoField.values());

    byte[] out = sanitize(JpegSegments.jpegWithEverything(1), keep, result);

    PhotoFacts facts = result[0].facts();
    assertThat(facts.lens()).isEqualTo("Fiction 23mm F2");
    assertThat(facts.dateTaken()).isEqualTo(LocalDateTime.of(2025, 6, 26, 17, 33, 2));
    assertThat(facts.copyright()).isEqualTo("(c) 2025 A. Example");
    assertNoPrivateMetadata(out);
  }

  @Test
  void nothingIsKeptByDefault() throws Exception {
    sanitize(JpegSegments.jpegWithEverything(1), MetadataKeepList.none(), result);

    assertThat(result[0].facts())
        .isEqualTo(
            new PhotoFacts(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                JpegSegments.W,
                JpegSegments.H));
  }

  @Test
  void pathVariantWritesTheTarget(@TempDir Path dir) throws Exception {
    Path source = Files.write(dir.resolve("in.jpg"), JpegSegments.jpegWithEverything(1));
    Path target = dir.resolve("out.jpg");

    SanitizedImage image =
        ImageSanitizer.create().sanitize(source, target, MetadataKeepList.none());

    assertThat(image.format()).isEqualTo(ImageFormat.JPEG);
    assertNoPrivateMetadata(Files.readAllBytes(target));
    assertThat(contains(Files.readAllBytes(target), "JFIF")).isTrue();
  }

  static boolean isRed(int rgb) {
    Color c = new Color(rgb);
    return c.getRed() > 200 && c.getBlue() < 60;
  }

  static boolean samePixels(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return false;
    }
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          return false;
        }
      }
    }
    return true;
  }
}
