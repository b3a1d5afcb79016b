package org.notebake.site;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.gallery.ImageException;
import org.notebake.gallery.ImageFormat;
import org.notebake.gallery.ImageStripper;
import org.notebake.gallery.InlineImages;
import org.notebake.gallery.SanitizedSvg;
import org.notebake.gallery.SvgException;
import org.notebake.gallery.SvgSanitizer;
import org.notebake.html.HtmlFileSanitizer;
import org.notebake.html.ImageSizePass;
import org.notebake.links.Attachment;
import org.notebake.privacy.files.FileText;
import org.notebake.privacy.files.VideoLocation;
import org.notebake.privacy.gate.PrivacyGate;

/**
 * Publishes the attachments published notes reference, and only those: images are rewritten without
 * EXIF, XMP or IPTC (GPS above all), SVGs are rebuilt without script or external loads and their
 * text scanned, text files, PDFs and Office documents are scanned for private data and copied, and
 * what the scan cannot read (audio, video, archives) is copied and listed in the build summary with
 * its size.
 */
final class AttachmentWriter {
  private static final Set<String> RASTER = Set.of("jpg", "jpeg", "png", "webp", "gif");
  private static final Set<String> UNSUPPORTED_IMAGES =
      Set.of("bmp", "tif", "tiff", "heic", "heif", "avif");

  /** Icons and cursors: PNGs or bitmaps in a directory, published through {@code IcoStripper}. */
  private static final Set<String> ICONS = Set.of("ico", "cur");

  /** HTML published as a file (a JBake site's {@code .htm}): cleaned as a note's HTML is. */
  private static final Set<String> PAGES = Set.of("htm", "html");

  private final HtmlFileSanitizer pages = new HtmlFileSanitizer();

  private final OutputSink sink;
  private final Diagnostics diagnostics;
  private final PrivacyGate gate;
  private final List<String> publishedFiles;
  private final ImageStripper images;
  private final Map<String, ImageSizePass.Size> sizes = new ConcurrentHashMap<>();

  AttachmentWriter(
      OutputSink sink,
      Diagnostics diagnostics,
      PrivacyGate gate,
      List<String> publishedFiles,
      ImageStripper images) {
    this.images = images;
    this.sink = sink;
    this.diagnostics = diagnostics;
    this.gate = gate;
    this.publishedFiles = publishedFiles;
  }

  /** True for the photo formats that are published only through the metadata stripper. */
  static boolean isRaster(String path) {
    int dot = path.lastIndexOf('.');
    return dot >= 0 && RASTER.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Publishes the attachments; returns the size of each published photo by site path. */
  Map<String, ImageSizePass.Size> write(List<Attachment> attachments) {
    Parallel.forEach(attachments, this::write);
    return sizes;
  }

  private void write(Attachment attachment) {
    String ext = attachment.extension().toLowerCase(Locale.ROOT);
    String path = attachment.source().relativePath();
    gate.scanFileName(attachment.uri());
    try {
      if (RASTER.contains(ext)) {
        ImageStripper.Stripped photo = images.strip(attachment.source().path());
        sizes.put(
            attachment.uri(), new ImageSizePass.Size(photo.width(), photo.height(), photo.facts()));
        sink.write(attachment.uri(), photo.bytes());
      } else if (UNSUPPORTED_IMAGES.contains(ext)) {
        diagnostics.error(
            path,
            0,
            0,
            ext.toUpperCase(Locale.ROOT)
                + " images cannot be stripped of their metadata, so they are not published; "
                + "convert it to JPEG, PNG or WebP");
      } else {
        byte[] bytes = Files.readAllBytes(attachment.source().path());
        String source = null;
        if (PAGES.contains(ext)
            && !org.notebake.text.GitCrypt.isEncrypted(bytes)
            && photoFormat(bytes) == null) {
          // What is published is scanned; a finding is told at its line in the file as written.
          source = FileText.decode(bytes);
          bytes = cleanedPage(path, bytes);
        }
        byte[] published =
            scanned(
                path, attachment.uri(), bytes, source, gate, diagnostics, publishedFiles, images);
        if (published != null) {
          sink.write(attachment.uri(), published);
        }
      }
    } catch (ImageStripper.Failure e) {
      diagnostics.error(path, 0, 0, e.getMessage());
    } catch (IOException | java.io.UncheckedIOException e) {
      diagnostics.error(path, 0, 0, "cannot publish attachment: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A library that gives up on one file fails that file, not the build with a stack trace.
      diagnostics.error(
          path,
          0,
          0,
          "cannot publish attachment: "
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "; check the file or remove it");
    }
  }

  /**
   * An HTML file cleaned as a note's HTML is: a page of the site, published from the notes'
   * folders, runs no script of the vault's; what it loses is said once.
   */
  private byte[] cleanedPage(String path, byte[] bytes) {
    HtmlFileSanitizer.Cleaned page = pages.clean(bytes);
    if (!page.removed().isEmpty()) {
      diagnostics.warning(
          path,
          0,
          0,
          "published without its "
              + String.join(", ", page.removed())
              + ": an HTML file beside the notes is cleaned as a note's HTML is; to publish a page"
              + " that runs script as it is, put it in the site's assets folder");
    }
    return page.bytes();
  }

  /**
   * The bytes to publish for a file that is not a photo, each scanned as the type it is: an SVG is
   * rebuilt and its text scanned, text, markup, PDFs and Office files are scanned whole, and what
   * cannot be read is listed in {@code unread} with its size. Null when the file must not be
   * published (an SVG that does not parse).
   *
   * @param file the file as the author knows it, for diagnostics
   * @param sitePath where it is published
   */
  static byte[] scanned(
      String file,
      String sitePath,
      byte[] bytes,
      PrivacyGate gate,
      Diagnostics diagnostics,
      List<String> unread,
      ImageStripper images) {
    return scanned(file, sitePath, bytes, null, gate, diagnostics, unread, images);
  }

  /**
   * As {@link #scanned(String, String, byte[], PrivacyGate, Diagnostics, List, ImageStripper)}, for
   * bytes made from a file whose text as written is {@code writtenText} (null: the bytes are as
   * written), where findings are told.
   */
  private static byte[] scanned(
      String file,
      String sitePath,
      byte[] bytes,
      String writtenText,
      PrivacyGate gate,
      Diagnostics diagnostics,
      List<String> unread,
      ImageStripper images) {
    if (org.notebake.text.GitCrypt.isEncrypted(bytes)) {
      // Ciphertext would go out as an unreadable file, or draw a wrong "re-save it" advice.
      diagnostics.error(
          file,
          0,
          0,
          "the file "
              + org.notebake.text.GitCrypt.WHAT
              + ", so it is not published; "
              + org.notebake.text.GitCrypt.FIX);
      return null;
    }
    ImageFormat photo = photoFormat(bytes);
    if (photo != null) {
      return photoUnderAnotherName(file, sitePath, bytes, photo, images, diagnostics);
    }
    if (ICONS.contains(FileText.extension(sitePath))) {
      // A favicon's PNG keeps its editor's text chunks, and an eXIf block with GPS, as a photo's.
      try {
        return ImageStripper.iconWithoutMetadata(file, bytes);
      } catch (ImageStripper.Failure e) {
        diagnostics.error(file, 0, 0, e.getMessage());
        return null;
      }
    }
    if (FileText.isTextByName(sitePath)) {
      bytes = withInlinePhotosStripped(file, bytes, images, diagnostics);
    }
    if (FileText.extension(sitePath).equals("svgz")) {
      diagnostics.error(
          file,
          0,
          0,
          "a compressed SVG cannot be checked for script, so it is not published; publish it as"
              + " .svg (servers compress it anyway)");
      return null;
    }
    if (FileText.extension(sitePath).equals("svg")) {
      try {
        SanitizedSvg svg = SvgSanitizer.create().sanitize(file, bytes);
        warnAboutRemoved(file, svg, diagnostics);
        gate.scanFile(file, svg.text(), FileText.decode(bytes), svg::endLine);
        return svg.bytes();
      } catch (SvgException e) {
        diagnostics.error(file, e.line(), e.column(), e.problem() + "; the SVG is not published");
        return null;
      }
    }
    Optional<VideoLocation.Found> place = VideoLocation.of(sitePath, bytes);
    if (place.isPresent()) {
      diagnostics.error(
          file,
          0,
          0,
          "it records where it was filmed or recorded ("
              + place.get().kind()
              + "), so it is not published; "
              + place.get().removal());
      return null;
    }
    if (org.notebake.privacy.files.OfficeMetadata.handles(FileText.extension(sitePath))) {
      bytes = officeWithoutMetadata(file, sitePath, bytes, diagnostics);
    }
    if (FileText.extension(sitePath).equals("pdf")) {
      bytes = pdfRewritten(file, sitePath, bytes, diagnostics);
    }
    // A stripped PDF is parsed again here, from the bytes that are published: the scan reads what
    // goes out, not the document the stripping changed in memory. Handing that document over
    // would save the second parse alone, 0.3 to 0.6 ms a PDF of 3 to 50 pages, beside 5 to 80 ms
    // of text extraction either way (measured with PDFBox 3 on 2 cores).
    try {
      Optional<String> text = FileText.of(sitePath, bytes);
      if (text.isPresent()) {
        String source =
            FileText.extension(sitePath).equals("pdf")
                ? null
                : writtenText != null ? writtenText : FileText.decode(bytes);
        gate.scanFile(file, text.get(), source);
      } else {
        unread.add(sitePath + " (" + size(bytes.length) + ")");
      }
    } catch (FileText.Refused e) {
      diagnostics.error(file, 0, 0, e.getMessage());
      return null;
    } catch (FileText.Unreadable e) {
      diagnostics.warning(
          file,
          0,
          0,
          "the privacy scan cannot read this file ("
              + e.getMessage()
              + "); it is published unread, check it yourself");
      unread.add(sitePath + " (" + size(bytes.length) + ")");
    }
    return bytes;
  }

  /** The photo format the bytes begin with, whatever the name says; null for anything else. */
  private static ImageFormat photoFormat(byte[] bytes) {
    try {
      return ImageFormat.detect("", bytes);
    } catch (ImageException e) {
      return null;
    }
  }

  /**
   * A photo under another name ({@code scan.pdf}, {@code IMG_0412}): only a photo's name sent it to
   * the stripper, and the scan of the type its name says could not read it, so it went out unread,
   * its EXIF and XMP (GPS, creator) with it. It is stripped as a photo, under its name.
   */
  private static byte[] photoUnderAnotherName(
      String file,
      String sitePath,
      byte[] bytes,
      ImageFormat photo,
      ImageStripper images,
      Diagnostics diagnostics) {
    String ext = FileText.extension(sitePath);
    String told =
        "it is a photo ("
            + photo
            + "), whatever its name says ("
            + (ext.isEmpty() ? "no extension" : "." + ext)
            + ")";
    try {
      byte[] stripped = images.strip(file, bytes).bytes();
      diagnostics.warning(
          file,
          0,
          0,
          told
              + ", so it is published as a photo, without its metadata; give it its photo's"
              + " extension (."
              + photo.extension()
              + ")");
      return stripped;
    } catch (ImageStripper.Failure e) {
      diagnostics.error(file, 0, 0, told + ": " + e.getMessage());
      return null;
    }
  }

  /**
   * An Office file or EPUB without its metadata and its photos' (a warning for each photo left as
   * it is), with a warning for what a reader can open that the author's screen may hide: comments,
   * deleted passages, speaker notes, hidden slides, sheets and text. One the scan reads but the
   * stripping cannot (two parts of one name: ZIP readers differ on which counts) is published as it
   * is, with a warning; one neither reads, with the scan's.
   */
  private static byte[] officeWithoutMetadata(
      String file, String sitePath, byte[] bytes, Diagnostics diagnostics) {
    String extension = FileText.extension(sitePath);
    org.notebake.privacy.files.OfficeMetadata.leftForReaders(extension, bytes)
        .ifPresent(
            kept ->
                diagnostics.warning(
                    file,
                    0,
                    0,
                    "it keeps "
                        + kept
                        + ", which anyone who opens it can read, even if"
                        + " your screen hides them; remove them (Word: Review, or File > Info >"
                        + " Inspect Document in Word, Excel or PowerPoint) unless they are meant"
                        + " to be read"));
    try {
      return org.notebake.privacy.files.OfficeMetadata.stripped(
          extension,
          bytes,
          (part, problem) ->
              diagnostics.warning(
                  file,
                  0,
                  0,
                  "the photo "
                      + part
                      + " inside it keeps its metadata (camera, date, maybe its owner),"
                      + " which cannot be removed here: "
                      + problem));
    } catch (FileText.Unreadable e) {
      if (readByTheScan(sitePath, bytes)) {
        diagnostics.warning(
            file,
            0,
            0,
            "its metadata (author, company, its photos' camera and place) cannot be removed ("
                + e.getMessage()
                + "); it is published with it, check it yourself or save it again");
      }
      return bytes;
    }
  }

  /** {@code "a", "b"}: names as a warning lists them. */
  private static String quoted(List<String> names) {
    return names.stream()
        .map(name -> "\"" + name + "\"")
        .collect(java.util.stream.Collectors.joining(", "));
  }

  /** The warning for a PDF's layers that were off when it opened and are left out. */
  static String hiddenLayersLeftOut(List<String> layers) {
    boolean one = layers.size() == 1;
    return "its layer"
        + (one ? " " : "s ")
        + quoted(layers)
        + ", hidden when it opens but there for anyone to switch on, "
        + (one ? "is" : "are")
        + " left out of the published copy; switch "
        + (one ? "it" : "them")
        + " on and export the PDF again if "
        + (one ? "it is" : "they are")
        + " meant to be read";
  }

  /** The warning for the files attached to a PDF that are left out. */
  static String attachedFilesLeftOut(List<String> files) {
    boolean one = files.size() == 1;
    return "the file"
        + (one ? " " : "s ")
        + quoted(files)
        + " attached to it "
        + (one ? "is" : "are")
        + " left out of the published copy: a reader opens "
        + (one ? "it" : "them")
        + " with a click, metadata and all, and only a text file the privacy scan reads whole"
        + " stays; link "
        + (one ? "it" : "them")
        + " from the note beside the PDF if "
        + (one ? "it is" : "they are")
        + " meant to be read";
  }

  /**
   * The PDF written anew as its last revision alone, without its metadata (encrypted again if it
   * was). One that cannot be written again (damaged, or needing a password to open) is published as
   * it is, earlier revisions and all, with a warning if the scan reads it (the scan's own warning
   * says so if it cannot).
   */
  private static byte[] pdfRewritten(
      String file, String sitePath, byte[] bytes, Diagnostics diagnostics) {
    try {
      org.notebake.privacy.files.PdfMetadata.Stripped stripped =
          org.notebake.privacy.files.PdfMetadata.stripped(bytes);
      if (!stripped.hiddenLayers().isEmpty()) {
        diagnostics.warning(file, 0, 0, hiddenLayersLeftOut(stripped.hiddenLayers()));
      }
      if (!stripped.removedFiles().isEmpty()) {
        diagnostics.warning(file, 0, 0, attachedFilesLeftOut(stripped.removedFiles()));
      }
      if (stripped.comments() > 0) {
        // Worded as an Office file's comments are (officeWithoutMetadata).
        diagnostics.warning(
            file,
            0,
            0,
            "it keeps "
                + stripped.comments()
                + (stripped.comments() == 1
                    ? " comment (a sticky note)"
                    : " comments (sticky notes)")
                + ", which anyone who opens it can read, even if your screen hides"
                + " them; their authors' names are removed; remove them (a PDF reader's Comments"
                + " list) unless they are meant to be read");
      }
      return stripped.bytes();
    } catch (FileText.Unreadable e) {
      if (readByTheScan(sitePath, bytes)) {
        diagnostics.warning(
            file,
            0,
            0,
            "the PDF cannot be written again without its metadata and earlier revisions ("
                + e.getMessage()
                + "); it is published as it is, check it yourself or save it again");
      }
      return bytes;
    }
  }

  private static boolean readByTheScan(String sitePath, byte[] bytes) {
    try {
      FileText.of(sitePath, bytes);
      return true;
    } catch (FileText.Unreadable e) {
      return false;
    } catch (FileText.Refused e) {
      return false; // not published: the scan's error says why
    }
  }

  /**
   * A page, style sheet or script published as it is may hold a photo as a {@code data:} URL (a CSS
   * background, an asset page's portrait): stripped as a note's is. Read byte for byte as Latin-1,
   * so that whatever the file's encoding, only the URLs (ASCII) change.
   */
  private static byte[] withInlinePhotosStripped(
      String file, byte[] bytes, ImageStripper images, Diagnostics diagnostics) {
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
    String stripped = new InlineImages(images).strip(text, file, diagnostics);
    return stripped.equals(text)
        ? bytes
        : stripped.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  /** What went is said once per file, so a diagram that lost its external font is no mystery. */
  private static void warnAboutRemoved(String file, SanitizedSvg svg, Diagnostics diagnostics) {
    if (!svg.removed().isEmpty()) {
      diagnostics.warning(
          file,
          svg.removedLine(),
          0,
          "published without "
              + String.join(", ", svg.removed())
              + " (an SVG may not run script or load other files)");
    }
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return (bytes + 512) / 1024 + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
