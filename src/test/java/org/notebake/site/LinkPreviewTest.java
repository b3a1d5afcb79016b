package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, link previews: every page type has a title, a description, Open Graph and Twitter tags
 * with a share image of known size (its cover, or a card the build drew), and parseable JSON-LD of
 * its kind; feeds parse as Atom and JSON Feed; cards are drawn once and then come from the cache.
 */
class LinkPreviewTest {
  static final String HOST = "https://name.github.io/portfolio/";

  static final String VAULT =
      """
      -- jbake.properties --
      site.host=https://name.github.io/portfolio/
      site.title=Avery Quinn
      site.author=Avery Quinn
      site.role=Technical PM, AI infrastructure
      site.description=Essays on observability and GPU clusters.
      -- content/essays/Tracing batch inference.md --
      ---
      publish: true
      date: 2025-06-01
      tags: [observability, gpu, slurm, batch]
      ---
      Tracing a batch job from the queue to the GPU shows where the hours go: waiting, loading, \
      computing and writing back, each with its own signal and its own owner, and each one a \
      place where an hour can disappear without anyone noticing until the invoice arrives.

      ## Queue
      ## Load
      ## Compute
      -- content/essays/Second.md --
      ---
      publish: true
      date: 2025-06-02
      description: "A short one, with <angle> & \\"quotes\\"."
      tags: [observability]
      ---
      Back to [[Tracing batch inference]].
      -- content/projects/Queue weather.md --
      ---
      publish: true
      date: 2024-03-01
      role: Technical PM
      period: 2024–2025
      stack: [Slurm, Python]
      tags: [slurm]
      ---
      A forecast for the batch queue.
      -- content/projects/Covered.md --
      ---
      publish: true
      date: 2024-04-01
      cover: cover.png
      cover_alt: A chart of queue depth
      ---
      A project with its own picture.
      -- content/gallery/Show.md --
      ---
      publish: true
      date: 2025-01-10
      tags: [photography]
      ---
      Photographs from the show.
      -- content/pages/about.md --
      ---
      publish: true
      title: About
      ---
      I work on AI infrastructure.
      """;

  @TempDir Path dir;

  private SiteFixture site(String name) throws IOException {
    SiteFixture site = SiteFixture.of(dir.resolve(name), VAULT);
    BufferedImage cover = new BufferedImage(1600, 900, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = cover.createGraphics();
    g.setColor(new Color(0x336699));
    g.fillRect(0, 0, 1600, 900);
    g.dispose();
    ImageIO.write(cover, "png", site.root().resolve("content/projects/cover.png").toFile());
    return site;
  }

  @Test
  void everyPageHasTitleDescriptionOpenGraphAndTwitterTags() throws Exception {
    SiteFixture site = site("portfolio");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("warning");
    assertThat(site.everything()).doesNotContain("localhost");

    List<String> pages = site.files().stream().filter(f -> f.endsWith(".html")).toList();
    assertThat(pages)
        .contains(
            "index.html",
            "archive.html",
            "404.html",
            "essays/tracing-batch-inference.html",
            "projects/queue-weather.html",
            "gallery/show.html",
            "pages/about.html",
            "tags/observability.html");
    for (String file : pages) {
      Document page = Jsoup.parse(site.read(file));
      String where = file;
      assertThat(page.title()).as(where).isNotBlank();
      String description = meta(page, "name", "description");
      assertThat(description).as(where).isNotBlank();
      assertThat(description.length()).as(where).isLessThanOrEqualTo(160);
      assertThat(meta(page, "property", "og:description")).as(where).isEqualTo(description);
      assertThat(meta(page, "property", "og:title")).as(where).isNotBlank();
      assertThat(meta(page, "property", "og:type")).as(where).isIn("website", "article");
      String url = meta(page, "property", "og:url");
      assertThat(url).as(where).startsWith(HOST);
      assertThat(page.selectFirst("link[rel=canonical]").attr("href")).as(where).isEqualTo(url);
      assertThat(meta(page, "name", "twitter:card")).as(where).isEqualTo("summary_large_image");
      assertThat(meta(page, "property", "og:image:alt")).as(where).isNotBlank();

      String image = meta(page, "property", "og:image");
      assertThat(image).as(where).startsWith(HOST);
      Path imageFile = site.output().resolve(image.substring(HOST.length()));
      assertThat(imageFile).as(where).isRegularFile();
      BufferedImage pixels = ImageIO.read(imageFile.toFile());
      assertThat(meta(page, "property", "og:image:width"))
          .as(where)
          .isEqualTo(String.valueOf(pixels.getWidth()));
      assertThat(meta(page, "property", "og:image:height"))
          .as(where)
          .isEqualTo(String.valueOf(pixels.getHeight()));
    }

    Document essay = Jsoup.parse(site.read("essays/tracing-batch-inference.html"));
    assertThat(meta(essay, "property", "og:image"))
        .isEqualTo(HOST + "cards/essays/tracing-batch-inference.png");
    assertThat(meta(essay, "name", "description"))
        .startsWith("Tracing a batch job from the queue")
        .endsWith("…");
    Document covered = Jsoup.parse(site.read("projects/covered.html"));
    assertThat(meta(covered, "property", "og:image"))
        .isEqualTo(HOST + "projects/cover-png-1600w.jpg");
    assertThat(meta(covered, "property", "og:image:width")).isEqualTo("1600");
    assertThat(meta(covered, "property", "og:image:alt")).isEqualTo("A chart of queue depth");
    assertThat(site.files()).doesNotContain("cards/projects/covered.png");
    Document second = Jsoup.parse(site.read("essays/second.html"));
    assertThat(meta(second, "name", "description"))
        .isEqualTo("A short one, with <angle> & \"quotes\".");
    Document home = Jsoup.parse(site.read("index.html"));
    assertThat(meta(home, "property", "og:image")).isEqualTo(HOST + "cards/_site.png");
  }

  @Test
  void jsonLdParsesAndNamesEachPageTypesKind() throws Exception {
    SiteFixture site = site("portfolio");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("index.html", "Person");
    expected.put("pages/about.html", "Person");
    expected.put("essays/tracing-batch-inference.html", "BlogPosting");
    expected.put("essays/second.html", "BlogPosting");
    expected.put("projects/queue-weather.html", "CreativeWork");
    expected.put("gallery/show.html", "ImageGallery");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      List<JSONObject> data = jsonLd(site.read(e.getKey()));
      assertThat(data).as(e.getKey()).hasSize(1);
      JSONObject ld = data.get(0);
      assertThat(ld.get("@context")).isEqualTo("https://schema.org");
      assertThat(ld.get("@type")).as(e.getKey()).isEqualTo(e.getValue());
      if (!e.getValue().equals("Person")) {
        assertThat((String) ld.get("url")).isEqualTo(HOST + e.getKey());
        JSONObject image = (JSONObject) ld.get("image");
        assertThat((String) image.get("url")).startsWith(HOST);
        assertThat(((JSONObject) ld.get("author")).get("name")).isEqualTo("Avery Quinn");
      }
    }
    JSONObject person = jsonLd(site.read("index.html")).get(0);
    assertThat(person.get("name")).isEqualTo("Avery Quinn");
    assertThat(person.get("jobTitle")).isEqualTo("Technical PM, AI infrastructure");
    JSONObject second = jsonLd(site.read("essays/second.html")).get(0);
    assertThat(second.get("description")).isEqualTo("A short one, with <angle> & \"quotes\".");
    assertThat((JSONArray) second.get("keywords")).containsExactly("observability");
    JSONObject project = jsonLd(site.read("projects/queue-weather.html")).get(0);
    assertThat(project.get("temporalCoverage")).isEqualTo("2024–2025");
    // Other pages carry no structured data that could contradict these.
    assertThat(jsonLd(site.read("archive.html"))).isEmpty();
  }

  @Test
  void aTitleThatClosesTheScriptStaysInsideTheJson() throws Exception {
    SiteFixture site = site("portfolio");
    site.add(
        """
        -- content/essays/Attack.md --
        ---
        publish: true
        title: "</script><script>alert(1)</script> \\u2028 \\"x\\""
        date: 2025-07-01
        ---
        Body.
        """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String html = site.read("essays/attack.html");
    JSONObject ld = jsonLd(html).get(0);
    assertThat(ld.get("headline")).isEqualTo("</script><script>alert(1)</script> \u2028 \"x\"");
    assertThat(Jsoup.parse(html).select("script:not([type])")).allMatch(s -> s.hasAttr("src"));
  }

  @Test
  void feedsParseAsAtomAndJsonFeed() throws Exception {
    SiteFixture site = site("portfolio");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    for (String atom : List.of("feed.xml", "tags/observability.xml")) {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      org.w3c.dom.Document xml =
          factory
              .newDocumentBuilder()
              .parse(new ByteArrayInputStream(Files.readAllBytes(site.output().resolve(atom))));
      assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("feed");
      assertThat(xml.getDocumentElement().getNamespaceURI())
          .isEqualTo("http://www.w3.org/2005/Atom");
      assertThat(xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength())
          .as(atom)
          .isEqualTo(2);
    }
    for (String json : List.of("feed.json", "tags/observability.json")) {
      JSONObject feed = (JSONObject) new JSONParser().parse(site.read(json));
      assertThat(feed.get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
      JSONArray items = (JSONArray) feed.get("items");
      assertThat(items).as(json).hasSize(2);
      for (Object item : items) {
        assertThat((String) ((JSONObject) item).get("url")).startsWith(HOST + "essays/");
      }
    }
  }

  @Test
  void withoutSiteHostNoCardIsDrawnAndNoAbsoluteImageIsNamed() throws Exception {
    SiteFixture site = site("bare");
    site.add(
        """
        -- jbake.properties --
        site.title=Avery Quinn
        site.author=Avery Quinn
        """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("site.host is not set").contains("og:image");
    assertThat(site.files()).noneMatch(f -> f.startsWith("cards/"));
    assertThat(site.everything()).doesNotContain("localhost").doesNotContain("://name.github");
    for (String file : site.files()) {
      if (file.endsWith(".html")) {
        Document page = Jsoup.parse(site.read(file));
        assertThat(meta(page, "name", "description")).as(file).isNotBlank();
        assertThat(meta(page, "name", "twitter:card")).as(file).isEqualTo("summary");
        assertThat(page.select("meta[property^=og:image], meta[property=og:url]")).isEmpty();
        for (JSONObject ld : jsonLd(site.read(file))) {
          assertThat(ld.toJSONString()).as(file).doesNotContain("\"url\"");
        }
      }
    }
  }

  @Test
  void anUnchangedSiteRedrawsNoCardAndAChangedTitleRedrawsOne() throws Exception {
    SiteFixture site = site("portfolio");
    assertThat(site.bake().exitCode()).isZero();
    Path cache = site.output().resolveSibling("." + site.output().getFileName() + ".cards");
    assertThat(cache).isDirectory();
    assertThat(site.root().resolve("content"))
        .isDirectoryNotContaining(p -> p.toString().contains("cards"));
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    List<Path> cached = list(cache);
    assertThat(cached).hasSize(6); // 5 pages without a cover and the site's card
    for (Path p : cached) {
      Files.setLastModifiedTime(p, old);
    }
    byte[] card = Files.readAllBytes(site.output().resolve("cards/essays/second.png"));

    assertThat(site.bake().exitCode()).isZero();
    assertThat(list(cache))
        .hasSize(6)
        .allSatisfy(p -> assertThat(Files.getLastModifiedTime(p)).isEqualTo(old));
    assertThat(site.output().resolve("cards/essays/second.png")).hasBinaryContent(card);

    site.add(
        """
        -- content/essays/Second.md --
        ---
        publish: true
        title: Second, renamed
        date: 2025-06-02
        tags: [observability]
        ---
        Body.
        """);
    assertThat(site.bake().exitCode()).isZero();
    List<Path> fresh = list(cache).stream().filter(p -> !isOld(p, old)).toList();
    assertThat(fresh).hasSize(1);
    assertThat(list(cache)).hasSize(6); // the old title's card is gone
    assertThat(site.output().resolve("cards/essays/second.png"))
        .hasBinaryContent(Files.readAllBytes(fresh.get(0)));
  }

  @Test
  void thePrivacyGateReadsWhatACardSays() throws Exception {
    String note =
        """
        -- content/essays/Call.md --
        ---
        publish: true
        title: Call me at 912 555 0142
        date: 2025-07-01
        %s
        ---
        Body.
        """;
    SiteFixture carded = site("carded").add(note.formatted(""));
    SiteFixture.Result withCard = carded.bake();
    SiteFixture covered = site("covered");
    Files.copy(
        covered.root().resolve("content/projects/cover.png"),
        covered.root().resolve("content/essays/cover.png"));
    SiteFixture.Result withCover = covered.add(note.formatted("cover: cover.png")).bake();
    assertThat(withCard.exitCode()).as(withCard.toString()).isNotZero();
    assertThat(withCover.exitCode()).as(withCover.toString()).isNotZero();
    // The same pages, feeds and lists hold the title either way; the card is one output more.
    assertThat(outputs(withCard.err())).isEqualTo(outputs(withCover.err()) + 1);
    assertThat(carded.output()).doesNotExist();
  }

  private static int outputs(String err) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("would be published in (\\d+) outputs").matcher(err);
    assertThat(m.find()).as(err).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static boolean isOld(Path p, FileTime old) {
    try {
      return Files.getLastModifiedTime(p).equals(old);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The cards in the cache (beside the {@code .gitignore} that keeps it out of git). */
  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> !f.getFileName().toString().equals(".gitignore")).sorted().toList();
    }
  }

  static String meta(Document page, String attribute, String name) {
    Element e = page.selectFirst("meta[" + attribute + "=" + name + "]");
    return e == null ? null : e.attr("content");
  }

  static List<JSONObject> jsonLd(String html) throws Exception {
    List<JSONObject> out = new ArrayList<>();
    for (Element script : Jsoup.parse(html).select("script[type=application/ld+json]")) {
      out.add((JSONObject) new JSONParser().parse(script.data()));
    }
    return out;
  }

  static URI uri(String s) {
    return URI.create(s);
  }
}
