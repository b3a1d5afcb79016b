package org.notebake.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.notebake.config.SiteConfig;
import org.notebake.config.VariantSettings;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.gallery.ImageStripper;
import org.notebake.gallery.variants.ImageVariant;
import org.notebake.gallery.variants.PhotoProcessor;
import org.notebake.gallery.variants.PhotoSource;
import org.notebake.gallery.variants.ProcessedPhoto;
import org.notebake.gallery.variants.ResponsiveImagesPass;
import org.notebake.gallery.variants.WebpEncoder;
import org.notebake.html.ImageSizePass;
import org.notebake.links.Attachment;
import org.notebake.privacy.gate.PrivacyGate;
import org.notebake.text.HiddenSibling;

/**
 * Publishes the site's photos (JPEG, PNG, WebP) as responsive variants through the gallery's {@link
 * PhotoProcessor}, instead of one stripped full-size file each; GIFs and everything else stay with
 * {@link AttachmentWriter}. Its {@link #pass} points the pages at the variants.
 */
final class PhotoPublisher {
  private static final Set<String> PHOTOS = Set.of("jpg", "jpeg", "png", "webp");

  private final SiteConfig config;
  private final Diagnostics diagnostics;
  private final PrivacyGate gate;
  private final OutputPaths paths;
  private Map<String, ProcessedPhoto> photos = Map.of();

  private final org.notebake.progress.Progress progress;

  /** Looks for the WebP encoder, once a build that has photos (cwebp on the PATH). */
  private final Supplier<Optional<WebpEncoder>> encoder;

  PhotoPublisher(
      SiteConfig config,
      Diagnostics diagnostics,
      PrivacyGate gate,
      OutputPaths paths,
      org.notebake.progress.Progress progress) {
    this(config, diagnostics, gate, paths, progress, WebpEncoder::detect);
  }

  PhotoPublisher(
      SiteConfig config,
      Diagnostics diagnostics,
      PrivacyGate gate,
      OutputPaths paths,
      org.notebake.progress.Progress progress,
      Supplier<Optional<WebpEncoder>> encoder) {
    this.progress = progress;
    this.config = config;
    this.diagnostics = diagnostics;
    this.gate = gate;
    this.paths = paths;
    this.encoder = encoder;
  }

  private static boolean isPhoto(Attachment attachment) {
    return PHOTOS.contains(attachment.extension().toLowerCase(Locale.ROOT));
  }

  /**
   * A photo whose published sizes' names ({@code tulips-1600w.webp}) would be too long to write is
   * an error at the photo, before any work: the file system would refuse the name at the end.
   */
  private boolean variantNamesTooLong(Attachment photo) {
    List<Integer> widths = config.photoVariants().widths();
    int widest = widths.isEmpty() ? 0 : widths.get(widths.size() - 1);
    String longest =
        org.notebake.gallery.variants.PhotoProcessor.variantPath(
            photo.uri(), widest, org.notebake.gallery.variants.VariantFormat.WEBP);
    String name = org.notebake.text.FileNames.tooLong(longest);
    if (name == null) {
      return false;
    }
    diagnostics.error(
        photo.source().relativePath(),
        0,
        0,
        "its published sizes would be named like "
            + longest.substring(longest.lastIndexOf('/') + 1)
            + ", "
            + org.notebake.text.FileNames.overLimit(name)
            + "; give the photo a shorter file name");
    return true;
  }

  /**
   * Publishes the photos among {@code attachments} ({@code write} false: plans them only; {@code
   * shownBy} names the note that shows one that cannot be published) and returns the attachments
   * left for {@link AttachmentWriter}; the photos' sizes go to {@code sizes}. The variants of those
   * in {@code draftOnly} (a preview's drafts show them, nothing published does) are kept in the
   * preview's own cache ({@link #draftsCache}).
   */
  List<Attachment> publish(
      List<Attachment> attachments,
      Map<String, String> shownBy,
      Set<Attachment> draftOnly,
      OutputSink sink,
      boolean write,
      Map<String, ImageSizePass.Size> sizes) {
    List<Attachment> others = new ArrayList<>();
    List<PhotoSource> sources = new ArrayList<>();
    List<PhotoSource> drafts = new ArrayList<>();
    // On all cores: Obsidian names a pasted screenshot "Pasted image 20241228093154.png", and a
    // run of 14 digits is read as a possible phone number (7,000 names took 0.4 s on one core).
    Parallel.forEach(
        attachments.stream().filter(PhotoPublisher::isPhoto).toList(),
        attachment -> gate.scanFileName(attachment.uri()));
    for (Attachment attachment : attachments) {
      if (isPhoto(attachment) && variantNamesTooLong(attachment)) {
        continue;
      }
      if (isPhoto(attachment)) {
        (draftOnly.contains(attachment) ? drafts : sources)
            .add(
                new PhotoSource(
                    attachment.source().relativePath(),
                    attachment.source().path(),
                    attachment.uri(),
                    shownBy.get(attachment.source().relativePath())));
      } else {
        others.add(attachment);
      }
    }
    if (sources.isEmpty() && drafts.isEmpty()) {
      return others;
    }
    Optional<WebpEncoder> webp = encoder.get();
    if (webp.isEmpty()) {
      // Here, not per go of the processor: serve --drafts processes the drafts' photos apart.
      diagnostics.warning(
          (sources.isEmpty() ? drafts : sources).get(0).file(),
          0,
          0,
          "cwebp was not found, so photos are published as JPEG only; install it (Debian and"
              + " Ubuntu: apt-get install webp) for WebP variants, about a third smaller");
    }
    int total = sources.size() + drafts.size();
    Map<String, ProcessedPhoto> done =
        new TreeMap<>(
            process(
                config.photoVariants(),
                webp,
                sources,
                sink,
                write,
                (n, all) -> progress.report("photos", n, total)));
    // A private note's photo is shrunk into serve's temporary folder, deleted when serve stops:
    // never into the cache the bake shares, where it would stay until the next bake prunes it.
    done.putAll(
        process(
            config.photoVariants().withOwnCache(draftsCache(config)),
            webp,
            drafts,
            sink,
            write,
            (n, all) -> progress.report("photos", sources.size() + n, total)));
    photos = Collections.unmodifiableMap(done);
    for (PhotoSource source : concat(sources, drafts)) {
      ProcessedPhoto photo = photos.get(source.uri());
      if (photo == null) {
        continue;
      }
      sizes.put(photo.uri(), new ImageSizePass.Size(photo.width(), photo.height(), photo.facts()));
      for (ImageVariant variant : photo.variants()) {
        paths.claim(variant.path(), source.file(), diagnostics);
      }
    }
    return others;
  }

  private Map<String, ProcessedPhoto> process(
      VariantSettings settings,
      Optional<WebpEncoder> webp,
      List<PhotoSource> sources,
      OutputSink sink,
      boolean write,
      PhotoProcessor.Progress counted) {
    if (sources.isEmpty()) {
      return Map.of();
    }
    return new PhotoProcessor(settings, config.photoKeep(), ImageStripper::caption, webp)
        .process(sources, write ? variantSink(sink) : null, diagnostics, counted)
        .photos();
  }

  private static List<PhotoSource> concat(List<PhotoSource> a, List<PhotoSource> b) {
    List<PhotoSource> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * Where a preview keeps the variants of photos only its drafts show: beside its own output, in
   * its temporary folder ({@code /tmp/notebake-serve-123/.site.photos}), as their share cards are.
   */
  static Path draftsCache(SiteConfig config) {
    Path output = config.output().toAbsolutePath().normalize();
    return HiddenSibling.of(output, ".photos");
  }

  /** The sink's writes; a variant the cache holds is linked from the cache as a share card is. */
  private static PhotoProcessor.VariantSink variantSink(OutputSink sink) {
    return new PhotoProcessor.VariantSink() {
      @Override
      public void write(String path, byte[] bytes) throws java.io.IOException {
        sink.write(path, bytes);
      }

      @Override
      public void writeCached(String path, byte[] bytes, java.nio.file.Path file)
          throws java.io.IOException {
        sink.linkOwn(file, path);
      }
    };
  }

  /** The photos published here, by their original's site path (what the page memo keys on). */
  Map<String, ProcessedPhoto> photos() {
    return photos;
  }

  /** Rewrites every page's references to the photos published here. */
  ResponsiveImagesPass pass() {
    return new ResponsiveImagesPass(photos);
  }
}
