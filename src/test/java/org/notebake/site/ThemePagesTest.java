package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in theme's output per page type (issue 15's content model): essays, projects, notes,
 * the home page, the projects and notes indexes, the résumé, and the light/dark toggle.
 */
class ThemePagesTest {
  private static final String SITE =
      """
      -- jbake.properties --
      site.host=https://avery.example.org/
      site.title=Avery Quinn
      site.author=Avery Quinn
      site.role=Technical PM
      site.email=avery@example.org
      site.links=GitHub=https://github.example.org/aq
      site.avatar=pages/me.png
      privacy.public.emails=avery@example.org
      publish.folders=essays,projects,gallery,pages,notes
      type.folders=essays:post,projects:project,gallery:gallery,pages:page,notes:note
      -- content/essays/e1.md --
      ---
      title: Essay one
      date: 2025-01-01
      tags: [obs, gpu]
      ---
      Intro with a note.[^1]

      ## First
      ## Second
      ### Third

      [^1]: The footnote.
      -- content/essays/e2.md --
      ---
      title: Essay two
      date: 2025-02-01
      tags: [obs]
      ---
      ## Only
      ## Two headings

      Builds on [[e1]].
      -- content/essays/e3.md --
      ---
      title: Essay three
      date: 2025-03-01
      tags: [obs, gpu]
      ---
      Text.
      -- content/essays/e4.md --
      ---
      title: Essay four
      date: 2025-04-01
      tags: [cooking]
      ---
      Text.
      -- content/essays/e5.md --
      ---
      title: Essay five
      date: 2025-05-01
      tags: [obs]
      ---
      Text.
      -- content/projects/p1.md --
      ---
      title: Featured project
      date: 2024-06-01
      role: Product lead
      period: 2024
      team: Two engineers
      stack: [Slurm, Python]
      outcome: It shipped
      featured: true
      cover: p1.png
      cover_alt: Bars that add up
      links:
        live: https://live.example.org/
      ---
      A project.
      -- content/projects/p2.md --
      ---
      title: Quiet project
      date: 2024-07-01
      ---
      Another project.
      -- content/gallery/g1.md --
      ---
      title: The show
      date: 2025-06-28
      cover: g1.png
      cover_alt: The room
      ---
      Photos.
      -- content/pages/about.md --
      ---
      title: About
      ---
      ![[me.png|160]]

      About me.
      -- content/pages/me.png.md --
      ---
      alt: A monogram portrait
      ---
      -- content/pages/resume.md --
      ---
      title: Résumé
      ---
      ## Experience

      ### Job

      - Did [things](https://work.example.org/).
      -- content/notes/n1.md --
      ---
      title: Goodput
      date: 2025-05-02
      tags: [obs]
      ---
      A note.
      -- content/notes/n2.md --
      ---
      title: Sampling
      date: 2025-05-03
      ---
      Another note.
      """;

  @TempDir static Path dir;
  static SiteFixture site;

  @BeforeAll
  static void bake() throws Exception {
    site = SiteFixture.of(dir.resolve("site"), SITE);
    for (String image : List.of("projects/p1.png", "gallery/g1.png", "pages/me.png")) {
      Files.write(site.root().resolve("content/" + image), png(240, 120));
    }
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).as(r.toString()).doesNotContain("warning");
  }

  static byte[] png(int width, int height) throws IOException {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0x0b5a87));
    g.fillRect(0, 0, width / 2, height);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.read(path), "https://avery.example.org/" + path);
  }

  private static List<String> texts(Document page, String css) {
    return page.select(css).eachText();
  }

  @Test
  void essayHasReadingTimeFootnotesTagsAndContentsFromThreeHeadings() throws IOException {
    Document e1 = page("essays/e1.html");
    assertThat(e1.select(".doc-header .meta").text()).contains("1 min read");
    assertThat(e1.select("nav.toc li")).hasSize(3);
    assertThat(e1.select(".footnotes")).hasSize(1);
    assertThat(texts(e1, ".doc-header .tags a")).containsExactly("#obs", "#gpu");
    assertThat(page("essays/e2.html").select("nav.toc")).isEmpty();
  }

  @Test
  void essayListsUpToThreeRelatedEssaysBySharedTags() throws IOException {
    assertThat(texts(page("essays/e1.html"), ".related .post-title"))
        .containsExactly("Essay three", "Essay five", "Essay two");
    assertThat(page("essays/e4.html").select(".related")).isEmpty();
  }

  @Test
  void essayLinksToThePreviousAndNextEssay() throws IOException {
    Document e2 = page("essays/e2.html");
    assertThat(e2.select(".neighbours a.prev").attr("href")).isEqualTo("../essays/e1.html");
    assertThat(e2.select(".neighbours a.next").attr("href")).isEqualTo("../essays/e3.html");
    assertThat(page("essays/e1.html").select(".neighbours a.prev")).isEmpty();
    assertThat(page("essays/e5.html").select(".neighbours a.next")).isEmpty();
    // Notes and projects are not essays: e5's neighbour is e4, not a newer note.
    assertThat(page("essays/e5.html").select(".neighbours a.prev").text()).contains("Essay four");
  }

  @Test
  void essayShowsItsBacklinks() throws IOException {
    assertThat(texts(page("essays/e1.html"), ".backlinks a")).containsExactly("Essay two");
  }

  @Test
  void projectShowsItsFactsLinksAndSizedCover() throws IOException {
    Document p1 = page("projects/p1.html");
    assertThat(texts(p1, ".facts dt"))
        .containsExactly("Role", "When", "Team", "Stack", "Outcome", "Live");
    assertThat(p1.select(".facts dd").eachText()).contains("Slurm, Python", "It shipped");
    Element cover = p1.selectFirst(".cover img");
    assertThat(cover.attr("alt")).isEqualTo("Bars that add up");
    assertThat(cover.attr("width")).isEqualTo("240");
    assertThat(cover.attr("height")).isEqualTo("120");
  }

  @Test
  void homeShowsPortraitFeaturedProjectsEssaysAlbumNotesAndContact() throws IOException {
    Document home = page("index.html");
    Element avatar = home.selectFirst(".intro img.avatar");
    assertThat(avatar.attr("src")).startsWith("pages/me");
    assertThat(avatar.attr("width")).isEqualTo("160");
    assertThat(Files.isRegularFile(site.output().resolve(avatar.attr("src")))).isTrue();
    assertThat(texts(home, "#projects .card h3")).containsExactly("Featured project");
    assertThat(home.select("#projects .card img").attr("alt")).isEqualTo("Bars that add up");
    assertThat(home.select("#projects a[href=projects/index.html]")).hasSize(1);
    assertThat(texts(home, "#essays .post-title").get(0)).isEqualTo("Essay five");
    assertThat(texts(home, "#gallery .card h3")).containsExactly("The show");
    assertThat(texts(home, "#notes .post-title")).containsExactly("Sampling", "Goodput");
    assertThat(home.select("#contact a[href=mailto:avery@example.org]")).hasSize(1);
    assertThat(home.select(".intro-links a").eachAttr("href"))
        .containsExactly("pages/about.html", "pages/resume.html");
  }

  @Test
  void projectsAndNotesHaveTheirIndexPagesInTheNavigation() throws IOException {
    Document projects = page("projects/index.html");
    assertThat(texts(projects, ".card h2"))
        .containsExactlyInAnyOrder("Featured project", "Quiet project");
    Document notes = page("notes/index.html");
    assertThat(texts(notes, ".post-title")).containsExactly("Sampling", "Goodput");
    assertThat(notes.select("nav[aria-label=Main] a[aria-current=page]").text()).isEqualTo("Notes");
    Document note = page("notes/n1.html");
    assertThat(note.select(".kicker").text()).isEqualTo("Note");
    assertThat(note.select("nav[aria-label=Main] a").eachText())
        .containsExactly("Essays", "Projects", "Notes", "Gallery", "About", "Résumé");
    assertThat(site.read("sitemap.xml"))
        .contains("<loc>https://avery.example.org/projects/index.html</loc>")
        .contains("<loc>https://avery.example.org/notes/index.html</loc>");
    // Garden notes stay out of the essays' feed and archive.
    assertThat(site.read("feed.xml")).doesNotContain("Goodput");
    assertThat(site.read("archive.html")).doesNotContain("Goodput");
  }

  @Test
  void resumePageHasContactHeaderAndPrintStyles() throws IOException {
    Document resume = page("pages/resume.html");
    assertThat(resume.body().hasClass("resume-page")).isTrue();
    assertThat(resume.select("article.resume h1").text()).isEqualTo("Avery Quinn");
    assertThat(resume.select(".resume-header .contact a").eachAttr("href"))
        .contains("mailto:avery@example.org", "https://avery.example.org/");
    String css = site.read("css/site.css");
    String print = css.substring(css.indexOf("@media print"));
    assertThat(print).contains(".site-header").contains("attr(href)").contains("--bg: #fff");
  }

  @Test
  void toggleIsHiddenWithoutScriptsAndTheScriptIsDeferredAndLocal() throws IOException {
    for (String path : site.files()) {
      if (!path.endsWith(".html")) {
        continue;
      }
      Document page = page(path);
      Element toggle = page.selectFirst("button.theme-toggle");
      assertThat(toggle).as(path).isNotNull();
      assertThat(toggle.hasAttr("hidden")).as(path).isTrue();
      Element script = page.selectFirst("script[src$=js/scheme-toggle.js]");
      assertThat(script.hasAttr("defer")).as(path).isTrue();
      // Only JSON-LD is inline: no inline script runs, so a strict CSP is possible.
      assertThat(page.select("script:not([src])").eachAttr("type"))
          .as(path)
          .allMatch("application/ld+json"::equals);
    }
    String js = site.read("js/scheme-toggle.js");
    assertThat(js)
        .contains("localStorage")
        .contains("prefers-color-scheme")
        .contains("hidden = false");
    String css = site.read("css/site.css");
    assertThat(css)
        .contains("@media (prefers-color-scheme: dark)")
        .contains(":root[data-theme=\"dark\"]")
        .contains(":root:not([data-theme=\"light\"])")
        .contains(".theme-toggle[hidden] { display: none; }");
  }

  @Test
  void pagesRequestNothingFromOtherHostsAndEveryImageHasASize() throws IOException {
    long cssBytes = Files.size(site.output().resolve("css/site.css"));
    assertThat(cssBytes).isLessThan(30 * 1024);
    for (String path : site.files()) {
      if (!path.endsWith(".html")) {
        continue;
      }
      Document page = Jsoup.parse(site.read(path));
      for (Element e : page.select("script[src], img[src], link[rel~=stylesheet|icon][href]")) {
        String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
        assertThat(url).as(path + ": " + e).doesNotContainPattern("^(?i)([a-z]+:)?//");
      }
      for (Element img : page.select("img")) {
        assertThat(img.attr("width")).as(path + ": " + img).isNotEmpty();
        assertThat(img.attr("height")).as(path + ": " + img).isNotEmpty();
      }
    }
  }

  @Test
  void aFeedWithNoEntriesYetIsDatedByTheDayNotTheSecond(@TempDir Path other) throws Exception {
    SiteFixture empty =
        SiteFixture.of(
            other.resolve("empty"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org/
            site.title=Avery Quinn
            publish.folders=essays
            -- content/pages/about.md --
            ---
            title: About
            publish: true
            ---
            Hello.
            """);
    assertThat(empty.bake().exitCode()).isZero();
    String feed = empty.read("feed.xml");
    assertThat(feed).doesNotContain("<entry>");
    java.util.regex.Matcher updated =
        java.util.regex.Pattern.compile("<updated>([^<]+)</updated>").matcher(feed);
    assertThat(updated.find()).as(feed).isTrue();
    // Found by the incremental test: a bake a second later wrote another feed.
    assertThat(updated.group(1)).matches("\\d{4}-\\d{2}-\\d{2}T00:00:00.*");
  }

  @Test
  void hostileFrontMatterIsTextOnEveryPageItReaches(@TempDir Path other) throws Exception {
    SiteFixture hostile =
        SiteFixture.of(
            other.resolve("hostile"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org/
            site.title=Avery Quinn
            site.author=Avery Quinn
            publish.folders=projects,essays
            -- content/projects/x.md --
            ---
            title: "</title><script>alert(1)</script>"
            role: "<img src=x onerror=alert(2)>"
            stack: ["<b>bold</b>", "‮evil"]
            featured: true
            cover: x.png
            cover_alt: '" onerror="alert(3)'
            links:
              live: "javascript:alert(4)"
              code: https://git.example.org/x
            ---
            Body.
            -- content/essays/y.md --
            ---
            title: "Ünïcödé 观测 ​"
            date: 2025-01-01
            tags: [obs]
            ---
            Text.
            -- content/essays/z.md --
            ---
            title: "Second"
            date: 2025-01-02
            tags: [obs]
            ---
            Text.
            """);
    Files.write(hostile.root().resolve("content/projects/x.png"), png(40, 20));
    SiteFixture.Result r = hostile.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    for (String path : List.of("index.html", "projects/x.html", "projects/index.html")) {
      Document page = Jsoup.parse(hostile.read(path));
      assertThat(page.select("script:not([src]):not([type=application/ld+json])"))
          .as(path)
          .isEmpty();
      assertThat(page.select("[onerror]")).as(path).isEmpty();
      assertThat(page.select("a[href^=javascript]")).as(path).isEmpty();
      assertThat(page.select(".stack b, .facts b")).as(path).isEmpty();
      assertThat(page.text()).as(path).contains("<script>alert(1)</script>");
    }
    Element cover = Jsoup.parse(hostile.read("projects/x.html")).selectFirst(".cover img");
    assertThat(cover.attr("alt")).isEqualTo("\" onerror=\"alert(3)");
    Document z = Jsoup.parse(hostile.read("essays/z.html"));
    assertThat(z.select(".related .post-title").text()).startsWith("Ünïcödé 观测");
    assertThat(z.select(".neighbours a.prev").text()).contains("Ünïcödé 观测");
  }

  @Test
  void typeResumeUsesTheResumeTemplate(@TempDir Path other) throws Exception {
    SiteFixture cv =
        SiteFixture.of(
            other.resolve("cv"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org/
            site.title=Avery Quinn
            site.author=Avery Quinn
            publish.folders=pages
            -- content/pages/cv.md --
            ---
            title: Curriculum vitae
            type: resume
            ---
            ## Experience
            """);
    SiteFixture.Result r = cv.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Document page = Jsoup.parse(cv.read("pages/cv.html"));
    assertThat(page.select("article.resume .kicker").text()).isEqualTo("Curriculum vitae");
    assertThat(page.select("nav[aria-label=Main] a[aria-current=page]").text()).isEqualTo("Résumé");
  }
}
