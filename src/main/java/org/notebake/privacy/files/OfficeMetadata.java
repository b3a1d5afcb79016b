package org.notebake.privacy.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.notebake.gallery.ImageStripper;

/**
 * An Office or OpenDocument file without its metadata, as a published PDF is: Word, Excel and
 * PowerPoint keep the author, whoever saved it last, their company and manager, the template's path
 * on their disk ({@code C:\Users\jo\...}) and custom properties in {@code docProps/}, and
 * LibreOffice keeps its creator, dates and user fields in {@code meta.xml}. Those parts are written
 * anew with the title alone. A JPEG or PNG placed in the document (an EPUB's too) loses its
 * metadata, GPS position included, as a gallery photo does, keeping only how it is turned. A
 * package inside (the workbook behind every Word or PowerPoint chart names its author too) is
 * stripped the same way. Every other part is copied as it is, in its order ({@code mimetype} first
 * and stored, as OpenDocument and EPUB need). An EPUB's metadata is its book's own, and stays.
 *
 * <pre>{@code
 * OfficeMetadata.stripped("docx", bytes); // the same document; core.xml holds only its title
 * }</pre>
 */
public final class OfficeMetadata {
  private static final Set<String> OOXML =
      Set.of("docx", "xlsx", "pptx", "docm", "xlsm", "pptm", "dotx", "potx", "xltx");
  private static final Set<String> ODF = Set.of("odt", "ods", "odp", "odg");
  private static final Set<String> EPUB = Set.of("epub");

  /** Each part's time once rewritten (LibreOffice keeps when it saved the file there). */
  private static final java.time.LocalDateTime SAVED = java.time.LocalDateTime.of(1980, 1, 1, 0, 0);

  private static final Pattern DC_TITLE =
      Pattern.compile("<dc:title(?:\\s[^>]*)?>(.*?)</dc:title>", Pattern.DOTALL);

  private OfficeMetadata() {}

  /** True for the types whose metadata, or whose photos' metadata, this removes. */
  public static boolean handles(String extension) {
    return OOXML.contains(extension) || ODF.contains(extension) || EPUB.contains(extension);
  }

  /**
   * The file without its metadata; the same bytes when it holds none.
   *
   * @throws FileText.Unreadable when it is not a ZIP package this can read
   */
  public static byte[] stripped(String extension, byte[] bytes) throws FileText.Unreadable {
    return stripped(extension, bytes, (part, problem) -> {});
  }

  /**
   * As {@link #stripped(String, byte[])}, telling {@code kept} of each photo left as it is (its
   * part's name, and why: it cannot be read through, or its EXIF turns a PNG).
   */
  public static byte[] stripped(
      String extension, byte[] bytes, java.util.function.BiConsumer<String, String> kept)
      throws FileText.Unreadable {
    return stripped(extension, bytes, "", 1, new ZipParts.Budget(), kept);
  }

  /**
   * The package found at {@code within} ("" for the file itself), {@code depth} packages deep,
   * without its metadata; a package inside it (the workbook behind a chart keeps its author too) is
   * stripped as the type its name says, up to {@link ZipParts#MAX_DEPTH} deep (the scan refuses a
   * file packed deeper).
   */
  private static byte[] stripped(
      String extension,
      byte[] bytes,
      String within,
      int depth,
      ZipParts.Budget budget,
      java.util.function.BiConsumer<String, String> kept)
      throws FileText.Unreadable {
    // A package of another type inside (word/embeddings/oleObject1.bin is a ZIP too at times)
    // loses what either format keeps: their metadata parts have different names.
    boolean ooxml = OOXML.contains(extension) || extension.equals(EMBEDDED);
    boolean odf = ODF.contains(extension) || extension.equals(EMBEDDED);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    java.util.concurrent.atomic.AtomicBoolean changed =
        new java.util.concurrent.atomic.AtomicBoolean();
    try (ZipOutputStream copy = new ZipOutputStream(out)) {
      ZipParts.forEach(
          bytes,
          budget,
          (entry, part) -> {
            String name = entry.getName();
            byte[] replaced =
                isJpeg(part) || isPng(part)
                    ? photo(within + name, part, kept)
                    : ZipParts.isPackage(part) && depth < ZipParts.MAX_DEPTH
                        ? stripped(
                            embeddedType(name), part, within + name + "/", depth + 1, budget, kept)
                        : metadataPart(ooxml, odf, name, part);
            if (replaced != null) {
              if (!java.util.Arrays.equals(replaced, part)) {
                changed.set(true);
              }
              part = replaced;
            }
            write(copy, entry, name, part);
          });
    } catch (IOException | IllegalArgumentException e) {
      throw new FileText.Unreadable("it is not a readable ZIP package: " + e.getMessage(), e);
    }
    return changed.get() ? out.toByteArray() : bytes;
  }

  /** The type of a package inside another whose name does not say it is Office's or ODF's. */
  private static final String EMBEDDED = "";

  /** The type of a package inside another, by its name ({@code Microsoft_Excel_Worksheet.xlsx}). */
  private static String embeddedType(String name) {
    String extension = FileText.extension(name);
    return handles(extension) ? extension : EMBEDDED;
  }

  private static byte[] metadataPart(boolean ooxml, boolean odf, String name, byte[] part) {
    byte[] replaced = ooxml ? ooxmlPart(name, part) : null;
    return replaced == null && odf ? odfPart(name, part) : replaced;
  }

  private static void write(ZipOutputStream copy, ZipEntry entry, String name, byte[] part)
      throws IOException {
    ZipEntry written = new ZipEntry(name);
    // The time Word writes: the same bytes on every bake, and no trace of when it was saved.
    written.setTimeLocal(SAVED);
    if (entry.getMethod() == ZipEntry.STORED) {
      // OpenDocument's mimetype is stored, uncompressed, first: readers look for it there.
      CRC32 crc = new CRC32();
      crc.update(part);
      written.setMethod(ZipEntry.STORED);
      written.setSize(part.length);
      written.setCompressedSize(part.length);
      written.setCrc(crc.getValue());
    }
    copy.putNextEntry(written);
    copy.write(part);
    copy.closeEntry();
  }

  /**
   * What a reader can open in the document beyond what its author's screen shows, as "2 comments
   * and 1 hidden slide"; empty when there is nothing or the file cannot be read ({@link
   * OfficeLeftovers}).
   */
  public static java.util.Optional<String> leftForReaders(String extension, byte[] bytes) {
    if (!OOXML.contains(extension) && !ODF.contains(extension)) {
      return java.util.Optional.empty();
    }
    return OfficeLeftovers.of(bytes);
  }

  private static boolean isJpeg(byte[] part) {
    return part.length > 3
        && (part[0] & 0xFF) == 0xFF
        && (part[1] & 0xFF) == 0xD8
        && (part[2] & 0xFF) == 0xFF;
  }

  private static boolean isPng(byte[] part) {
    return part.length > 8
        && (part[0] & 0xFF) == 0x89
        && part[1] == 'P'
        && part[2] == 'N'
        && part[3] == 'G';
  }

  /**
   * The photo without its metadata, or as it is when it cannot be read through: the scan then
   * refuses the file if the photo records where it was taken.
   */
  private static byte[] photo(
      String name, byte[] image, java.util.function.BiConsumer<String, String> kept) {
    try {
      return isJpeg(image)
          ? ImageStripper.jpegWithOrientationAlone(name, image)
          : ImageStripper.pngWithoutMetadata(name, image);
    } catch (ImageStripper.Failure e) {
      kept.accept(name, e.getMessage());
      return null;
    }
  }

  private static byte[] ooxmlPart(String name, byte[] part) {
    return switch (name) {
      case "docProps/core.xml" ->
          xml(
              "<cp:coreProperties"
                  + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                  + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                  + " xmlns:dcterms=\"http://purl.org/dc/terms/\""
                  + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                  + title(part)
                  + "</cp:coreProperties>");
      case "docProps/app.xml" ->
          xml(
              "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                  + "extended-properties\"/>");
      case "docProps/custom.xml" ->
          xml(
              "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                  + "custom-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/"
                  + "2006/docPropsVTypes\"/>");
      default -> null;
    };
  }

  private static byte[] odfPart(String name, byte[] part) {
    if (!name.equals("meta.xml")) {
      return null;
    }
    return xml(
        "<office:document-meta"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\">"
            + "<office:meta>"
            + title(part)
            + "</office:meta></office:document-meta>");
  }

  /** The part's {@code dc:title} as written (its text is escaped XML already), or nothing. */
  private static String title(byte[] part) {
    Matcher m = DC_TITLE.matcher(new String(part, StandardCharsets.UTF_8));
    return m.find() && !m.group(1).contains("<") ? "<dc:title>" + m.group(1) + "</dc:title>" : "";
  }

  private static byte[] xml(String root) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + root)
        .getBytes(StandardCharsets.UTF_8);
  }
}
