package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, deploy-ready by default: no output names localhost, a bare vault links relatively and
 * says once what site.host would add, and a site under a subpath links only to files it wrote.
 */
class DeployReadyTest {
  private static final String NOTES =
      """
      -- essays/First essay.md --
      ---
      publish: true
      title: First essay
      date: 2025-06-01
      tags: [observability, gpu]
      ---
      Links to [[Second]], [[Second#Part|a part]] and an image ![[pic.png]].

      ## One
      ## Two
      ## Three
      -- essays/Second.md --
      ---
      publish: true
      date: 2025-06-02
      tags: [observability]
      ---
      ## Part

      Back to [[First essay]].
      -- projects/Scheduler copilot.md --
      ---
      publish: true
      role: Technical PM, AI infrastructure
      period: 2024–2025
      stack: [Slurm, Python]
      team: 4 engineers
      context: Customer onboarding
      outcome: Setup time halved
      featured: true
      links:
        live: https://copilot.example.org/
        code: https://git.example.org/copilot
        bad: javascript:alert(1)
      ---
      A project.
      """;

  @TempDir Path dir;

  private SiteFixture vault(String name, String extra) throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve(name), NOTES + extra);
    Files.write(site.root().resolve("essays/pic.png"), tinyPng());
    return site;
  }

  @Test
  void bareVaultNeverNamesLocalhostAndLinksRelatively() throws Exception {
    SiteFixture site = vault("Avery Notes", "");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();

    assertThat(site.everything()).doesNotContain("localhost").doesNotContain("8820");
    // One warning names site.host and lists what is left out or made relative, even without -v.
    assertThat(r.err().split("site\\.host is not set", -1)).hasSize(2);
    assertThat(r.err())
        .contains(
            site.root()
                + ": warning: site.host is not set, so every link is relative and the"
                + " site works on any host or path; left out: canonical links, og:url, og:image,"
                + " the JSON-LD url, the sitemap and robots.txt's Sitemap: line; made relative:"
                + " the Atom and JSON feeds' links; the 404 page links from the server's root"
                + " (/); add site.host to a jbake.properties at the site root"
                + " (e.g. site.host=https://name.github.io/portfolio/) or bake --base-url URL");
    assertThat(site.files()).doesNotContain("sitemap.xml").contains("feed.xml", "robots.txt");
    assertThat(site.read("robots.txt")).isEqualTo("User-agent: *\nAllow: /\n");

    for (String file : site.files()) {
      if (!file.endsWith(".html")) {
        continue;
      }
      Document page = Jsoup.parse(site.read(file));
      assertThat(page.select("link[rel=canonical], meta[property=og:url], meta[property=og:image]"))
          .as(file)
          .isEmpty();
      for (Element e : page.select("[href], [src]")) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (isExternal(url)) {
          continue;
        }
        assertThat(url).as(file + ": " + e).doesNotContain("://").doesNotStartWith("//");
        if (file.equals("404.html")) {
          // Served at any depth: links from the server's root, never relative.
          assertThat(url).as(e.toString()).matches("/.*|#.*");
        } else {
          assertThat(url).as(file + ": " + e).doesNotStartWith("/");
        }
      }
    }
    String feed =
        site.read("tags/observability.xml").replace("xmlns=\"http://www.w3.org/2005/Atom\"", "");
    assertThat(feed)
        .contains("<id>urn:notebake:tags/observability.xml</id>")
        .contains("<entry xml:base=\"../essays/second.html\">")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }

  @Test
  void bareVaultIsNamedAfterItsFolderUntilTitleAndAuthorAreSet() throws Exception {
    SiteFixture site = vault("Avery Notes", "");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            site.root()
                + ": warning: site.title and site.author are not set, so the site uses"
                + " its folder's name \"Avery Notes\"; add site.title and site.author to a"
                + " jbake.properties at the site root");
    String home = site.read("index.html");
    assertThat(home).contains("<title>Avery Notes</title>").doesNotContain(">Notes<");
    assertThat(home)
        .contains(
            "{\"@context\":\"https://schema.org\",\"@type\":\"Person\",\"name\":\"Avery Notes\"");

    SiteFixture named =
        SiteFixture.of(
            dir.resolve("named"),
            """
            -- jbake.properties --
            site.title=Field Notes
            site.author=Avery Quinn
            publish.folders=essays
            -- content/essays/a.md --
            Hello.
            """);
    SiteFixture.Result r2 = named.bake();
    assertThat(r2.exitCode()).as(r2.toString()).isZero();
    assertThat(r2.err()).doesNotContain("site.title").doesNotContain("site.author");
    assertThat(named.read("index.html"))
        .contains("<title>Field Notes</title>")
        .contains("\"@type\":\"Person\",\"name\":\"Avery Quinn\"");
  }

  @Test
  void themeKeysReachTheProjectPageWithoutFrontmatterExpose() throws Exception {
    SiteFixture site = vault("Avery Notes", "");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String page = site.read("projects/scheduler-copilot.html");
    assertThat(page)
        .contains("<dt>Role</dt><dd>Technical PM, AI infrastructure</dd>")
        .contains("<dt>When</dt><dd>2024–2025</dd>")
        .contains("<dt>Team</dt><dd>4 engineers</dd>")
        .contains("<dt>Context</dt><dd>Customer onboarding</dd>")
        .contains("<dt>Stack</dt><dd>Slurm, Python</dd>")
        .contains("<dt>Outcome</dt><dd>Setup time halved</dd>")
        .contains("<dt>Live</dt><dd><a href=\"https://copilot.example.org/\"")
        .contains("<dt>Code</dt><dd><a href=\"https://git.example.org/copilot\"")
        .doesNotContain("javascript:");
  }

  @Test
  void subpathSiteLinksOnlyToFilesItWrote() throws Exception {
    SiteFixture site =
        vault(
            "portfolio",
            """
            -- jbake.properties --
            site.host=https://name.github.io/portfolio/
            site.title=Avery Quinn
            site.author=Avery Quinn
            content.folder=.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("site.host");
    assertThat(site.everything()).doesNotContain("localhost");
    assertThat(site.files()).contains("sitemap.xml");
    assertThat(site.read("robots.txt"))
        .contains("Sitemap: https://name.github.io/portfolio/sitemap.xml");

    URI base = URI.create("https://name.github.io/portfolio/");
    List<String> checked = new ArrayList<>();
    for (String file : site.files()) {
      if (file.matches(".*\\.(png|jpg|webp)") || file.startsWith(".")) {
        continue;
      }
      String text = site.read(file);
      if (file.endsWith(".html")) {
        // The server returns 404.html for any missing path, however deep.
        URI pageUrl =
            file.equals("404.html") ? base.resolve("a/b/c/missing.html") : base.resolve(file);
        for (Element e : Jsoup.parse(text).select("[href], [src]")) {
          String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
          if (isExternal(url) || url.startsWith("#")) {
            continue;
          }
          assertResolves(site, file, pageUrl.resolve(url));
          checked.add(url);
        }
        for (Element e : Jsoup.parse(text).select("link[rel=canonical], meta[property=og:url]")) {
          assertResolves(
              site, file, URI.create(e.hasAttr("href") ? e.attr("href") : e.attr("content")));
        }
      } else if (file.endsWith(".xml") || file.endsWith(".json") || file.equals("robots.txt")) {
        Matcher m = Pattern.compile("https://name\\.github\\.io[^\"<\\s\\\\]*").matcher(text);
        while (m.find()) {
          assertResolves(site, file, URI.create(m.group()));
          checked.add(m.group());
        }
      }
    }
    assertThat(checked).hasSizeGreaterThan(40);
    assertThat(site.read("404.html")).contains("href=\"/portfolio/css/site.css\"");
  }

  @Test
  void addressesOutsideAsciiArePercentEncodedWhereAUriIsRequired() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("encoded"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org/
            site.title=Avery Quinn
            site.author=Avery Quinn
            publish.folders=essays
            -- content/essays/café.md --
            ---
            title: Café
            date: 2025-06-01
            tags: [café]
            ---
            A note.
            -- content/essays/seoul.md --
            ---
            title: Seoul
            date: 2025-06-02
            slug: 서울
            ---
            Another.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    String cafe = "https://avery.example.org/essays/caf%C3%A9.html";
    String seoul = "https://avery.example.org/essays/%EC%84%9C%EC%9A%B8.html";
    assertThat(site.read("sitemap.xml"))
        .contains("<loc>" + cafe + "</loc>", "<loc>" + seoul + "</loc>")
        .contains("<loc>https://avery.example.org/tags/caf%C3%A9.html</loc>")
        .doesNotContain("café.html", "서울");
    assertThat(site.read("feed.xml"))
        .contains("<id>" + cafe + "</id>", "href=\"" + cafe + "\"", "xml:base=\"" + seoul + "\"")
        .doesNotContain("café.html", "서울.html");
    assertThat(site.read("tags/café.xml"))
        .contains("<id>https://avery.example.org/tags/caf%C3%A9.xml</id>");
    assertThat(site.read("feed.json"))
        .contains("\"id\": \"" + cafe + "\"", "\"url\": \"" + seoul + "\"")
        .doesNotContain("café.html");
    assertThat(site.read("essays/café.html"))
        .contains("<link rel=\"canonical\" href=\"" + cafe + "\">")
        .contains("<meta property=\"og:url\" content=\"" + cafe + "\">");
    assertThat(site.read("tags/café.html"))
        .contains(
            "<link rel=\"canonical\" href=\"https://avery.example.org/tags/caf%C3%A9.html\">");
  }

  @Test
  void baseUrlOverridesSiteHostForOneBuild() throws Exception {
    SiteFixture site = vault("Avery Notes", "");
    SiteFixture.Result r = site.bake("--base-url", "https://preview.example.org/pr-7/");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("site.host");
    assertThat(site.read("essays/first-essay.html"))
        .contains(
            "<link rel=\"canonical\" href=\"https://preview.example.org/pr-7/essays/first-essay.html\">");
    assertThat(site.read("robots.txt"))
        .contains("Sitemap: https://preview.example.org/pr-7/sitemap.xml");

    SiteFixture.Result bad = site.bake("--base-url", "preview.example.org");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err())
        .contains(
            "--base-url=preview.example.org must be an absolute http(s) address, e.g."
                + " https://name.github.io/portfolio/");
  }

  private static void assertResolves(SiteFixture site, String from, URI url) {
    String where = from + " -> " + url;
    assertThat(url.getScheme()).as(where).isEqualTo("https");
    assertThat(url.getHost()).as(where).isEqualTo("name.github.io");
    String path = url.getRawPath();
    assertThat(path).as(where).startsWith("/portfolio/");
    String file = URLDecoder.decode(path.substring("/portfolio/".length()), StandardCharsets.UTF_8);
    if (file.isEmpty() || file.endsWith("/")) {
      file += "index.html";
    }
    assertThat(Files.isRegularFile(site.output().resolve(file))).as(where).isTrue();
  }

  private static boolean isExternal(String url) {
    return url.startsWith("mailto:")
        || (url.matches("(?i)https?://.*") && !url.contains("name.github.io"));
  }

  /** A 1×1 PNG. */
  static byte[] tinyPng() {
    return java.util.Base64.getDecoder()
        .decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC");
  }
}
