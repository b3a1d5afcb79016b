package org.notebake.privacy.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The parts of a ZIP package (Office, OpenDocument, EPUB) in their order, at most {@link
 * #MAX_INFLATED} bytes inflated in all: the scan and the metadata stripping read a package alike. A
 * package inside a package (the workbook behind every Word or PowerPoint chart) is read with the
 * same {@link Budget}, so nesting does not multiply what a zip bomb may inflate to.
 *
 * <pre>{@code
 * ZipParts.forEach(bytes, (entry, part) -> names.add(entry.getName()));
 * }</pre>
 */
final class ZipParts {
  /** Inflated bytes read from one package before it counts as unreadable (a zip bomb is). */
  static final long MAX_INFLATED = 200L * 1024 * 1024;

  /**
   * Packages read one inside another: a chart's workbook in a slide deck is 2; more is built to
   * exhaust the reader, not written by Office.
   */
  static final int MAX_DEPTH = 3;

  private ZipParts() {}

  /** What is done with each part of a package, in its order. */
  interface Visitor {
    void visit(ZipEntry entry, byte[] part) throws IOException, FileText.Unreadable;
  }

  /** The inflated bytes a package and every package inside it may still take. */
  static final class Budget {
    private long left = MAX_INFLATED;
  }

  /**
   * Visits every part of the package.
   *
   * @throws FileText.Unreadable when it is no ZIP package this can read (a name that is not valid
   *     UTF-8 too), or a zip bomb
   */
  static void forEach(byte[] bytes, Visitor visitor) throws FileText.Unreadable {
    forEach(bytes, new Budget(), visitor);
  }

  /** As {@link #forEach(byte[], Visitor)}, inflating no more than {@code budget} has left. */
  static void forEach(byte[] bytes, Budget budget, Visitor visitor) throws FileText.Unreadable {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        byte[] part = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, budget.left + 1));
        budget.left -= part.length;
        if (budget.left < 0) {
          throw new FileText.Unreadable(
              "it inflates to more than " + MAX_INFLATED / (1024 * 1024) + " MB", null);
        }
        visitor.visit(entry, part);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new FileText.Unreadable("it is not a readable ZIP package: " + e.getMessage(), e);
    }
  }

  /** True for a part that is itself a ZIP package: an embedded workbook, document or deck. */
  static boolean isPackage(byte[] part) {
    return part.length > 4 && part[0] == 'P' && part[1] == 'K' && part[2] == 3 && part[3] == 4;
  }

  /**
   * True for a part in the compound-file format of Office 97 to 2003: an embedded {@code .xls} or
   * {@code oleObject1.bin}, which the scan cannot read.
   */
  static boolean isCompoundFile(byte[] part) {
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A};
    if (part.length < magic.length + 1) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (part[i] != magic[i]) {
        return false;
      }
    }
    return (part[magic.length] & 0xFF) == 0xE1;
  }
}
