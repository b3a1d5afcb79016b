package org.notebake.privacy.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The parts of a ZIP package (Office, OpenDocument, EPUB) in their order, at most {@link
 * #MAX_INFLATED} bytes inflated in all: the scan and the metadata stripping read a package alike.
 *
 * <pre>{@code
 * ZipParts.forEach(bytes, (entry, part) -> names.add(entry.getName()));
 * }</pre>
 */
final class ZipParts {
  /** Inflated bytes read from one package before it counts as unreadable (a zip bomb is). */
  static final long MAX_INFLATED = 200L * 1024 * 1024;

  private ZipParts() {}

  /** What is done with each part of a package, in its order. */
  interface Visitor {
    void visit(ZipEntry entry, byte[] part) throws IOException;
  }

  /**
   * Visits every part of the package.
   *
   * @throws FileText.Unreadable when it is no ZIP package this can read (a name that is not valid
   *     UTF-8 too), or a zip bomb
   */
  static void forEach(byte[] bytes, Visitor visitor) throws FileText.Unreadable {
    long inflated = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        byte[] part =
            zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_INFLATED - inflated + 1));
        inflated += part.length;
        if (inflated > MAX_INFLATED) {
          throw new FileText.Unreadable(
              "it inflates to more than " + MAX_INFLATED / (1024 * 1024) + " MB", null);
        }
        visitor.visit(entry, part);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new FileText.Unreadable("it is not a readable ZIP package: " + e.getMessage(), e);
    }
  }
}
