package org.notebake.privacy.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;

/**
 * Red team: a PDF's sticky note went out silently, and its author ({@code /T}) was never scanned.
 */
public class PdfCommentsTest {
  /**
   * A brochure with a sticky note by Avery Quinn (its subject and rich text say more than its plain
   * text) and a form field named "applicant", whose widget's {@code /T} is that name.
   */
  public static byte[] withAStickyNote() throws Exception {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDAnnotationText note = new PDAnnotationText();
      note.setRectangle(new PDRectangle(10, 10, 20, 20));
      note.setTitlePopup("Avery Quinn");
      note.setSubject("Kumquat custody case");
      note.setContents("Sticky: ask the lawyer");
      note.setRichContents("<body><p>Sticky: call <b>912 555</b> 0142</p></body>");
      page.getAnnotations().add(note);
      PDAcroForm form = new PDAcroForm(doc);
      doc.getDocumentCatalog().setAcroForm(form);
      PDTextField field = new PDTextField(form);
      field.setPartialName("applicant");
      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(new PDRectangle(50, 50, 100, 20));
      widget.setPage(page);
      page.getAnnotations().add(widget);
      form.getFields().add(field);
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aStickyNotesAuthorSubjectAndRichTextAreScanned() throws Exception {
    assertThat(FileText.of("brochure.pdf", withAStickyNote()).orElseThrow())
        .contains("Avery Quinn")
        .contains("Kumquat custody case")
        .contains("Sticky: ask the lawyer")
        .contains("912 555 0142");
  }

  @Test
  void aPublishedPdfsCommentsLoseTheirAuthorAndAreCounted() throws Exception {
    PdfMetadata.Stripped stripped = PdfMetadata.stripped(withAStickyNote());

    assertThat(stripped.comments()).isEqualTo(1);
    assertThat(new String(stripped.bytes(), StandardCharsets.ISO_8859_1))
        .doesNotContain("Avery Quinn");
    try (PDDocument doc = Loader.loadPDF(stripped.bytes())) {
      assertThat(doc.getDocumentCatalog().getAcroForm().getField("applicant")).isNotNull();
      assertThat(doc.getPage(0).getAnnotations().get(0).getContents())
          .isEqualTo("Sticky: ask the lawyer");
    }
  }
}
