package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cut and bit-flipped photos must either come out without metadata or fail with an {@link
 * ImageException}: never another exception, never a half-written file.
 */
class DamagedImageTest {
  private static final int CASES = 60;

  static Stream<Arguments> samples() {
    byte[] png = JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_INT_RGB), "png");
    byte[] gif =
        JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_BYTE_INDEXED), "gif");
    return Stream.of(
        Arguments.of("jpeg", JpegSegments.jpegWithEverything(1)),
        Arguments.of("jpeg-rotated", JpegSegments.jpegWithEverything(6)),
        Arguments.of("png", OtherFormatsSanitizingTest.pngWithChunks(png, 1)),
        Arguments.of("webp", OtherFormatsSanitizingTest.webpWithMetadata()),
        Arguments.of("gif", OtherFormatsSanitizingTest.gifWithExtensions(gif)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void damagedInputFailsCleanlyOrComesOutClean(String name, byte[] sample) throws Exception {
    Random random = new Random(name.hashCode());
    for (int i = 0; i < CASES; i++) {
      byte[] damaged = damage(sample, random);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        ImageSanitizer.create().sanitize(name, damaged, out, MetadataKeepList.none());
        assertThat(MetadataAssertions.contains(out.toByteArray(), JpegSegments.CANARY))
            .as("case %d", i)
            .isFalse();
      } catch (ImageException e) {
        assertThat(out.size()).as("case %d wrote nothing", i).isZero();
      }
    }
  }

  private static byte[] damage(byte[] sample, Random random) {
    if (random.nextBoolean()) {
      return Arrays.copyOf(sample, random.nextInt(sample.length));
    }
    byte[] copy = sample.clone();
    for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
      int at = random.nextInt(copy.length);
      copy[at] = (byte) random.nextInt(256);
    }
    return copy;
  }
}
