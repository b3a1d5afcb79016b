package org.notebake.privacy.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Everything a reader of a PDF can see or look up, via Apache PDFBox: the Info dictionary (author,
 * title, subject, keywords, custom keys), the XMP metadata, the text of every page (fonts and their
 * ToUnicode maps applied), annotation notes and link targets ({@code mailto:}), bookmarks and form
 * field values.
 *
 * <pre>{@code
 * PdfText.of(bytes); // "Author: Jo Example\n...\nCall 912 555 0142\n..."
 * }</pre>
 */
final class PdfText {
  /** Bookmarks read at most; a cyclic tree would otherwise never end. */
  private static final int MAX_OUTLINE_ITEMS = 10_000;

  private PdfText() {}

  static String of(byte[] bytes) throws FileText.Unreadable, FileText.Refused {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      refusePhotosWithAPosition(doc);
      StringBuilder text = new StringBuilder();
      PDDocumentInformation info = doc.getDocumentInformation();
      for (String key : info.getMetadataKeys()) {
        String value = info.getCustomMetadataValue(key);
        if (value != null) {
          text.append(key).append(": ").append(value).append('\n');
        }
      }
      PDMetadata xmp = doc.getDocumentCatalog().getMetadata();
      if (xmp != null) {
        try (InputStream in = xmp.exportXMPMetadata()) {
          text.append(FileText.xmlText(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
          text.append('\n');
        }
      }
      text.append(new PDFTextStripper().getText(doc)).append('\n');
      for (PDPage page : doc.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          // A sticky note's text, its author (/T), subject and rich text, all a reader shows.
          append(text, annotation.getContents());
          COSDictionary note = annotation.getCOSObject();
          append(text, note.getString(COSName.T));
          append(text, note.getString(COSName.SUBJ));
          append(text, richText(note.getDictionaryObject(COSName.RC)));
          if (annotation instanceof PDAnnotationLink link) {
            PDAction action = link.getAction();
            if (action instanceof PDActionURI uri) {
              append(text, uri.getURI() == null ? null : FileText.linkTarget(uri.getURI()));
            }
          }
        }
      }
      outline(doc.getDocumentCatalog().getDocumentOutline(), text);
      var layers = doc.getDocumentCatalog().getOCProperties();
      if (layers != null) {
        for (var layer : layers.getOptionalContentGroups()) {
          append(text, layer.getName()); // shown in a reader's layers panel
        }
      }
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      if (form != null) {
        for (PDField field : form.getFieldTree()) {
          append(text, field.getValueAsString());
        }
      }
      embeddedFiles(doc, text);
      return text.toString();
    } catch (InvalidPasswordException e) {
      throw new FileText.Unreadable("it is encrypted with a password", e);
    } catch (IOException | RuntimeException e) {
      // PDFBox reports some damage as runtime exceptions; the file is unreadable either way.
      throw new FileText.Unreadable("it cannot be read as a PDF: " + e.getMessage(), e);
    }
  }

  /**
   * A photo placed in a PDF is often kept as the JPEG (or JPEG 2000) it was, metadata and all: a CV
   * exported with a portrait taken at home carries the home's GPS position. {@link PdfPhotos}
   * strips a JPEG; one it cannot (JPEG 2000, a JPEG inside another filter) that records where it
   * was taken has the PDF refused, as an Office file with one is. The photo is read as stored, not
   * decoded.
   */
  private static void refusePhotosWithAPosition(PDDocument doc)
      throws IOException, FileText.Refused {
    PdfPhotos.forEach(
        doc,
        (image, page) -> {
          if (!isStoredAsAPhoto(image)) {
            return;
          }
          byte[] photo;
          try (InputStream in = image.getStream().createInputStream(PHOTO_FILTERS)) {
            photo = in.readNBytes(MAX_PHOTO_BYTES);
          }
          if (FileText.hasGpsPosition(photo)) {
            throw new FileText.Refused(
                "the photo on page "
                    + page
                    + " records where it was taken (a GPS position), so the PDF is not published;"
                    + " remove the photo's location (exiftool -gps:all= PHOTO) and export the PDF"
                    + " again");
          }
        });
  }

  private static final List<String> PHOTO_FILTERS =
      List.of(COSName.DCT_DECODE.getName(), COSName.JPX_DECODE.getName());

  private static final int MAX_PHOTO_BYTES = 64 * 1024 * 1024;

  private static boolean isStoredAsAPhoto(PDImageXObject image) {
    List<COSName> filters = image.getStream().getFilters();
    return filters.contains(COSName.DCT_DECODE) || filters.contains(COSName.JPX_DECODE);
  }

  /**
   * Files attached to the PDF (a spreadsheet behind a report, found wherever the file keeps one:
   * {@link PdfAttachments}) are published with it: each is read as the type its name says, one the
   * scan cannot read makes the whole PDF unreadable, and one it refuses (a photo that records where
   * it was taken) has the PDF refused. A published PDF keeps only text files the scan reads whole
   * ({@link PdfMetadata}); the rest is for a PDF published as it is.
   */
  private static void embeddedFiles(PDDocument doc, StringBuilder text)
      throws IOException, FileText.Unreadable, FileText.Refused {
    for (PDComplexFileSpecification spec : PdfAttachments.all(doc)) {
      String name = PdfAttachments.name(spec);
      text.append(name).append('\n');
      append(text, spec.getFileDescription());
      for (byte[] file : PdfAttachments.files(spec)) {
        Optional<String> inner;
        try {
          inner = FileText.of(name, file);
        } catch (FileText.Refused e) {
          throw new FileText.Refused("it carries the file \"" + name + "\": " + e.getMessage());
        }
        if (inner.isEmpty()) {
          throw new FileText.Unreadable(
              "it carries the file \"" + name + "\", which the scan cannot read", null);
        }
        text.append(inner.get()).append('\n');
      }
    }
  }

  /** A note's rich text ({@code /RC}, XHTML as a string or a stream) without its tags. */
  private static String richText(COSBase rich) throws IOException {
    if (rich instanceof COSString string) {
      return FileText.xmlText(string.getString());
    }
    if (rich instanceof COSStream stream) {
      try (InputStream in = stream.createInputStream()) {
        return FileText.xmlText(FileText.decode(in.readAllBytes()));
      }
    }
    return null;
  }

  private static void outline(PDDocumentOutline outline, StringBuilder text) {
    if (outline == null) {
      return;
    }
    Deque<PDOutlineItem> todo = new ArrayDeque<>();
    outline.children().forEach(todo::add);
    int seen = 0;
    while (!todo.isEmpty() && seen++ < MAX_OUTLINE_ITEMS) {
      PDOutlineItem item = todo.pop();
      append(text, item.getTitle());
      item.children().forEach(todo::add);
    }
  }

  private static void append(StringBuilder text, String value) {
    if (value != null && !value.isBlank()) {
      text.append(value).append('\n');
    }
  }
}
