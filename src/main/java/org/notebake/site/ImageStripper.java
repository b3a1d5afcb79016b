package org.notebake.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.notebake.gallery.ImageException;
import org.notebake.gallery.ImageSanitizer;
import org.notebake.gallery.MetadataKeepList;
import org.notebake.gallery.SanitizedImage;

/**
 * The bytes of a published photo with no EXIF, XMP or IPTC left and its orientation applied, via
 * the gallery's {@link ImageSanitizer}.
 */
final class ImageStripper {
  private final ImageSanitizer sanitizer = ImageSanitizer.create();
  private final MetadataKeepList keep;

  ImageStripper(MetadataKeepList keep) {
    this.keep = keep;
  }

  /** A photo that cannot be published safely; the message names the problem and the fix. */
  static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;

    Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A stripped photo and its displayed size. */
  record Stripped(byte[] bytes, int width, int height) {}

  Stripped strip(Path image) throws Failure {
    try {
      byte[] bytes = Files.readAllBytes(image);
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
      SanitizedImage result = sanitizer.sanitize(image.getFileName().toString(), bytes, out, keep);
      return new Stripped(out.toByteArray(), result.width(), result.height());
    } catch (ImageException e) {
      throw new Failure(e.problem() + "; the image is not published", e);
    } catch (IOException e) {
      throw new Failure("cannot read the image: " + e.getMessage(), e);
    }
  }
}
