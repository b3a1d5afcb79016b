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
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ImageException(file.getFileName().toString(), "cannot read the image", e);
    }
    return PhotoMetadataReader.read(file.getFileName().toString(), bytes).facts();
  }
}
