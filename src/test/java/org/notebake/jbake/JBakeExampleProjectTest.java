package org.notebake.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.site.SiteFixture;

/**
 * Compatibility suite: an equivalent of JBake's freemarker example project ({@code
 * src/test/resources/sites/jbake-example}: JBake's default {@code .ftl} names and no {@code
 * template.*.file} key, a content image referenced from HTML, header dates with a time and an
 * offset, {@code markdown.extensions=-HARDWRAPS}) bakes with its own templates on every page.
 */
class JBakeExampleProjectTest {
  @TempDir static Path dir;
  static Path source;
  static Path output;
  static SiteFixture.Result result;

  @BeforeAll
  static void bake() throws Exception {
    source = dir.resolve("jbake-example");
    copy(resource("sites/jbake-example"), source);
    Path logo = source.resolve("content/about/jbake_logo.png");
    Files.createDirectories(logo.getParent());
    ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
    output = dir.resolve("out");
    result =
        SiteFixture.run(
            "bake", "--source", source.toString(), "--output", output.toString(), "--verbose");
  }

  @Test
  void bakesWithoutADiagnostic() {
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).as(result.toString()).isEmpty();
  }

  @Test
  void everyPageOfASiteTemplateTypeIsRenderedByTheSiteTemplate() throws IOException {
    List<String> html = files().stream().filter(f -> f.endsWith(".html")).toList();
    assertThat(html)
        .containsExactlyInAnyOrder(
            "index.html",
            "about.html",
            "archive.html",
            "blog/2013/first-post.html",
            "blog/2013/second-post.html",
            "tags/blog.html",
            "tags/markdown.html",
            "tags/index.html",
            "404.html");
    for (String page : html) {
      boolean own = read(page).contains("<meta name=\"generator\" content=\"JBake\">");
      boolean builtIn = page.equals("404.html") || page.equals("tags/index.html");
      assertThat(own).as(page + " rendered by the site's own template").isNotEqualTo(builtIn);
      if (own) {
        assertThat(read(page)).contains("Baked with JBake v2.7.0</p>");
      }
    }
    assertThat(result.out())
        .contains(
            "templates: site: index.ftl (masterindex), post.ftl (post), page.ftl (page),"
                + " archive.ftl (archive), tags.ftl (tag), feed.ftl (feed), sitemap.ftl"
                + " (sitemap); built-in theme: project.ftlh (project), gallery.ftlh (gallery),"
                + " gallery-index.ftlh (galleryindex),"
                + " note.ftlh (note), resume.ftlh (resume), projects.ftlh (projectsindex),"
                + " notes.ftlh (notesindex),"
                + " tags-index.ftlh (tagsindex), feed.json.ftl (jsonfeed), 404.ftlh (error404)");
  }

  @Test
  void feedAndSitemapAreTheSitesOwnWithSiteHostAsWritten() throws IOException {
    assertThat(read("feed.xml"))
        .startsWith("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"")
        .contains("<link>http://jbake.example.org</link>")
        .contains("<link>http://jbake.example.org/blog/2013/first-post.html</link>")
        .contains("<pubDate>Wed, 24 Jul 2013 23:04:31 +0100</pubDate>")
        .doesNotContain("org//");
    assertThat(read("sitemap.xml"))
        .contains("<loc>http://jbake.example.org/about.html</loc>")
        .contains("<lastmod>2013-09-24</lastmod>")
        .doesNotContain("org//");
  }

  @Test
  void headerDatesKeepTheirTimeInTheSiteZone() throws IOException {
    assertThat(read("blog/2013/first-post.html")).contains("<p><em>24 July 2013 23:04</em></p>");
    assertThat(read("blog/2013/second-post.html")).contains("<p><em>25 August 2013 08:30</em></p>");
  }

  @Test
  void theContentImageReferencedFromHtmlIsPublished() throws IOException {
    assertThat(files()).contains("about/jbake_logo-png-8w.jpg", "css/base.css");
    assertThat(read("about.html"))
        .contains("<img src=\"about/jbake_logo-png-8w.jpg\" alt=\"JBake Logo\"");
  }

  @Test
  void withoutHardWrapsANewlineInAParagraphIsNoLineBreak() throws IOException {
    assertThat(read("blog/2013/second-post.html"))
        .contains("<p>One line of dough\nand the next line of dough.</p>");
  }

  @Test
  void headingsGetIdsButNoSelfLinkTheSiteNeverAskedFor() throws IOException {
    assertThat(read("blog/2013/second-post.html"))
        .contains("<h2 id=\"ingredients\">Ingredients</h2>")
        .doesNotContain("heading-anchor");
  }

  @Test
  void draftsStayOut() throws IOException {
    assertThat(files()).noneMatch(f -> f.contains("draft"));
    for (String file : files()) {
      assertThat(
              Files.readString(output.resolve(file), java.nio.charset.StandardCharsets.ISO_8859_1))
          .as(file)
          .doesNotContain("DRAFT-CANARY-7731");
    }
  }

  private static List<String> files() throws IOException {
    try (Stream<Path> walk = Files.walk(output)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> output.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }

  private static String read(String page) throws IOException {
    return Files.readString(output.resolve(page));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(JBakeExampleProjectTest.class.getClassLoader().getResource(name).toURI());
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
