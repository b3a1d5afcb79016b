package org.notebake.privacy.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A text file is read in the Unicode encoding it is written in, or said to be unreadable. */
class FileTextTest {
  private static final String CONTACTS =
      "name,phone,mail\nJo Doe,912 555 0142,jo.doe@example.org\n";

  private static byte[] withMark(String charset, String text) {
    Charset encoding = Charset.forName(charset);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("\uFEFF".getBytes(encoding));
    out.writeBytes(text.getBytes(encoding));
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0} without a byte order mark")
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void unicodeTextWithoutAByteOrderMarkIsRead(String charset) throws Exception {
    byte[] csv = CONTACTS.getBytes(Charset.forName(charset));
    assertThat(FileText.of("contacts.csv", csv)).contains(CONTACTS);
    assertThat(FileText.decode(csv)).isEqualTo(CONTACTS);
  }

  @ParameterizedTest(name = "{0} with its byte order mark")
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void unicodeTextWithItsByteOrderMarkIsRead(String charset) throws Exception {
    assertThat(FileText.of("notes.txt", withMark(charset, CONTACTS))).contains(CONTACTS);
  }

  /**
   * Mostly CJK or Cyrillic, UTF-16 has few NUL bytes (and Cyrillic's bytes are valid UTF-8): the
   * digits' still tell it.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "電話番号は次のとおりです。よろしくお願いします。 912 555 0142",
        "Позвоните, пожалуйста, по этому номеру в любое время дня и ночи: 912 555 0142"
      })
  void utf16WithFewAsciiCharsIsReadToo(String text) throws Exception {
    assertThat(FileText.of("memo.txt", text.getBytes(StandardCharsets.UTF_16LE))).contains(text);
  }

  /** A text that starts as a TIFF does ({@code II*\0}) is text all the same. */
  @Test
  void aShortUtf8TextWithANulIsReadAsUtf8() throws Exception {
    assertThat(FileText.of("notes.txt", "II*\u0000 912".getBytes(StandardCharsets.UTF_8)))
        .contains("II*\u0000 912");
  }

  @Test
  void utf8PaddedWithNulsIsReadAsUtf8() throws Exception {
    String text = "Call Jo Doe at 912 555 0142.\n\0\0\0\0\0\0\0\0";
    assertThat(FileText.of("notes.txt", text.getBytes(StandardCharsets.UTF_8))).contains(text);
  }

  @Test
  void utf8WithAStrayNulIsStillReadAsUtf8() throws Exception {
    String text = "Call Jo Doe at 912 555 0142, or write to jo.doe@example.org.\0\n";
    assertThat(FileText.of("notes.txt", text.getBytes(StandardCharsets.UTF_8))).contains(text);
  }

  @Test
  void textWithNulBytesInNoUnicodeEncodingIsUnreadable() {
    byte[] bytes = {'9', '1', '2', 0, 0, (byte) 0xC3, '5', '5', '5', 0, 0, 0, 0};
    assertThatThrownBy(() -> FileText.of("contacts.csv", bytes))
        .isInstanceOf(FileText.Unreadable.class)
        .hasMessageContaining("save it as UTF-8");
  }

  /**
   * Red team (repro-10): a hyperlink to a calling app in an Office document ({@code .rels}) or a
   * PDF is read, and read decoded when it is percent-encoded, as the phone dials it.
   */
  @Test
  void aMessagingLinkInADocumentIsReadDecoded() throws Exception {
    String rels =
        "<Relationships><Relationship Id=\"rId4\" Target=\"facetime-audio:%2B19125550142\""
            + " TargetMode=\"External\"/><Relationship Target=\"viber://chat?number=%252B1912"
            + "5550143\"/><Relationship Target=\"skype:9125550144?call\"/></Relationships>";
    assertThat(FileText.xmlText(rels))
        .contains("facetime-audio:+19125550142")
        .contains("viber://chat?number=+19125550143")
        .contains("skype:9125550144?call");

    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      var link = new org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink();
      var action = new org.apache.pdfbox.pdmodel.interactive.action.PDActionURI();
      action.setURI("sms:%2B1%20912%20555%200145");
      link.setAction(action);
      link.setRectangle(new org.apache.pdfbox.pdmodel.common.PDRectangle(10, 10, 100, 20));
      page.getAnnotations().add(link);
      doc.save(pdf);
    }
    assertThat(FileText.of("cv.pdf", pdf.toByteArray()).orElseThrow())
        .contains("sms:+1 912 555 0145");
  }

  @Test
  void aLinkThatDoesNotDecodeIsReadAsWritten() {
    assertThat(FileText.linkTarget("https://example.org/?q=50%"))
        .isEqualTo("https://example.org/?q=50%");
    assertThat(FileText.linkTarget("tel:9125550142")).isEqualTo("tel:9125550142");
  }
}
