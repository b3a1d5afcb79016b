package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every attachment and asset is scanned as the type it is (issue 12, item 4) and every SVG is
 * rebuilt without script (item 1), wherever it comes from.
 */
class AttachmentScanTest {
  private static final String SITE =
      """
      -- jbake.properties --
      publish.folders=notes
      """;

  @TempDir Path dir;

  private SiteFixture site(String name, String files) throws Exception {
    return SiteFixture.of(dir.resolve(name), SITE + files);
  }

  /** A published note linking to {@code file}, which holds {@code text}. */
  private SiteFixture linked(String file, String text) throws Exception {
    return site(
        file.replace('.', '-'),
        "-- content/notes/a.md --\n# A\n\n[the file]("
            + file
            + ")\n-- content/notes/"
            + file
            + " --\n"
            + text);
  }

  @Test
  void phoneNumberInATextAttachmentIsAnErrorAtItsLine() throws Exception {
    SiteFixture site = linked("contacts.txt", "Jo\nCall 912 555 0142\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .containsPattern(
            "notes/contacts\\.txt:2:6: error: phone number \"912 \\*\\*\\* \\*\\*42\" would be published"
                + " \\(id (phone:[0-9a-f]+)\\); remove it from the file, or allow it: add \\1 to"
                + " the file privacy\\.allow beside jbake\\.properties\n");
  }

  @Test
  void theIdAnAttachmentsFindingIsReportedWithAllowsItAndIsInTheJson() throws Exception {
    SiteFixture site = linked("contacts.txt", "Jo\nCall 912 555 0142\n");
    SiteFixture.Result json =
        SiteFixture.run("check", "--format", "json", "--source", site.root().toString());
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile(
                "\"rule\":\"privacy\\.phone\",\"message\":\"[^\"]*\\\\\"912 \\*\\*\\* \\*\\*42\\\\\""
                    + " would be published \\(id (phone:[0-9a-f]+)\\);[^\"]*\",\"finding\":\"(phone:[0-9a-f]+)\"")
            .matcher(json.out());
    assertThat(id.find()).as(json.out()).isTrue();
    assertThat(id.group(2)).isEqualTo(id.group(1));

    Files.writeString(site.root().resolve("privacy.allow"), id.group(1) + "\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
  }

  @Test
  void csvJsonAndSubtitleAttachmentsAreScannedWhole() throws Exception {
    for (String[] file :
        new String[][] {
          {"people.csv", "name,mail\nJo,jo@example.org\n", "people.csv:2:4: error: email address"},
          {"people.json", "{\"mail\": \"jo@example.org\"}\n", "people.json:1:11: error: email"},
          {"talk.vtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nCall 912 555 0142\n", "talk.vtt:4:6:"},
        }) {
      SiteFixture.Result r = linked(file[0], file[1]).bake();
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err()).as(file[0]).contains(file[2]);
    }
  }

  /** Excel's "Unicode text" is UTF-16 without a mark; read as UTF-8 it hid every number. */
  @Test
  void utf16AndUtf32TextAttachmentsAreScannedAtTheirLine() throws Exception {
    SiteFixture site =
        site("utf16", "-- content/notes/a.md --\n# A\n\n[csv](contacts.csv) [txt](notes.txt)\n");
    Files.write(
        site.root().resolve("content/notes/contacts.csv"),
        "name,phone\nJo Doe,912 555 0142\n".getBytes(StandardCharsets.UTF_16LE));
    Files.write(
        site.root().resolve("content/notes/notes.txt"),
        "\uFEFFNotes\nMail jo.doe@example.org\n"
            .getBytes(java.nio.charset.Charset.forName("UTF-32BE")));
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("notes/contacts.csv:2:8: error: phone number \"912 *** **42\"")
        .contains("notes/notes.txt:2:6: error: email address");
  }

  /** A JSON parser reads {@code \\u0039} as 9, as the site's own JSON is scanned. */
  @Test
  void aJsonAttachmentsStringEscapesAreDecodedForTheScan() throws Exception {
    SiteFixture site =
        linked(
            "contacts.json",
            "{\"phone\": \"\\u0039\\u0031\\u0032 555 0142\", \"mail\": \"jo.doe\\u0040example.org\"}\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("notes/contacts.json:1:12: error: phone number")
        .contains("notes/contacts.json:1:51: error: email address");
  }

  @Test
  void aTextAttachmentWithoutPrivateDataIsPublishedByteForByte() throws Exception {
    SiteFixture site = linked("notes.txt", "plain words\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readAllBytes(site.output().resolve("notes/notes.txt")))
        .isEqualTo(Files.readAllBytes(site.root().resolve("content/notes/notes.txt")));
    assertThat(r.out()).doesNotContain("notes.txt (");
  }

  @Test
  void svgTextTitleAndDescAreScanned() throws Exception {
    for (String element : new String[] {"text", "title", "desc"}) {
      SiteFixture site =
          linked(
              "map-" + element + ".svg",
              "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<"
                  + element
                  + ">Call 912 555 0142</"
                  + element
                  + ">\n</svg>\n");
      SiteFixture.Result r = site.bake();
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
      assertThat(r.err())
          .contains(
              "notes/map-"
                  + element
                  + ".svg:2:"
                  + (element.length() + 8)
                  + ": error: phone number");
    }
  }

  /**
   * Real content (an Inkscape drawing: the author's name in its RDF metadata and in its title): the
   * finding was told at the metadata, which is not published, so removing the name there changed
   * nothing. It is told where the published copy is, and an attribute at its element's line.
   */
  @Test
  void anSvgFindingIsToldWhereThePublishedCopyIsNotAtTextTheRebuildLeftOut() throws Exception {
    SiteFixture site =
        linked(
            "diagram.svg",
            """
            <svg xmlns="http://www.w3.org/2000/svg"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
            <metadata><dc:title>Call 912 555 0142</dc:title></metadata>
            <rect width="50" height="50"/>
            <title>Or call 912 555 0142 at noon,
            or later</title>
            <text x="1"
             aria-label="Office 912 555 0142">x</text>
            <desc>line one
              then 912 555 0142</desc>
            </svg>
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("notes/diagram.svg:5:16: error: phone number")
        .contains("notes/diagram.svg:8:21: error: phone number")
        .contains("notes/diagram.svg:10:8: error: phone number")
        .doesNotContain("diagram.svg:3:");
  }

  /**
   * Red team: an Inkscape layer hidden with {@code style="display:none"} ("alarm code 4711") was
   * published in the SVG, where any reader of the file finds it; then one hidden as Illustrator
   * writes it (a class its style sheet hides, even below it), or at opacity 0, or one no one sees
   * (a second red team's {@code opacity="0.0001"}, 1%, below 0). A hidden element is left out with
   * what it holds; a gradient's display says nothing, so it stays.
   */
  @Test
  void anSvgsHiddenLayerIsLeftOut() throws Exception {
    SiteFixture site =
        linked(
            "floorplan.svg",
            """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape">
            <defs><linearGradient id="g" style="display:none"><stop offset="0"/></linearGradient></defs>
            <g inkscape:label="Plan"><rect width="10" height="10"/><text>Kitchen</text></g>
            <g inkscape:label="Notes" style="display:/**/none"><text>CANARY one</text></g>
            <g visibility="hidden"><text>CANARY two</text></g>
            <text display="none">CANARY three</text>
            <g class="st1 st0"><text>CANARY four</text></g>
            <g style="opacity:0"><text>CANARY five</text></g>
            <g opacity="0"><text>CANARY six</text></g>
            <text x="20" opacity="0.0001">CANARY seven</text>
            <g style="fill:red; opacity: 1%"><text>CANARY eight</text></g>
            <g opacity="-1"><text>CANARY nine</text></g>
            <g opacity="0.5"><text>Half seen</text></g>
            <style><![CDATA[.st1{fill:red}.st2,.st0{display:none;}]]></style>
            </svg>
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String svg = site.read("notes/floorplan.svg");
    assertThat(svg)
        .doesNotContain("CANARY")
        .contains("Kitchen")
        .contains("Half seen")
        .contains("linearGradient");
    assertThat(r.err())
        .contains("notes/floorplan.svg:4: warning: published without a hidden layer");
  }

  private static String inlineSvg(String svg) {
    return "data:image/svg+xml;base64,"
        + java.util.Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Real content: an Excalidraw export keeps each LaTeX label as an inline SVG and its hand-drawn
   * font inline in its style sheet; both were removed ("published without href= (a link out of the
   * file)"), and the drawing lost its labels and its look. They are published, the label rebuilt
   * and scanned like the drawing around it.
   */
  @Test
  void anExcalidrawDrawingKeepsItsInlineLabelsAndFontAndTheLabelsAreScanned() throws Exception {
    String label =
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>E = mc2</text>"
            + "<g style=\"display:none\"><text>CANARY hidden</text></g></svg>";
    String drawing =
        "<svg xmlns=\"http://www.w3.org/2000/svg\">\n"
            + "<defs><style>@font-face{font-family:\"Virgil\";"
            + "src:url(data:font/woff2;base64,d09GMgABAAAAAA==)}</style></defs>\n"
            + "<image href=\""
            + inlineSvg(label)
            + "\" width=\"20\" height=\"20\"/>\n</svg>\n";
    SiteFixture site = linked("board.svg", drawing);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String svg = site.read("notes/board.svg");
    assertThat(svg).contains("@font-face").contains("data:font/woff2;base64,d09GMgABAAAAAA==");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)")
            .matcher(svg);
    assertThat(m.find()).as(svg).isTrue();
    assertThat(new String(java.util.Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8))
        .contains("E = mc2")
        .doesNotContain("CANARY");
    assertThat(r.err())
        .doesNotContain("link out of the file")
        .contains(
            "board.svg:3: warning: published without a hidden layer (display:none) (in an"
                + " inline SVG)");

    SiteFixture.Result found =
        linked(
                "label.svg",
                drawing.replace(
                    inlineSvg(label),
                    inlineSvg(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Call 912 555 0142"
                            + "</text></svg>")))
            .bake();
    assertThat(found.exitCode()).as(found.toString()).isEqualTo(1);
    assertThat(found.err()).contains("notes/label.svg:3:").contains("error: phone number");
  }

  @Test
  void svgMetadataIsNotPublished() throws Exception {
    SiteFixture site =
        linked(
            "map.svg",
            """
            <svg xmlns="http://www.w3.org/2000/svg"><metadata><rdf:RDF
             xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
             xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>jo@example.org</dc:creator>
            </rdf:RDF></metadata><rect width="1" height="1"/></svg>
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("notes/map.svg"))
        .isEqualTo(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<rect width=\"1\" height=\"1\"/></svg>");
  }

  @Test
  void svgAttachmentsAreRebuiltWithoutScript() throws Exception {
    SiteFixture site =
        linked(
            "chart.svg",
            """
            <!DOCTYPE svg [<!ATTLIST svg onload CDATA "alert(1)">]>
            <svg xmlns="http://www.w3.org/2000/svg"><svg:script
             xmlns:svg="http://www.w3.org/2000/svg">alert(2)</svg:script><h:script
             xmlns:h="http://www.w3.org/1999/xhtml">alert(3)</h:script><h:iframe
             xmlns:h="http://www.w3.org/1999/xhtml" srcdoc="&lt;script&gt;alert(4)&lt;/script&gt;"/>
            <set attributeName="onmouseover" to="alert(5)"/><animate attributeName="onclick"
             values="alert(6)"/><rect xmlns:svg="http://www.w3.org/2000/svg" svg:onerror="alert(7)"
             width="1" height="1"/><image href="https://evil.example/t.png"/><style>@import
             url(https://evil.example/x.css);</style></svg>
            """);
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("notes/chart.svg"))
        .isEqualTo(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "\n<rect width=\"1\" height=\"1\"/><image/><style/></svg>");
    assertThat(r.err())
        .contains(
            "notes/chart.svg:2: warning: published without onload= (a DTD default), <svg:script>,"
                + " <h:script>, <h:iframe>, <set>, <animate>, svg:onerror=,"
                + " href= (a link out of the file), <style> with @import, url() or script"
                + " (an SVG may not run script or load other files)");
  }

  @Test
  void anSvgThatDoesNotParseIsAnErrorAndNotPublished() throws Exception {
    SiteFixture site =
        linked(
            "bad.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<rect width=\"1\" =/></svg>");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "notes/bad.svg:2:17: error: not well-formed XML: Element type \"rect\" must be followed"
                + " by either attribute specifications, \">\" or \"/>\"; fix the file or export it"
                + " again; the SVG is not published")
        .doesNotContain("Exception");
  }

  @Test
  void anSvgWithAnExternalEntityIsAnError() throws Exception {
    SiteFixture.Result r =
        linked(
                "xxe.svg",
                "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                    + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>")
            .bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "notes/xxe.svg:1:55: error: the DOCTYPE declares the external entity \"x\""
                + " (file:///etc/passwd); an SVG may not read other files, remove the DOCTYPE;"
                + " the SVG is not published");
  }

  /** The author's e-mail in the Info dictionary is removed with it; the page text is scanned. */
  @Test
  void pdfPageTextIsScannedAndItsInfoDictionaryRemoved() throws Exception {
    SiteFixture site = site("pdf", "-- content/notes/a.md --\n# A\n\n[cv](cv.pdf)\n");
    Files.write(
        site.root().resolve("content/notes/cv.pdf"),
        pdf("Jo <jo@example.org>", "Call 912 555 0142"));
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("notes/cv.pdf: error: phone number \"912 *** **42\"")
        .doesNotContain("j***@example.org");
  }

  /**
   * Red team: a published PDF kept its author and XMP metadata, as a photo would keep its EXIF if
   * it were not stripped. Both are removed; the title and the text stay.
   */
  @Test
  void aPublishedPdfLosesItsAuthorAndXmpAndKeepsItsTitleAndText() throws Exception {
    SiteFixture site = site("pdf-ok", "-- content/notes/a.md --\n# A\n\n[cv](cv.pdf)\n");
    byte[] pdf;
    try (PDDocument doc = Loader.loadPDF(pdf("Avery Quinn", "Signals and noise"))) {
      doc.getDocumentInformation().setTitle("Curriculum vitae");
      doc.getDocumentInformation().setCreator("CANARY-PDF-CREATOR");
      org.apache.pdfbox.pdmodel.common.PDMetadata xmp =
          new org.apache.pdfbox.pdmodel.common.PDMetadata(doc);
      xmp.importXMPMetadata(
          "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><dc:creator>CANARY-XMP-CREATOR</dc:creator></x:xmpmeta>"
              .getBytes(StandardCharsets.UTF_8));
      doc.getDocumentCatalog().setMetadata(xmp);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      pdf = out.toByteArray();
    }
    Files.write(site.root().resolve("content/notes/cv.pdf"), pdf);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    byte[] published = Files.readAllBytes(site.output().resolve("notes/cv.pdf"));
    try (PDDocument doc = Loader.loadPDF(published)) {
      assertThat(doc.getDocumentInformation().getAuthor()).isNull();
      assertThat(doc.getDocumentInformation().getCreator()).isNull();
      assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Curriculum vitae");
      assertThat(doc.getDocumentCatalog().getMetadata()).isNull();
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
          .contains("Signals and noise");
    }
    String text = new String(published, StandardCharsets.ISO_8859_1);
    assertThat(text).doesNotContain("Avery Quinn").doesNotContain("CANARY");
    assertThat(r.out()).doesNotContain("cv.pdf (");
  }

  @Test
  void aPdfsRedactedEarlierRevisionIsNotPublishedThoughItHasNoMetadata() throws Exception {
    SiteFixture site = site("pdf-revisions", "-- content/notes/a.md --\n# A\n\n[letter](l.pdf)\n");
    Files.write(
        site.root().resolve("content/notes/l.pdf"),
        org.notebake.privacy.files.PdfMetadataTest.redactedIncrementally());
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String published =
        new String(
            Files.readAllBytes(site.output().resolve("notes/l.pdf")), StandardCharsets.ISO_8859_1);
    assertThat(published).doesNotContain("555-0142").doesNotContain("jo.doe@example.org");
  }

  /** Red team (repro-06): a layer off when the PDF opens went out with its text, unsaid. */
  @Test
  void aPdfsLayerThatIsOffIsLeftOutWithAWarning() throws Exception {
    SiteFixture site = site("pdf-layer", "-- content/notes/a.md --\n# A\n\n[cv](cv.pdf)\n");
    Files.write(
        site.root().resolve("content/notes/cv.pdf"),
        org.notebake.privacy.files.PdfLayersTest.cvWithAHiddenLayer());

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "notes/cv.pdf: warning: its layer \"Notes\", hidden when it opens but there for anyone"
                + " to switch on, is left out of the published copy; switch it on and export the"
                + " PDF again if it is meant to be read");
    try (PDDocument published = Loader.loadPDF(site.output().resolve("notes/cv.pdf").toFile())) {
      assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(published))
          .contains("Portfolio: public text")
          .doesNotContain("salary");
    }
  }

  @Test
  void aPdfThatCannotBeReadIsAWarningAndListedWithItsSize() throws Exception {
    SiteFixture site =
        linked("broken.pdf", "%PDF-1.4 fictional").add("-- content/notes/memo.mp3 --\nID3 x\n");
    site.add("-- content/notes/b.md --\n# B\n\n![[memo.mp3]]\n");
    SiteFixture.Result r = site.bake("--verbose");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "notes/broken.pdf: warning: the privacy scan cannot read this file (it cannot be"
                + " read as a PDF");
    assertThat(r.out())
        .contains(
            "files the privacy scan cannot read, published as they are: notes/broken.pdf (19 B),"
                + " notes/memo.mp3 (7 B)");
  }

  @Test
  void filesEmbeddedInAPdfAreScannedAsTheirType() throws Exception {
    SiteFixture site =
        site("pdf-embedded", "-- content/notes/a.md --\n# A\n\n[report](report.pdf)\n");
    Files.write(
        site.root().resolve("content/notes/report.pdf"),
        pdfWith("data.csv", "name,phone\nJo,912 555 0142\n".getBytes(StandardCharsets.UTF_8)));
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("notes/report.pdf: error: phone number \"912 *** **42\"");

    Files.write(
        site.root().resolve("content/notes/report.pdf"),
        pdfWith("memo.mp3", "ID3 fictional".getBytes(StandardCharsets.UTF_8)));
    // One the scan cannot read is left out of the published copy (PdfAttachmentsTest).
    SiteFixture.Result unread = site.bake("--verbose");
    assertThat(unread.exitCode()).as(unread.toString()).isZero();
    assertThat(unread.err())
        .contains("notes/report.pdf: warning: the file \"memo.mp3\" attached to it is left out");
    assertThat(unread.out()).doesNotContain("report.pdf (");
  }

  private static byte[] pdfWith(String name, byte[] file) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile embedded =
          new org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile(
              doc, new java.io.ByteArrayInputStream(file));
      org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification spec =
          new org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification();
      spec.setFile(name);
      spec.setEmbeddedFile(embedded);
      org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode tree =
          new org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode();
      tree.setNames(java.util.Map.of(name, spec));
      org.apache.pdfbox.pdmodel.PDDocumentNameDictionary names =
          new org.apache.pdfbox.pdmodel.PDDocumentNameDictionary(doc.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      doc.getDocumentCatalog().setNames(names);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void officeDocumentsAreScannedThroughTheirXml() throws Exception {
    SiteFixture site = site("docx", "-- content/notes/a.md --\n# A\n\n[cv](cv.docx)\n");
    Files.write(
        site.root().resolve("content/notes/cv.docx"),
        zip(
            "word/document.xml",
            "<w:document><w:body><w:p><w:r><w:t>Call 912 555</w:t></w:r><w:r><w:t> 0142</w:t>"
                + "</w:r></w:p></w:body></w:document>",
            "docProps/core.xml",
            "<cp:coreProperties><dc:creator>jo&#64;example.org</dc:creator></cp:coreProperties>"));
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    // The author's address in docProps/core.xml is removed before the scan reads what goes out,
    // as a PDF's is: nothing to report there.
    assertThat(r.err())
        .contains("notes/cv.docx: error: phone number \"912 *** **42\"")
        .doesNotContain("email address");
  }

  @Test
  void anOfficeFileIsPublishedWithoutItsAuthorCompanyOrTemplatePath() throws Exception {
    SiteFixture site = site("docx-meta", "-- content/notes/a.md --\n# A\n\n[cv](cv.docx)\n");
    Files.write(
        site.root().resolve("content/notes/cv.docx"),
        zip(
            "word/document.xml",
            "<w:document><w:t>My career.</w:t></w:document>",
            "docProps/core.xml",
            "<cp:coreProperties><dc:title>CV</dc:title><dc:creator>Jo Example</dc:creator>"
                + "</cp:coreProperties>",
            "docProps/app.xml",
            "<Properties><Company>Acme Confidential</Company><Template>C:\\Users\\jexample\\"
                + "Normal.dotm</Template></Properties>",
            "word/comments.xml",
            "<w:comments><w:comment w:id=\"0\"><w:p>ask for more</w:p></w:comment></w:comments>"));
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "notes/cv.docx: warning: it keeps 1 comment, which anyone who opens it can read, even"
                + " if your screen hides them");
    StringBuilder published = new StringBuilder();
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(
            Files.newInputStream(site.output().resolve("notes/cv.docx")))) {
      while (in.getNextEntry() != null) {
        published.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(published.toString())
        .contains("My career.", "<dc:title>CV</dc:title>")
        .doesNotContain("Jo Example", "Acme", "jexample");
  }

  @Test
  void assetsAreScannedWholeNotBetweenTags() throws Exception {
    // Before: the text between "<" and ">" in a script was skipped, as if it were a tag.
    SiteFixture site =
        site(
            "assets-js",
            "-- content/notes/a.md --\n# A\n-- assets/app.js --\n"
                + "if (a < b) { call(\"912 555 0142\"); } if (c > d) {}\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("assets/app.js:1:20: error: phone number \"912 *** **42\"");
  }

  @Test
  void aLibrarysCreditedAuthorsAreNotFindingsButItsOtherAddressesAre() throws Exception {
    // highlight.js ships an "Author: Name <address>" comment in each of its language files.
    String credited =
        "/*! `armasm` grammar compiled for Highlight.js */\nvar g = (function () {\n  /*\n"
            + "  Language: ARM Assembly\n  Author: Jo Example <jo@example.org>\n  */\n"
            + "  return 1;\n})();\n";
    SiteFixture clean =
        site(
            "assets-credits",
            "-- content/notes/a.md --\n# A\n-- assets/js/armasm.js --\n"
                + credited
                + "-- assets/css/theme.css --\n/* Theme: Teal\n   Author: Jo (jo@example.org) */\n"
                + ".a { color: teal }\n");
    SiteFixture.Result ok = clean.bake();
    assertThat(ok.err()).doesNotContain("email address");
    assertThat(ok.exitCode()).isZero();
    assertThat(clean.output().resolve("js/armasm.js")).hasContent(credited);

    SiteFixture leak =
        site(
            "assets-uncredited",
            "-- content/notes/a.md --\n# A\n-- assets/js/armasm.js --\n"
                + credited
                + "send('ben@example.org'); /* phone the author: 912 555 0142 */\n");
    SiteFixture.Result r = leak.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("assets/js/armasm.js:9:7: error: email address \"be***@example.org\"")
        .contains("assets/js/armasm.js:9:47: error: phone number")
        .doesNotContain("j***@example.org");
  }

  @Test
  void anAssetsHtmlFileHasItsAttributesScanned() throws Exception {
    SiteFixture site =
        site(
            "assets-html",
            "-- content/notes/a.md --\n# A\n-- assets/contact.html --\n"
                + "<a href=\"mailto:jo&#64;example.org\">mail me</a>\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("assets/contact.html: error: email address \"j***@example.org\"");
  }

  @Test
  void svgInAssetsIsRebuiltAndScannedToo() throws Exception {
    SiteFixture site =
        site(
            "assets-svg",
            "-- content/notes/a.md --\n# A\n-- assets/favicon.svg --\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><script>alert(2)"
                + "</script><rect width=\"1\" height=\"1\"/></svg>\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("favicon.svg"))
        .isEqualTo(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<rect width=\"1\" height=\"1\"/></svg>");

    site.add(
        "-- assets/favicon.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\"><title>jo@example.org"
            + "</title></svg>\n");
    SiteFixture.Result leak = site.bake();
    assertThat(leak.exitCode()).isEqualTo(1);
    assertThat(leak.err()).contains("assets/favicon.svg:1:48: error: email address");
  }

  /**
   * Real content (a Hugo site's badge in {@code static/}): the warning named {@code
   * assets/images/badge.svg}, a file that does not exist, without a line; the JSON said the same.
   * It names the file in the site, at the line of what was left out.
   */
  @Test
  void anAssetsWarningNamesItsFileInTheSiteAndTheLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("hugo-static"),
            """
            -- hugo.toml --
            baseURL = "https://x.example.org/"
            -- jbake.properties --
            publish.folders=.
            site.title=Jo
            site.author=Jo
            -- content/posts/badge.md --
            +++
            title = "Badge"
            +++

            ![badge](/images/badge.svg)
            -- static/images/badge.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="200" height="40">
            <a href="https://example.org/repo">
            <text x="5" y="20">repo</text>
            </a>
            </svg>
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            site.root().resolve("static/images/badge.svg")
                + ":2: warning: published without href= (a link out of the file)")
        .doesNotContain("assets/images");
  }

  @Test
  void aCompressedSvgInAssetsIsRefused() throws Exception {
    SiteFixture site = site("assets-svgz", "-- content/notes/a.md --\n# A\n");
    Files.createDirectories(site.root().resolve("assets"));
    Files.write(site.root().resolve("assets/logo.svgz"), gzip("<svg onload=\"alert(1)\"/>"));
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "assets/logo.svgz: error: a compressed SVG cannot be checked for script, so it is not"
                + " published; publish it as .svg (servers compress it anyway)");
  }

  private static byte[] gzip(String text) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  @Test
  void anAssetOfAnyNameThatIsTextIsScanned() throws Exception {
    SiteFixture site =
        site(
            "assets-cname",
            "-- content/notes/a.md --\n# A\n-- assets/CONTACT --\nCall 912 555 0142\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("assets/CONTACT:1:6: error: phone number");
  }

  private static byte[] pdf(String author, String text) throws Exception {
    try (PDDocument doc = new PDDocument()) {
      doc.getDocumentInformation().setAuthor(author);
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] zip(String... namesAndTexts) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
        zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
