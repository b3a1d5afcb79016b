package org.notebake.privacy.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
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
 * was keeps its pixels and loses its EXIF, XMP and IPTC ({@link PdfPhotos}). What a layer that is
 * off when it opens holds (anyone can switch it on) is removed ({@link PdfLayers}), and so is every
 * file attached to it but text the scan reads whole ({@link PdfAttachments}); comments lose their
 * author.
 *
 * <p>A PDF encrypted with an owner password alone (a "secured" CV that opens without a password but
 * may not be edited or printed) is no exception: anyone can decrypt its author and its earlier
 * revisions. It is written anew the same way and encrypted again with the permissions it had, under
 * an owner password of its own made from its bytes (the author keeps the original). One that needs
 * a password to open cannot be read, and is published as it is.
 *
 * <pre>{@code
 * PdfMetadata.stripped(bytes); // the last revision alone, without its author
 * }</pre>
 */
public final class PdfMetadata {
  private PdfMetadata() {}

  /**
   * The PDF written anew, which of its metadata keys went, the names of the layers, off when it
   * opens, whose content went ({@link PdfLayers}), and of the files attached to it that went
   * ({@link PdfAttachments}), and how many comments with text it keeps (their authors removed).
   */
  public record Stripped(
      byte[] bytes,
      Set<String> removed,
      List<String> hiddenLayers,
      List<String> removedFiles,
      int comments) {}

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
      boolean encrypted = doc.isEncrypted();
      org.apache.pdfbox.pdmodel.encryption.AccessPermission permissions =
          encrypted
              ? new org.apache.pdfbox.pdmodel.encryption.AccessPermission(
                  doc.getEncryption().getPermissions())
              : null;
      int keyLength = encrypted ? doc.getEncryption().getLength() : 0;
      PDDocumentInformation info = doc.getDocumentInformation();
      Set<String> removed = new HashSet<>(info.getMetadataKeys());
      removed.remove("Title");
      boolean xmp = doc.getDocumentCatalog().getMetadata() != null;
      List<String> hiddenLayers = PdfLayers.removeHidden(doc);
      List<String> removedFiles = PdfAttachments.removeUnvouched(doc);
      int comments = commentsWithoutAuthors(doc);
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
      if (xmp | withoutHiddenMetadata(doc)) {
        removed.add("XMP");
      }
      // A PDF without an /ID gets one made from the time it is saved: from the file instead, so
      // that baking the same vault twice publishes the same bytes.
      doc.setDocumentId(contentId(bytes));
      if (encrypted) {
        encryptAgain(doc, permissions, keyLength, bytes);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
      doc.save(out);
      return new Stripped(
          out.toByteArray(), Set.copyOf(removed), hiddenLayers, removedFiles, comments);
    } catch (IOException | RuntimeException e) {
      throw new FileText.Unreadable(String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * The XMP a page, a form, a font or an annotation keeps as its own ({@code /Metadata}: the author
   * again) and an editor's private data ({@code /PieceInfo}: Illustrator keeps a copy of its whole
   * document there), which no reader shows and the scan does not read, go as the document's XMP
   * does; true if there was any.
   */
  private static boolean withoutHiddenMetadata(PDDocument doc) {
    boolean[] found = {false};
    PdfAttachments.forEachDictionary(
        doc,
        dictionary -> {
          for (String key : new String[] {"Metadata", "PieceInfo"}) {
            if (dictionary.containsKey(key)) {
              dictionary.removeItem(org.apache.pdfbox.cos.COSName.getPDFName(key));
              found[0] = true;
            }
          }
        });
    return found[0];
  }

  /**
   * Comments (sticky notes, highlights with a note: markup annotations) name their author in {@code
   * /T}, as the Info dictionary does: removed, but from a form field's widget, where {@code /T} is
   * the field's name. Returns how many comments hold text ({@code /Contents}, {@code /RC}), which
   * stay for anyone who opens the PDF.
   */
  private static int commentsWithoutAuthors(PDDocument doc) throws IOException {
    int comments = 0;
    for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
      for (var annotation : page.getAnnotations()) {
        String type = annotation.getSubtype();
        if ("Widget".equals(type)) {
          continue;
        }
        org.apache.pdfbox.cos.COSDictionary note = annotation.getCOSObject();
        note.removeItem(org.apache.pdfbox.cos.COSName.T);
        boolean text =
            (annotation.getContents() != null && !annotation.getContents().isBlank())
                || note.containsKey(org.apache.pdfbox.cos.COSName.RC);
        if (text && !"Link".equals(type) && !"Popup".equals(type)) {
          comments++;
        }
      }
    }
    return comments;
  }

  /**
   * Encrypts {@code doc} as it was, with {@code permissions}, anew: under an owner password made
   * from the file's bytes and with a random source seeded by them, so that baking the same PDF
   * twice publishes the same bytes.
   */
  private static void encryptAgain(
      PDDocument doc,
      org.apache.pdfbox.pdmodel.encryption.AccessPermission permissions,
      int keyLength,
      byte[] bytes)
      throws IOException {
    byte[] seed = org.notebake.text.Sha256.of(bytes);
    String owner = java.util.HexFormat.of().formatHex(seed);
    org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
        new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(owner, "", permissions);
    policy.setEncryptionKeyLength(keyLength == 40 || keyLength == 256 ? keyLength : 128);
    doc.protect(policy);
    java.security.SecureRandom random;
    try {
      random = java.security.SecureRandom.getInstance("SHA1PRNG");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    random.setSeed(seed); // before any use: the generator then gives only what follows from it
    doc.getEncryption().getSecurityHandler().setCustomSecureRandom(random);
  }
}
