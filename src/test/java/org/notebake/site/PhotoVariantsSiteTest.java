package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole bakes: photos go out as variants only, pages and feeds point at them, and the cache. */
class PhotoVariantsSiteTest {
  @TempDir Path dir;

  private static byte[] jpeg(int w, int h) throws Exception {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setPaint(new java.awt.GradientPaint(0, 0, Color.ORANGE, w, h, Color.BLUE));
    g.fillRect(0, 0, w, h);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  private SiteFixture site() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.title=Avery Quinn
            site.author=Avery Quinn
            site.host=https://avery.example.org/
            publish.folders=gallery,essays
            -- gallery/show.md --
            ---
            title: Spring show
            cover: wall.jpg
            ---
            ![[wall.jpg|A wall of tulips]]

            [The wall, full size](wall.jpg)
            -- essays/walls.md --
            ---
            title: On walls
            ---
            ![[wall.jpg|The same wall]]
            """);
    Files.write(site.root().resolve("gallery/wall.jpg"), jpeg(1200, 800));
    return site;
  }

  @Test
  void photosGoOutAsVariantsOnlyAndEveryReferencePointsAtThem() throws Exception {
    SiteFixture site = site();

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains("gallery/wall-480w.jpg", "gallery/wall-960w.jpg", "gallery/wall-1200w.jpg")
        .doesNotContain("gallery/wall.jpg");
    String show = site.read("gallery/show.html");
    assertThat(show)
        .contains("<picture>")
        .contains("srcset=\"../gallery/wall-480w.jpg 480w, ../gallery/wall-960w.jpg 960w,")
        .contains("href=\"../gallery/wall-1200w.jpg\" data-width=\"1200\" data-height=\"800\"")
        .contains("content=\"https://avery.example.org/gallery/wall-1200w.jpg\"");
    assertThat(site.everything()).doesNotContain("wall.jpg");
    assertThat(dir.resolve(".notebake-cache/vault-out/photos/CACHEDIR.TAG")).exists();
  }

  @Test
  void aSecondBakeTakesThePhotosFromTheCacheByteForByte() throws Exception {
    SiteFixture site = site();
    assertThat(site.bake().exitCode()).isZero();
    Map<String, byte[]> first = variants(site);

    SiteFixture.Result again = site.bake("--verbose");

    assertThat(again.exitCode()).as(again.toString()).isZero();
    Map<String, byte[]> second = variants(site);
    assertThat(second.keySet()).isEqualTo(first.keySet()).isNotEmpty();
    first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void aCleanBakeLinksTheCachedVariantsAndACacheRebuildNeverTouchesTheSite() throws Exception {
    SiteFixture site = site();
    assertThat(site.bake().exitCode()).isZero();
    Map<String, byte[]> first = variants(site);
    deleteTree(site.output());

    SiteFixture.Result clean = site.bake();

    assertThat(clean.exitCode()).as(clean.toString()).isZero();
    Path published = site.output().resolve("gallery/wall-480w.jpg");
    Path cached;
    try (var files = Files.walk(dir.resolve(".notebake-cache/vault-out/photos"))) {
      cached = files.filter(f -> f.getFileName().toString().equals("480.jpg")).findFirst().get();
    }
    // One file, two names: nothing copied.
    assertThat(Files.isSameFile(published, cached)).isTrue();
    assertThat(variants(site)).containsOnlyKeys(first.keySet());
    first.forEach(
        (path, bytes) -> {
          try {
            assertThat(Files.readAllBytes(site.output().resolve(path))).as(path).isEqualTo(bytes);
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });

    // The cache replaces an entry's files (a damaged one is rebuilt), never writes them in place.
    Path replacement = cached.resolveSibling("replacement.part");
    Files.write(replacement, new byte[] {1, 2, 3});
    Files.move(replacement, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(Files.readAllBytes(published)).isEqualTo(first.get("gallery/wall-480w.jpg"));

    SiteFixture.Result again = site.bake();

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(Files.readAllBytes(published)).isEqualTo(first.get("gallery/wall-480w.jpg"));
    assertThat(Files.readAllBytes(cached)).isEqualTo(first.get("gallery/wall-480w.jpg"));
  }

  /**
   * A photo redacted in place (a face painted over in an uncompressed PNG keeps its size) and given
   * its old time back ({@code touch -r}, {@code cp -p}) was taken as unchanged by its size and time
   * alone: the next bake published the old picture's variants.
   */
  @Test
  void aPhotoEditedInPlaceToTheSameSizeAndTimeIsProcessedAgain() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.title=Avery Quinn
            site.author=Avery Quinn
            publish.folders=gallery
            -- gallery/show.md --
            ---
            title: Spring show
            ---
            ![[door.png|A door]]
            """);
    Path photo = site.root().resolve("gallery/door.png");
    Files.write(photo, storedPng(Color.RED));
    assertThat(site.bake().exitCode()).isZero();
    Thread.sleep(2_100); // the photo's times settle, so the next bake remembers them
    assertThat(site.bake().exitCode()).isZero();
    assertThat(site.read("gallery/show.html")).contains("background-color:#ff0000");
    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(photo);

    byte[] redacted = storedPng(Color.BLUE);
    try (var out =
        Files.newOutputStream(photo, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(redacted); // in place: the same file, the same size
    }
    Files.setLastModifiedTime(photo, time);
    SiteFixture.Result again = site.bake();

    assertThat(again.exitCode()).as(again.toString()).isZero();
    assertThat(site.read("gallery/show.html"))
        .contains("background-color:#0000ff")
        .doesNotContain("#ff0000");
    BufferedImage variant =
        ImageIO.read(site.output().resolve("gallery/door-png-64w.jpg").toFile());
    assertThat(new Color(variant.getRGB(32, 24)).getBlue()).isGreaterThan(200);
  }

  /** A 64x48 PNG of one colour, stored without compression: its size depends on nothing else. */
  private static byte[] storedPng(Color color) throws Exception {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    for (int y = 0; y < 48; y++) {
      raw.write(0);
      for (int x = 0; x < 64; x++) {
        raw.write(
            new byte[] {(byte) color.getRed(), (byte) color.getGreen(), (byte) color.getBlue()});
      }
    }
    java.util.zip.Deflater stored =
        new java.util.zip.Deflater(java.util.zip.Deflater.NO_COMPRESSION);
    ByteArrayOutputStream idat = new ByteArrayOutputStream();
    try (var out = new java.util.zip.DeflaterOutputStream(idat, stored)) {
      out.write(raw.toByteArray());
    }
    java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(64).putInt(48);
    header.put(new byte[] {8, 2, 0, 0, 0});
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    chunk(png, "IHDR", header.array());
    chunk(png, "IDAT", idat.toByteArray());
    chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws Exception {
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    crc.update(data);
    java.io.DataOutputStream out = new java.io.DataOutputStream(png);
    out.writeInt(data.length);
    out.writeBytes(type);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void aDamagedPhotoFailsTheBuildNamingItAndThePreviousSiteStays() throws Exception {
    SiteFixture site = site();
    assertThat(site.bake().exitCode()).isZero();
    String before = site.read("gallery/show.html");
    byte[] whole = jpeg(900, 600);
    Files.write(site.root().resolve("gallery/cut.jpg"), Arrays.copyOf(whole, whole.length / 2));
    site.add(
        """
        -- gallery/show.md --
        ---
        title: Spring show
        ---
        ![[wall.jpg|A wall of tulips]] ![[cut.jpg|A cut photo]]
        """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("gallery/cut.jpg").contains("error");
    assertThat(site.read("gallery/show.html")).isEqualTo(before);
  }

  private static Map<String, byte[]> variants(SiteFixture site) throws Exception {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String file : site.files()) {
      if (file.matches("gallery/wall-\\d+w\\.(jpg|webp)")) {
        out.put(file, Files.readAllBytes(site.output().resolve(file)));
      }
    }
    return out;
  }
}
