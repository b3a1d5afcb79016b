package org.notebake.site;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.links.Attachment;

/**
 * Publishes the attachments published notes reference, and only those: images are rewritten without
 * EXIF, XMP or IPTC (GPS above all), SVGs lose scripts and event handlers, and other files (PDFs,
 * audio, video) are copied as they are and listed in the build summary.
 */
final class AttachmentWriter {
  private static final Set<String> RASTER = Set.of("jpg", "jpeg", "png", "webp", "gif");
  private static final Set<String> UNSUPPORTED_IMAGES =
      Set.of("bmp", "tif", "tiff", "heic", "heif", "avif");

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
      } else if (ext.equals("svg")) {
        sink.write(
            attachment.uri(), SvgCleaner.clean(Files.readString(attachment.source().path())));
      } else if (UNSUPPORTED_IMAGES.contains(ext)) {
        diagnostics.error(
            path,
            0,
            0,
            ext.toUpperCase(Locale.ROOT)
                + " images cannot be stripped of their metadata, so they are not published; "
                + "convert it to JPEG, PNG or WebP");
      } else {
        sink.copy(attachment.source().path(), attachment.uri());
        publishedFiles.add(attachment.uri());
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
}
