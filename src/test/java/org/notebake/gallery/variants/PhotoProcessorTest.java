package org.notebake.gallery.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.VariantSettings;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.gallery.MetadataKeepList;
import org.notebake.gallery.PhotoFixtures;

class PhotoProcessorTest {
  @TempDir Path dir;

  private final Map<String, byte[]> written = new ConcurrentHashMap<>();
  private final Diagnostics diagnostics = new Diagnostics();

  private PhotoProcessor processor(List<Integer> widths, boolean originals, long maxPixels) {
    return new PhotoProcessor(
        new VariantSettings(widths, originals, maxPixels, dir.resolve("cache")),
        MetadataKeepList.none(),
        facts -> "",
        WebpEncoder.detect());
  }

  private PhotoProcessor processor() {
    return processor(List.of(480, 960, 1600), false, 100_000_000L);
  }

  private PhotoSource photo(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve("vault").resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    return new PhotoSource("gallery/" + name, file, "gallery/" + name, null);
  }

  private PhotoProcessor.Result run(PhotoProcessor processor, PhotoSource... photos) {
    written.clear();
    return processor.process(List.of(photos), written::put, diagnostics, (done, total) -> {});
  }

  @Test
  void variantsAtEachWidthNeverUpscaledWithTheOwnWidthAdded() throws Exception {
    PhotoSource source = photo("field.jpg", jpeg(1000, 600));

    ProcessedPhoto photo = run(processor(), source).photos().get("gallery/field.jpg");

    assertThat(errors()).isEmpty();
    assertThat(photo.in(VariantFormat.JPEG))
        .extracting(ImageVariant::width)
        .containsExactly(480, 960, 1000);
    for (ImageVariant variant : photo.in(VariantFormat.JPEG)) {
      byte[] bytes = written.get(variant.path());
      assertThat(bytes).startsWith(0xFF, 0xD8, 0xFF);
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
      assertThat(decoded.getWidth()).isEqualTo(variant.width());
      assertThat(decoded.getHeight()).isEqualTo(variant.height());
    }
    assertThat(photo.in(VariantFormat.JPEG).get(0).height()).isEqualTo(288);
    assertThat(written).doesNotContainKey("gallery/field.jpg");
    assertThat(photo.color()).matches("#[0-9a-f]{6}");
  }

  @Test
  void webpVariantsBesideTheJpegsWhenCwebpIsInstalled() throws Exception {
    assumeTrue(WebpEncoder.detect().isPresent(), "cwebp is not installed");
    PhotoSource source = photo("field.jpg", jpeg(1000, 600));

    ProcessedPhoto photo = run(processor(), source).photos().get("gallery/field.jpg");

    assertThat(photo.in(VariantFormat.WEBP))
        .extracting(ImageVariant::path)
        .containsExactly(
            "gallery/field-480w.webp", "gallery/field-960w.webp", "gallery/field-1000w.webp");
    for (ImageVariant variant : photo.in(VariantFormat.WEBP)) {
      byte[] bytes = written.get(variant.path());
      assertThat(new String(bytes, 0, 4, "ISO-8859-1")).isEqualTo("RIFF");
      assertThat(new String(bytes, 8, 4, "ISO-8859-1")).isEqualTo("WEBP");
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
      assertThat(decoded.getWidth()).isEqualTo(variant.width());
      assertThat(decoded.getHeight()).isEqualTo(variant.height());
    }
  }

  @Test
  void aRotatedExifPhotoComesOutUprightWithNoMetadataInAnyVariant() throws Exception {
    // Stored 40x20, red block top-left; orientation 6 means the viewer sees it turned clockwise,
    // so the upright photo is 20x40 with the red block top-right.
    PhotoSource source = photo("turned.jpg", PhotoFixtures.jpegWithEverything(6));
    PhotoFixtures.assertHasPrivateMetadata(Files.readAllBytes(source.path()));

    ProcessedPhoto photo =
        run(processor(List.of(10, 20, 64), false, 100_000_000L), source)
            .photos()
            .get("gallery/turned.jpg");

    assertThat(errors()).isEmpty();
    assertThat(photo.width()).isEqualTo(20);
    assertThat(photo.height()).isEqualTo(40);
    assertThat(photo.variants()).isNotEmpty();
    for (ImageVariant variant : photo.variants()) {
      byte[] bytes = written.get(variant.path());
      PhotoFixtures.assertNoPrivateMetadata(bytes);
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(bytes));
      assertThat(decoded.getHeight()).isEqualTo(variant.width() * 2);
      if (variant.width() == 20) {
        assertThat(isRed(decoded.getRGB(16, 2))).as("red top-right").isTrue();
        assertThat(isRed(decoded.getRGB(2, 2))).as("blue top-left").isFalse();
      }
    }
  }

  @Test
  void unchangedPhotosComeFromTheCacheAndUnusedEntriesArePruned() throws Exception {
    PhotoSource a = photo("a.jpg", jpeg(700, 500));
    PhotoSource b = photo("b.jpg", jpeg(600, 400));
    PhotoProcessor.Result cold = run(processor(), a, b);
    Map<String, byte[]> first = new TreeMap<>(written);

    PhotoProcessor.Result warm = run(processor(), a, b);

    assertThat(cold.fromCache()).isZero();
    assertThat(warm.fromCache()).isEqualTo(2);
    assertThat(written.keySet()).isEqualTo(first.keySet());
    first.forEach((path, bytes) -> assertThat(written.get(path)).as(path).isEqualTo(bytes));
    assertThat(entries()).hasSize(2);

    PhotoProcessor.Result onlyA = run(processor(), a);

    assertThat(onlyA.fromCache()).isEqualTo(1);
    assertThat(onlyA.pruned()).isEqualTo(1);
    assertThat(entries()).hasSize(1);
  }

  @Test
  void aVariantFromTheCacheIsOfferedAsTheCachesOwnVerifiedFile() throws Exception {
    PhotoSource a = photo("a.jpg", jpeg(700, 500));
    Map<String, Path> linked = new ConcurrentHashMap<>();
    PhotoProcessor.VariantSink sink =
        new PhotoProcessor.VariantSink() {
          @Override
          public void write(String path, byte[] bytes) {
            written.put(path, bytes);
          }

          @Override
          public void writeCached(String path, byte[] bytes, Path file) throws java.io.IOException {
            assertThat(Files.readAllBytes(file)).as(path).isEqualTo(bytes);
            linked.put(path, file);
          }
        };
    processor().process(List.of(a), sink, diagnostics, (done, total) -> {});
    Map<String, byte[]> made = new TreeMap<>(written);
    assertThat(linked).isEmpty(); // made now: written

    written.clear();
    processor().process(List.of(a), sink, diagnostics, (done, total) -> {});

    assertThat(written).isEmpty();
    assertThat(linked.keySet()).isEqualTo(made.keySet());
    Path entry = entries().get(0);
    linked.forEach(
        (path, file) -> {
          assertThat(file.getParent()).isEqualTo(entry);
          try {
            assertThat(Files.readAllBytes(file)).as(path).isEqualTo(made.get(path));
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  void changedOptionsMakeNewVariants() throws Exception {
    PhotoSource a = photo("a.jpg", jpeg(700, 500));
    run(processor(), a);

    PhotoProcessor.Result other = run(processor(List.of(300, 600), false, 100_000_000L), a);

    assertThat(other.fromCache()).isZero();
    assertThat(written).containsKey("gallery/a-300w.jpg");
  }

  @Test
  void aCorruptCacheEntryIsRebuiltNeverTrusted() throws Exception {
    PhotoSource a = photo("a.jpg", jpeg(700, 500));
    run(processor(), a);
    byte[] good = written.get("gallery/a-480w.jpg");
    Path cached = entries().get(0).resolve("480." + VariantFormat.JPEG.extension());
    byte[] damaged = Files.readAllBytes(cached);
    damaged[damaged.length / 2] ^= 0x55;
    Files.write(cached, damaged);

    PhotoProcessor.Result again = run(processor(), a);

    assertThat(again.fromCache()).isZero();
    assertThat(written.get("gallery/a-480w.jpg")).isEqualTo(good);
    assertThat(Files.readAllBytes(cached)).isEqualTo(good);
  }

  @Test
  void aHeaderClaimingHugeDimensionsIsRefusedBeforeDecoding() throws Exception {
    // A decompression bomb: a few hundred bytes whose header says 30000 x 30000 pixels.
    PhotoSource bomb = photo("bomb.png", pngClaiming(30_000, 30_000));
    PhotoSource fine = photo("fine.jpg", jpeg(500, 300));

    PhotoProcessor.Result result = run(processor(), bomb, fine);

    assertThat(result.photos()).containsOnlyKeys("gallery/fine.jpg");
    assertThat(errors())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("gallery/bomb.png");
              assertThat(d.message()).contains("30000x30000", "gallery.max.pixels=100000000");
            });
  }

  @Test
  void truncatedCorruptAndNonImageFilesAreErrorsWhileTheOthersProcess() throws Exception {
    byte[] whole = jpeg(900, 600);
    PhotoSource truncated = photo("truncated.jpg", Arrays.copyOf(whole, whole.length / 2));
    PhotoSource text = photo("notes.jpg", "not a photo at all".getBytes("UTF-8"));
    byte[] png = png(300, 200);
    byte[] broken = png.clone();
    for (int i = 60; i < broken.length - 20; i++) {
      broken[i] = (byte) 0xA5;
    }
    PhotoSource corrupt = photo("corrupt.png", broken);
    PhotoSource good = photo("good.jpg", whole);

    PhotoProcessor.Result result = run(processor(), truncated, text, corrupt, good);

    assertThat(result.photos()).containsOnlyKeys("gallery/good.jpg");
    assertThat(errors())
        .extracting(Diagnostic::path)
        .containsExactlyInAnyOrder(
            "gallery/truncated.jpg", "gallery/notes.jpg", "gallery/corrupt.png");
    assertThat(written.keySet()).allMatch(p -> p.startsWith("gallery/good-"));
  }

  @Test
  void originalsArePublishedStrippedOnlyWhenAskedFor() throws Exception {
    PhotoSource source = photo("turned.jpg", PhotoFixtures.jpegWithEverything(6));

    run(processor(List.of(10, 20), false, 100_000_000L), source);
    assertThat(written).doesNotContainKey("gallery/turned.jpg");

    ProcessedPhoto photo =
        run(processor(List.of(10, 20), true, 100_000_000L), source)
            .photos()
            .get("gallery/turned.jpg");

    assertThat(photo.originalPublished()).isTrue();
    byte[] original = written.get("gallery/turned.jpg");
    PhotoFixtures.assertNoPrivateMetadata(original);
    assertThat(ImageIO.read(new ByteArrayInputStream(original)).getWidth()).isEqualTo(20);
  }

  @Test
  void aPhotoWithTransparencyFallsBackToPng() throws Exception {
    BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(5, 5, 0x80FF0000);
    PhotoSource source = photo("logo.png", encode(image, "png"));

    ProcessedPhoto photo =
        run(processor(List.of(100, 200), false, 100_000_000L), source)
            .photos()
            .get("gallery/logo.png");

    assertThat(photo.fallback()).isEqualTo(VariantFormat.PNG);
    assertThat(photo.in(VariantFormat.PNG))
        .extracting(ImageVariant::path)
        .containsExactly("gallery/logo-png-100w.png", "gallery/logo-png-200w.png");
    BufferedImage small =
        ImageIO.read(new ByteArrayInputStream(written.get("gallery/logo-png-100w.png")));
    assertThat(small.getRGB(2, 2) >>> 24).as("still transparent").isLessThan(0xFF);
    assertThat(written.get("gallery/logo-png-200w.png").length)
        .as("the PNG at its own width is not encoded again")
        .isLessThanOrEqualTo((int) Files.size(source.path()));
  }

  /**
   * WebP holds at most 16383 pixels a side: a long scanned page at its own width is published as
   * JPEG only, in bake and in check alike, not refused because cwebp cannot encode it.
   */
  @Test
  void aVariantTallerThanWebpAllowsIsJpegOnly() throws Exception {
    assumeTrue(WebpEncoder.detect().isPresent(), "cwebp is not installed");
    PhotoSource source = photo("scroll.jpg", jpeg(60, 17_000));

    ProcessedPhoto baked = run(processor(), source).photos().get("gallery/scroll.jpg");
    ProcessedPhoto checked =
        processor()
            .process(List.of(source), null, diagnostics, (done, total) -> {})
            .photos()
            .get("gallery/scroll.jpg");

    assertThat(errors()).isEmpty();
    assertThat(baked.in(VariantFormat.JPEG))
        .extracting(ImageVariant::height)
        .containsExactly(17_000);
    assertThat(baked.in(VariantFormat.WEBP)).isEmpty();
    assertThat(checked.variants()).isEqualTo(baked.variants());
  }

  @Test
  void runningOutOfMemoryNamesTheHeapAndTheSettingNotTheFile() {
    String message = PhotoProcessor.tooLargeForTheHeap(new int[] {2058, 19822});
    assertThat(message)
        .contains("2058x19822 pixels (40 MP)", "too large for Java's", "NOTEBAKE_JAVA_OPTS=-Xmx")
        .doesNotContain("export it again", "check the file");
  }

  @Test
  void checkWritesNothingNotEvenTheCacheAndReportsProgress() throws Exception {
    PhotoSource a = photo("a.jpg", jpeg(700, 500));
    PhotoSource b = photo("b.jpg", jpeg(800, 500));
    List<String> progress = java.util.Collections.synchronizedList(new ArrayList<>());

    PhotoProcessor.Result result =
        processor()
            .process(
                List.of(a, b),
                null,
                diagnostics,
                (done, total) -> progress.add(done + "/" + total));

    assertThat(result.photos().get("gallery/b.jpg").in(VariantFormat.JPEG))
        .extracting(ImageVariant::width)
        .containsExactly(480, 800);
    assertThat(dir.resolve("cache")).doesNotExist();
    assertThat(progress).containsExactlyInAnyOrder("1/2", "2/2");
  }

  @Test
  void pruningNeverTouchesAFolderTheCacheDidNotMake() throws Exception {
    // gallery.cache pointed at a folder that already holds someone's files, shaped like entries.
    Path cache = dir.resolve("cache");
    Path theirs = Files.createDirectories(cache.resolve("ab").resolve("a".repeat(64)));
    Files.writeString(theirs.resolve("keep.txt"), "mine");

    PhotoProcessor.Result result = run(processor(), photo("a.jpg", jpeg(500, 300)));

    assertThat(result.photos()).containsKey("gallery/a.jpg");
    assertThat(result.pruned()).isZero();
    assertThat(theirs.resolve("keep.txt")).hasContent("mine");
    assertThat(cache.resolve("CACHEDIR.TAG")).doesNotExist();
  }

  @Test
  void aBuildKilledWhileWritingAnEntryLeavesNothingThatIsTrusted() throws Exception {
    PhotoSource a = photo("a.jpg", jpeg(700, 500));
    run(processor(), a);
    Path entry = entries().get(0);
    // As if killed midway: a temporary folder left over, and the entry's index half written.
    Path leftover = Files.createDirectories(dir.resolve("cache").resolve(".tmp-123"));
    Files.writeString(leftover.resolve("480.jpg"), "half");
    Path index = entry.resolve("entry.properties");
    String text = Files.readString(index);
    Files.writeString(index, text.substring(0, text.length() / 2));

    PhotoProcessor.Result again = run(processor(), a);

    assertThat(errors()).isEmpty();
    assertThat(again.fromCache()).isZero();
    assertThat(leftover).doesNotExist();
    assertThat(settings(Files.readString(index))).isEqualTo(settings(text));
  }

  private static java.util.Set<String> settings(String properties) {
    return properties
        .lines()
        .filter(l -> !l.startsWith("#"))
        .collect(java.util.stream.Collectors.toSet());
  }

  private List<Path> entries() throws Exception {
    try (Stream<Path> walk = Files.walk(dir.resolve("cache"), 2)) {
      return walk.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}")).toList();
    }
  }

  private List<Diagnostic> errors() {
    return diagnostics.sorted().stream()
        .filter(d -> d.severity() == org.notebake.diagnostics.Severity.ERROR)
        .toList();
  }

  private static boolean isRed(int rgb) {
    Color c = new Color(rgb);
    return c.getRed() > 180 && c.getBlue() < 90;
  }

  /** A photo-like gradient with a few shapes, so the encoders have something to do. */
  static byte[] jpeg(int w, int h) {
    return encode(scene(w, h, BufferedImage.TYPE_INT_RGB), "jpeg");
  }

  static byte[] png(int w, int h) {
    return encode(scene(w, h, BufferedImage.TYPE_INT_RGB), "png");
  }

  private static BufferedImage scene(int w, int h, int type) {
    BufferedImage image = new BufferedImage(w, h, type);
    Graphics2D g = image.createGraphics();
    g.setPaint(
        new java.awt.GradientPaint(0, 0, new Color(70, 130, 200), 0, h, new Color(220, 200, 120)));
    g.fillRect(0, 0, w, h);
    g.setColor(new Color(40, 110, 50));
    g.fillOval(w / 4, h / 2, w / 2, h);
    g.dispose();
    return image;
  }

  static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A valid small PNG whose IHDR is rewritten to claim {@code w} x {@code h} (CRC fixed). */
  static byte[] pngClaiming(int w, int h) {
    byte[] png = png(8, 8);
    ByteBuffer.wrap(png, 16, 8).putInt(w).putInt(h);
    CRC32 crc = new CRC32();
    crc.update(png, 12, 17);
    ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
    return png;
  }
}
