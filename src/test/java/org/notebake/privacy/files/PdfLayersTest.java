package org.notebake.privacy.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Red team (repro-06): a PDF's layer that is off when it opens kept its text in the published copy,
 * without a word; what it holds is left out now, and the layer named.
 */
public class PdfLayersTest {
  private static final String SECRET = "HIDDEN LAYER: salary floor 140k, call 912 555 0142";

  /** A PDF of these objects (object 1 the catalog), its cross-reference table computed. */
  static byte[] pdf(String... objects) {
    StringBuilder pdf = new StringBuilder("%PDF-1.5\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.length; i++) {
      offsets.add(pdf.length());
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    offsets.forEach(at -> pdf.append(String.format("%010d 00000 n \n", at)));
    pdf.append("trailer\n<< /Size ")
        .append(objects.length + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  static String stream(String dictionary, String content) {
    return "<< /Length "
        + content.length()
        + dictionary
        + " >>\nstream\n"
        + content
        + "\nendstream";
  }

  /** One page (object 3) whose content is object 4, with a layer "Notes" (object 5). */
  static byte[] onePage(String ocProperties, String pageResources, String content, String... more) {
    List<String> objects = new ArrayList<>();
    objects.add("<< /Type /Catalog /Pages 2 0 R /OCProperties " + ocProperties + " >>");
    objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.add(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font"
            + " << /F1 6 0 R >> /Properties << /oc1 5 0 R >> "
            + pageResources
            + " >> >>");
    objects.add(stream("", content));
    objects.add("<< /Type /OCG /Name (Notes) >>");
    objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    objects.addAll(List.of(more));
    return pdf(objects.toArray(String[]::new));
  }

  private static final String OFF = "<< /OCGs [5 0 R] /D << /Order [5 0 R] /OFF [5 0 R] >> >>";

  private static String text(byte[] pdf) throws Exception {
    return PdfText.of(pdf);
  }

  /** The red team's CV: public text, then a layer "Notes", off, with a salary and a number. */
  public static byte[] cvWithAHiddenLayer() {
    return onePage(
        OFF,
        "",
        "BT /F1 18 Tf 72 720 Td (Portfolio: public text) Tj ET\n/OC /oc1 BDC BT /F1 18 Tf 72"
            + " 680 Td ("
            + SECRET
            + ") Tj ET EMC\nBT /F1 12 Tf 72 600 Td (After the layer) Tj ET");
  }

  @Test
  void theTextOfALayerThatIsOffIsLeftOut() throws Exception {
    byte[] cv = cvWithAHiddenLayer();
    assertThat(text(cv)).as("the fixture").contains(SECRET);

    PdfMetadata.Stripped published = PdfMetadata.stripped(cv);

    assertThat(published.hiddenLayers()).containsExactly("Notes");
    assertThat(text(published.bytes()))
        .contains("Portfolio: public text")
        .contains("After the layer")
        .doesNotContain("salary");
    assertThat(new String(published.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("140k");
    assertThat(PdfMetadata.stripped(cv).bytes()).as("the same bytes").isEqualTo(published.bytes());
  }

  @Test
  void aLayerThatIsOnOrAPdfWithoutLayersIsLeftAsItIs() throws Exception {
    String content = "/OC /oc1 BDC BT /F1 18 Tf 72 680 Td (Shown layer) Tj ET EMC";
    byte[] on = onePage("<< /OCGs [5 0 R] /D << /Order [5 0 R] >> >>", "", content);

    PdfMetadata.Stripped published = PdfMetadata.stripped(on);

    assertThat(published.hiddenLayers()).isEmpty();
    assertThat(text(published.bytes())).contains("Shown layer");
  }

  /** Under {@code /BaseState /OFF} every layer not listed {@code /ON} is off. */
  @Test
  void underAnOffBaseStateALayerNotListedOnIsLeftOut() throws Exception {
    byte[] cv =
        onePage(
            "<< /OCGs [5 0 R 7 0 R] /D << /BaseState /OFF /ON [7 0 R] >> >>",
            "",
            "/OC /oc1 BDC BT /F1 18 Tf 72 680 Td ("
                + SECRET
                + ") Tj ET EMC"
                + " /OC /oc2 BDC BT /F1 18 Tf 72 640 Td (Switched on) Tj ET EMC",
            "<< /Type /OCG /Name (Print) >>");
    byte[] withSecond =
        new String(cv, StandardCharsets.ISO_8859_1)
            .replace("/Properties << /oc1 5 0 R >>", "/Properties << /oc1 5 0 R /oc2 7 0 R >>")
            .getBytes(StandardCharsets.ISO_8859_1);

    PdfMetadata.Stripped published = PdfMetadata.stripped(withSecond);

    assertThat(published.hiddenLayers()).containsExactly("Notes");
    assertThat(text(published.bytes())).contains("Switched on").doesNotContain("salary");
  }

  /**
   * Nested marked content, a membership dictionary that needs its layer, the text operators that
   * move to the next line ({@code '} and {@code "}), shapes and an unbalanced {@code EMC}.
   */
  @Test
  void markedContentIsFollowedThroughNestingMembershipAndLineOperators() throws Exception {
    byte[] cv =
        onePage(
            OFF,
            "/XObject << >>",
            "/Span BMC /OC /member BDC BT /F1 12 Tf 14 TL 72 700 Td (line one) Tj (Jo at 912 555"
                + " 0143) ' 1 2 (jo@example.org) \" ET 10 10 50 50 re f /Inner BMC BT (deep) Tj ET"
                + " EMC EMC BT /F1 12 Tf 0 Tc 0 Tw 72 500 Td (Visible after) Tj ET EMC EMC EMC",
            "<< /Type /OCMD /OCGs [5 0 R] /P /AllOn >>");
    byte[] withMember =
        new String(cv, StandardCharsets.ISO_8859_1)
            .replace("/Properties << /oc1 5 0 R >>", "/Properties << /member 7 0 R >>")
            .getBytes(StandardCharsets.ISO_8859_1);

    PdfMetadata.Stripped published = PdfMetadata.stripped(withMember);

    assertThat(published.hiddenLayers()).containsExactly("Notes");
    assertThat(text(published.bytes()))
        .contains("Visible after")
        .doesNotContain("line one")
        .doesNotContain("0143")
        .doesNotContain("example.org")
        .doesNotContain("deep");
  }

  /** A form drawn on the page holds the layer; an image names it as its own {@code /OC}. */
  @Test
  void aFormsHiddenContentAndAnImageOfAHiddenLayerAreLeftOut() throws Exception {
    String form =
        stream(
            " /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 6 0 R"
                + " >> /Properties << /n 5 0 R >> >>",
            "BT /F1 12 Tf 72 700 Td (Form text) Tj ET /OC /n BDC BT /F1 12 Tf 72 680 Td ("
                + SECRET
                + ") Tj ET EMC");
    String image =
        stream(
            " /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray"
                + " /BitsPerComponent 8 /OC 5 0 R",
            "Z");
    byte[] cv =
        onePage(
            OFF,
            "/XObject << /Fm1 7 0 R /Im1 8 0 R >>",
            "/Fm1 Do q 10 0 0 10 0 0 cm /Im1 Do Q",
            form,
            image);

    PdfMetadata.Stripped published = PdfMetadata.stripped(cv);

    assertThat(published.hiddenLayers()).containsExactly("Notes");
    assertThat(text(published.bytes())).contains("Form text").doesNotContain("salary");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(published.bytes())) {
      var names = doc.getPage(0).getResources().getXObjectNames();
      assertThat(names).extracting(n -> n.getName()).containsExactly("Fm1");
    }
  }

  @Test
  void anAnnotationOfAHiddenLayerIsLeftOut() throws Exception {
    byte[] cv =
        onePage(
            OFF,
            "",
            "BT /F1 12 Tf 72 700 Td (Page) Tj ET",
            "<< /Type /Annot /Subtype /Text /Rect [0 0 10 10] /Contents ("
                + SECRET
                + ") /OC 5 0 R"
                + " >>");
    byte[] annotated =
        new String(cv, StandardCharsets.ISO_8859_1)
            .replace("/Contents 4 0 R", "/Contents 4 0 R /Annots [7 0 R]")
            .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(text(annotated)).as("the fixture").contains("salary");

    PdfMetadata.Stripped published = PdfMetadata.stripped(annotated);

    assertThat(text(published.bytes())).contains("Page").doesNotContain("salary");
    assertThat(published.hiddenLayers()).containsExactly("Notes");
  }

  /** A layer's name is in the file whatever it holds: the scan reads it. */
  @Test
  void theScanReadsTheNamesOfLayers() throws Exception {
    byte[] cv = onePage("<< /OCGs [5 0 R] /D << >> >>", "", "BT /F1 12 Tf 72 700 Td (Page) Tj ET");
    byte[] named =
        new String(cv, StandardCharsets.ISO_8859_1)
            .replace("/Name (Notes)", "/Name (Call Jo at 912 555 0144)")
            .getBytes(StandardCharsets.ISO_8859_1);

    assertThat(text(named)).contains("Call Jo at 912 555 0144");
  }
}
