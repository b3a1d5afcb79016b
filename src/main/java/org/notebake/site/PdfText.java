package org.notebake.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
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
  /** Bookmarks read at most; a cyclic outline would otherwise never end. */
  private static final int MAX_OUTLINE_ITEMS = 10_000;

  private PdfText() {}

  static String of(byte[] bytes) throws FileText.Unreadable {
    try (PDDocument doc = Loader.loadPDF(bytes)) {
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
          append(text, annotation.getContents());
          if (annotation instanceof PDAnnotationLink link) {
            PDAction action = link.getAction();
            if (action instanceof PDActionURI uri) {
              append(text, uri.getURI());
            }
          }
        }
      }
      outline(doc.getDocumentCatalog().getDocumentOutline(), text);
      PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
      if (form != null) {
        for (PDField field : form.getFieldTree()) {
          append(text, field.getValueAsString());
        }
      }
      return text.toString();
    } catch (InvalidPasswordException e) {
      throw new FileText.Unreadable("it is encrypted with a password", e);
    } catch (IOException | RuntimeException e) {
      // PDFBox reports some damage as runtime exceptions; the file is unreadable either way.
      throw new FileText.Unreadable("it cannot be read as a PDF: " + e.getMessage(), e);
    }
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
