package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Albums baked whole: the album page, the gallery index, sidecars, private photos, alt text. */
class AlbumSiteTest {
  private static final String CONFIG =
      """
      -- jbake.properties --
      site.host=https://avery.example.org/
      site.title=Avery Quinn
      site.author=Avery Quinn
      publish.folders=gallery,essays
      """;

  @TempDir Path dir;

  /** A small photo painted at test time: one colour, so each file differs. */
  static void photo(Path file, Color colour, String format) throws IOException {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(colour);
    g.fillRect(0, 0, 64, 48);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, format, out);
    Files.createDirectories(file.getParent());
    Files.write(file, out.toByteArray());
  }

  private SiteFixture showAlbum() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            CONFIG
                + """
                -- content/gallery/show/index.md --
                ---
                title: The show
                date: 2025-06-28
                cover: a.jpg
                order: [c.png, a.jpg]
                photos:
                  - file: a.jpg
                    alt: The entrance wall with fifteen prints
                    caption: Before the doors opened.
                  - file: b.jpg
                    alt: A visitor reading a caption
                ---
                The reflection comes first.

                ![[b.jpg]]
                -- content/essays/hello.md --
                Hello.
                -- content/gallery/show/c.png.md --
                ---
                alt: A floor plan with a dashed loop
                caption: Where people stood.
                ---
                -- content/gallery/show/secret.jpg.md --
                ---
                alt: CANARY-PRIVATE-ALT
                caption: CANARY-PRIVATE-CAPTION
                publish: false
                ---
                """);
    Path folder = site.root().resolve("content/gallery/show");
    photo(folder.resolve("a.jpg"), Color.ORANGE, "jpg");
    photo(folder.resolve("b.jpg"), Color.BLUE, "jpg");
    photo(folder.resolve("c.png"), Color.GREEN, "png");
    photo(folder.resolve("secret.jpg"), Color.RED, "jpg");
    return site;
  }

  /**
   * The page or file list with photo variants named as their originals ({@code a-64w.jpg}, {@code
   * a-64w.webp} → {@code a.jpg}; {@code c-png-64w.jpg} → {@code c.png}): these tests are about
   * albums, {@code PhotoVariantsSiteTest} about variants.
   */
  private static String originals(String text) {
    return text.replaceAll("([\\w.-]+?)-png-\\d+w\\.(?:jpg|webp|png)", "$1.png")
        .replaceAll("([\\w.-]+?)-\\d+w\\.(?:jpg|webp)", "$1.jpg");
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void albumPageShowsTheReflectionThenItsPhotosInOrderWithCaptions() throws IOException {
    SiteFixture site = showAlbum();

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("warning");
    String page = originals(site.read("gallery/show/index.html"));
    int reflection = page.indexOf("The reflection comes first.");
    int grid = page.indexOf("class=\"album-grid\"");
    assertThat(reflection).isPositive().isLessThan(grid);
    String album = page.substring(grid);
    assertThat(album.indexOf("show/c.png")).isLessThan(album.indexOf("show/a.jpg"));
    assertThat(album)
        .containsPattern(
            "<a href=\"[./]*gallery/show/a.jpg\" data-lightbox[^>]*>(<picture>.*?)?<img src=\"[./]*gallery/show/a.jpg\""
                + " alt=\"The entrance wall with fifteen prints\"[^>]* sizes=\"[^\"]+\"[^>]*"
                + " width=\"64\" height=\"48\"")
        .contains("<span class=\"album-caption\">Before the doors opened.</span>")
        .contains("alt=\"A floor plan with a dashed loop\"")
        .contains("Where people stood.");
    assertThat(page).contains("<p class=\"meta album-count\">3 photos</p>");
    assertThat(page)
        .contains(
            "<script defer src=\"../../js/lightbox.js\" data-labels=\"Photo viewer|Close|Previous photo|Next photo\"></script>")
        .contains("css/lightbox.css");
    assertThat(site.files()).contains("js/lightbox.js", "css/lightbox.css", "css/album.css");
  }

  @Test
  void aBarInALightboxWordStaysInItsWord() throws IOException {
    SiteFixture site = showAlbum();
    Path properties = site.root().resolve("jbake.properties");
    Files.writeString(
        properties,
        Files.readString(properties)
            + "ui.lightbox_close=Close | Esc\nui.lightbox_next=Next \\\\ on\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    // lightbox.js splits at each | not written \|: "Close | Esc" is one word, not two.
    assertThat(site.read("gallery/show/index.html"))
        .contains("data-labels=\"Photo viewer|Close \\| Esc|Previous photo|Next \\\\ on\"");
  }

  @Test
  void theCoverAndAPhotoTheReflectionEmbedsAreShownOnce() throws IOException {
    SiteFixture site = showAlbum();

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String page = originals(site.read("gallery/show/index.html"));
    String main = page.substring(page.indexOf("<main"));
    assertThat(count(main, "<img src=\"../../gallery/show/a.jpg\"")).as("cover").isEqualTo(1);
    assertThat(count(main, "show/b.jpg\"")).as("embedded in the reflection").isEqualTo(1);
    assertThat(main).doesNotContain("class=\"cover\"");
    assertThat(page)
        .contains("og:image\" content=\"https://avery.example.org/gallery/show/a.jpg\"");
  }

  @Test
  void privatePhotosAndSidecarsNeverReachTheOutput() throws IOException {
    SiteFixture site = showAlbum();

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files().stream().map(AlbumSiteTest::originals).toList())
        .contains("gallery/show/a.jpg", "gallery/show/b.jpg", "gallery/show/c.png")
        .noneMatch(f -> f.contains("secret"))
        .noneMatch(f -> f.contains(".png.") || f.contains(".jpg."));
    assertThat(site.everything())
        .doesNotContain("CANARY-PRIVATE")
        .doesNotContain("secret.jpg")
        .doesNotContain("Where people stood.\n---");
  }

  @Test
  void aPrivatePhotoCannotBePublishedByAnEmbedOrCoverElsewhere() throws IOException {
    SiteFixture site = showAlbum();
    site.add(
        """
        -- content/essays/leak.md --
        ---
        cover: gallery/show/secret.jpg
        ---
        ![[secret.jpg|a photo]]
        """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "content/essays/leak.md:4:1: warning: embedded photo \"secret.jpg\" is private (its"
                + " sidecar or its album's photos: list opts out of publishing)")
        .contains("content/essays/leak.md:2:1: warning: cover image");
    assertThat(site.files()).noneMatch(f -> f.contains("secret"));
    assertThat(site.everything()).doesNotContain("secret.jpg").doesNotContain("CANARY-PRIVATE");
  }

  /**
   * Red team: a photo the album's own list opts out ({@code publish: false} under {@code photos:})
   * was left out of the album only; an embed in another note, a cover or the site's avatar
   * published it. It is private to the whole site now, as a sidecar's opt-out makes it.
   */
  @Test
  void aPhotoTheAlbumsListOptsOutIsPrivateToTheWholeSite() throws IOException {
    SiteFixture site = showAlbum();
    site.add(
        """
        -- content/gallery/show/index.md --
        ---
        title: The show
        date: 2025-06-28
        cover: hidden.jpg
        photos:
          - file: a.jpg
            alt: The entrance wall with fifteen prints
          - file: hidden.jpg
            publish: false
        ---
        The reflection comes first.
        -- content/essays/leak.md --
        ---
        cover: gallery/show/hidden.jpg
        ---
        ![[hidden.jpg|a photo]]
        """);
    photo(site.root().resolve("content/gallery/show/hidden.jpg"), Color.MAGENTA, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("content/essays/leak.md:4:1: warning: embedded photo \"hidden.jpg\" is private");
    assertThat(site.files()).noneMatch(f -> f.contains("hidden"));
    assertThat(site.everything()).doesNotContain("hidden.jpg").doesNotContain("hidden-");

    Path properties = site.root().resolve("jbake.properties");
    Files.writeString(
        properties, Files.readString(properties) + "\nsite.avatar=gallery/show/hidden.jpg\n");
    SiteFixture.Result avatar = site.bake();
    assertThat(avatar.exitCode()).as(avatar.toString()).isEqualTo(1);
    assertThat(avatar.err()).contains("site.avatar=gallery/show/hidden.jpg names a private photo");
    assertThat(site.files()).noneMatch(f -> f.contains("hidden"));
  }

  /** The gallery index called any cover without alt text "Photo 1 of 1", whatever the album. */
  @Test
  void aCoverWithoutAltTextIsNumberedAsTheAlbumNumbersIt() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("trip"),
            CONFIG
                + """
                -- content/gallery/trip/index.md --
                ---
                title: Trip
                date: 2025-06-28
                cover: b.jpg
                ---
                Three photos.
                """);
    for (String name : java.util.List.of("a", "b", "c")) {
      photo(site.root().resolve("content/gallery/trip/" + name + ".jpg"), Color.GRAY, "jpg");
    }

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("gallery/index.html"))
        .contains("alt=\"Photo 2 of 3, Trip\"")
        .doesNotContain("of 1, Trip");
  }

  @Test
  void aPrivateAlbumPublishesNothing() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("private"),
            CONFIG
                + """
                -- content/gallery/family/index.md --
                ---
                title: CANARY-FAMILY-ALBUM
                draft: true
                photos:
                  - file: kids.jpg
                    alt: CANARY-FAMILY-ALT
                ---
                -- content/essays/hello.md --
                Hello.
                """);
    photo(site.root().resolve("content/gallery/family/kids.jpg"), Color.PINK, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).noneMatch(f -> f.startsWith("gallery/"));
    assertThat(site.everything()).doesNotContain("CANARY-FAMILY");
    assertThat(originals(site.read("index.html"))).doesNotContain("gallery/index.html");
  }

  /**
   * Real content (a Hugo photo blog, a note per photo named as the photo): {@code pond.md} beside
   * {@code pond.jpg} in an album was a gallery of its own with no photo, 232 of them on the gallery
   * page, and the photo had no caption. In a gallery album it describes the photo, as a Hugo bundle
   * holds it; outside an album, or beside two photos of its name, it is a note.
   */
  @Test
  void aNoteNamedAsItsPhotoInAnAlbumDescribesIt() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("stems"),
            CONFIG
                + """
                -- content/gallery/walk/index.md --
                ---
                title: Evening walk
                date: 2024-05-01
                ---
                A short walk.
                -- content/gallery/walk/pond.md --
                ---
                alt: A pond at dusk with one swan
                caption: The swan stayed.
                ---
                -- content/gallery/walk/swan.md --
                ---
                alt: A swan close up
                publish: false
                ---
                -- content/gallery/walk/bench.md --
                ---
                alt: A bench
                ---
                CANARY-BENCH-TEXT was its page.
                -- content/gallery/walk/twin.md --
                ---
                title: Twin
                ---
                Two photos share my name.
                -- content/essays/pond.md --
                ---
                title: Pond essay
                ---
                An essay beside a photo of its name.
                """);
    Path walk = site.root().resolve("content/gallery/walk");
    photo(walk.resolve("pond.jpg"), Color.BLUE, "jpg");
    photo(walk.resolve("swan.jpg"), Color.WHITE, "jpg");
    photo(walk.resolve("bench.jpg"), Color.GRAY, "jpg");
    photo(walk.resolve("twin.jpg"), Color.RED, "jpg");
    photo(walk.resolve("twin.png"), Color.RED, "png");
    photo(site.root().resolve("content/essays/pond.jpg"), Color.BLUE, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String album = site.read("gallery/walk/index.html");
    assertThat(album).contains("A pond at dusk with one swan").contains("The swan stayed.");
    assertThat(site.files())
        .doesNotContain(
            "gallery/walk/pond.html", "gallery/walk/swan.html", "gallery/walk/bench.html")
        .contains("gallery/walk/twin.html", "essays/pond.html");
    assertThat(site.everything()).doesNotContain("A swan close up").doesNotContain("CANARY-BENCH");
    assertThat(site.files()).noneMatch(f -> f.contains("swan") && !f.endsWith(".html"));
    assertThat(r.err())
        .contains("gallery/walk/bench.md:4:1: warning: describes the photo bench.jpg")
        .doesNotContain("pond.md:");
  }

  @Test
  void galleryIndexListsEveryAlbumNewestFirstWithCoverDateAndCount() throws IOException {
    SiteFixture site = showAlbum();
    site.add(
        """
        -- content/gallery/walk/index.md --
        ---
        title: The harbour walk
        date: 2025-09-14
        ---
        -- content/gallery/walk/boats.jpg.md --
        ---
        alt: Four boats on still water
        ---
        -- content/gallery/old-note.md --
        ---
        title: A single note from 2024
        date: 2024-03-01
        ---
        Words only.
        """);
    photo(site.root().resolve("content/gallery/walk/boats.jpg"), Color.CYAN, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String index = originals(site.read("gallery/index.html"));
    Matcher titles =
        Pattern.compile("<h2 class=\"post-title\"><a href=\"([^\"]+)\">").matcher(index);
    java.util.List<String> order = new java.util.ArrayList<>();
    while (titles.find()) {
      order.add(titles.group(1));
    }
    assertThat(order)
        .containsExactly(
            "../gallery/walk/index.html", "../gallery/show/index.html", "../gallery/old-note.html");
    assertThat(index)
        .contains("· 1 photo</p>")
        .contains("· 3 photos</p>")
        .contains("<img src=\"../gallery/walk/boats.jpg\" alt=\"Four boats on still water\"")
        .contains(
            "<img src=\"../gallery/show/a.jpg\" alt=\"The entrance wall with fifteen prints\"");
    assertThat(originals(site.read("index.html")))
        .contains("<a href=\"gallery/index.html\">Gallery</a>");
    assertThat(index)
        .contains("<a href=\"../gallery/index.html\" aria-current=\"page\">Gallery</a>");
    assertThat(originals(site.read("gallery/old-note.html"))).doesNotContain("lightbox.js");
  }

  @Test
  void embeddedPhotoTakesItsSidecarAltOrIsAWarning() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("embeds"),
            CONFIG
                + """
                -- content/essays/walk.md --
                ---
                title: A walk
                ---
                Intro.

                ![[wall.jpg]]

                ![[bare.jpg]]

                ![[bare.jpg|Rain on a window]]

                ![](bare.jpg)
                -- content/essays/wall.jpg.md --
                ---
                alt: Prints on a white wall
                ---
                """);
    photo(site.root().resolve("content/essays/wall.jpg"), Color.GRAY, "jpg");
    photo(site.root().resolve("content/essays/bare.jpg"), Color.YELLOW, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String page = originals(site.read("essays/walk.html"));
    assertThat(page)
        .contains("alt=\"Prints on a white wall\"")
        .contains("alt=\"Rain on a window\"");
    assertThat(r.err())
        .contains(
            "content/essays/walk.md:8:1: warning: the photo \"bare.jpg\" has no alt text, so people who"
                + " cannot see it learn nothing from it; write \"![[bare.jpg|what the photo shows]]\"")
        .contains(
            "content/essays/walk.md:12:1: warning: the photo \"bare.jpg\" has no alt text, so people who"
                + " cannot see it learn nothing from it; write \"![what the photo shows](bare.jpg)\"")
        .doesNotContain("walk.md:6:")
        .doesNotContain("walk.md:10:");
    assertThat(site.files()).doesNotContain("essays/wall.jpg.html");
  }

  /**
   * The album note {@code notebake new gallery} writes says to embed the photos in it; a photo
   * embedded there with alt text is shown with it (and not again in the grid), yet "a.jpg has no
   * alt text" was warned all the same. An embed without alt text is told once, at the embed.
   */
  @Test
  void aPhotoTheAlbumsOwnNoteEmbedsWithAltTextIsNotWarnedAbout() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("walk"),
            CONFIG
                + """
                -- content/gallery/walk/index.md --
                ---
                title: Walk
                ---
                ![[a.jpg|Red square]]
                ![[b.jpg]]
                """);
    Path folder = site.root().resolve("content/gallery/walk");
    photo(folder.resolve("a.jpg"), Color.RED, "jpg");
    photo(folder.resolve("b.jpg"), Color.GREEN, "jpg");
    photo(folder.resolve("c.jpg"), Color.BLUE, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(originals(site.read("gallery/walk/index.html")))
        .contains("alt=\"Red square\"")
        .as("the cover, a.jpg, is shared with the alt text its embed gives")
        .contains("<meta property=\"og:image:alt\" content=\"Red square\">");
    assertThat(r.err())
        .doesNotContain("\"a.jpg\" has no alt text")
        .contains(
            "content/gallery/walk/index.md:5:1: warning: the photo \"b.jpg\" has no alt text, so"
                + " people who cannot see it learn nothing from it; write \"![[b.jpg|what the photo"
                + " shows]]\"")
        .contains(
            "content/gallery/walk/c.jpg: warning: the photo \"c.jpg\" has no alt text, so people"
                + " who cannot see it learn nothing from it; write a sidecar \"c.jpg.md\" beside it"
                + " with alt: <what the photo shows>, list it under photos: in the album's index.md,"
                + " or embed it there with its alt text: ![[c.jpg|what the photo shows]]");
    assertThat(count(r.err(), "\"b.jpg\" has no alt text")).isEqualTo(1);
  }

  @Test
  void anEmbedGivesAltTextAndSizeTogetherAndTheAltWarningKeepsTheSize() throws IOException {
    // Obsidian reads ![[photo.jpg|alt|40]] as alt text and a width; the alt was "alt|40", and the
    // warning's fix for ![[photo.jpg|40]] dropped the width.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("sized"),
            CONFIG
                + """
                -- content/essays/walk.md --
                ---
                title: A walk
                ---
                ![[bare.jpg|Rain on a window|40]]

                ![A wet street|30x20](bare.jpg)

                ![[bare.jpg|40]]
                """);
    photo(site.root().resolve("content/essays/bare.jpg"), Color.YELLOW, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String page = originals(site.read("essays/walk.html"));
    assertThat(page)
        .contains("alt=\"Rain on a window\" width=\"40\"")
        .contains("alt=\"A wet street\" width=\"30\"")
        .doesNotContain("|40\"")
        .doesNotContain("|30x20");
    assertThat(r.err())
        .contains(
            "content/essays/walk.md:8:1: warning: the photo \"bare.jpg\" has no alt text, so people who"
                + " cannot see it learn nothing from it; write \"![[bare.jpg|what the photo"
                + " shows|40]]\"");
  }

  @Test
  void anUnreadableSidecarIsAnErrorAtItsLineAndItsPhotoIsNotPublished() throws IOException {
    SiteFixture site = showAlbum();
    site.add(
        """
        -- content/gallery/show/Broken.JPG.md --
        ---
        alt: [unclosed
        ---
        """);
    photo(site.root().resolve("content/gallery/show/Broken.JPG"), Color.MAGENTA, "jpg");

    SiteFixture.Result r = site.check();

    assertThat(r.exitCode()).as(r.toString()).isNotZero();
    assertThat(r.err()).contains("content/gallery/show/Broken.JPG.md:2:6: error: front matter");
  }

  @Test
  void aLargeAlbumWithOddNamesKeepsEveryPhotoInNameOrder() throws IOException {
    StringBuilder list = new StringBuilder("photos:\n");
    SiteFixture site =
        SiteFixture.of(dir.resolve("large"), CONFIG + "-- content/essays/e.md --\nHi.\n");
    for (int i = 0; i < 150; i++) {
      String name = String.format("%03d-Ünïcödé ☕ %d.png", 149 - i, i);
      photo(site.root().resolve("content/gallery/big/" + name), new Color(i, 80, 160), "png");
      list.append("  - file: \"").append(name).append("\"\n    alt: Photo ").append(i).append('\n');
    }
    site.add(
        "-- content/gallery/big/index.md --\n---\ntitle: Big\ndate: 2025-01-01\n"
            + list
            + "---\nMany.\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("alt text");
    String page = originals(site.read("gallery/big/index.html"));
    assertThat(count(page, "data-lightbox")).isEqualTo(150);
    assertThat(page.indexOf("000-")).isLessThan(page.indexOf("001-"));
    assertThat(page).contains("alt=\"Photo 149\"").contains("150 photos");
  }

  @Test
  void theGalleryIndexFollowsTheOutputExtension() throws IOException {
    SiteFixture site = showAlbum();
    site.add(
        CONFIG
            + """
            output.extension=.htm
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("gallery/index.htm", "gallery/show/index.htm");
    assertThat(originals(site.read("gallery/show/index.htm")))
        .contains("<a href=\"../../gallery/index.htm\">Gallery</a></p>");
  }

  /**
   * Real content (a Jekyll portfolio's albums of animations): a GIF listed under {@code photos:}
   * was left out of its album without a word, and an album of GIFs said "0 photos". It is published
   * as an embedded GIF is: stripped, its animation kept, no sized variants.
   */
  @Test
  void aGifInAnAlbumIsOneOfItsPhotos() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("gif"),
            CONFIG
                + """
                -- content/gallery/anim/index.md --
                ---
                title: Animations
                date: 2025-04-01
                photos:
                  - file: spin.gif
                    alt: A spinning square
                  - file: still.jpg
                    alt: A blue field
                ---
                Two pieces.
                -- content/essays/hello.md --
                Hello.
                """);
    Path folder = site.root().resolve("content/gallery/anim");
    photo(folder.resolve("spin.gif"), Color.YELLOW, "gif");
    photo(folder.resolve("still.jpg"), Color.BLUE, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("warning");
    String page = originals(site.read("gallery/anim/index.html"));
    assertThat(page)
        .contains("<p class=\"meta album-count\">2 photos</p>")
        .containsPattern("<img src=\"[./]*gallery/anim/spin.gif\" alt=\"A spinning square\"");
    assertThat(site.files()).contains("gallery/anim/spin.gif");
    assertThat(Files.readAllBytes(site.output().resolve("gallery/anim/spin.gif")))
        .startsWith("GIF8".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  /**
   * Real content: a {@code cover:} naming the photo its own album's list withholds was said to be
   * "not in the vault", and the album went out with no cover at all (a drawn card in previews, no
   * picture on the gallery page). It is told it is private, and the first published photo is the
   * cover; a link to the photo is told the same, not "create the note".
   */
  @Test
  void aCoverTheAlbumWithholdsIsToldSoAndTheFirstPublishedPhotoIsTheCover() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("withheld-cover"),
            CONFIG
                + """
                -- content/gallery/walk/index.md --
                ---
                title: Walk
                date: 2025-05-01
                cover: private.jpg
                photos:
                  - file: private.jpg
                    publish: false
                  - file: public.jpg
                    alt: A yellow wall
                ---
                A walk.

                [the private one](private.jpg)
                -- content/essays/hello.md --
                Hello.
                """);
    Path folder = site.root().resolve("content/gallery/walk");
    photo(folder.resolve("private.jpg"), Color.RED, "jpg");
    photo(folder.resolve("public.jpg"), Color.YELLOW, "jpg");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "content/gallery/walk/index.md:4:1: warning: cover image \"private.jpg\" is private")
        .contains(
            "content/gallery/walk/index.md:13:1: warning: link target \"private.jpg\" is a private"
                + " photo")
        .doesNotContain("not in the vault")
        .doesNotContain("create the note");
    String page = site.read("gallery/walk/index.html");
    assertThat(originals(page))
        .contains("og:image\" content=\"https://avery.example.org/gallery/walk/public.jpg\"");
    assertThat(originals(site.read("gallery/index.html"))).contains("gallery/walk/public.jpg");
    assertThat(site.files()).noneMatch(f -> f.contains("private"));
    assertThat(site.everything()).doesNotContain("private.jpg");
  }
}
