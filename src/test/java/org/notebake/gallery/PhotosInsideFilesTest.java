package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notebake.privacy.files.FileText;

/**
 * A photo that records where it was taken, published inside or as another kind of file: only a
 * photo's name sends it through the stripper, so each of these would have gone out with its GPS
 * position.
 */
class PhotosInsideFilesTest {
  private static final byte[] WITH_POSITION = JpegSegments.jpegWithEverything(1);
  private static final byte[] WITHOUT =
      JpegSegments.encode(JpegSegments.markedImage(BufferedImage.TYPE_INT_RGB), "jpeg");

  /** A one-page CV: some text and the photo, drawn on the page or inside a form of forms. */
  static byte[] pdf(byte[] photo, int formDepth, boolean formRefersToItself) throws Exception {
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage cover = new PDPage(PDRectangle.A4);
      doc.addPage(cover);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject image = JPEGFactory.createFromByteArray(doc, photo);
      // The image's own XMP, as an editor writes it beside the JPEG's.
      image.setMetadata(
          new org.apache.pdfbox.pdmodel.common.PDMetadata(
              doc,
              new java.io.ByteArrayInputStream(
                  JpegSegments.xmpPacket().getBytes(StandardCharsets.UTF_8))));
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(40, 700);
        content.showText("Curriculum vitae");
        content.endText();
        if (formDepth == 0) {
          content.drawImage(image, 40, 500);
        } else {
          PDFormXObject form = form(doc, image, formDepth, formRefersToItself);
          content.drawForm(form);
        }
      }
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static PDFormXObject form(
      PDDocument doc, PDImageXObject image, int depth, boolean refersToItself) {
    PDFormXObject form = new PDFormXObject(doc);
    form.setBBox(PDRectangle.A4);
    PDResources resources = new PDResources();
    form.setResources(resources);
    if (refersToItself) {
      resources.put(COSName.getPDFName("Self"), form);
    }
    if (depth == 1) {
      resources.put(COSName.getPDFName("Photo"), image);
    } else {
      resources.put(COSName.getPDFName("Inner"), form(doc, image, depth - 1, refersToItself));
    }
    return form;
  }

  /** The JPEGs the PDF keeps, as stored. */
  static java.util.List<byte[]> storedJpegs(byte[] pdf) throws Exception {
    java.util.List<byte[]> jpegs = new java.util.ArrayList<>();
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      for (org.apache.pdfbox.cos.COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
        if (doc.getDocument().getObjectFromPool(key).getObject()
                instanceof org.apache.pdfbox.cos.COSStream stream
            && COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
          try (java.io.InputStream in =
              new org.apache.pdfbox.pdmodel.common.PDStream(stream)
                  .createInputStream(java.util.List.of(COSName.DCT_DECODE.getName()))) {
            jpegs.add(in.readAllBytes());
          }
        }
      }
    }
    return jpegs;
  }

  @ParameterizedTest(name = "photo in forms {0} deep")
  @ValueSource(ints = {0, 1, 3})
  void aPdfsPhotoIsPublishedWithoutItsMetadataAndWithTheSamePixels(int depth) throws Exception {
    byte[] pdf = pdf(WITH_POSITION, depth, depth > 0);
    assertThat(storedJpegs(pdf)).singleElement().isEqualTo(WITH_POSITION);

    org.notebake.privacy.files.PdfMetadata.Stripped stripped =
        org.notebake.privacy.files.PdfMetadata.stripped(pdf);

    assertThat(stripped.removed()).contains("photo metadata");
    byte[] published = storedJpegs(stripped.bytes()).get(0);
    MetadataAssertions.assertNoPrivateMetadata(published);
    assertThat(MetadataAssertions.contains(stripped.bytes(), JpegSegments.CANARY)).isFalse();
    java.awt.image.BufferedImage before = MetadataAssertions.decode(WITH_POSITION);
    java.awt.image.BufferedImage after = MetadataAssertions.decode(published);
    assertThat(after.getWidth()).isEqualTo(before.getWidth());
    for (int x = 0; x < before.getWidth(); x++) {
      for (int y = 0; y < before.getHeight(); y++) {
        assertThat(after.getRGB(x, y)).isEqualTo(before.getRGB(x, y));
      }
    }
    assertThat(FileText.of("cv.pdf", stripped.bytes()).orElseThrow()).contains("Curriculum vitae");
  }

  /** A secured CV (opens without a password, printing restricted) is decrypted to strip it. */
  @Test
  void aSecuredPdfsPhotoIsPublishedWithoutItsMetadata() throws Exception {
    byte[] secured;
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(WITH_POSITION, 1, false));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      org.apache.pdfbox.pdmodel.encryption.AccessPermission restricted =
          new org.apache.pdfbox.pdmodel.encryption.AccessPermission();
      restricted.setCanPrint(false);
      doc.protect(
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy(
              "owner-secret", "", restricted));
      doc.save(out);
      secured = out.toByteArray();
    }
    assertThat(storedJpegs(secured)).singleElement().isEqualTo(WITH_POSITION);

    org.notebake.privacy.files.PdfMetadata.Stripped stripped =
        org.notebake.privacy.files.PdfMetadata.stripped(secured);

    assertThat(stripped.removed()).contains("photo metadata");
    MetadataAssertions.assertNoPrivateMetadata(storedJpegs(stripped.bytes()).get(0));
    try (PDDocument after = org.apache.pdfbox.Loader.loadPDF(stripped.bytes())) {
      assertThat(after.isEncrypted()).isTrue();
      assertThat(after.getCurrentAccessPermission().canPrint()).isFalse();
    }
    assertThat(FileText.of("cv.pdf", stripped.bytes()).orElseThrow()).contains("Curriculum vitae");
  }

  /** A PDF without an /ID (as many generators write them) was given one made from the clock. */
  @Test
  void theSamePdfIsPublishedAsTheSameBytesOnEveryBake() throws Exception {
    String saved = new String(pdf(WITH_POSITION, 0, false), StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher id = java.util.regex.Pattern.compile("/ID ?\\[[^\\]]*]").matcher(saved);
    assertThat(id.find()).isTrue();
    byte[] withoutId =
        (saved.substring(0, id.start())
                + " ".repeat(id.end() - id.start())
                + saved.substring(id.end()))
            .getBytes(StandardCharsets.ISO_8859_1);

    byte[] first = org.notebake.privacy.files.PdfMetadata.stripped(withoutId).bytes();
    Thread.sleep(5);
    byte[] second = org.notebake.privacy.files.PdfMetadata.stripped(withoutId).bytes();

    assertThat(second).isEqualTo(first);
  }

  /** A JPEG behind another filter is not rewritten here; the scan still refuses it. */
  @Test
  void aPhotoTheStripperCannotReachStillHasThePdfRefused() throws Exception {
    byte[] pdf;
    try (PDDocument doc = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDImageXObject image = JPEGFactory.createFromByteArray(doc, WITH_POSITION);
      org.apache.pdfbox.cos.COSStream stream = image.getCOSObject();
      java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream();
      try (java.util.zip.DeflaterOutputStream z =
          new java.util.zip.DeflaterOutputStream(deflated)) {
        z.write(WITH_POSITION);
      }
      try (java.io.OutputStream raw = stream.createRawOutputStream()) {
        raw.write(deflated.toByteArray());
      }
      org.apache.pdfbox.cos.COSArray filters = new org.apache.pdfbox.cos.COSArray();
      filters.add(COSName.FLATE_DECODE);
      filters.add(COSName.DCT_DECODE);
      stream.setItem(COSName.FILTER, filters);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.drawImage(image, 40, 500);
      }
      doc.save(out);
      pdf = out.toByteArray();
    }

    byte[] published = org.notebake.privacy.files.PdfMetadata.stripped(pdf).bytes();

    assertThatThrownBy(() -> FileText.of("cv.pdf", published))
        .isInstanceOf(FileText.Refused.class)
        .hasMessageStartingWith("the photo on page 1 records where it was taken");
  }

  @Test
  void aPdfWithAPhotoThatRecordsWhereItWasTakenIsRefused() throws Exception {
    assertThatThrownBy(() -> FileText.of("docs/cv.pdf", pdf(WITH_POSITION, 0, false)))
        .isInstanceOf(FileText.Refused.class)
        .hasMessage(
            "the photo on page 2 records where it was taken (a GPS position), so the PDF is not"
                + " published; remove the photo's location (exiftool -gps:all= PHOTO) and export"
                + " the PDF again");
  }

  @Test
  void aPhotoInsideFormsWithinFormsIsFoundAndAFormThatHoldsItselfEnds() throws Exception {
    assertThatThrownBy(() -> FileText.of("cv.pdf", pdf(WITH_POSITION, 3, true)))
        .isInstanceOf(FileText.Refused.class)
        .hasMessageStartingWith("the photo on page 2 records where it was taken");
    assertThat(FileText.of("cv.pdf", pdf(WITHOUT, 3, true)).orElseThrow())
        .contains("Curriculum vitae");
  }

  @Test
  void formsNestedBeyondReasonMakeThePdfUnreadableNotAStackOverflow() throws Exception {
    byte[] deep = pdf(WITHOUT, 200, false);
    assertThatThrownBy(() -> FileText.of("cv.pdf", deep))
        .isInstanceOf(FileText.Unreadable.class)
        .hasMessageContaining("its forms nest deeper than 64");
  }

  @Test
  void aPdfWhosePhotoRecordsNoPlaceIsReadAsBefore() throws Exception {
    assertThat(FileText.of("cv.pdf", pdf(WITHOUT, 0, false)).orElseThrow())
        .contains("Curriculum vitae");
  }

  @ParameterizedTest
  @ValueSource(strings = {"scan.pdf", "IMG_0412", "photo.txt", "portrait.jfif", "cv.docx"})
  void aPhotoUnderAnotherNameIsRefusedAndToldHowToPublishIt(String name) {
    String ext = name.contains(".") ? "." + name.substring(name.indexOf('.') + 1) : "no extension";
    assertThatThrownBy(() -> FileText.of(name, WITH_POSITION))
        .isInstanceOf(FileText.Refused.class)
        .hasMessage(
            "it is a photo (JPEG) that records where it was taken (a GPS position), whatever its"
                + " name says ("
                + ext
                + "), so it is not published; give it its photo's extension (.jpg, .png, .webp),"
                + " which publishes it without its metadata");
  }

  /** Red team: exiftool's {@code -XMP-exif:GPSLatitude=} writes the position with no EXIF. */
  @Test
  void aPhotoWhosePositionIsInItsXmpAloneIsRefusedUnderAnotherName() {
    byte[] xmpAlone = PhotoFixtures.jpegWithXmpAlone();
    assertThatThrownBy(() -> FileText.of("scan.pdf", xmpAlone))
        .isInstanceOf(FileText.Refused.class)
        .hasMessageStartingWith("it is a photo (JPEG) that records where it was taken");
    assertThatThrownBy(() -> FileText.of("IMG_0412", xmpAlone))
        .isInstanceOf(FileText.Refused.class);
  }

  private static byte[] zip(String name, byte[] file) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry(name));
      zip.write(file);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** An archive is not read, but a trip's photos zipped for download would carry their places. */
  @Test
  void anArchiveWithAPhotoThatRecordsWhereItWasTakenIsRefused() throws Exception {
    assertThatThrownBy(() -> FileText.of("trip.zip", zip("trip/IMG_0412.jpg", WITH_POSITION)))
        .isInstanceOf(FileText.Refused.class)
        .hasMessage(
            "the photo trip/IMG_0412.jpg inside it records where it was taken (a GPS position), so"
                + " it is not published; remove the photo's location (exiftool -gps:all= PHOTO)"
                + " and zip it again");
    assertThatThrownBy(
            () -> FileText.of("trip.zip", zip("a.jpg", PhotoFixtures.jpegWithXmpAlone())))
        .isInstanceOf(FileText.Refused.class);
    assertThat(FileText.of("trip.zip", zip("trip/IMG_0412.jpg", WITHOUT))).isEmpty();
    assertThat(FileText.of("trip.zip", "PK not a zip".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void aPhotoWithoutAPositionAndTextThatIsNoPhotoAreReadAsBefore() throws Exception {
    assertThat(FileText.of("IMG_0412", WITHOUT)).isEmpty(); // not text: listed as unread
    assertThat(FileText.of("notes.txt", "II*\u0000 912".getBytes(StandardCharsets.UTF_8)))
        .contains("II*\u0000 912");
  }
}
