package org.notebake.gallery;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifDirectoryBase;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the caption facts and the EXIF orientation with metadata-extractor, before stripping
 * removes them. GPS is never read.
 */
final class PhotoMetadataReader {
  private static final DateTimeFormatter EXIF_DATE =
      DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

  /** The facts (size not yet known, so 0x0) and the EXIF orientation, 1 when absent. */
  record PhotoMetadata(PhotoFacts facts, int orientation) {}

  private PhotoMetadataReader() {}

  static PhotoMetadata read(String file, byte[] bytes) throws ImageException {
    Metadata metadata;
    try {
      metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
    } catch (ImageProcessingException | IOException | RuntimeException e) {
      throw new ImageException(
          file, "cannot read the image's metadata (" + e.getMessage() + "); export it again", e);
    }
    Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
    Directory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
    PhotoFacts facts =
        new PhotoFacts(
            text(ifd0, ExifDirectoryBase.TAG_MAKE),
            text(ifd0, ExifDirectoryBase.TAG_MODEL),
            text(exif, ExifDirectoryBase.TAG_LENS_MODEL),
            exposureTime(exif),
            decimal(exif, ExifDirectoryBase.TAG_FNUMBER),
            integer(exif, ExifDirectoryBase.TAG_ISO_EQUIVALENT),
            decimal(exif, ExifDirectoryBase.TAG_FOCAL_LENGTH),
            date(exif),
            text(ifd0, ExifDirectoryBase.TAG_COPYRIGHT),
            0,
            0);
    Integer orientation = integer(ifd0, ExifDirectoryBase.TAG_ORIENTATION);
    boolean known = orientation != null && orientation >= 1 && orientation <= 8;
    return new PhotoMetadata(facts, known ? orientation : 1);
  }

  private static String text(Directory dir, int tag) {
    String value = dir == null ? null : dir.getString(tag);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static Integer integer(Directory dir, int tag) {
    return dir == null ? null : dir.getInteger(tag);
  }

  private static Double decimal(Directory dir, int tag) {
    Rational value = dir == null ? null : dir.getRational(tag);
    return value == null || value.getDenominator() == 0 ? null : value.doubleValue();
  }

  /** "1/250" for fast shutters, "2" or "0.5" for slow ones, as photographers write them. */
  private static String exposureTime(Directory exif) {
    Rational value = exif == null ? null : exif.getRational(ExifDirectoryBase.TAG_EXPOSURE_TIME);
    if (value == null || value.getDenominator() == 0 || value.getNumerator() <= 0) {
      return null;
    }
    Rational simple = value.getSimplifiedInstance();
    if (simple.getNumerator() == 1 && simple.getDenominator() > 1) {
      return "1/" + simple.getDenominator();
    }
    return simple.isInteger() ? Long.toString(simple.longValue()) : simple.toSimpleString(true);
  }

  private static LocalDateTime date(Directory exif) {
    String value = text(exif, ExifDirectoryBase.TAG_DATETIME_ORIGINAL);
    if (value == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.substring(0, Math.min(19, value.length())), EXIF_DATE);
    } catch (DateTimeParseException e) {
      // Cameras with an unset clock write "0000:00:00 00:00:00"; no date is the honest caption.
      return null;
    }
  }
}
