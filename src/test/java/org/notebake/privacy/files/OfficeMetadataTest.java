package org.notebake.privacy.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Office and OpenDocument files lose their author, company and template path, and nothing else. */
class OfficeMetadataTest {
  private static final String CORE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
          + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
          + "<dc:title>Curriculum &amp; vitae</dc:title><dc:creator>Jo Example</dc:creator>"
          + "<cp:lastModifiedBy>jexample-acme-laptop</cp:lastModifiedBy>"
          + "<dcterms:created>2025-07-01T09:00:00Z</dcterms:created></cp:coreProperties>";
  private static final String APP =
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
          + "<Template>C:\\Users\\jexample\\AppData\\Roaming\\Microsoft\\Templates\\Acme.dotm"
          + "</Template><Company>Acme Confidential Projects</Company><Manager>R. Boss</Manager>"
          + "</Properties>";
  private static final String CUSTOM =
      "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\">"
          + "<property name=\"Client\"><vt:lpwstr>Secret client</vt:lpwstr></property></Properties>";
  private static final String BODY = "<w:document><w:t>My career so far.</w:t></w:document>";

  private static byte[] zip(Map<String, String> parts, boolean storedFirst) throws Exception {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    parts.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return binaryZip(bytes, storedFirst ? 1 : 0);
  }

  /** A package whose first {@code stored} parts are stored uncompressed, the rest deflated. */
  private static byte[] binaryZip(Map<String, byte[]> parts, int stored) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      int index = 0;
      for (Map.Entry<String, byte[]> part : parts.entrySet()) {
        byte[] bytes = part.getValue();
        ZipEntry entry = new ZipEntry(part.getKey());
        if (index++ < stored) {
          CRC32 crc = new CRC32();
          crc.update(bytes);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(bytes.length);
          entry.setCompressedSize(bytes.length);
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static Map<String, byte[]> binaryParts(byte[] zip) throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        parts.put(entry.getName(), in.readAllBytes());
      }
    }
    return parts;
  }

  private record Part(String name, int method, String text) {}

  private static List<Part> parts(byte[] zip) throws Exception {
    List<Part> parts = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      ZipEntry entry;
      while ((entry = in.getNextEntry()) != null) {
        parts.add(
            new Part(
                entry.getName(),
                entry.getMethod(),
                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    return parts;
  }

  @Test
  void aWordFileLosesItsAuthorCompanyTemplateAndCustomPropertiesAndKeepsItsTitle()
      throws Exception {
    Map<String, String> docx = new LinkedHashMap<>();
    docx.put("[Content_Types].xml", "<Types/>");
    docx.put("docProps/core.xml", CORE);
    docx.put("docProps/app.xml", APP);
    docx.put("docProps/custom.xml", CUSTOM);
    docx.put("word/document.xml", BODY);
    byte[] original = zip(docx, false);

    byte[] stripped = OfficeMetadata.stripped("docx", original);

    List<Part> parts = parts(stripped);
    assertThat(parts).extracting(Part::name).containsExactlyElementsOf(docx.keySet());
    String all = new String(stripped, StandardCharsets.ISO_8859_1);
    for (Part part : parts) {
      assertThat(part.text())
          .doesNotContain(
              "Jo Example", "jexample", "Acme", "R. Boss", "Secret client", "2025-07-01");
    }
    assertThat(parts.get(1).text()).contains("<dc:title>Curriculum &amp; vitae</dc:title>");
    assertThat(parts.get(4).text()).isEqualTo(BODY);
    assertThat(all).doesNotContain("Jo Example");
    assertThat(FileText.of("cv.docx", stripped).orElseThrow())
        .contains("My career so far.")
        .contains("Curriculum & vitae");
  }

  /**
   * Each rewritten part had the time of the bake, so the same CV was a new file on every bake (and
   * an upload); LibreOffice's own times say when it was saved. Both become Word's 1980-01-01.
   */
  @Test
  void aRewrittenPackageIsTheSameBytesWhenEverItIsBaked() throws Exception {
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(saved)) {
      for (String name : List.of("meta.xml", "content.xml")) {
        ZipEntry entry = new ZipEntry(name);
        entry.setTimeLocal(java.time.LocalDateTime.of(2025, 7, 1, 23, 41, 58));
        zip.putNextEntry(entry);
        zip.write(
            ("<x><dc:creator>Jo Example</dc:creator>" + name + "</x>")
                .getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }

    byte[] stripped = OfficeMetadata.stripped("odt", saved.toByteArray());

    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(stripped))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo("1980-01-01T00:00");
      }
    }
  }

  @Test
  void anOpenDocumentKeepsItsStoredMimetypeFirst() throws Exception {
    Map<String, String> odt = new LinkedHashMap<>();
    odt.put("mimetype", "application/vnd.oasis.opendocument.text");
    odt.put(
        "meta.xml",
        "<office:document-meta><office:meta><meta:initial-creator>Jo Example</meta:initial-creator>"
            + "<dc:creator>Jo Example</dc:creator><dc:title>Essay</dc:title>"
            + "<meta:user-defined meta:name=\"Client\">Secret client</meta:user-defined>"
            + "</office:meta></office:document-meta>");
    odt.put("content.xml", "<office:text>An essay.</office:text>");

    byte[] stripped = OfficeMetadata.stripped("odt", zip(odt, true));

    List<Part> parts = parts(stripped);
    assertThat(parts.get(0)).isEqualTo(new Part("mimetype", ZipEntry.STORED, odt.get("mimetype")));
    assertThat(new String(stripped, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
    assertThat(parts.get(1).text()).contains("<dc:title>Essay</dc:title>").doesNotContain("Jo");
    assertThat(parts.get(1).text()).doesNotContain("Secret client");
    assertThat(parts.get(2).text()).isEqualTo("<office:text>An essay.</office:text>");
  }

  @Test
  void aFileWithoutMetadataAndAnEpubsOwnMetadataAreLeftAsTheyAre() throws Exception {
    byte[] bare = zip(Map.of("word/document.xml", BODY), false);
    assertThat(OfficeMetadata.stripped("docx", bare)).isSameAs(bare);
    Map<String, String> epub = new LinkedHashMap<>();
    epub.put("mimetype", "application/epub+zip");
    epub.put(
        "OEBPS/content.opf",
        "<package><metadata><dc:creator>Jo Example</dc:creator></metadata></package>");
    byte[] book = zip(epub, true);
    assertThat(OfficeMetadata.stripped("epub", book))
        .as("the book's author is its own")
        .isSameAs(book);
    assertThat(OfficeMetadata.handles("pdf")).isFalse();
  }

  /**
   * A phone portrait placed in a CV, a photo in a slide or a photo book: its EXIF (GPS, camera,
   * owner), XMP and IPTC go, its compressed pixels stay, and so does how it is turned, which Word
   * and LibreOffice read.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}, orientation {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "docx, word/media/image1.jpeg, 1",
    "docx, word/media/image1.jpeg, 6",
    "pptx, ppt/media/image3.jpg, 8",
    "odt, Pictures/10000001.jpg, 6",
    "epub, OEBPS/images/cover.jpg, 1"
  })
  void aPhotoPlacedInTheDocumentLosesItsMetadataAndKeepsHowItIsTurned(
      String type, String photoPart, int orientation) throws Exception {
    byte[] photo = org.notebake.gallery.PhotoFixtures.jpegWithEverything(orientation);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("mimetype", "application/octet-stream".getBytes(StandardCharsets.US_ASCII));
    parts.put(photoPart, photo); // stored, as EPUB writers store images
    parts.put("content.xml", BODY.getBytes(StandardCharsets.UTF_8));
    parts.put("docProps/thumbnail.jpeg", photo);

    byte[] stripped = OfficeMetadata.stripped(type, binaryZip(parts, 2));

    Map<String, byte[]> out = binaryParts(stripped);
    assertThat(out.keySet()).containsExactlyElementsOf(parts.keySet());
    for (String name : List.of(photoPart, "docProps/thumbnail.jpeg")) {
      byte[] published = out.get(name);
      com.drew.metadata.Metadata metadata =
          com.drew.imaging.ImageMetadataReader.readMetadata(
              new ByteArrayInputStream(published), published.length);
      assertThat(metadata.getFirstDirectoryOfType(com.drew.metadata.exif.GpsDirectory.class))
          .isNull();
      assertThat(metadata.getFirstDirectoryOfType(com.drew.metadata.xmp.XmpDirectory.class))
          .isNull();
      assertThat(metadata.getFirstDirectoryOfType(com.drew.metadata.iptc.IptcDirectory.class))
          .isNull();
      com.drew.metadata.exif.ExifIFD0Directory ifd0 =
          metadata.getFirstDirectoryOfType(com.drew.metadata.exif.ExifIFD0Directory.class);
      if (orientation == 1) {
        assertThat(ifd0).as("no EXIF at all for an upright photo").isNull();
      } else {
        assertThat(ifd0.getTags()).hasSize(1);
        assertThat(ifd0.getInt(com.drew.metadata.exif.ExifDirectoryBase.TAG_ORIENTATION))
            .isEqualTo(orientation);
      }
      String latin1 = new String(published, StandardCharsets.ISO_8859_1);
      assertThat(latin1)
          .doesNotContain(org.notebake.gallery.PhotoFixtures.CANARY)
          .doesNotContain("FICTIONCAM");
      assertThat(pixels(published)).isEqualTo(pixels(photo));
    }
    assertThat(out.get("content.xml")).isEqualTo(parts.get("content.xml"));
    assertThat(FileText.of("doc." + type, stripped)).isPresent(); // no photo with a position left
  }

  /**
   * A PNG placed in a slide loses its text chunks, XMP and eXIf (GPS among them); one whose eXIf
   * turns it stays as it is, and then its position has the file refused.
   */
  @Test
  void aPngPlacedInTheDocumentLosesItsMetadataUnlessItIsTurned() throws Exception {
    byte[] upright = org.notebake.gallery.PhotoFixtures.pngWithEverything(1);
    byte[] turned = org.notebake.gallery.PhotoFixtures.pngWithEverything(6);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("ppt/slides/slide1.xml", BODY.getBytes(StandardCharsets.UTF_8));
    parts.put("ppt/media/image1.png", upright);

    byte[] stripped = OfficeMetadata.stripped("pptx", binaryZip(parts, 0));

    byte[] published = binaryParts(stripped).get("ppt/media/image1.png");
    String latin1 = new String(published, StandardCharsets.ISO_8859_1);
    assertThat(latin1)
        .doesNotContain(org.notebake.gallery.PhotoFixtures.CANARY)
        .doesNotContain("xmp")
        .doesNotContain("eXIf")
        .doesNotContain("FICTIONCAM");
    assertThat(pixels(published)).isEqualTo(pixels(upright));
    assertThat(FileText.of("talk.pptx", stripped)).isPresent();

    parts.put("ppt/media/image1.png", turned);
    List<String> told = new ArrayList<>();
    byte[] kept =
        OfficeMetadata.stripped(
            "pptx", binaryZip(parts, 0), (part, problem) -> told.add(part + ": " + problem));
    assertThat(told)
        .containsExactly(
            "ppt/media/image1.png: its EXIF turns it, which the document's reader may follow;"
                + " rotate the image itself, save it without EXIF and put it in again");
    assertThat(binaryParts(kept).get("ppt/media/image1.png")).isEqualTo(turned);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileText.of("talk.pptx", kept))
        .isInstanceOf(FileText.Refused.class);
  }

  private static int[] pixels(byte[] jpeg) throws Exception {
    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new ByteArrayInputStream(jpeg));
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  /** A JPEG the stripper cannot read through is left as it is, for the scan to refuse. */
  @Test
  void aPhotoThatCannotBeStrippedIsLeftForTheScanToRefuse() throws Exception {
    byte[] photo = org.notebake.gallery.PhotoFixtures.jpegWithEverything(1);
    byte[] cut = org.notebake.gallery.PhotoFixtures.cutInsideItsFirstScan(photo);
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("word/document.xml", BODY.getBytes(StandardCharsets.UTF_8));
    parts.put("word/media/image1.jpeg", cut);

    List<String> kept = new ArrayList<>();

    byte[] stripped =
        OfficeMetadata.stripped(
            "docx", binaryZip(parts, 0), (part, problem) -> kept.add(part + ": " + problem));

    assertThat(kept)
        .containsExactly(
            "word/media/image1.jpeg: JPEG is truncated or corrupt: it ends inside the image data;"
                + " export it again from your photo app");
    assertThat(binaryParts(stripped).get("word/media/image1.jpeg")).isEqualTo(cut);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileText.of("cv.docx", stripped))
        .isInstanceOf(FileText.Refused.class)
        .hasMessageContaining("word/media/image1.jpeg");
  }

  /** Noise and cut files are unreadable, never another exception; a readable one reads back. */
  @Test
  void damagedPackagesAreUnreadableNeverAnotherException() throws Exception {
    Map<String, String> docx = new LinkedHashMap<>();
    docx.put("docProps/core.xml", CORE);
    docx.put("word/document.xml", BODY);
    byte[] whole = zip(docx, false);
    Random random = new Random(43);
    int unreadable = 0;
    for (int round = 0; round < 3000; round++) {
      byte[] damaged = whole.clone();
      if (round % 3 == 0) {
        damaged = java.util.Arrays.copyOf(whole, random.nextInt(whole.length));
      } else {
        for (int i = 0; i < 1 + random.nextInt(8); i++) {
          damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
        }
      }
      try {
        byte[] out = OfficeMetadata.stripped("docx", damaged);
        parts(out); // whatever came out reads as a ZIP
      } catch (FileText.Unreadable e) {
        unreadable++;
      }
    }
    assertThat(unreadable).isPositive();
    byte[] noZip = "not a zip".getBytes(StandardCharsets.UTF_8);
    assertThat(OfficeMetadata.stripped("docx", noZip))
        .as("left for the scan to say")
        .isSameAs(noZip);
  }

  /**
   * Photos stored uncompressed (as EPUB writers store them) take the damage straight into the
   * stripper: whatever comes out is a readable package or the file is unreadable, never another
   * exception, and no damaged photo leaves its GPS position unreported.
   */
  @Test
  void damagedPhotosInsideAPackageNeverThrowAnythingElse() throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    parts.put("OEBPS/photo.jpg", org.notebake.gallery.PhotoFixtures.jpegWithEverything(6));
    parts.put("OEBPS/figure.png", org.notebake.gallery.PhotoFixtures.pngWithEverything(1));
    parts.put("OEBPS/chapter.xhtml", BODY.getBytes(StandardCharsets.UTF_8));
    byte[] whole = binaryZip(parts, 2);
    Random random = new Random(44);
    int stripped = 0;
    for (int round = 0; round < 2000; round++) {
      byte[] damaged = whole.clone();
      for (int i = 0; i < 1 + random.nextInt(6); i++) {
        damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
      }
      try {
        byte[] out = OfficeMetadata.stripped("epub", damaged, (part, problem) -> {});
        parts(out);
        stripped++;
        try {
          FileText.of("book.epub", out); // read, or refused for a position left in a photo
        } catch (FileText.Refused e) {
          assertThat(e.getMessage()).contains("carries a GPS position");
        }
      } catch (FileText.Unreadable e) {
        // damaged beyond reading: the scan says so too
      }
    }
    assertThat(stripped).isPositive();
  }

  /**
   * A part whose name is not UTF-8: Java's ZIP reader throws IllegalArgumentException, which the
   * scan let through (a bake error naming the exception) while the stripping called it unreadable.
   */
  @Test
  void aPartNameThatIsNotUtf8IsUnreadableToTheScanAndTheStrippingAlike() throws Exception {
    byte[] zip = zip(Map.of("word/docXment.xml", BODY), false);
    byte[] bad = zip.clone();
    for (int i = 0; i + 8 <= bad.length; i++) {
      if (new String(bad, i, 8, StandardCharsets.ISO_8859_1).equals("docXment")) {
        bad[i + 3] = (byte) 0xFF;
      }
    }

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileText.of("cv.docx", bad))
        .isInstanceOf(FileText.Unreadable.class)
        .hasMessageStartingWith("it is not a readable ZIP package");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> OfficeMetadata.stripped("docx", bad))
        .isInstanceOf(FileText.Unreadable.class);
  }

  /** Word keeps deleted text until a change is accepted; comments are in the file too. */
  @Test
  void commentsAndDeletedPassagesAreCountedForAWarning() throws Exception {
    Map<String, String> docx = new LinkedHashMap<>();
    docx.put(
        "word/document.xml",
        "<w:document><w:p><w:del w:id=\"1\" w:author=\"Jo\"><w:r><w:delText>asked for 180k"
            + "</w:delText></w:r></w:del><w:del w:id=\"2\"><w:r><w:delText>x</w:delText></w:r>"
            + "</w:del></w:p></w:document>");
    docx.put(
        "word/comments.xml",
        "<w:comments><w:comment w:id=\"0\" w:author=\"R\"><w:p>tone down</w:p></w:comment>"
            + "</w:comments>");
    assertThat(OfficeMetadata.leftForReaders("docx", zip(docx, false)))
        .contains("1 comment and 2 deleted passages of its tracked changes");

    Map<String, String> odt = new LinkedHashMap<>();
    odt.put("mimetype", "application/vnd.oasis.opendocument.text");
    odt.put(
        "content.xml",
        "<office:text><office:annotation><dc:creator>R</dc:creator></office:annotation>"
            + "<text:tracked-changes><text:changed-region><text:deletion>x</text:deletion>"
            + "</text:changed-region></text:tracked-changes></office:text>");
    assertThat(OfficeMetadata.leftForReaders("odt", zip(odt, true)))
        .contains("1 comment and 1 deleted passage of its tracked changes");

    assertThat(OfficeMetadata.leftForReaders("docx", zip(Map.of("word/document.xml", BODY), false)))
        .isEmpty();
    assertThat(OfficeMetadata.leftForReaders("pdf", new byte[0])).isEmpty();
  }

  /** The workbook behind a chart, as Word and PowerPoint keep it: a package of its own. */
  private static byte[] workbook() throws Exception {
    Map<String, String> xlsx = new LinkedHashMap<>();
    xlsx.put("[Content_Types].xml", "<Types/>");
    xlsx.put(
        "docProps/core.xml",
        CORE.replace("<dc:creator>Jo Example</dc:creator>", "<dc:creator>Jo Doe</dc:creator>"));
    xlsx.put(
        "xl/sharedStrings.xml",
        "<sst><si><t>912 555 0142</t></si><si><t>jo.doe@example.org</t></si></sst>");
    return zip(xlsx, false);
  }

  private static byte[] withEmbedded(String name, byte[] embedded) throws Exception {
    Map<String, byte[]> docx = new LinkedHashMap<>();
    docx.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
    docx.put("word/document.xml", BODY.getBytes(StandardCharsets.UTF_8));
    docx.put(name, embedded);
    return binaryZip(docx, 0);
  }

  @Test
  void aWorkbookInsideADocumentLosesItsAuthorToo() throws Exception {
    byte[] report = withEmbedded("word/embeddings/Microsoft_Excel_Worksheet.xlsx", workbook());

    byte[] stripped = OfficeMetadata.stripped("docx", report);

    byte[] sheet = binaryParts(stripped).get("word/embeddings/Microsoft_Excel_Worksheet.xlsx");
    Map<String, byte[]> sheetParts = binaryParts(sheet);
    assertThat(new String(sheetParts.get("docProps/core.xml"), StandardCharsets.UTF_8))
        .doesNotContain("Jo Doe")
        .contains("<dc:title>Curriculum &amp; vitae</dc:title>");
    assertThat(new String(sheetParts.get("xl/sharedStrings.xml"), StandardCharsets.UTF_8))
        .contains("912 555 0142");
  }

  @Test
  void theScanReadsAWorkbookInsideADocument() throws Exception {
    byte[] report = withEmbedded("word/embeddings/Microsoft_Excel_Worksheet.xlsx", workbook());

    assertThat(FileText.of("report.docx", report).orElseThrow())
        .contains("912 555 0142", "jo.doe@example.org", "Jo Doe", "My career so far.");
  }

  /** Office writes a chart's workbook in a deck, 2 deep; 4 is built to exhaust the reader. */
  @Test
  void documentsPackedDeeperThanOfficeWritesAreRefused() throws Exception {
    byte[] nested = workbook();
    for (int depth = 0; depth < 2; depth++) {
      nested = withEmbedded("word/embeddings/inner.docx", nested);
    }
    assertThat(FileText.of("report.docx", nested).orElseThrow()).contains("912 555 0142");

    byte[] tooDeep = withEmbedded("word/embeddings/inner.docx", nested);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileText.of("report.docx", tooDeep))
        .isInstanceOf(FileText.Refused.class)
        .hasMessageContaining("word/embeddings/inner.docx/word/embeddings/inner.docx/")
        .hasMessageContaining("so it is not published; open the document that holds it");
  }

  @Test
  void anEmbeddedObjectInTheOldOfficeFormatMakesTheDocumentUnreadable() throws Exception {
    byte[] ole = new byte[512];
    byte[] magic = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    System.arraycopy(magic, 0, ole, 0, magic.length);
    byte[] report = withEmbedded("word/embeddings/oleObject1.bin", ole);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> FileText.of("report.docx", report))
        .isInstanceOf(FileText.Unreadable.class)
        .hasMessageContaining("word/embeddings/oleObject1.bin");
  }

  /** PowerPoint keeps a skipped slide and the speaker's notes; Word keeps text set as hidden. */
  @Test
  void speakerNotesHiddenSlidesSheetsAndTextAreCountedForAWarning() throws Exception {
    Map<String, String> pptx = new LinkedHashMap<>();
    pptx.put("ppt/slides/slide1.xml", "<p:sld><a:t>Visible</a:t></p:sld>");
    pptx.put("ppt/slides/slide2.xml", "<p:sld xmlns:p=\"x\" show=\"0\"><a:t>Layoffs</a:t></p:sld>");
    pptx.put(
        "ppt/notesSlides/notesSlide1.xml",
        "<p:notes><p:sp><a:fld type=\"slidenum\"><a:t>1</a:t></a:fld></p:sp><p:sp><a:t>Do not"
            + " mention the layoffs</a:t></p:sp></p:notes>");
    pptx.put(
        "ppt/notesSlides/notesSlide2.xml",
        "<p:notes><p:sp><a:fld type=\"slidenum\"><a:t>2</a:t></a:fld></p:sp></p:notes>");
    assertThat(OfficeMetadata.leftForReaders("pptx", zip(pptx, false)))
        .contains("speaker notes on 1 slide and 1 hidden slide");

    Map<String, String> docx = new LinkedHashMap<>();
    docx.put(
        "word/document.xml",
        "<w:document><w:p><w:r><w:t>Visible.</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr>"
            + "<w:t>Call Jo Doe</w:t></w:r><w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>shown"
            + "</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t> </w:t></w:r></w:p></w:document>");
    assertThat(OfficeMetadata.leftForReaders("docx", zip(docx, false)))
        .contains("1 passage of hidden text");

    Map<String, String> xlsx = new LinkedHashMap<>();
    xlsx.put(
        "xl/workbook.xml",
        "<workbook><sheets><sheet name=\"A\" sheetId=\"1\"/><sheet name=\"Pay\" sheetId=\"2\""
            + " state=\"hidden\"/></sheets></workbook>");
    assertThat(OfficeMetadata.leftForReaders("xlsx", zip(xlsx, false))).contains("1 hidden sheet");

    Map<String, String> odp = new LinkedHashMap<>();
    odp.put("mimetype", "application/vnd.oasis.opendocument.presentation");
    odp.put(
        "content.xml",
        "<office:presentation><draw:page presentation:visibility=\"hidden\"><presentation:notes>"
            + "<draw:page-thumbnail/><draw:frame><draw:text-box><text:p>Layoffs</text:p>"
            + "</draw:text-box></draw:frame></presentation:notes></draw:page><draw:page>"
            + "<presentation:notes><draw:page-thumbnail/></presentation:notes></draw:page>"
            + "</office:presentation>");
    assertThat(OfficeMetadata.leftForReaders("odp", zip(odp, true)))
        .contains("speaker notes on 1 slide and 1 hidden slide");
  }
}
