package org.notebake.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.diagnostics.Diagnostics;

class ShareCardsTest {
  @TempDir Path dir;

  private final CardPainter painter = new CardPainter(CardFont.bundled(), CardTheme.DEFAULT);
  private final AtomicInteger draws = new AtomicInteger();

  private ShareCards cards(Path cache) {
    Function<ShareCard, byte[]> counting =
        card -> {
          draws.incrementAndGet();
          return painter.paint(card);
        };
    return new ShareCards(new CardCache(cache), counting, "test-look");
  }

  private static ShareCards.Request request(String uri, String title, String... tags) {
    return new ShareCards.Request(
        ShareCards.path(uri), uri, new ShareCard(title, List.of(tags), "Avery Quinn"));
  }

  @Test
  void cardIsA1200By630Png() throws IOException {
    BufferedImage image =
        ImageIO.read(
            new ByteArrayInputStream(
                painter.paint(
                    new ShareCard(
                        "Tracing batch inference", List.of("observability"), "Avery Quinn"))));
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(630);
    // Drawn in the theme's colours: the background at a corner, the accent bar at the top.
    assertThat(image.getRGB(1199, 629) & 0xffffff).isEqualTo(0xfbfbf9);
    assertThat(image.getRGB(600, 5) & 0xffffff).isEqualTo(0x0b5a87);
    // The title is drawn: text-coloured pixels where its first line sits.
    assertThat(countColour(image, 0x1d232a, 80, 96, 1120, 100)).isGreaterThan(500);
  }

  @Test
  void secondBuildDrawsNothingAndAChangedTitleDrawsOneCard() throws IOException {
    Path cache = dir.resolve(".site.cards");
    List<ShareCards.Request> requests =
        List.of(
            request("essays/a.html", "First essay", "observability", "gpu"),
            request("essays/b.html", "Second essay"),
            request("projects/c.html", "Queue weather", "slurm"));
    ShareCards.Result first = cards(cache).produce(requests, new Diagnostics());
    assertThat(first.drawn()).isEqualTo(3);
    assertThat(draws).hasValue(3);
    assertThat(first.cards().keySet())
        .containsExactly("cards/essays/a.png", "cards/essays/b.png", "cards/projects/c.png");
    byte[] before = Files.readAllBytes(first.cards().get("cards/essays/a.png").file());

    ShareCards.Result second = cards(cache).produce(requests, new Diagnostics());
    assertThat(second.drawn()).isZero();
    assertThat(draws).hasValue(3);
    assertThat(Files.readAllBytes(second.cards().get("cards/essays/a.png").file()))
        .isEqualTo(before);

    List<ShareCards.Request> changed =
        List.of(
            request("essays/a.html", "First essay, revised", "observability", "gpu"),
            requests.get(1),
            requests.get(2));
    assertThat(cards(cache).produce(changed, new Diagnostics()).drawn()).isEqualTo(1);
    // The card of the old title leaves the cache; the others stay.
    try (var files = Files.list(cache)) {
      assertThat(files.filter(f -> f.toString().endsWith(".png"))).hasSize(3);
    }
    // A new tag, or a fourth tag the card does not show: only the first counts.
    assertThat(
            cards(cache)
                .produce(
                    List.of(request("essays/b.html", "Second essay", "new")), new Diagnostics())
                .drawn())
        .isEqualTo(1);
  }

  @Test
  void aHalfWrittenCachedCardIsDrawnAgain() throws IOException {
    Path cache = dir.resolve(".site.cards");
    List<ShareCards.Request> one = List.of(request("a.html", "A"));
    Path file = cards(cache).produce(one, new Diagnostics()).cards().get("cards/a.png").file();
    byte[] whole = Files.readAllBytes(file);
    // Found whole once in this process (serve): its file is not read again while it is unchanged.
    assertThat(cards(cache).produce(one, new Diagnostics()).drawn()).isEqualTo(0);
    // A build killed mid-write (or a disk that filled up) leaves a truncated file.
    Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertThat(cards(cache).produce(one, new Diagnostics()).drawn()).isEqualTo(1);
    assertThat(Files.readAllBytes(file)).isEqualTo(whole);
    try (var leftovers = Files.list(cache)) {
      assertThat(leftovers.map(p -> p.getFileName().toString()))
          .allMatch(n -> n.endsWith(".png") || n.equals(".gitignore"));
    }
  }

  @Test
  void aBuildDeletesOnlyTheCacheFilesItCouldHaveMadeAndNoLongerUses() throws IOException {
    Path cache = dir.resolve(".site.cards");
    List<ShareCards.Request> one = List.of(request("a.html", "A"));
    Path used = cards(cache).produce(one, new Diagnostics()).cards().get("cards/a.png").file();
    String hex = "0123456789abcdef0123456789abcdef";
    List<String> stale = List.of(hex + ".png", hex + "4711.part", hex + ".png.part");
    List<String> others =
        List.of(
            "notes.txt",
            hex.toUpperCase(java.util.Locale.ROOT) + ".png",
            hex + ".png.bak",
            hex.substring(1) + ".png",
            "x" + hex + ".png",
            hex + ".part.txt");
    for (String name : stale) {
      Files.writeString(cache.resolve(name), "old");
    }
    for (String name : others) {
      Files.writeString(cache.resolve(name), "someone else's");
    }
    cards(cache).produce(one, new Diagnostics());
    try (var left = Files.list(cache)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(
              java.util.stream.Stream.concat(
                      java.util.stream.Stream.of(used.getFileName().toString(), ".gitignore"),
                      others.stream())
                  .toList());
    }
  }

  @Test
  void aCacheThatCannotBeWrittenIsAnErrorNamingThePage() throws IOException {
    Path blocked = dir.resolve("file-not-folder");
    Files.writeString(blocked, "in the way");
    Diagnostics diagnostics = new Diagnostics();
    ShareCards.Result r =
        cards(blocked).produce(List.of(request("essays/a.html", "A")), diagnostics);
    assertThat(r.cards()).isEmpty();
    assertThat(diagnostics.hasErrors()).isTrue();
    assertThat(diagnostics.sorted().toString())
        .contains(
            "cannot store the share card of essays/a.html: something of that name already exists")
        .doesNotContain("Exception");
  }

  @Test
  void cacheLivesBesideTheOutputNeverInsideIt() {
    Path output = dir.resolve("site");
    assertThat(CardCache.beside(output).folder()).isEqualTo(dir.resolve(".site.cards"));
  }

  @Test
  void oddTitlesStayOnTheCard() throws IOException {
    String huge = "Observability ".repeat(20_000);
    List<String> titles =
        List.of(
            huge,
            "x".repeat(5_000),
            "مراقبة وحدات معالجة الرسومات",
            "Ζ̶̡a̷l̴g̵o̸ 🚀🛰️ \u202Eevil\u202C tab\there\u0000null",
            "",
            "\uD83D");
    long start = System.nanoTime();
    for (String title : titles) {
      BufferedImage image =
          ImageIO.read(
              new ByteArrayInputStream(
                  painter.paint(
                      new ShareCard(title, List.of("t".repeat(500), "b", "c", "d"), huge))));
      assertThat(image.getWidth()).isEqualTo(1200);
      assertThat(image.getHeight()).isEqualTo(630);
      // Nothing is drawn past the right margin: long text wraps or ends in an ellipsis.
      assertThat(countColour(image, 0x1d232a, 1125, 20, 75, 600)).as(title).isZero();
    }
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
  }

  @Test
  void pngEncoderKeepsEveryPixel() throws IOException {
    BufferedImage image = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
    java.util.Random random = new java.util.Random(42);
    for (int y = 0; y < 23; y++) {
      for (int x = 0; x < 37; x++) {
        // Noise, flat runs and repeated rows, so every filter gets chosen somewhere.
        image.setRGB(x, y, y % 5 == 0 ? 0x102030 : y % 3 == 0 ? x * 0x010203 : random.nextInt());
      }
    }
    BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
    for (int y = 0; y < 23; y++) {
      for (int x = 0; x < 37; x++) {
        assertThat(back.getRGB(x, y) & 0xffffff).isEqualTo(image.getRGB(x, y) & 0xffffff);
      }
    }
  }

  @Test
  void aCardPaintedOverAnotherIsTheCardPaintedFresh() {
    ShareCard dark = new ShareCard("A long title ".repeat(12), List.of("a", "b", "c"), "Avery");
    ShareCard light = new ShareCard("Short", List.of(), "A");
    byte[] fresh = new CardPainter(CardFont.bundled(), CardTheme.DEFAULT).paint(light);
    painter.paint(dark); // the canvas this thread reuses now holds a card full of text
    assertThat(painter.paint(light)).isEqualTo(fresh);
  }

  @Test
  void pngEncoderKeepsEveryPixelOfRandomImagesWithRepeatedRows() throws Exception {
    java.util.Random random = new java.util.Random(7);
    int[] colours = {0, 0xffffff, 0x1d232a, 0xf4f1ea};
    for (int round = 0; round < 300; round++) {
      int w = 1 + random.nextInt(40);
      int h = 1 + random.nextInt(40);
      BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < h; y++) {
        boolean repeat = y > 0 && random.nextInt(3) > 0; // runs of repeated rows, as on a card
        boolean flat = random.nextBoolean(); // black rows and rows of one colour too
        int colour = colours[random.nextInt(colours.length)];
        for (int x = 0; x < w; x++) {
          int rgb = flat ? colour : random.nextInt(4) == 0 ? random.nextInt() : colour;
          image.setRGB(x, y, repeat ? image.getRGB(x, y - 1) : rgb);
        }
      }
      byte[] png = PngEncoder.encode(image);
      assertThat(inflatedIdat(png)).as("round %d", round).hasSize(h * (1 + 3 * w));
      BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          assertThat(back.getRGB(x, y) & 0xffffff).isEqualTo(image.getRGB(x, y) & 0xffffff);
        }
      }
    }
  }

  /** The image data, inflated by zlib, which checks the stream's Adler-32 at its end. */
  private static byte[] inflatedIdat(byte[] png) throws java.util.zip.DataFormatException {
    java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
    java.nio.ByteBuffer chunks = java.nio.ByteBuffer.wrap(png, 8, png.length - 8);
    while (chunks.hasRemaining()) {
      int length = chunks.getInt();
      byte[] type = new byte[4];
      chunks.get(type);
      if (new String(type, java.nio.charset.StandardCharsets.US_ASCII).equals("IDAT")) {
        compressed.write(png, chunks.position(), length);
      }
      chunks.position(chunks.position() + length + 4);
    }
    java.util.zip.Inflater inflater = new java.util.zip.Inflater();
    inflater.setInput(compressed.toByteArray());
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    while (!inflater.finished()) {
      int n = inflater.inflate(buffer);
      assertThat(n > 0 || !inflater.needsInput()).as("stream ends early").isTrue();
      out.write(buffer, 0, n);
    }
    assertThat(inflater.getRemaining()).isZero();
    return out.toByteArray();
  }

  @Test
  void cardTextIsOnlyTitleTagsAndSiteName() {
    ShareCard card =
        new ShareCard(
            "Tracing\n batch", List.of("observability", "gpu", "slurm", "fourth"), "Avery Quinn");
    assertThat(card.text()).isEqualTo("Tracing batch\n#observability\n#gpu\n#slurm\nAvery Quinn\n");
  }

  @Test
  void paletteComesFromTheLightThemeOfTheStylesheet() {
    CardTheme theme =
        CardTheme.fromCss(
            ":root { --bg: #ffffff; --fg: #111; --accent:#aa0000; }\n"
                + "@media (prefers-color-scheme: dark) { :root { --bg: #000000; --fg: #eee; } }");
    assertThat(theme.background().getRGB() & 0xffffff).isEqualTo(0xffffff);
    assertThat(theme.text().getRGB() & 0xffffff).isEqualTo(0x111111);
    assertThat(theme.accent().getRGB() & 0xffffff).isEqualTo(0xaa0000);
    assertThat(theme.muted()).isEqualTo(CardTheme.DEFAULT.muted());
  }

  @Test
  void cardPathFollowsThePagePath() {
    assertThat(ShareCards.path("essays/a.html")).isEqualTo("cards/essays/a.png");
    assertThat(ShareCards.path("essays/a/index.html")).isEqualTo("cards/essays/a/index.png");
    assertThat(ShareCards.path("index.html")).isEqualTo("cards/index.png");
  }

  private static int countColour(BufferedImage image, int rgb, int x0, int y0, int w, int h) {
    int count = 0;
    for (int y = y0; y < Math.min(image.getHeight(), y0 + h); y++) {
      for (int x = x0; x < Math.min(image.getWidth(), x0 + w); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          count++;
        }
      }
    }
    return count;
  }
}
