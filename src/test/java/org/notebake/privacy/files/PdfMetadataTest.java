package org.notebake.privacy.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a published PDF keeps: its last revision alone, whatever it holds or lacks. */
public class PdfMetadataTest {
  private static final String REDACTED = "Call Jo Doe at (912) 555-0142 or jo.doe@example.org";

  /**
   * A PDF saved twice the incremental way, as an editor's "redact" may do: the first revision's
   * page says {@link #REDACTED}, the second's replaces the page's text, and neither has an Info
   * dictionary or XMP.
   */
  public static byte[] redactedIncrementally() {
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
            stream("BT /F1 12 Tf 72 700 Td (" + REDACTED + ") Tj ET"),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
    }
    int firstXref = pdf.length();
    pdf.append("xref\n0 6\n0000000000 65535 f \n");
    offsets.forEach(at -> pdf.append(String.format("%010d 00000 n \n", at)));
    pdf.append("trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n")
        .append(firstXref)
        .append("\n%%EOF\n");
    int replaced = pdf.length();
    pdf.append("4 0 obj\n")
        .append(stream("BT /F1 12 Tf 72 700 Td (Contact details removed.) Tj ET"))
        .append("\nendobj\n");
    int secondXref = pdf.length();
    pdf.append("xref\n0 1\n0000000000 65535 f \n4 1\n")
        .append(String.format("%010d 00000 n \n", replaced))
        .append("trailer\n<< /Size 6 /Root 1 0 R /Prev ")
        .append(firstXref)
        .append(" >>\nstartxref\n")
        .append(secondXref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String stream(String content) {
    return "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream";
  }

  @Test
  void aPdfWithNothingToStripIsStillWrittenAsItsLastRevisionAlone() throws Exception {
    byte[] pdf = redactedIncrementally();
    assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).contains("555-0142");

    byte[] published = PdfMetadata.stripped(pdf).bytes();

    String written = new String(published, StandardCharsets.ISO_8859_1);
    assertThat(written).doesNotContain("555-0142").doesNotContain("example.org");
    assertThat(written.split("%%EOF", -1)).hasSize(2);
    assertThat(PdfText.of(published)).contains("Contact details removed.");
  }

  /**
   * A page's own XMP and an editor's private data (Illustrator's {@code /PieceInfo}) are no
   * reader's to see and the scan's to read: they went out, with whatever author they named.
   */
  @Test
  void aPagesOwnXmpAndAnEditorsPrivateDataAreRemoved() throws Exception {
    byte[] pdf;
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
            org.apache.pdfbox.Loader.loadPDF(redactedIncrementally());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
      org.apache.pdfbox.pdmodel.PDPage page = doc.getPage(0);
      org.apache.pdfbox.pdmodel.common.PDMetadata xmp =
          new org.apache.pdfbox.pdmodel.common.PDMetadata(doc);
      xmp.importXMPMetadata(
          "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>Avery Quinn</dc:creator></x:xmpmeta>"
              .getBytes(StandardCharsets.UTF_8));
      page.setMetadata(xmp);
      org.apache.pdfbox.cos.COSDictionary piece = new org.apache.pdfbox.cos.COSDictionary();
      piece.setString("Private", "avery.quinn@example.org");
      page.getCOSObject().setItem("PieceInfo", piece);
      doc.save(out);
      pdf = out.toByteArray();
    }

    PdfMetadata.Stripped stripped = PdfMetadata.stripped(pdf);

    assertThat(stripped.removed()).contains("XMP");
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(stripped.bytes())) {
      assertThat(doc.getPage(0).getMetadata()).isNull();
      assertThat(doc.getPage(0).getCOSObject().containsKey("PieceInfo")).isFalse();
    }
  }

  @Test
  void theRewrittenPdfIsTheSameBytesOnEveryBake() throws Exception {
    byte[] first = PdfMetadata.stripped(redactedIncrementally()).bytes();
    Thread.sleep(5);
    assertThat(PdfMetadata.stripped(redactedIncrementally()).bytes()).isEqualTo(first);
  }

  /**
   * A "secured" PDF, as a CV exported with editing and printing restricted: encrypted under an
   * owner password alone, so it opens without one. Its author and first revision (which said {@link
   * #REDACTED}) are anyone's to decrypt.
   */
  static byte[] securedAndRedactedIncrementally() throws Exception {
    byte[] first;
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(redactedIncrementally())) {
      doc.getDocumentInformation().setAuthor("Avery Quillfeather");
      doc.getDocumentInformation().setTitle("Curriculum vitae");
      org.apache.pdfbox.pdmodel.encryption.AccessPermission restricted =
          new org.apache.pdfbox.pdmodel.encryption.AccessPermission();
      restricted.setCanPrint(false);
      restricted.setCanModify(false);
      restricted.setCanExtractContent(false);
      org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner-secret", "", restricted);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      first = out.toByteArray();
    }
    // The author's "redaction", saved the incremental way with the owner password.
    try (org.apache.pdfbox.pdmodel.PDDocument doc =
        org.apache.pdfbox.Loader.loadPDF(first, "owner-secret")) {
      org.apache.pdfbox.pdmodel.PDPage page = doc.getPage(0);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream text =
          new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        text.beginText();
        text.setFont(
            new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA),
            12);
        text.newLineAtOffset(72, 700);
        text.showText("Contact details removed.");
        text.endText();
      }
      page.getCOSObject().setNeedToBeUpdated(true);
      doc.getPages().getCOSObject().setNeedToBeUpdated(true);
      doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.saveIncremental(out);
      byte[] both = out.toByteArray();
      return both;
    }
  }

  @Test
  void aSecuredPdfLosesItsAuthorAndEarlierRevisionsAndKeepsItsRestrictions() throws Exception {
    byte[] secured = securedAndRedactedIncrementally();
    assertThat(new String(secured, StandardCharsets.ISO_8859_1).split("%%EOF", -1)).hasSize(3);
    try (org.apache.pdfbox.pdmodel.PDDocument before = org.apache.pdfbox.Loader.loadPDF(secured)) {
      assertThat(before.getDocumentInformation().getAuthor()).isEqualTo("Avery Quillfeather");
    }

    PdfMetadata.Stripped published = PdfMetadata.stripped(secured);

    assertThat(published.removed()).contains("Author");
    assertThat(new String(published.bytes(), StandardCharsets.ISO_8859_1).split("%%EOF", -1))
        .hasSize(2);
    try (org.apache.pdfbox.pdmodel.PDDocument after =
        org.apache.pdfbox.Loader.loadPDF(published.bytes())) {
      assertThat(after.isEncrypted()).isTrue();
      assertThat(after.getDocumentInformation().getAuthor()).isNull();
      assertThat(after.getDocumentInformation().getTitle()).isEqualTo("Curriculum vitae");
      org.apache.pdfbox.pdmodel.encryption.AccessPermission kept =
          after.getCurrentAccessPermission();
      assertThat(kept.canPrint()).isFalse();
      assertThat(kept.canModify()).isFalse();
      assertThat(kept.canExtractContent()).isFalse();
    }
    // The original owner password is not the published copy's.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> org.apache.pdfbox.Loader.loadPDF(published.bytes(), "owner-secret").close())
        .isInstanceOf(org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class);
    assertThat(PdfText.of(published.bytes()))
        .contains("Contact details removed.")
        .doesNotContain("555-0142");
  }

  @Test
  void aSecuredPdfIsEncryptedAgainToTheSameBytesOnEveryBake() throws Exception {
    byte[] secured = securedAndRedactedIncrementally();
    byte[] first = PdfMetadata.stripped(secured).bytes();
    assertThat(PdfMetadata.stripped(secured).bytes()).isEqualTo(first);
  }

  @Test
  void theScanReadsASecuredPdfsTextThoughItForbidsCopying() throws Exception {
    assertThat(PdfText.of(securedAndRedactedIncrementally())).contains("Contact details removed.");
  }
}
