package org.notebake.privacy.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.junit.jupiter.api.Test;
import org.notebake.gallery.PhotoFixtures;

/**
 * Red team: a photo attached to a PDF went out with its GPS position, camera serial and artist, the
 * message saying "not published" while the PDF was published unread.
 */
public class PdfAttachmentsTest {
  private static final byte[] CSV =
      "name,phone\nJo,912 555 0142\n".getBytes(StandardCharsets.UTF_8);

  private static PDComplexFileSpecification spec(PDDocument doc, String name, byte[] file)
      throws Exception {
    PDEmbeddedFile embedded = new PDEmbeddedFile(doc, new ByteArrayInputStream(file));
    embedded.setCreationDate(java.util.Calendar.getInstance());
    PDComplexFileSpecification spec = new PDComplexFileSpecification();
    spec.setFile(name);
    spec.setFileUnicode(name);
    spec.setEmbeddedFile(embedded);
    return spec;
  }

  /**
   * A brochure with files in its list of embedded files and one on its page behind a paper clip (a
   * file attachment annotation).
   */
  public static byte[] brochure(Map<String, byte[]> embedded, String clipped, byte[] clip)
      throws Exception {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
      for (Map.Entry<String, byte[]> file : embedded.entrySet()) {
        files.put(file.getKey(), spec(doc, file.getKey(), file.getValue()));
      }
      if (!files.isEmpty()) {
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(files);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
      }
      if (clipped != null) {
        PDAnnotationFileAttachment paperClip = new PDAnnotationFileAttachment();
        paperClip.setRectangle(new PDRectangle(20, 20, 20, 20));
        paperClip.setFile(spec(doc, clipped, clip));
        page.getAnnotations().add(paperClip);
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aPhotoAttachedToAPdfHasItRefusedNotPublishedUnread() throws Exception {
    byte[] pdf = brochure(Map.of("photo.jpg", PhotoFixtures.jpegWithEverything(1)), null, null);
    assertThatThrownBy(() -> FileText.of("brochure.pdf", pdf))
        .isInstanceOf(FileText.Refused.class)
        .hasMessageStartingWith(
            "it carries the file \"photo.jpg\": it is a photo (JPEG) that records where it was"
                + " taken");
  }

  @Test
  void aFileOnAPagesPaperClipIsScannedToo() throws Exception {
    byte[] pdf = brochure(Map.of(), "contacts.csv", CSV);
    assertThat(FileText.of("brochure.pdf", pdf).orElseThrow()).contains("912 555 0142");
  }

  @Test
  void everyAttachedFileButScannedTextIsRemovedFromThePublishedPdf() throws Exception {
    Map<String, byte[]> embedded = new LinkedHashMap<>();
    embedded.put("photo.jpg", PhotoFixtures.jpegWithEverything(1));
    embedded.put("data.csv", CSV);
    embedded.put("memo.mp3", "ID3 fictional".getBytes(StandardCharsets.UTF_8));
    byte[] pdf = brochure(embedded, "portrait.png", PhotoFixtures.pngWithEverything(1));

    PdfMetadata.Stripped stripped = PdfMetadata.stripped(pdf);

    assertThat(stripped.removedFiles())
        .containsExactlyInAnyOrder("photo.jpg", "memo.mp3", "portrait.png");
    String written = new String(stripped.bytes(), StandardCharsets.ISO_8859_1);
    assertThat(written)
        .doesNotContain(PhotoFixtures.CANARY)
        .doesNotContain("ID3 fictional")
        .doesNotContain("CreationDate");
    try (PDDocument doc = Loader.loadPDF(stripped.bytes())) {
      assertThat(doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames())
          .containsOnlyKeys("data.csv");
      assertThat(doc.getPage(0).getAnnotations()).isEmpty();
      assertThat(PdfAttachments.all(doc)).hasSize(1);
    }
    assertThat(FileText.of("brochure.pdf", stripped.bytes()).orElseThrow())
        .contains("912 555 0142");
  }

  @Test
  void aPdfWhoseAttachedFilesAreAllScannedTextLosesNone() throws Exception {
    byte[] pdf = brochure(Map.of("data.csv", CSV), "notes.txt", CSV);
    PdfMetadata.Stripped stripped = PdfMetadata.stripped(pdf);
    assertThat(stripped.removedFiles()).isEmpty();
    try (PDDocument doc = Loader.loadPDF(stripped.bytes())) {
      assertThat(PdfAttachments.all(doc))
          .extracting(PdfAttachments::name)
          .containsExactlyInAnyOrder("data.csv", "notes.txt");
    }
  }
}
