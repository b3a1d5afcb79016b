package org.notebake.gallery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes a photo safe to publish: no EXIF, XMP or IPTC block survives (GPS above all), and the photo
 * still displays the right way up.
 *
 * <p>JPEGs with no rotation, PNG, WebP and GIF lose only their metadata; the image data is copied
 * byte for byte, so there is no quality loss. A JPEG (or PNG) whose EXIF orientation asks viewers
 * to rotate it is turned for real and encoded again (JPEG at quality 0.92), because once the EXIF
 * block is gone nothing would turn it. Every other format is refused, never copied through.
 *
 * <pre>{@code
 * ImageSanitizer sanitizer = ImageSanitizer.create();
 * SanitizedImage image = sanitizer.sanitize(source, target, MetadataKeepList.of(List.of("camera")));
 * image.facts().cameraModel(); // "X100V", for the caption; GPS is gone from target
 * }</pre>
 */
public final class ImageSanitizer {
  /** Larger files are refused before they are read. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  /** Larger images are refused before they are decoded. */
  public static final long DEFAULT_MAX_PIXELS = 100_000_000L;

  /** Decoded pixel plus turned pixel, 4 bytes each, plus room for the encoder. */
  private static final long BYTES_PER_PIXEL_TO_TURN = 10;

  private final long maxBytes;
  private final long maxPixels;

  private ImageSanitizer(long maxBytes, long maxPixels) {
    this.maxBytes = maxBytes;
    this.maxPixels = maxPixels;
  }

  /** 50 MB and 100 megapixels at most. */
  public static ImageSanitizer create() {
    return new ImageSanitizer(DEFAULT_MAX_BYTES, DEFAULT_MAX_PIXELS);
  }

  public static ImageSanitizer withLimits(long maxBytes, long maxPixels) {
    return new ImageSanitizer(maxBytes, maxPixels);
  }

  /**
   * Reads {@code source} and writes the sanitized image to {@code target}, which is left alone if
   * anything fails; errors name {@code source}.
   */
  public SanitizedImage sanitize(Path source, Path target, MetadataKeepList keep)
      throws ImageException {
    String file = source.toString();
    byte[] bytes;
    try {
      checkSize(file, Files.size(source));
      bytes = Files.readAllBytes(source);
    } catch (IOException e) {
      throw new ImageException(file, "cannot read the file: " + e.getMessage(), e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    SanitizedImage image = sanitize(file, bytes, out, keep);
    try {
      Files.write(target, out.toByteArray());
      return image;
    } catch (IOException e) {
      throw new ImageException(file, "cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Sanitizes {@code bytes} into {@code target}; nothing is written unless it succeeds.
   *
   * @param file how to name the image in error messages
   */
  public SanitizedImage sanitize(
      String file, byte[] bytes, OutputStream target, MetadataKeepList keep) throws ImageException {
    checkSize(file, bytes.length);
    ImageFormat format = ImageFormat.detect(file, bytes);
    Stripped stripped = strip(file, format, bytes);
    checkPixels(file, stripped);
    PhotoMetadataReader.PhotoMetadata metadata = PhotoMetadataReader.read(file, bytes);
    int orientation =
        format == ImageFormat.JPEG || format == ImageFormat.PNG ? metadata.orientation() : 1;
    byte[] result = stripped.bytes();
    if (orientation != 1) {
      checkMemory(file, stripped);
      result =
          strip(file, format, OrientationFixer.reorient(file, format, result, orientation)).bytes();
    }
    boolean swap = OrientationFixer.swapsSides(orientation);
    int width = swap ? stripped.height() : stripped.width();
    int height = swap ? stripped.width() : stripped.height();
    try {
      target.write(result);
    } catch (IOException e) {
      throw new ImageException(file, "cannot write the sanitized image: " + e.getMessage(), e);
    }
    PhotoFacts facts = metadata.facts().withSize(width, height).keepOnly(keep);
    return new SanitizedImage(format, width, height, facts, orientation != 1);
  }

  private static Stripped strip(String file, ImageFormat format, byte[] bytes)
      throws ImageException {
    try {
      return switch (format) {
        case JPEG -> JpegStripper.strip(file, bytes);
        case PNG -> PngStripper.strip(file, bytes);
        case WEBP -> WebpStripper.strip(file, bytes);
        case GIF -> GifStripper.strip(file, bytes);
      };
    } catch (RuntimeException e) {
      // The strippers check every length they read; this is the net under a case they missed,
      // so one odd file is a reported error rather than a crashed build.
      throw new ImageException(file, format + " is corrupt (" + e + "); export it again", e);
    }
  }

  private void checkSize(String file, long size) throws ImageException {
    if (size > maxBytes) {
      throw new ImageException(
          file,
          "image is "
              + megabytes(size)
              + ", more than the "
              + megabytes(maxBytes)
              + " limit; export a smaller version for the web");
    }
  }

  private static String megabytes(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private void checkPixels(String file, Stripped image) throws ImageException {
    long pixels = (long) image.width() * image.height();
    if (image.width() <= 0 || image.height() <= 0) {
      throw new ImageException(file, "image declares no width or height; export it again");
    }
    if (pixels > maxPixels) {
      throw new ImageException(
          file,
          "image is "
              + image.width()
              + "x"
              + image.height()
              + " pixels, more than the "
              + maxPixels / 1_000_000
              + " megapixel limit; export a smaller version for the web");
    }
  }

  /** Turning needs the whole image in memory twice; refuse early rather than run out of it. */
  private static void checkMemory(String file, Stripped image) throws ImageException {
    Runtime runtime = Runtime.getRuntime();
    long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    long needed = (long) image.width() * image.height() * BYTES_PER_PIXEL_TO_TURN;
    if (needed > available) {
      throw new ImageException(
          file,
          "image is too large to rotate in "
              + available / (1024 * 1024)
              + " MB of free memory; export a smaller version or give Java more memory (-Xmx)");
    }
  }
}
