package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A path from the site's root in a note's own HTML is made relative to the page, as the same path
 * in Markdown is. Real content (a JBake travel blog): every post began with {@code <img
 * src="/img/place/header.jpg"/>}, left as written, so the header images were missing wherever the
 * site was not at a domain's root, while the posts' Markdown images showed.
 */
class RootPathsInHtmlTest {
  @TempDir Path dir;

  private static final String SITE =
      """
      -- jbake.properties --
      site.title=Trails
      site.author=Robin Example
      %s
      -- assets/img/lake.jpg.txt --
      (replaced by a picture below)
      -- content/blog/hill.md --
      title=The hill
      date=2020-04-02
      type=post
      status=published
      ~~~~~~
      Up the hill.
      -- content/blog/lake.md --
      title=The lake
      date=2020-04-01
      type=post
      status=published
      ~~~~~~
      Markdown image: ![Lake at dawn](/img/lake.jpg)

      <img src="/img/lake.jpg" alt="Lake, HTML">

      <a href="/blog/hill.html#top">HTML link to the hill</a>, <a href="/">home</a>,
      <a href="//example.org/x">another site</a> and [Markdown link](/blog/hill.html).
      """;

  private SiteFixture site(String name, String host) throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve(name), SITE.formatted(host));
    java.nio.file.Files.delete(site.root().resolve("assets/img/lake.jpg.txt"));
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
    javax.imageio.ImageIO.write(image, "jpg", site.root().resolve("assets/img/lake.jpg").toFile());
    return site;
  }

  @Test
  void aRootPathInHtmlIsRelativeToThePageAsInMarkdown() throws Exception {
    SiteFixture site = site("plain", "");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    Document lake = Jsoup.parse(site.read("blog/lake.html"));
    assertThat(lake.select("article img, main img").eachAttr("src"))
        .containsOnly("../img/lake.jpg");
    assertThat(lake.select("a:contains(HTML link to the hill)").attr("href"))
        .isEqualTo("../blog/hill.html#top");
    assertThat(lake.select("a:contains(Markdown link)").attr("href"))
        .isEqualTo("../blog/hill.html");
    assertThat(lake.select("a:contains(home)").attr("href")).isEqualTo("../");
    assertThat(lake.select("a:contains(another site)").attr("href")).isEqualTo("//example.org/x");
  }

  /** Under a project page's path the HTML image was "outside the site", named at the wrong line. */
  @Test
  void underAPathTheHtmlImageIsTheSites() throws Exception {
    SiteFixture site = site("path", "site.host=https://robin.example.org/trails/");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("outside the site");
    assertThat(Jsoup.parse(site.read("blog/lake.html")).select("img[alt=Lake, HTML]").attr("src"))
        .isEqualTo("../img/lake.jpg");
  }

  /**
   * A red team's: on a page at the site's root, {@code /javascript:...} lost its slash and became a
   * javascript: link that ran when clicked (and {@code /a:b.html} a link of scheme "a").
   */
  @Test
  void aRootPathOnARootPageStaysAPath() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("root"),
            """
            -- jbake.properties --
            site.title=Trails
            site.author=Robin Example
            -- content/about.md --
            title=About
            type=page
            status=published
            ~~~~~~
            <a href="/javascript:void(document.title='PWNED')">one</a>
            <a href="/JAVASCRIPT:alert(1)">two</a> <a href="/java&#9;script:alert(1)">three</a>
            <img src="/vbscript:x" alt="four"> <a href="/data:text/html,x">five</a>
            <a href="/">home</a>
            """);
    SiteFixture.Result r = site.bake();
    // Each is now a path to no page of the site, which the link check refuses; as a scheme it was
    // passed over as another site's link, and the bake published it.
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains("link \"/javascript:void(document.title='PWNED')\" on page about.html")
        .contains("link \"/JAVASCRIPT:alert(1)\"")
        .contains("src \"/vbscript:x\"")
        .contains("link \"/data:text/html,x\"")
        .contains("link \"./java\\tscript:alert(1)\"");
    assertThat(site.output()).doesNotExist();
  }
}
