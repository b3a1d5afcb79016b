package org.notebake.gallery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of a published photo with no EXIF, XMP or IPTC left and its orientation applied, via
 * the gallery's {@link ImageSanitizer}.
 */
public final class ImageStripper {
  private final ImageSanitizer sanitizer = ImageSanitizer.create();
  private final MetadataKeepList keep;

  public ImageStripper(MetadataKeepList keep) {
    this.keep = keep;
  }

  /** Only the fields the keep-list kept are non-null; GPS is never among them. */
  public static String caption(PhotoFacts facts) {
    if (facts == null) {
      return "";
    }
    java.util.List<String> parts = new java.util.ArrayList<>();
    String camera = join(facts.cameraMake(), facts.cameraModel());
    add(parts, camera);
    add(parts, facts.lens());
    if (facts.focalLengthMm() != null) {
      parts.add(Math.round(facts.focalLengthMm()) + " mm");
    }
    if (facts.fNumber() != null) {
      parts.add(
          "f/"
              + new java.math.BigDecimal(facts.fNumber())
                  .setScale(1, java.math.RoundingMode.HALF_UP)
                  .stripTrailingZeros()
                  .toPlainString());
    }
    if (facts.exposureTime() != null) {
      parts.add(facts.exposureTime() + " s");
    }
    if (facts.iso() != null) {
      parts.add("ISO " + facts.iso());
    }
    if (facts.dateTaken() != null) {
      parts.add(facts.dateTaken().toLocalDate().toString());
    }
    if (facts.copyright() != null && !facts.copyright().isBlank()) {
      parts.add("© " + facts.copyright().replaceFirst("^(©|\\(c\\)|Copyright)\\s*", ""));
    }
    return String.join(" · ", parts);
  }

  private static String join(String make, String model) {
    if (model == null || model.isBlank()) {
      return make;
    }
    return make == null || model.toLowerCase().startsWith(make.toLowerCase())
        ? model
        : make + " " + model;
  }

  private static void add(java.util.List<String> parts, String value) {
    if (value != null && !value.isBlank()) {
      parts.add(value.strip());
    }
  }

  /** A photo that cannot be published safely; the message names the problem and the fix. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * A stripped photo, its displayed size, and the facts the keep-list lets captions show ("X100V ·
   * 23 mm · f/2 · 1/250 s · ISO 400"), empty when nothing is kept.
   */
  public record Stripped(byte[] bytes, int width, int height, String facts) {}

  public Stripped strip(Path image) throws Failure {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(image);
    } catch (IOException e) {
      throw new Failure("cannot read the image: " + e.getMessage(), e);
    }
    return strip(image.getFileName().toString(), bytes);
  }

  /**
   * A JPEG kept inside another file (a photo placed in a PDF) without its metadata, and with
   * nothing else changed: the same compressed pixels, not turned by its EXIF orientation, which the
   * file around it never reads (a PDF places the pixels as they are stored).
   */
  public static byte[] jpegWithoutMetadata(String name, byte[] jpeg) throws Failure {
    try {
      return JpegStripper.strip(name, jpeg).bytes();
    } catch (ImageException e) {
      throw new Failure(e.problem(), e);
    }
  }

  /** Strips an image already in memory; {@code name} names it in messages. */
  public Stripped strip(String name, byte[] bytes) throws Failure {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
      SanitizedImage result = sanitizer.sanitize(name, bytes, out, keep);
      return new Stripped(
          out.toByteArray(), result.width(), result.height(), caption(result.facts()));
    } catch (ImageException e) {
      throw new Failure(e.problem() + "; the image is not published", e);
    }
  }
}
