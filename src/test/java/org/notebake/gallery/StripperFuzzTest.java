package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.iptc.IptcDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random mutations of photos full of metadata, through the sanitizer users run: whatever the
 * damage, the only exception is {@link ImageException}, and whatever comes out carries no metadata
 * block and no byte of the private canary.
 *
 * <p>Each case prints its seed and mutation on failure; {@code -Dfuzz.iterations=N} runs more.
 */
class StripperFuzzTest {
  private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 2_500);
  private static final byte[] INTERESTING = {0, 1, 0x7F, (byte) 0x80, (byte) 0xFE, (byte) 0xFF};

  static Stream<Arguments> seeds() {
    byte[] png = JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_INT_RGB), "png");
    byte[] gif =
        JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_BYTE_INDEXED), "gif");
    return Stream.of(
        Arguments.of("jpeg", JpegSegments.jpegWithEverything(1), ITERATIONS),
        // Turned photos are decoded and encoded again: slower, so fewer cases.
        Arguments.of("jpeg-turned", JpegSegments.jpegWithEverything(6), ITERATIONS / 10),
        Arguments.of("png", OtherFormatsSanitizingTest.pngWithChunks(png, 1), ITERATIONS),
        Arguments.of("webp", OtherFormatsSanitizingTest.webpWithMetadata(), ITERATIONS),
        Arguments.of("gif", OtherFormatsSanitizingTest.gifWithExtensions(gif), ITERATIONS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void mutatedPhotosFailCleanlyOrComeOutWithoutMetadata(String format, byte[] seed, int cases) {
    SplittableRandom random = new SplittableRandom(0x5eed + format.hashCode());
    int sanitized = 0;
    for (int i = 0; i < cases; i++) {
      long caseSeed = random.nextLong();
      Mutation mutation = Mutation.apply(seed, new SplittableRandom(caseSeed));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        ImageSanitizer.withLimits(ImageSanitizer.DEFAULT_MAX_BYTES, 4_000_000)
            .sanitize(
                "fuzz." + format.replace("-turned", ""),
                mutation.bytes(),
                out,
                MetadataKeepList.none());
      } catch (ImageException expected) {
        continue;
      } catch (Throwable e) {
        fail(format + " case " + caseSeed + " (" + mutation.description() + ") threw " + e, e);
      }
      assertNoMetadata(out.toByteArray(), format + " case " + caseSeed + " (" + mutation + ")");
      sanitized++;
    }
    // The mutations must leave a fair share of photos readable, or the oracle tests nothing.
    assertThat(sanitized).as("photos that survived their mutation").isGreaterThan(cases / 10);
  }

  private static void assertNoMetadata(byte[] out, String what) {
    assertThat(MetadataAssertions.contains(out, JpegSegments.CANARY))
        .as(what + ": canary")
        .isFalse();
    assertThat(MetadataAssertions.contains(out, "FICTIONCAM")).as(what + ": camera").isFalse();
    assertThat(MetadataAssertions.contains(out, "GPSLatitude")).as(what + ": XMP GPS").isFalse();
    Metadata metadata;
    try {
      metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(out), out.length);
    } catch (Exception unreadable) {
      return; // the byte checks above are the oracle for output the reader cannot parse
    }
    for (Class<? extends Directory> type :
        List.of(
            GpsDirectory.class, ExifIFD0Directory.class, XmpDirectory.class, IptcDirectory.class)) {
      assertThat(metadata.getFirstDirectoryOfType(type))
          .as(what + ": " + type.getSimpleName())
          .isNull();
    }
  }

  /** One random change of a few bytes, the kind a bad disk, a bad export or an attacker makes. */
  record Mutation(byte[] bytes, String description) {
    static Mutation apply(byte[] seed, SplittableRandom random) {
      byte[] b = seed.clone();
      int at = random.nextInt(b.length);
      return switch (random.nextInt(6)) {
        case 0 -> {
          int count = 1 + random.nextInt(8);
          for (int k = 0; k < count; k++) {
            b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
          }
          yield new Mutation(b, count + " bit flips");
        }
        case 1 -> {
          byte value = INTERESTING[random.nextInt(INTERESTING.length)];
          b[at] = value;
          yield new Mutation(b, "byte " + at + " = " + HexFormat.of().toHexDigits(value));
        }
        case 2 -> new Mutation(Arrays.copyOf(b, at), "truncated at " + at);
        case 3 -> {
          // A length or size field: four bytes at once.
          for (int k = 0; k < 4 && at + k < b.length; k++) {
            b[at + k] = (byte) random.nextInt(256);
          }
          yield new Mutation(b, "4 random bytes at " + at);
        }
        case 4 -> {
          int from = random.nextInt(b.length);
          int length = 1 + random.nextInt(Math.min(64, b.length - from));
          byte[] grown = new byte[b.length + length];
          System.arraycopy(b, 0, grown, 0, at);
          System.arraycopy(b, from, grown, at, length);
          System.arraycopy(b, at, grown, at + length, b.length - at);
          yield new Mutation(grown, length + " bytes from " + from + " copied to " + at);
        }
        default -> {
          int length = 1 + random.nextInt(Math.min(64, b.length - at));
          byte[] shrunk = new byte[b.length - length];
          System.arraycopy(b, 0, shrunk, 0, at);
          System.arraycopy(b, at + length, shrunk, at, b.length - at - length);
          yield new Mutation(shrunk, length + " bytes removed at " + at);
        }
      };
    }

    @Override
    public String toString() {
      return description;
    }
  }
}
