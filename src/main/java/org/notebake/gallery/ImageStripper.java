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

  /** A maker's company words, which a caption leaves out ("OLYMPUS IMAGING CORP." is Olympus). */
  private static final java.util.regex.Pattern COMPANY =
      java.util.regex.Pattern.compile(
          "(?i)[\\s,]+(?:corporation|corp\\.?|imaging|company|co\\.|ltd\\.?|inc\\.?|gmbh|ag)\\b.*$");

  /**
   * The camera as people name it: the model alone when it starts with the maker's name ("NIKON
   * CORPORATION" and "NIKON D300S" give "NIKON D300S"), else the maker without its company words
   * and the model ("OLYMPUS IMAGING CORP." and "E-M5" give "OLYMPUS E-M5").
   */
  static String join(String make, String model) {
    if (model == null || model.isBlank()) {
      return make;
    }
    if (make == null || make.isBlank()) {
      return model;
    }
    String brand = model.strip().split("[^\\p{L}]", 2)[0];
    for (String word : make.split("[\\s,.]+")) {
      if (!word.isEmpty() && word.equalsIgnoreCase(brand)) {
        return model;
      }
    }
    String maker = COMPANY.matcher(make.strip()).replaceFirst("");
    return (maker.isEmpty() ? make.strip() : maker) + " " + model;
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

  /**
   * A JPEG kept inside a document whose reader turns it as its EXIF orientation says (Word and
   * LibreOffice do): without its metadata, the same compressed pixels, and, when the photo was not
   * stored upright, an EXIF block that holds the orientation alone, so it is shown as before.
   */
  public static byte[] jpegWithOrientationAlone(String name, byte[] jpeg) throws Failure {
    try {
      int orientation = PhotoMetadataReader.read(name, jpeg).orientation();
      byte[] stripped = JpegStripper.strip(name, jpeg).bytes();
      return orientation == 1 ? stripped : withOrientation(stripped, orientation);
    } catch (ImageException e) {
      throw new Failure(e.problem(), e);
    }
  }

  /**
   * A PNG kept inside a document without its text chunks, XMP and {@code eXIf}, the pixels as they
   * are; one whose {@code eXIf} turns it is not changed (a failure), since the document's reader
   * may turn it by that.
   */
  public static byte[] pngWithoutMetadata(String name, byte[] png) throws Failure {
    try {
      if (PhotoMetadataReader.read(name, png).orientation() != 1) {
        throw new Failure(
            "its EXIF turns it, which the document's reader may follow; rotate the image itself,"
                + " save it without EXIF and put it in again",
            null);
      }
      return PngStripper.strip(name, png).bytes();
    } catch (ImageException e) {
      throw new Failure(e.problem(), e);
    }
  }

  /**
   * An icon ({@code .ico}, {@code .cur}) whose PNG images lost their text, XMP and {@code eXIf}
   * ({@link IcoStripper}); its bitmaps hold none.
   */
  public static byte[] iconWithoutMetadata(String name, byte[] icon) throws Failure {
    try {
      return IcoStripper.strip(name, icon);
    } catch (ImageException e) {
      throw new Failure(e.problem() + "; the icon is not published", e);
    }
  }

  /**
   * An EXIF segment of one IFD entry, Orientation (0x0112, a SHORT), put after the JFIF header when
   * there is one (JFIF wants it first) or else right after the start-of-image marker.
   */
  private static byte[] withOrientation(byte[] stripped, int orientation) {
    byte[] exif = {
      (byte) 0xFF,
      (byte) 0xE1,
      0,
      34, // APP1, length: itself, "Exif\0\0" and 26 bytes of TIFF
      'E',
      'x',
      'i',
      'f',
      0,
      0,
      'M',
      'M',
      0,
      42,
      0,
      0,
      0,
      8, // big-endian TIFF header, IFD0 at offset 8
      0,
      1, // one entry
      0x01,
      0x12,
      0,
      3,
      0,
      0,
      0,
      1,
      0,
      (byte) orientation,
      0,
      0,
      0,
      0,
      0,
      0 // no next IFD
    };
    int at = 2;
    if (stripped.length > 6 && (stripped[2] & 0xFF) == 0xFF && (stripped[3] & 0xFF) == 0xE0) {
      at = 4 + (((stripped[4] & 0xFF) << 8) | (stripped[5] & 0xFF));
    }
    byte[] out = new byte[stripped.length + exif.length];
    System.arraycopy(stripped, 0, out, 0, at);
    System.arraycopy(exif, 0, out, at, exif.length);
    System.arraycopy(stripped, at, out, at + exif.length, stripped.length - at);
    return out;
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
