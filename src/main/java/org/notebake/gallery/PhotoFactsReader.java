package org.notebake.gallery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The facts a photo carries (camera, lens, exposure, date taken, copyright), read before anything
 * is published: an album sorts by date taken and prints the facts the keep-list allows. GPS is
 * never read.
 *
 * <pre>{@code
 * PhotoFacts facts = PhotoFactsReader.read(Path.of("gallery/show/wall.jpg"));
 * facts.dateTaken();                     // 2025-06-28T19:04:11
 * facts.keepOnly(keepList).lens();       // null unless privacy.photo.keep names lens
 * }</pre>
 */
public final class PhotoFactsReader {
  private PhotoFactsReader() {}

  /** The facts of the photo at {@code file}; width and height are not read (0). */
  public static PhotoFacts read(Path file) throws ImageException {
    String name = file.getFileName().toString();
    byte[] head = read(file, JPEG_HEAD);
    if (head.length == JPEG_HEAD && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8) {
      // A JPEG's EXIF sits in its first segments, before the image data: a 20 MB photo need not
      // be read whole. Should the head end inside a segment, the whole file is read after all.
      try {
        return PhotoMetadataReader.read(name, head).facts();
      } catch (ImageException e) {
        // fall through
      }
    }
    return PhotoMetadataReader.read(name, read(file, Integer.MAX_VALUE)).facts();
  }

  private static final int JPEG_HEAD = 512 * 1024;

  private static byte[] read(Path file, int limit) throws ImageException {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(limit);
    } catch (IOException e) {
      throw new ImageException(file.getFileName().toString(), "cannot read the image", e);
    }
  }
}
