package org.notebake.privacy.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.notebake.gallery.ImageStripper;

/**
 * The photos placed in a PDF, published as photos are: a JPEG kept as it was (Chromium's print to
 * PDF, img2pdf and office suites keep a phone photo's EXIF, GPS position and maker notes) is
 * written back without its metadata, the same compressed pixels; an image's own XMP goes too. What
 * cannot be stripped here (JPEG 2000, a JPEG inside another filter) is still read by {@link
 * PdfText}, which refuses the PDF if such a photo records where it was taken.
 *
 * <pre>{@code
 * PdfPhotos.strip(doc); // 1: the portrait on page 1 lost its EXIF and GPS position
 * }</pre>
 */
final class PdfPhotos {
  /** Image and form objects looked at at most; forms may nest, and refer to each other. */
  private static final int MAX_XOBJECTS = 10_000;

  /** Forms within forms followed at most; a file that nests deeper cannot be read. */
  private static final int MAX_FORM_DEPTH = 64;

  private static final List<String> JPEG = List.of(COSName.DCT_DECODE.getName());

  private int changed;

  private PdfPhotos() {}

  /** What is done with each image, once, with the number of the first page that shows it. */
  interface Visitor {
    void visit(PDImageXObject image, int page) throws IOException, FileText.Refused;
  }

  /**
   * Visits every image the pages draw, directly or inside forms within forms, each once.
   *
   * @throws IOException when the PDF cannot be read, or its forms nest deeper than 64
   */
  static void forEach(PDDocument doc, Visitor visitor) throws IOException, FileText.Refused {
    Set<COSBase> seen = new HashSet<>();
    int[] budget = {MAX_XOBJECTS};
    int number = 0;
    for (PDPage page : doc.getPages()) {
      number++;
      forEach(page.getResources(), number, 0, seen, budget, visitor);
    }
  }

  private static void forEach(
      PDResources resources, int page, int depth, Set<COSBase> seen, int[] budget, Visitor visitor)
      throws IOException, FileText.Refused {
    if (resources == null) {
      return;
    }
    if (depth > MAX_FORM_DEPTH) {
      throw new IOException("its forms nest deeper than " + MAX_FORM_DEPTH);
    }
    for (COSName name : resources.getXObjectNames()) {
      if (budget[0]-- <= 0) {
        return;
      }
      PDXObject object = resources.getXObject(name);
      if (object == null || !seen.add(object.getCOSObject())) {
        continue;
      }
      if (object instanceof PDImageXObject image) {
        visitor.visit(image, page);
      } else if (object instanceof PDFormXObject form) {
        forEach(form.getResources(), page, depth + 1, seen, budget, visitor);
      }
    }
  }

  /**
   * Strips every photo in {@code doc} in place; returns how many changed.
   *
   * @throws IOException when the PDF cannot be read
   */
  static int strip(PDDocument doc) throws IOException {
    PdfPhotos photos = new PdfPhotos();
    try {
      forEach(doc, (image, page) -> photos.strip(image));
    } catch (FileText.Refused e) {
      throw new IllegalStateException("stripping refuses nothing", e);
    }
    return photos.changed;
  }

  private void strip(PDImageXObject image) throws IOException {
    COSStream stream = image.getCOSObject();
    boolean hadXmp = stream.containsKey(COSName.METADATA);
    stream.removeItem(COSName.METADATA);
    boolean stripped = false;
    if (image.getStream().getFilters().equals(List.of(COSName.DCT_DECODE))) {
      byte[] jpeg;
      try (InputStream in = image.getStream().createInputStream(JPEG)) {
        jpeg = in.readAllBytes();
      }
      byte[] clean;
      try {
        clean = ImageStripper.jpegWithoutMetadata("a photo in the PDF", jpeg);
      } catch (ImageStripper.Failure e) {
        // A JPEG the stripper does not follow (viewers forgive more) stays as it was; PdfText
        // still refuses the PDF if it records where it was taken.
        clean = jpeg;
      }
      if (!Arrays.equals(clean, jpeg)) {
        try (OutputStream out = stream.createRawOutputStream()) {
          out.write(clean);
        }
        stripped = true;
      }
    }
    if (stripped || hadXmp) {
      changed++;
    }
  }
}
