package org.notebake.gallery.variants;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.notebake.config.VariantSettings;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.gallery.ImageException;
import org.notebake.gallery.ImageFormat;
import org.notebake.gallery.ImageSanitizer;
import org.notebake.gallery.MetadataKeepList;
import org.notebake.gallery.PhotoFacts;
import org.notebake.gallery.SanitizedImage;

/**
 * Turns each photo into variants at the configured widths, in WebP and JPEG, through the persistent
 * {@link VariantCache}: orientation applied and metadata stripped by the same {@link
 * ImageSanitizer} that guards every published image, then decoded (subsampled when far larger than
 * needed), shrunk step by step, encoded, and every variant stripped again before it is kept.
 *
 * <pre>{@code
 * PhotoProcessor processor = new PhotoProcessor(settings, keep, facts -> "", WebpEncoder.detect());
 * PhotoProcessor.Result result = processor.process(photos, sink::write, diagnostics, (d, t) -> {});
 * result.photos().get("gallery/spring/tulips.jpg").largest(VariantFormat.JPEG);
 * }</pre>
 *
 * <p>A photo that cannot be published (corrupt, truncated, over {@code gallery.max.pixels}) is an
 * error naming it; the others still process. Photos run in parallel, one per core, within a memory
 * budget so that a few huge photos wait for each other instead of exhausting the heap.
 */
public final class PhotoProcessor {
  /** Cache layout and processing version: changing how variants are made changes every key. */
  private static final String VERSION = "notebake-variants-2";

  /** Receives {@code done} of {@code total} photos after each one; called from worker threads. */
  @FunctionalInterface
  public interface Progress {
    void update(int done, int total);
  }

  /** Where variants are published; null for {@code notebake check}, which writes nothing. */
  @FunctionalInterface
  public interface VariantSink {
    void write(String path, byte[] bytes) throws IOException;

    /**
     * Publishes {@code bytes}, which the variant cache holds in {@code file} (verified, and only
     * ever replaced, never written in place): a sink may link the file instead of writing the
     * bytes.
     */
    default void writeCached(String path, byte[] bytes, Path file) throws IOException {
      write(path, bytes);
    }
  }

  /**
   * @param photos each processed photo by its original's site path
   * @param fromCache how many photos came from the cache without being read or decoded
   * @param pruned cache entries deleted because no photo of this build needs them
   */
  public record Result(Map<String, ProcessedPhoto> photos, int fromCache, int pruned) {}

  private final VariantSettings settings;
  private final MetadataKeepList keep;
  private final Function<PhotoFacts, String> caption;
  private final Optional<WebpEncoder> webp;
  private final ImageSanitizer sanitizer;

  /**
   * @param keep the photo facts captions may show ({@code privacy.photo.keep})
   * @param caption formats the kept facts as a caption line
   * @param webp the WebP encoder; empty for JPEG-only variants (the caller, which looked for it,
   *     says once a build that it is missing: a build may process its photos in more than one go)
   */
  public PhotoProcessor(
      VariantSettings settings,
      MetadataKeepList keep,
      Function<PhotoFacts, String> caption,
      Optional<WebpEncoder> webp) {
    this.settings = settings;
    this.keep = keep;
    this.caption = caption;
    this.webp = webp;
    this.sanitizer =
        ImageSanitizer.withLimits(ImageSanitizer.DEFAULT_MAX_BYTES, settings.maxPixels());
  }

  /** Processes every photo; problems go to {@code diagnostics} as errors naming the photo. */
  public Result process(
      List<PhotoSource> photos, VariantSink sink, Diagnostics diagnostics, Progress progress) {
    VariantCache cache;
    try {
      cache = VariantCache.open(settings.cache(), sink != null);
    } catch (IOException e) {
      diagnostics.error(
          settings.cache().toString(),
          0,
          0,
          "cannot use the photo cache: "
              + e.getMessage()
              + "; check the folder or set gallery.cache in jbake.properties");
      return new Result(Map.of(), 0, 0);
    }
    Map<String, ProcessedPhoto> done = new ConcurrentHashMap<>();
    Set<String> used = ConcurrentHashMap.newKeySet();
    AtomicInteger hits = new AtomicInteger();
    AtomicInteger finished = new AtomicInteger();
    Semaphore memory = new Semaphore(memoryBudget());
    int threads = Math.max(1, Math.min(photos.size(), Runtime.getRuntime().availableProcessors()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> tasks = new ArrayList<>();
      for (PhotoSource photo : photos) {
        tasks.add(
            pool.submit(
                () -> {
                  try {
                    Work work = new Work(cache, sink, used, hits, memory);
                    done.put(photo.uri(), work.one(photo));
                  } catch (ImageException e) {
                    diagnostics.error(
                        photo.file(),
                        0,
                        0,
                        e.problem()
                            + "; the photo is not published"
                            + (photo.shownBy() == null
                                ? ""
                                : " (" + photo.shownBy() + " shows it)"));
                  } catch (OutOfMemoryError e) {
                    diagnostics.error(photo.file(), 0, 0, tooLargeForTheHeap(null));
                  } catch (IOException | RuntimeException e) {
                    diagnostics.error(
                        photo.file(),
                        0,
                        0,
                        "cannot publish the photo: "
                            + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "; check the file or export it again");
                  } finally {
                    progress.update(finished.incrementAndGet(), photos.size());
                  }
                }));
      }
      for (Future<?> task : tasks) {
        task.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      diagnostics.error(settings.cache().toString(), 0, 0, "photo processing was interrupted");
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a photo task failed outside its own handling", e);
    } finally {
      pool.shutdownNow();
    }
    int pruned = 0;
    try {
      if (sink != null && settings.tidy()) {
        cache.saveIndex(
            photos.stream().map(PhotoSource::path).collect(java.util.stream.Collectors.toSet()));
        pruned = cache.prune(used);
      }
    } catch (IOException e) {
      diagnostics.warning(
          settings.cache().toString(), 0, 0, "cannot tidy the photo cache: " + e.getMessage());
    }
    return new Result(Collections.unmodifiableMap(new TreeMap<>(done)), hits.get(), pruned);
  }

  /**
   * Three quarters of the heap, in MiB permits; a photo takes what its pixels need (decoded, about
   * 3 bytes a pixel, then its first halving at 4 bytes a pixel of a quarter as many, and the
   * variants), so a 24-megapixel photo takes about 130 MiB and two fit in bin/notebake's smallest
   * heap of 400 MiB.
   */
  private static int memoryBudget() {
    long mib = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return (int) Math.max(64, Math.min(Integer.MAX_VALUE, mib * 3 / 4));
  }

  /**
   * Why a photo that ran out of memory is not published, and what to give Java: the file is fine,
   * the heap is too small for its pixels (about 10 bytes a pixel at its peak, with the rest of the
   * build). {@code header} is its width and height, if known.
   */
  static String tooLargeForTheHeap(int[] header) {
    long heap = Runtime.getRuntime().maxMemory() >> 20;
    long pixels = header == null ? 0 : (long) header[0] * header[1];
    long needed = Math.max(1024, heap + pixels * 10 / (1 << 20));
    long gib = (needed + 1023) / 1024;
    return "the photo"
        + (header == null
            ? ""
            : " is " + header[0] + "x" + header[1] + " pixels (" + pixels / 1_000_000 + " MP) and")
        + " is too large for Java's "
        + heap
        + " MiB heap; give Java more memory, e.g. NOTEBAKE_JAVA_OPTS=-Xmx"
        + gib
        + "g, or export a smaller version for the web";
  }

  /** The options every variant depends on: any change makes new cache keys. */
  private String fingerprint() {
    return VERSION
        + ";widths="
        + settings.widths()
        + ";jpeg="
        + FallbackEncoder.JPEG_QUALITY
        + ";webp="
        + webp.map(WebpEncoder::id).orElse("none")
        + ";keep="
        + new TreeMap<>(
            keep.fields().stream()
                .collect(java.util.stream.Collectors.toMap(f -> f.name(), f -> true)))
        + ";originals="
        + settings.originals();
  }

  /**
   * Where a variant of the photo at {@code uri} is published: beside it, {@code tulips.jpg} gives
   * {@code tulips-960w.webp}; a PNG or WebP keeps its type in the name ({@code plan-png-960w.jpg})
   * so that {@code plan.png} and {@code plan.jpg} in one folder do not collide.
   */
  public static String variantPath(String uri, int width, VariantFormat format) {
    int dot = uri.lastIndexOf('.');
    int slash = uri.lastIndexOf('/');
    String stem = dot > slash ? uri.substring(0, dot) : uri;
    String ext = dot > slash ? uri.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    String type = ext.equals("jpg") || ext.equals("jpeg") || ext.isEmpty() ? "" : "-" + ext;
    return stem + type + "-" + width + "w." + format.extension();
  }

  /** One photo's processing, on a worker thread. */
  private final class Work {
    private final VariantCache cache;
    private final VariantSink sink;
    private final Set<String> used;
    private final AtomicInteger hits;
    private final Semaphore memory;

    Work(
        VariantCache cache,
        VariantSink sink,
        Set<String> used,
        AtomicInteger hits,
        Semaphore memory) {
      this.cache = cache;
      this.sink = sink;
      this.used = used;
      this.hits = hits;
      this.memory = memory;
    }

    ProcessedPhoto one(PhotoSource photo) throws ImageException, IOException {
      long size = Files.size(photo.path());
      if (size > ImageSanitizer.DEFAULT_MAX_BYTES) {
        throw new ImageException(
            photo.file(),
            String.format(
                Locale.ROOT,
                "image is %.1f MB, more than the %d MB limit; export a smaller version for the web",
                size / 1048576.0,
                ImageSanitizer.DEFAULT_MAX_BYTES / 1048576));
      }
      byte[][] read = new byte[1][];
      String key =
          VariantCache.sha256(cache.contentHash(photo.path(), read) + "\n" + fingerprint());
      used.add(key);
      Optional<VariantCache.Entry> cached = cache.load(key);
      VariantCache.Entry entry;
      if (cached.isPresent()) {
        hits.incrementAndGet();
        entry = cached.get();
      } else {
        byte[] bytes = read[0] != null ? read[0] : Files.readAllBytes(photo.path());
        entry = sink == null ? plan(photo.file(), bytes) : build(photo.file(), bytes);
        entry = cache.store(key, entry);
      }
      return publish(photo, entry);
    }

    private ProcessedPhoto publish(PhotoSource photo, VariantCache.Entry entry) throws IOException {
      List<ImageVariant> variants = new ArrayList<>();
      for (VariantCache.StoredVariant v : entry.variants()) {
        ImageVariant variant =
            new ImageVariant(
                variantPath(photo.uri(), v.width(), v.format()), v.format(), v.width(), v.height());
        variants.add(variant);
        if (sink != null) {
          write(variant.path(), v.bytes(), entry.fileOf(v));
        }
      }
      boolean original = entry.original() != null;
      if (original && sink != null) {
        write(photo.uri(), entry.original(), entry.originalFile());
      }
      return new ProcessedPhoto(
          photo.uri(),
          entry.width(),
          entry.height(),
          entry.facts(),
          entry.color(),
          variants,
          original || (sink == null && settings.originals()));
    }

    private void write(String path, byte[] bytes, Path cached) throws IOException {
      if (cached == null) {
        sink.write(path, bytes);
      } else {
        sink.writeCached(path, bytes, cached);
      }
    }

    /** For notebake check: what would be published, from the header alone, nothing encoded. */
    private VariantCache.Entry plan(String file, byte[] bytes) throws ImageException {
      ImageFormat.detect(file, bytes);
      checkPixels(file, dimensions(file, bytes));
      SanitizedImage clean = sanitizer.sanitize(file, bytes, new ByteArrayOutputStream(), keep);
      List<VariantCache.StoredVariant> variants = new ArrayList<>();
      for (int width : settings.widthsFor(clean.width())) {
        int height = PixelScaler.heightFor(clean.width(), clean.height(), width);
        variants.add(new VariantCache.StoredVariant(VariantFormat.JPEG, width, height, null));
        if (webp.isPresent() && WebpEncoder.fits(width, height)) {
          variants.add(new VariantCache.StoredVariant(VariantFormat.WEBP, width, height, null));
        }
      }
      return new VariantCache.Entry(
          clean.width(), clean.height(), caption.apply(clean.facts()), "", variants, null);
    }

    private VariantCache.Entry build(String file, byte[] bytes) throws ImageException, IOException {
      ImageFormat.detect(file, bytes);
      int[] header = dimensions(file, bytes);
      checkPixels(file, header);
      List<Integer> widths = settings.widthsFor(Math.max(header[0], header[1]));
      int largest = widths.get(widths.size() - 1);
      int subsampling = Math.max(1, Math.min(header[0], header[1]) / (2 * largest));
      long pixels = (long) header[0] * header[1] / ((long) subsampling * subsampling);
      int permits = (int) Math.min(memoryBudget(), pixels * 5 / (1024 * 1024) + 16);
      memory.acquireUninterruptibly(permits);
      try {
        return encode(file, bytes, subsampling);
      } catch (OutOfMemoryError e) {
        throw new ImageException(file, tooLargeForTheHeap(header));
      } finally {
        memory.release(permits);
      }
    }

    private VariantCache.Entry encode(String file, byte[] bytes, int subsampling)
        throws ImageException, IOException {
      ByteArrayOutputStream upright = new ByteArrayOutputStream(bytes.length);
      SanitizedImage clean = sanitizer.sanitize(file, bytes, upright, keep);
      BufferedImage current = decode(file, upright.toByteArray(), subsampling);
      boolean alpha = current.getColorModel().hasAlpha();
      List<Integer> widths = new ArrayList<>(settings.widthsFor(clean.width()));
      widths.sort(Comparator.reverseOrder());
      List<VariantCache.StoredVariant> variants = new ArrayList<>();
      for (int width : widths) {
        int height = PixelScaler.heightFor(clean.width(), clean.height(), width);
        current = PixelScaler.scale(current, width, height, alpha);
        if (alpha && !PixelScaler.hasTransparency(current)) {
          alpha = false;
          current = PixelScaler.scale(current, width, height, false);
        }
        VariantFormat fallback = alpha ? VariantFormat.PNG : VariantFormat.JPEG;
        // A transparent PNG at its own width is the stripped PNG itself: ImageIO's PNG encoder
        // compresses less than most exporters, so encoding it again would only make it bigger.
        boolean asIs =
            fallback == VariantFormat.PNG
                && clean.format() == ImageFormat.PNG
                && width == clean.width()
                && height == clean.height();
        byte[] encoded = asIs ? upright.toByteArray() : FallbackEncoder.encode(current, fallback);
        variants.add(new VariantCache.StoredVariant(fallback, width, height, strip(file, encoded)));
        if (webp.isPresent() && WebpEncoder.fits(width, height)) {
          try {
            encoded = webp.get().encode(current);
          } catch (IOException e) {
            throw new ImageException(file, "cannot encode the WebP variant: " + e.getMessage(), e);
          }
          variants.add(
              new VariantCache.StoredVariant(
                  VariantFormat.WEBP, width, height, strip(file, encoded)));
        }
      }
      return new VariantCache.Entry(
          clean.width(),
          clean.height(),
          caption.apply(clean.facts()),
          PixelScaler.averageColor(current),
          variants,
          settings.originals() ? upright.toByteArray() : null);
    }

    /**
     * Encoders write from pixels, so they carry no EXIF, XMP or IPTC; the sanitizer still checks
     * each variant and removes whatever an encoder may have added (ImageIO's JFIF header stays).
     */
    private byte[] strip(String file, byte[] encoded) throws ImageException {
      ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length);
      sanitizer.sanitize(file + " (variant)", encoded, out, MetadataKeepList.none());
      return out.toByteArray();
    }

    private void checkPixels(String file, int[] header) throws ImageException {
      long pixels = (long) header[0] * header[1];
      if (pixels > settings.maxPixels()) {
        throw new ImageException(
            file,
            "image is "
                + header[0]
                + "x"
                + header[1]
                + " pixels ("
                + pixels / 1_000_000
                + " megapixels), more than gallery.max.pixels="
                + settings.maxPixels()
                + "; it is not decoded (a file this large could exhaust memory), export a smaller"
                + " version for the web or raise gallery.max.pixels");
      }
    }
  }

  /** Width and height from the header, without decoding a pixel. */
  static int[] dimensions(String file, byte[] bytes) throws ImageException {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = reader(file, in);
      try {
        reader.setInput(in, true, true);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new ImageException(
          file, "cannot read the image's size (" + e.getMessage() + "); export it again", e);
    }
  }

  /**
   * Decodes, every {@code subsampling}th pixel of every {@code subsampling}th row. A decoder
   * warning (a truncated JPEG decodes to grey with only a warning) is an error: a damaged photo is
   * never published half grey.
   */
  static BufferedImage decode(String file, byte[] bytes, int subsampling) throws ImageException {
    List<String> warnings = Collections.synchronizedList(new ArrayList<>());
    BufferedImage image;
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      ImageReader reader = reader(file, in);
      try {
        reader.setInput(in, true, true);
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam param = reader.getDefaultReadParam();
        if (subsampling > 1) {
          param.setSourceSubsampling(subsampling, subsampling, 0, 0);
        }
        image = reader.read(0, param);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException e) {
      throw new ImageException(
          file,
          "cannot decode the image ("
              + e.getMessage()
              + "); it may be truncated or damaged, export it again",
          e);
    }
    if (!warnings.isEmpty()) {
      throw new ImageException(
          file,
          "the image is damaged (" + warnings.get(0) + "); it may be truncated, export it again");
    }
    return image;
  }

  private static ImageReader reader(String file, ImageInputStream in) throws ImageException {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      throw new ImageException(file, "no decoder for this image; export it as JPEG, PNG or WebP");
    }
    return readers.next();
  }
}
