package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageGuardTest {
  private final ImageSanitizer sanitizer = ImageSanitizer.create();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private ImageException failure(byte[] bytes) {
    return failure(sanitizer, bytes);
  }

  private ImageException failure(ImageSanitizer s, byte[] bytes) {
    try {
      s.sanitize("photos/broken.jpg", bytes, out, MetadataKeepList.none());
    } catch (ImageException e) {
      assertThat(out.size()).as("nothing written").isZero();
      assertThat(e.file()).isEqualTo("photos/broken.jpg");
      return e;
    }
    throw new AssertionError("expected an ImageException");
  }

  @Test
  void garbageIsAnUnsupportedFormat() {
    assertThat(failure("not an image at all".getBytes(StandardCharsets.UTF_8)).getMessage())
        .isEqualTo("photos/broken.jpg: unsupported image format, convert it to JPEG, PNG or WebP");
  }

  @Test
  void tiffHeicAndBmpAreRefusedByName() {
    byte[] tiff = ExifBuilder.camera(1).tiff();
    byte[] heic = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};
    byte[] bmp = {'B', 'M', 0, 0, 0, 0, 0, 0, 0, 0};

    assertThat(failure(tiff).problem()).contains("(TIFF or camera raw)");
    assertThat(failure(heic).problem()).contains("(HEIC/AVIF)");
    assertThat(failure(bmp).problem()).contains("(BMP)");
  }

  @Test
  void emptyFileIsRefusedAsEmpty() {
    // A real vault's 0-byte sketch was called "unsupported image format, convert it".
    assertThat(failure(new byte[0]).problem())
        .isEqualTo(
            "image file is empty (0 bytes: a copy, sync or paste that did not finish); add it"
                + " again");
  }

  @Test
  void truncatedJpegIsRefused() {
    byte[] jpeg = JpegSegments.jpegWithEverything(1);
    int imageData = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xDA});

    assertThat(failure(Arrays.copyOf(jpeg, imageData + 40)).problem())
        .startsWith("JPEG is truncated or corrupt");
    assertThat(failure(Arrays.copyOf(jpeg, 100)).problem())
        .startsWith("JPEG is truncated or corrupt");
  }

  @Test
  void truncatedPngWebpAndGifAreRefused() {
    byte[] png = JpegSegments.encode(JpegSegments.markedImage(1), "png");
    byte[] webp = OtherFormatsSanitizingTest.webpWithMetadata();
    byte[] gif = JpegSegments.encode(JpegSegments.markedImage(13), "gif");

    assertThat(failure(Arrays.copyOf(png, png.length - 13)).problem())
        .startsWith("PNG is truncated");
    assertThat(failure(Arrays.copyOf(webp, webp.length - 10)).problem())
        .startsWith("WebP is truncated");
    assertThat(failure(Arrays.copyOf(gif, gif.length - 1)).problem())
        .startsWith("GIF is truncated");
  }

  @Test
  void hugeDimensionsAreRefusedBeforeDecoding() {
    byte[] png = JpegSegments.encode(JpegSegments.markedImage(1), "png");
    byte[] ihdr = Arrays.copyOfRange(png, 16, 29);
    ihdr[0] = 0;
    ihdr[1] = 0;
    ihdr[2] = (byte) 0xC3;
    ihdr[3] = 0x50;
    ihdr[4] = 0;
    ihdr[5] = 0;
    ihdr[6] = (byte) 0xC3;
    ihdr[7] = 0x50;
    byte[] huge =
        ExifBuilder.concat(
            Arrays.copyOf(png, 8),
            OtherFormatsSanitizingTest.chunk("IHDR", ihdr),
            Arrays.copyOfRange(png, 33, png.length));

    assertThat(failure(huge).problem())
        .isEqualTo(
            "image is 50000x50000 pixels, more than the 100 megapixel limit;"
                + " export a smaller version for the web");
  }

  @Test
  void hugeJpegFrameIsRefusedBeforeDecoding() {
    byte[] jpeg = JpegSegments.jpegWithEverything(6);
    int frame = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xC0});
    Arrays.fill(jpeg, frame + 5, frame + 9, (byte) 0xFF);

    assertThat(failure(jpeg).problem()).startsWith("image is 65535x65535 pixels");
  }

  @Test
  void oversizedFileIsRefused() {
    ImageSanitizer small = ImageSanitizer.withLimits(1024, ImageSanitizer.DEFAULT_MAX_PIXELS);

    assertThat(failure(small, JpegSegments.jpegWithEverything(1)).problem())
        .matches("image is \\d+\\.\\d MB, more than the 0\\.0 MB limit; .*");
  }

  @Test
  void pathVariantNamesTheSourceFile(@TempDir Path dir) throws Exception {
    Path source = Files.writeString(dir.resolve("scan.tif"), "II*\0garbage");

    assertThatThrownBy(
            () -> sanitizer.sanitize(source, dir.resolve("out.tif"), MetadataKeepList.none()))
        .isInstanceOf(ImageException.class)
        .hasMessageStartingWith(source + ": unsupported image format (TIFF");
    assertThat(dir.resolve("out.tif")).doesNotExist();
  }

  private static int indexOf(byte[] bytes, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= bytes.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (bytes[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }
}
