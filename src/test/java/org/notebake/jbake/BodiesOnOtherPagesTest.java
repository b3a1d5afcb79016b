package org.notebake.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.site.SiteFixture;

/**
 * A JBake blog whose templates print posts' bodies on other pages, as JBake's example project's
 * index does ({@code <#list posts as post>${post.body}</#list>}): each page gets the body with its
 * links written for itself, so they lead where they led on the post's own page (found baking
 * kostenkoserg/kostenko.blog.src, whose index failed with "leads outside the site").
 */
class BodiesOnOtherPagesTest {
  private static final String SITE =
      """
      -- jbake.properties --
      site.host=https://blog.example.org
      site.title=Field notes
      site.author=Avery Quinn
      render.tags=true
      -- content/blog/2020/12/p.md --
      title=Tea at dawn
      date=2020-12-01
      type=post
      tags=tea
      status=published
      ~~~~~~
      Hello ![pic](/img/a.png), see [[o|the older post]] and [the notes](#notes).

      ## Notes

      Steep it twice.
      -- content/blog/2019/o.md --
      title=Older
      date=2019-03-01
      type=post
      tags=tea
      status=published
      ~~~~~~
      An older post.
      -- templates/post.ftl --
      <html><head><title>${content.title}</title></head><body>${content.body}</body></html>
      -- templates/index.ftl --
      <html><head><title>Home</title></head><body><#list posts as post><article>${post.body}</article></#list></body></html>
      -- templates/tags.ftl --
      <html><head><title>${tag}</title></head><body><#list tag_posts as post>${post.body}</#list></body></html>
      -- templates/archive.ftl --
      <html><head><title>Archive</title></head><body><#list db.getPublishedPosts() as post>${post.body}</#list></body></html>
      -- templates/feed.ftl --
      <?xml version="1.0"?>
      <rss version="2.0"><channel><#list published_posts as post><item><description><![CDATA[${post.body}]]></description></item></#list></channel></rss>
      """;

  @TempDir Path dir;

  @Test
  void aPostsBodyPrintedOnOtherPagesLinksWhereItLinkedOnItsOwn() throws IOException {
    SiteFixture site = bake();
    assertThat(site.read("blog/2020/12/p.html"))
        .contains("src=\"../../../img/a.png\"")
        .contains("href=\"../../../blog/2019/o.html\"")
        .contains("href=\"#notes\"");
    assertThat(site.read("index.html"))
        .contains("src=\"img/a.png\"")
        .contains("href=\"blog/2019/o.html\"")
        .contains("href=\"blog/2020/12/p.html#notes\"");
    for (String page : new String[] {"index.html", "tags/tea.html", "archive.html"}) {
      assertEveryLinkResolves(site, page);
    }
  }

  @Test
  void aSitesOwnFeedGetsBodiesWrittenForTheFeed() throws IOException {
    String feed = bake().read("feed.xml");
    assertThat(feed)
        .contains("src=\"img/a.png\"")
        .contains("href=\"blog/2019/o.html\"")
        .doesNotContain("../");
  }

  private SiteFixture bake() throws IOException {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    Path image = site.root().resolve("assets/img/a.png");
    Files.createDirectories(image.getParent());
    ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", image.toFile());
    SiteFixture.Result result = site.bake();
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.err()).as(result.toString()).isEmpty();
    return site;
  }

  /** Each relative href and src on {@code page} names a file of the output (and its fragment). */
  private static void assertEveryLinkResolves(SiteFixture site, String page) throws IOException {
    URI base = URI.create("https://blog.example.org/").resolve(page);
    int checked = 0;
    for (Element element : Jsoup.parse(site.read(page)).select("[href], [src]")) {
      String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
      URI target = base.resolve(url);
      String path = target.getPath().substring(1);
      assertThat(site.output().resolve(path)).as(page + ": " + url).isRegularFile();
      if (target.getFragment() != null) {
        assertThat(site.read(path)).as(page + ": " + url).contains("id=\"" + target.getFragment());
      }
      checked++;
    }
    assertThat(checked).as(page).isGreaterThanOrEqualTo(3);
  }
}
