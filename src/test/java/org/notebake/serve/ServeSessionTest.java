package org.notebake.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.publish.DraftPreview;
import org.notebake.site.SiteBuilder;
import org.notebake.site.SiteFixture;

class ServeSessionTest {
  private static final String SITE =
      SiteFixture.FIELD_NOTES
          + """
      -- content/essays/signals.md --
      ---
      title: Signals
      ---
      The first version of signals.
      -- content/daily/2026-12-03.md --
      ---
      title: Morning pages
      ---
      A private draft about lanterns.
      """;

  @TempDir Path dir;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> get(ServeSession serve, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(serve.url() + path))
            .timeout(Duration.ofSeconds(10))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * serve's preview shares the bake's share-card cache (beside the configured output): it draws
   * nothing the bake drew already, and deletes none of the bake's cards, not even those of notes it
   * does not publish. Before, each serve started with an empty cache in its temporary folder and
   * drew every card again (about 20 s at 1,000 notes).
   */
  @Test
  void thePreviewSharesTheBakesCardCacheAndDeletesNoneOfIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE.replace(
                    "publish.folders=essays\n",
                    "publish.folders=essays\ndestination.folder=../site-out\n")
                + """
                -- content/essays/lanterns.md --
                ---
                title: Lanterns
                ---
                Light.
                """);
    assertEquals(0, site.bake().exitCode());
    Path configured = ConfigLoader.load(site.root(), null).output();
    assertEquals(site.output().toRealPath(), configured.toRealPath());
    Path cards = org.notebake.cards.CardCache.beside(configured).folder();
    java.util.Map<Path, java.nio.file.attribute.FileTime> baked = cardsIn(cards);
    assertEquals(3, baked.size(), "signals, lanterns and the site's card: " + baked);
    Files.delete(site.root().resolve("content/essays/lanterns.md"));
    try (ServeSession serve = ServeSession.start(site.root(), 0, false, line -> {})) {
      assertEquals(200, get(serve, "cards/essays/signals.png").statusCode());
      try (var inTemporary = Files.walk(serve.temporaryFolder())) {
        assertTrue(
            inTemporary.noneMatch(p -> p.getFileName().toString().endsWith(".cards")),
            "no card cache of its own");
      }
    }
    assertEquals(baked, cardsIn(cards), "the same cards, none drawn again, none deleted");
  }

  /**
   * A private note's card shows its title and tags: serve --drafts draws it into its own temporary
   * folder, gone when serve stops, and the shared cache beside the configured output (where a later
   * bake, or git, would find it) gains none.
   */
  @Test
  void draftsCardsStayInTheTemporaryFolderAndGoWithIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE.replace(
                "publish.folders=essays\n",
                "publish.folders=essays\ndestination.folder=../site-out\n"));
    assertEquals(0, site.bake().exitCode());
    Path cards =
        org.notebake.cards.CardCache.beside(ConfigLoader.load(site.root(), null).output()).folder();
    java.util.Map<Path, java.nio.file.attribute.FileTime> baked = cardsIn(cards);
    Path temporary;
    try (ServeSession serve = ServeSession.start(site.root(), 0, true, line -> {})) {
      temporary = serve.temporaryFolder();
      HttpResponse<byte[]> card =
          http.send(
              HttpRequest.newBuilder(URI.create(serve.url() + "cards/daily/2026-12-03.png"))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, card.statusCode(), "the draft has its card in the preview");
      assertEquals(baked, cardsIn(cards), "no draft's card in the shared cache");
    }
    assertFalse(Files.exists(temporary));
    assertEquals(0, site.bake().exitCode());
    assertEquals(baked, cardsIn(cards), "a later bake finds no draft's card");
  }

  /**
   * A photo only private notes show (on their own pages, or on a published page that embeds one) is
   * shrunk into serve --drafts' temporary folder, gone when serve stops. Before, its variants went
   * into the photo cache beside the configured output, which serve shares with bake, and stayed
   * there until the next bake pruned them. Published photos' variants are cached there as ever, and
   * the next bake reuses them.
   */
  @Test
  void aPhotoOnlyDraftsShowIsNeverCachedBesideTheConfiguredOutput() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE.replace(
                    "publish.folders=essays\n",
                    "publish.folders=essays\ndestination.folder=../site-out\n")
                + """
                -- content/essays/walls.md --
                ---
                title: Walls
                ---
                ![[wall.jpg]]
                -- content/daily/2026-12-04.md --
                ---
                title: Lantern photo
                ---
                ![[lantern.jpg]]
                """);
    Files.write(site.root().resolve("content/essays/wall.jpg"), jpeg(1200, 800));
    Files.write(site.root().resolve("content/daily/lantern.jpg"), jpeg(900, 600));
    assertEquals(0, site.bake().exitCode());
    Path cache = ConfigLoader.load(site.root(), null).photoVariants().cache();
    java.util.Map<Path, String> baked = photosIn(cache);
    assertEquals(List.of("1200x800"), List.copyOf(baked.values()), "the wall only");
    // Published since the bake: serve makes its variants, into the shared cache as before.
    site.add(
        """
        -- content/essays/doors.md --
        ---
        title: Doors
        ---
        ![[door.jpg]]
        -- content/essays/digest.md --
        ---
        title: Digest
        ---
        ![[2026-12-04]]
        """);
    Files.write(site.root().resolve("content/essays/door.jpg"), jpeg(1000, 700));
    Path temporary;
    try (ServeSession serve = ServeSession.start(site.root(), 0, true, line -> {})) {
      temporary = serve.temporaryFolder();
      assertTrue(serve.errors().isEmpty(), serve.errors().toString());
      assertTrue(get(serve, "daily/2026-12-04.html").body().contains("lantern-480w.jpg"));
      assertTrue(get(serve, "essays/digest.html").body().contains("lantern-480w.jpg"));
      assertEquals(200, get(serve, "daily/lantern-480w.jpg").statusCode());
      assertEquals(
          List.of("900x600"),
          List.copyOf(photosIn(temporary.resolve(".site.photos")).values()),
          "the lantern's variants are the preview's own");
    }
    assertFalse(Files.exists(temporary));
    java.util.Map<Path, String> served = photosIn(cache);
    assertEquals(
        java.util.Set.of("1200x800", "1000x700"),
        java.util.Set.copyOf(served.values()),
        "the wall's entry, the door's new one, nothing of the lantern: " + served);
    java.util.Map<Path, java.nio.file.attribute.FileTime> times = timesIn(cache);
    // A bake refuses to embed a private note: the digest is what the author drops first.
    Files.delete(site.root().resolve("content/essays/digest.md"));
    SiteFixture.Result bake = site.bake();
    assertEquals(0, bake.exitCode(), bake.toString());
    assertEquals(times, timesIn(cache), "the bake reuses both, makes and deletes none");
    assertFalse(site.everything().contains("lantern"), "nothing of the draft is baked");
  }

  private static byte[] jpeg(int w, int h) throws IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, w, h, java.awt.Color.BLUE));
    g.fillRect(0, 0, w, h);
    g.dispose();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpeg", out);
    return out.toByteArray();
  }

  /** Each entry of a photo variant cache, by folder, as its photo's size ({@code 1200x800}). */
  private static java.util.Map<Path, String> photosIn(Path cache) throws IOException {
    java.util.Map<Path, String> photos = new java.util.TreeMap<>();
    if (!Files.isDirectory(cache)) {
      return photos;
    }
    try (var files = Files.walk(cache)) {
      for (Path entry : files.filter(f -> f.endsWith("entry.properties")).toList()) {
        java.util.Properties p = new java.util.Properties();
        try (var in = Files.newBufferedReader(entry)) {
          p.load(in);
        }
        photos.put(entry.getParent(), p.getProperty("width") + "x" + p.getProperty("height"));
      }
    }
    return photos;
  }

  private static java.util.Map<Path, java.nio.file.attribute.FileTime> timesIn(Path cache)
      throws IOException {
    java.util.Map<Path, java.nio.file.attribute.FileTime> times = new java.util.TreeMap<>();
    try (var files = Files.walk(cache)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.endsWith("sources.tsv")) {
          times.put(file, Files.getLastModifiedTime(file));
        }
      }
    }
    return times;
  }

  private static java.util.Map<Path, java.nio.file.attribute.FileTime> cardsIn(Path folder)
      throws IOException {
    java.util.Map<Path, java.nio.file.attribute.FileTime> cards = new java.util.TreeMap<>();
    try (var files = Files.list(folder)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".png")).toList()) {
        cards.put(p, Files.getLastModifiedTime(p));
      }
    }
    return cards;
  }

  @Test
  void editedNoteIsRebuiltAndOpenTabsAreToldToReload() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    try (ServeSession serve = ServeSession.start(site.root(), 0, false, line -> {})) {
      HttpResponse<String> page = get(serve, "essays/signals.html");
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("The first version of signals."), page.body());
      assertTrue(page.body().contains("/__notebake/reload.js"), "reload script injected");
      BlockingQueue<String> events = listen(serve);
      waitFor(() -> serve.server().listenerCount() == 1);

      site.add(
          """
          -- content/essays/signals.md --
          ---
          title: Signals
          ---
          The second version of signals.
          """);

      assertEquals("event: reload", nextEvent(events));
      assertTrue(get(serve, "essays/signals.html").body().contains("The second version"));
      assertTrue(get(serve, "__notebake/reload.js").body().contains("EventSource"));
    }
  }

  @Test
  void aNoteSavedWhileTheFirstBuildRunsIsBuiltAfterIt() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    // The first build's line is logged inside that build: the save lands after the sources
    // were read and before the build ends, which is when a writer saves while serve starts.
    Consumer<String> saveDuringTheFirstBuild =
        line -> {
          log.add(line);
          if (log.size() == 1) {
            try {
              site.add(
                  """
                  -- content/essays/signals.md --
                  ---
                  title: Signals
                  ---
                  Saved while serve was starting.
                  """);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        };
    try (ServeSession serve = ServeSession.start(site.root(), 0, false, saveDuringTheFirstBuild)) {
      waitFor(() -> get(serve, "essays/signals.html").body().contains("Saved while serve"));
      // The page is served as soon as the new site is in place, a moment before the build is
      // counted: a second build counts within the wait, the first one never does.
      waitFor(() -> serve.builds() >= 2);
    }
  }

  @Test
  void aRebuildReusesTheUnchangedPagesAndWritesWhatACleanBakeWould() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
                -- content/essays/lanterns.md --
                ---
                title: Lanterns
                ---
                Lanterns, see [[signals]].
                """);
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (ServeSession serve = ServeSession.start(site.root(), 0, false, true, log::add)) {
      BlockingQueue<String> events = listen(serve);
      waitFor(() -> serve.server().listenerCount() == 1);
      assertTrue(log.get(log.size() - 1).contains("(0 of "), log.toString());
      site.add(
          """
          -- content/essays/lanterns.md --
          ---
          title: Lanterns
          ---
          Lanterns, see [[signals]]. A second paragraph.
          """);
      assertEquals("event: reload", nextEvent(events));
      assertTrue(get(serve, "essays/lanterns.html").body().contains("A second paragraph"));
      String built =
          log.stream().filter(l -> l.contains("built")).reduce((a, b) -> b).orElseThrow();
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\\((\\d+) of (\\d+) pages reused\\)").matcher(built);
      assertTrue(m.find(), built);
      assertTrue(
          Integer.parseInt(m.group(1)) > 0
              && Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2)),
          "some pages reused, the edited one made again: " + built + "\nevery build: " + log);
      int shortBuilds = serve.shortBuilds();
      assertTrue(shortBuilds >= 1, "an edit of a note's text redid only that note: " + log);
      site.add(
          """
          -- content/daily/2026-12-03.md --
          ---
          title: Morning pages
          ---
          A private draft about lanterns, and a second thought.
          """);
      assertEquals("event: reload", nextEvent(events));
      assertTrue(
          serve.shortBuilds() > shortBuilds, "a private note's edit changes nothing: " + log);

      Path clean = dir.resolve("clean");
      new org.notebake.site.SiteBuilder(
              org.notebake.config.ConfigLoader.load(site.root(), clean, serve.url()),
              new org.notebake.diagnostics.Diagnostics())
          .build(true, true);
      java.util.Map<String, Integer> baked = tree(clean);
      assertTrue(baked.remove(".notebake-output") != null, "a bake marks its output");
      assertEquals(
          baked,
          tree(serve.siteFolder()),
          "the served folder is what a clean bake at the server's address writes (but the"
              + " bake's marker: serve's folder is its own)");
    }
  }

  @Test
  void newFolderIsWatchedAndItsNotesAppear() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    try (ServeSession serve = ServeSession.start(site.root(), 0, false, line -> {})) {
      BlockingQueue<String> events = listen(serve);
      waitFor(() -> serve.server().listenerCount() == 1);
      Files.createDirectories(site.root().resolve("content/essays/deep/er"));
      assertEquals("event: reload", nextEvent(events));
      site.add(
          """
          -- content/essays/deep/er/lantern.md --
          A lantern in a new folder.
          """);
      waitFor(
          () ->
              Files.exists(serve.siteFolder().resolve("essays/deep/er/lantern.html"))
                  && get(serve, "essays/deep/er/lantern.html").statusCode() == 200);
    }
  }

  /**
   * Red team: a .notebakeignore written while serve ran started no rebuild, and a later edit of
   * another note took the short way, so the ignored note stayed on the preview; its removal brings
   * the note back.
   */
  @Test
  void anIgnoreFileWrittenOrRemovedRebuildsWhichNotesThereAre() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
                -- content/essays/diary.md --
                A diary the author will leave out.
                """);
    try (ServeSession serve = ServeSession.start(site.root(), 0, false, line -> {})) {
      waitFor(() -> get(serve, "essays/diary.html").statusCode() == 200);
      Path ignore = site.root().resolve("content/essays/.notebakeignore");
      Files.writeString(ignore, "diary.md\n");
      waitFor(() -> get(serve, "essays/diary.html").statusCode() == 404);
      Files.delete(ignore);
      waitFor(() -> get(serve, "essays/diary.html").statusCode() == 200);
    }
  }

  /**
   * Red team: with --drafts, a published note embedding a draft built without a word, though a bake
   * refuses that embed. The preview still shows the page as it would be with the draft published,
   * and says what the bake will say.
   */
  @Test
  void aPublishedNoteEmbeddingADraftIsToldTheBakeRefusesIt() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (ServeSession serve = ServeSession.start(site.root(), 0, true, log::add)) {
      BlockingQueue<String> events = listen(serve);
      waitFor(() -> serve.server().listenerCount() == 1);
      site.add(
          """
          -- content/essays/signals.md --
          ---
          title: Signals
          ---
          The first version of signals.

          ![[2026-12-03]]
          """);
      assertEquals("event: reload", nextEvent(events));
      assertTrue(get(serve, "essays/signals.html").body().contains("lanterns"));
      // The first build said nothing; the embed of the draft is the one warning (check lists it).
      waitFor(() -> log.size() == 2);
      assertFalse(log.get(0).contains("warning"), log.toString());
      assertTrue(log.get(1).contains("(1 warning:"), log.toString());
    }
  }

  @Test
  void brokenNoteShowsAnOverlayOverTheLastGoodSite() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (ServeSession serve = ServeSession.start(site.root(), 0, false, log::add)) {
      BlockingQueue<String> events = listen(serve);
      waitFor(() -> serve.server().listenerCount() == 1);
      site.add(
          """
          -- content/essays/signals.md --
          ---
          title: Signals
          date: [2026
          ---
          A broken version.
          """);

      assertEquals("event: errors", nextEvent(events));
      String data = events.poll(10, TimeUnit.SECONDS);
      assertTrue(data.startsWith("data: [\"content/essays/signals.md:3:"), data);
      String page = get(serve, "essays/signals.html").body();
      assertTrue(page.contains("The first version of signals."), "the last good site is served");
      assertTrue(page.contains("id=\"notebake-overlay\""), page);
      assertTrue(page.contains("content/essays/signals.md:3:"), page);
      assertTrue(log.stream().anyMatch(l -> l.contains("build failed")), log.toString());

      site.add(
          """
          -- content/essays/signals.md --
          ---
          title: Signals
          ---
          Fixed <b>again</b>.
          """);
      assertEquals("event: reload", nextEvent(events));
      page = get(serve, "essays/signals.html").body();
      assertFalse(page.contains("notebake-overlay"), "the overlay goes with the error");
      assertTrue(page.contains("Fixed"), page);
    }
  }

  @Test
  void aSiteWhoseFirstBuildFailsShowsTheErrorsAndAppearsWhenFixed() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    site.add(
        """
        -- content/essays/signals.md --
        ---
        title: [Signals
        ---
        Broken from the start.
        """);
    try (ServeSession serve = ServeSession.start(site.root(), 0, false, line -> {})) {
      HttpResponse<String> page = get(serve, "");
      assertEquals(404, page.statusCode());
      assertTrue(page.body().contains("content/essays/signals.md:2:"), page.body());
      assertTrue(page.body().contains("/__notebake/reload.js"), "reloads when it is fixed");
      BlockingQueue<String> events = listen(serve);
      waitFor(() -> serve.server().listenerCount() == 1);
      site.add(SITE);
      // SITE is several files, written one after another: a rebuild may start between two of
      // them and still find the broken note (an errors event) before the one that has them all.
      String event = nextEvent(events);
      for (int more = 0; event.equals("event: errors") && more < 5; more++) {
        event = nextEvent(events);
      }
      assertEquals("event: reload", event);
      assertTrue(get(serve, "essays/signals.html").body().contains("The first version"));
    }
  }

  @Test
  void draftsAreShownWithABannerOnlyWhenAskedAndNeverBaked() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    try (ServeSession serve = ServeSession.start(site.root(), 0, true, line -> {})) {
      HttpResponse<String> draft = get(serve, "daily/2026-12-03.html");
      assertEquals(200, draft.statusCode());
      assertTrue(draft.body().contains("lanterns"));
      assertTrue(draft.body().contains("Draft: not published"), draft.body());
      assertFalse(get(serve, "essays/signals.html").body().contains("Draft: not published"));
      // Writing the draft: its text alone changed, so only it is rendered again.
      BlockingQueue<String> events = listen(serve);
      waitFor(() -> serve.server().listenerCount() == 1);
      site.add(
          """
          -- content/daily/2026-12-03.md --
          ---
          title: Morning pages
          ---
          A private draft about lanterns, written on.
          """);
      assertEquals("event: reload", nextEvent(events));
      draft = get(serve, "daily/2026-12-03.html");
      assertTrue(draft.body().contains("written on"), draft.body());
      assertTrue(draft.body().contains("Draft: not published"), draft.body());
      assertTrue(serve.shortBuilds() >= 1, "a draft's edit takes the short way");
    }
    try (ServeSession serve = ServeSession.start(site.root(), 0, false, line -> {})) {
      assertEquals(404, get(serve, "daily/2026-12-03.html").statusCode());
    }
    SiteFixture.Result baked = site.bake();
    assertEquals(0, baked.exitCode(), baked.toString());
    String everything = site.everything();
    assertFalse(everything.contains("lanterns"), "a draft is never baked");
    assertFalse(everything.contains("__notebake"), "no reload script in bake output");
    assertFalse(everything.contains(LiveReload.MARKER), "nothing of serve in bake output");
    assertFalse(everything.contains("not published"));
  }

  /**
   * A web page whose own host name now resolves to 127.0.0.1 (DNS rebinding) reaches the preview
   * with its name in the Host header: refused, pages and event stream alike, so it cannot read the
   * drafts.
   */
  @Test
  void aRequestForAnotherHostIsRefusedSoNoPageCanRebindItsNameToTheDrafts() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    try (ServeSession serve = ServeSession.start(site.root(), 0, true, line -> {})) {
      int port = URI.create(serve.url()).getPort();
      for (String host :
          List.of(
              "attacker.example:" + port,
              "attacker.example",
              "127.0.0.1.attacker.example:" + port,
              "localhost:" + (port + 1),
              "127.0.0.1",
              "")) {
        for (String path : List.of("/daily/2026-12-03.html", "/__notebake/events", "/")) {
          String response = rawGet(port, path, host);
          assertTrue(response.startsWith("HTTP/1.1 403"), host + path + ": " + response);
          assertFalse(response.contains("lanterns"), host + path);
        }
      }
      assertTrue(rawGet(port, "/daily/2026-12-03.html", null).startsWith("HTTP/1.1 403"));
      for (String host : List.of("127.0.0.1:", "localhost:", "LocalHost:", "[::1]:")) {
        String response = rawGet(port, "/daily/2026-12-03.html", host + port);
        assertTrue(response.startsWith("HTTP/1.1 200"), host + ": " + response);
        assertTrue(response.contains("lanterns"), host);
      }
    }
  }

  /**
   * A page from another site that puts a preview address in an image or a script cannot read the
   * answer, but its load or error event said whether a private note or its share card is there:
   * such requests (the browser says so in {@code Sec-Fetch-*}) are refused, whether the note exists
   * or not, and every answer tells older browsers not to lend it to another site. Following a link
   * to the preview, and its own pages' requests, still work.
   */
  @Test
  void anotherSitesPageCannotProbeForDraftsThroughImagesOrScripts() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    try (ServeSession serve = ServeSession.start(site.root(), 0, true, line -> {})) {
      int port = URI.create(serve.url()).getPort();
      String host = "127.0.0.1:" + port;
      assertTrue(rawGet(port, "/cards/daily/2026-12-03.png", host).startsWith("HTTP/1.1 200"));
      for (String path :
          List.of(
              "/daily/2026-12-03.html",
              "/daily/2026-12-04.html",
              "/cards/daily/2026-12-03.png",
              "/__notebake/events")) {
        for (String fetch :
            List.of(
                "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\nSec-Fetch-Dest: image",
                "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: no-cors\r\nSec-Fetch-Dest: script",
                "Sec-Fetch-Site: same-site\r\nSec-Fetch-Mode: cors\r\nSec-Fetch-Dest: empty",
                "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: navigate\r\nSec-Fetch-Dest: iframe")) {
          String response = rawGet(port, path, host + "\r\n" + fetch);
          assertTrue(response.startsWith("HTTP/1.1 403"), path + " " + fetch + ": " + response);
          assertFalse(response.contains("lanterns"), path);
        }
      }
      for (String fetch :
          List.of(
              "Sec-Fetch-Site: cross-site\r\nSec-Fetch-Mode: navigate\r\nSec-Fetch-Dest: document",
              "Sec-Fetch-Site: none\r\nSec-Fetch-Mode: navigate\r\nSec-Fetch-Dest: document",
              "Sec-Fetch-Site: same-origin\r\nSec-Fetch-Mode: no-cors\r\nSec-Fetch-Dest: image")) {
        String path = fetch.contains("image") ? "/cards/daily/2026-12-03.png" : "/daily/2026-12-03";
        String response = rawGet(port, path, host + "\r\n" + fetch);
        assertTrue(response.startsWith("HTTP/1.1 200"), fetch + ": " + response);
        assertTrue(
            response.contains("\r\nCross-origin-resource-policy: same-origin\r\n"), response);
        assertTrue(response.contains("\r\nX-content-type-options: nosniff\r\n"), response);
      }
    }
  }

  /**
   * The response to a GET sent as raw bytes, with this Host header (none if null; more header lines
   * may follow it).
   */
  private static String rawGet(int port, String path, String host) throws IOException {
    try (java.net.Socket socket =
        new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      String request =
          "GET "
              + path
              + " HTTP/1.1\r\n"
              + (host == null ? "" : "Host: " + host + "\r\n")
              + "Connection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void draftsCannotBeWrittenOutsideAPreviewFolder() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    Path root = DraftPreview.createRoot();
    try {
      DraftPreview drafts = DraftPreview.in(root);
      SiteBuilder builder =
          new SiteBuilder(ConfigLoader.load(site.root(), site.output()), new Diagnostics());
      assertThrows(IllegalStateException.class, () -> builder.withDrafts(drafts));
      assertFalse(Files.exists(site.output()));
      Files.createDirectories(dir.resolve("plain"));
      assertThrows(IllegalArgumentException.class, () -> DraftPreview.in(dir.resolve("plain")));
    } finally {
      Files.delete(root.resolve(DraftPreview.MARKER));
      Files.delete(root);
    }
  }

  @Test
  void closingDeletesTheTemporaryFolderAndNothingLeavesTheSite() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    Files.writeString(dir.resolve("outside.txt"), "secret outside the site");
    Path temporary;
    try (ServeSession serve = ServeSession.start(site.root(), 0, false, line -> {})) {
      temporary = serve.temporaryFolder();
      assertTrue(Files.isDirectory(serve.siteFolder()));
      assertFalse(serve.siteFolder().startsWith(site.root()), "never inside the vault");
      assertFalse(Files.exists(site.output()), "never the configured output");
      for (String path :
          List.of(
              "../outside.txt", "%2e%2e/outside.txt", "essays/../../outside.txt", "..%2f..%2f")) {
        HttpResponse<String> r = get(serve, path);
        assertFalse(r.body().contains("secret outside"), path);
      }
      assertEquals(404, get(serve, "no/such/page.html").statusCode());
      // Locked while it runs, so another serve's sweep never takes it for a killed one's.
      try (java.nio.channels.FileChannel marker =
          java.nio.channels.FileChannel.open(temporary.resolve(DraftPreview.MARKER))) {
        assertThrows(
            java.nio.channels.OverlappingFileLockException.class,
            () -> marker.tryLock(0, Long.MAX_VALUE, true));
      }
    }
    assertFalse(Files.exists(temporary), "the temporary folder is removed");
  }

  /** Another user of the machine cannot list or read the drafts serve bakes into /tmp. */
  @Test
  void theTemporaryFolderIsOpenToItsOwnerAlone() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    try (ServeSession serve = ServeSession.start(site.root(), 0, true, line -> {})) {
      assertTrue(Files.exists(serve.siteFolder().resolve("daily/2026-12-03.html")));
      assertEquals(
          "rwx------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(serve.temporaryFolder())));
    }
  }

  @Test
  void takenPortIsAnIoError() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    try (java.net.ServerSocket taken =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThrows(
          IOException.class,
          () -> ServeSession.start(site.root(), taken.getLocalPort(), false, line -> {}));
    }
  }

  /** Opens the event stream on a thread; each "event:" and "data:" line arrives in the queue. */
  private static BlockingQueue<String> listen(ServeSession serve) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                InputStream in = URI.create(serve.url() + "__notebake/events").toURL().openStream();
                BufferedReader r =
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                  if (line.startsWith("event:") || line.startsWith("data:")) {
                    lines.add(line);
                  }
                }
              } catch (IOException e) {
                // the server stopped
              }
            });
    reader.setDaemon(true);
    reader.start();
    return lines;
  }

  /** The next "event:" line, skipping data lines of earlier events. */
  private static String nextEvent(BlockingQueue<String> lines) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < end) {
      String line = lines.poll(1, TimeUnit.SECONDS);
      if (line != null && line.startsWith("event:")) {
        return line;
      }
    }
    return "no event within 30 s";
  }

  interface Check {
    boolean holds() throws Exception;
  }

  /** Every file's path and bytes' hash. */
  private static java.util.Map<String, Integer> tree(Path root) throws java.io.IOException {
    java.util.Map<String, Integer> files = new java.util.TreeMap<>();
    try (var walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString(), java.util.Arrays.hashCode(Files.readAllBytes(file)));
      }
    }
    return files;
  }

  private static void waitFor(Check check) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!check.holds()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not within 30 s");
      }
      Thread.sleep(50);
    }
  }
}
