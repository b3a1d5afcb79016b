package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JBake site's own {@code feed.ftl} lists the whole site; rendered once per tag, each {@code
 * tags/x.xml} was a copy of the site's feed (tedneward/ProfBlog: 129 copies of a 2.9 MB feed, a
 * bake of 80 s against JBake's 7). JBake 2.7 has no tag feeds: with a site's own feed template
 * notebake writes none either; the built-in theme still gives each tag its feeds.
 */
class OwnFeedTemplateTest {
  @TempDir Path dir;

  private static final String SITE =
      """
      -- jbake.properties --
      site.host=https://avery.example.org
      site.title=Field notes
      site.author=Avery Quinn
      render.archive=false
      render.sitemap=false
      -- content/blog/p1.md --
      title=Post one
      date=2020-01-01
      type=post
      tags=radio
      status=published
      ~~~~~~

      Body of post one.
      -- content/blog/p2.md --
      title=Post two
      date=2020-01-02
      type=post
      tags=lamps
      status=published
      ~~~~~~

      Body of post two.
      """;

  @Test
  void aSitesOwnFeedTemplateMakesTheSitesFeedOnly() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("own"),
            SITE
                + """
                -- templates/feed.ftl --
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>SITE FEED</title><#list published_posts as post><item><title>${post.title}</title></item></#list></channel></rss>
                -- templates/post.ftl --
                <html><head><title>${content.title}</title></head><body>${content.body}</body></html>
                -- templates/index.ftl --
                <html><head><title>Home</title></head><body><#list posts as post>${post.title}</#list></body></html>
                -- templates/tags.ftl --
                <html><head><title>${tag}</title></head><body><#list tag_posts as p>${p.title} </#list></body></html>
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("feed.xml")).contains("SITE FEED").contains("Post one");
    assertThat(site.files())
        .contains("tags/radio.html", "tags/lamps.html")
        .noneMatch(f -> f.startsWith("tags/") && (f.endsWith(".xml") || f.endsWith(".json")));
  }

  @Test
  void theThemesFeedTemplateGivesEachTagItsFeeds() throws IOException {
    SiteFixture site = SiteFixture.of(dir.resolve("theme"), SITE);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("tags/radio.xml", "tags/radio.json", "tags/lamps.xml");
    assertThat(site.read("tags/radio.xml")).contains("Post one").doesNotContain("Post two");
    assertThat(site.read("tags/radio.html")).contains("radio.xml");
  }
}
