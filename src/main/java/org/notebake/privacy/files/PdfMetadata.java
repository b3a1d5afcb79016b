package org.notebake.privacy.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A PDF without its metadata, as a published photo is without its EXIF: the Info dictionary's
 * author, creator, producer, subject, keywords and custom keys, and the XMP packet (which names the
 * author again, and often the tool and the machine), are removed; the title, which a browser shows
 * as the tab's name, is kept. The file is always written anew, as one revision, even with no
 * metadata to remove: an incrementally saved PDF keeps every earlier revision after its first
 * {@code %%EOF}, and a reader's "redaction" saved that way leaves the redacted text in the file,
 * where the scan (which reads the last revision) never looks. A photo placed in it as the JPEG it
 * was keeps its pixels and loses its EXIF, XMP and IPTC ({@link PdfPhotos}).
 *
 * <pre>{@code
 * PdfMetadata.stripped(bytes); // the last revision alone, without its author
 * }</pre>
 */
public final class PdfMetadata {
  private PdfMetadata() {}

  /**
   * What a PDF's metadata was removed from, which keys went, and why none could be removed (or
   * null): an encrypted PDF cannot be written again.
   */
  public record Stripped(byte[] bytes, Set<String> removed, String keptBecause) {}

  private static long contentId(byte[] bytes) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes);
    return crc.getValue() << 20 ^ bytes.length;
  }

  /**
   * @throws FileText.Unreadable when the PDF cannot be read or written again (damaged)
   */
  public static Stripped stripped(byte[] bytes) throws FileText.Unreadable {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      if (doc.isEncrypted()) {
        return new Stripped(bytes, Set.of(), "it is encrypted");
      }
      PDDocumentInformation info = doc.getDocumentInformation();
      Set<String> removed = new HashSet<>(info.getMetadataKeys());
      removed.remove("Title");
      boolean xmp = doc.getDocumentCatalog().getMetadata() != null;
      int photos = PdfPhotos.strip(doc);
      if (photos > 0) {
        removed.add("photo metadata");
      }
      PDDocumentInformation kept = new PDDocumentInformation();
      if (info.getTitle() != null) {
        kept.setTitle(info.getTitle());
      }
      doc.setDocumentInformation(kept);
      doc.getDocumentCatalog().setMetadata(null);
      if (xmp) {
        removed.add("XMP");
      }
      // A PDF without an /ID gets one made from the time it is saved: from the file instead, so
      // that baking the same vault twice publishes the same bytes.
      doc.setDocumentId(contentId(bytes));
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
      doc.save(out);
      return new Stripped(out.toByteArray(), Set.copyOf(removed), null);
    } catch (IOException | RuntimeException e) {
      throw new FileText.Unreadable(String.valueOf(e.getMessage()), e);
    }
  }
}
