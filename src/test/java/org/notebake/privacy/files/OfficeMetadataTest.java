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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      boolean first = true;
      for (Map.Entry<String, String> part : parts.entrySet()) {
        byte[] bytes = part.getValue().getBytes(StandardCharsets.UTF_8);
        ZipEntry entry = new ZipEntry(part.getKey());
        if (first && storedFirst) {
          CRC32 crc = new CRC32();
          crc.update(bytes);
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(bytes.length);
          entry.setCompressedSize(bytes.length);
          entry.setCrc(crc.getValue());
        }
        first = false;
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
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
  void aFileWithoutMetadataAndAnEpubAreLeftAsTheyAre() throws Exception {
    byte[] bare = zip(Map.of("word/document.xml", BODY), false);
    assertThat(OfficeMetadata.stripped("docx", bare)).isSameAs(bare);
    assertThat(OfficeMetadata.handles("epub")).isFalse();
    assertThat(OfficeMetadata.handles("pdf")).isFalse();
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
}
