package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, feeds: a JSON Feed 1.1 beside each Atom feed, parsed as JSON. */
class JsonFeedTest {
  private static final String NOTES =
      """
      -- essays/Quotes.md --
      ---
      publish: true
      title: "Say \\"hi\\" </script> \\\\ back\\u2028slash – ünïcode"
      date: 2025-06-01
      tags: [observability, gpu]
      ---
      See [[Other#Part|the part]], [a heading](#intro) and ![[pic.png]].

      ## Intro
      -- essays/deep/Other.md --
      ---
      publish: true
      date: 2025-06-02
      tags: [observability]
      ---
      ## Part

      Back to [[Quotes]].
      """;

  @TempDir Path dir;

  private SiteFixture site(String extra) throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("Avery Notes"), NOTES + extra);
    Files.write(site.root().resolve("essays/pic.png"), DeployReadyTest.tinyPng());
    return site;
  }

  @Test
  void besideEachAtomFeedWithAbsoluteUrlsUnderTheSiteHost() throws Exception {
    SiteFixture site = site("");
    SiteFixture.Result r = site.bake("--base-url", "https://name.github.io/portfolio/");
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains("feed.xml", "feed.json", "tags/observability.xml", "tags/observability.json");

    JSONObject feed = parse(site.read("feed.json"));
    assertThat(feed.get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.get("title")).isEqualTo("Avery Notes");
    assertThat(feed.get("feed_url")).isEqualTo("https://name.github.io/portfolio/feed.json");
    assertThat(feed.get("home_page_url"))
        .isEqualTo("https://name.github.io/portfolio/archive.html");
    JSONArray items = (JSONArray) feed.get("items");
    assertThat(items).hasSize(2);
    JSONObject other = (JSONObject) items.get(0);
    JSONObject quotes = (JSONObject) items.get(1);
    assertThat(other.get("id"))
        .isEqualTo("https://name.github.io/portfolio/essays/deep/other.html");
    assertThat(other.get("url")).isEqualTo(other.get("id"));
    assertThat(quotes.get("title")).isEqualTo("Say \"hi\" </script> \\ back\u2028slash – ünïcode");
    assertThat(quotes.get("date_published")).isEqualTo("2025-06-01T00:00:00Z");
    assertThat(quotes.get("tags")).isEqualTo(List.of("observability", "gpu"));
    assertThat((String) other.get("content_html"))
        .contains("href=\"https://name.github.io/portfolio/essays/quotes.html\"");
    // Every link in the content is absolute and leads to a file of the site.
    for (Object item : items) {
      String html = (String) ((JSONObject) item).get("content_html");
      Document body = Jsoup.parse(html);
      assertThat(body.select("[href], [src]")).isNotEmpty();
      for (Element e : body.select("[href], [src]")) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        assertThat(url).startsWith("https://name.github.io/portfolio/");
        String file = URI.create(url).normalize().getPath().substring("/portfolio/".length());
        assertThat(site.output().resolve(file)).as(url).isRegularFile();
      }
    }
    assertThat((String) quotes.get("content_html"))
        .contains("href=\"https://name.github.io/portfolio/essays/quotes.html#intro\"")
        .contains("src=\"https://name.github.io/portfolio/essays/pic-png-1w.jpg\"");

    JSONObject tag = parse(site.read("tags/observability.json"));
    assertThat(tag.get("title")).isEqualTo("Avery Notes: #observability");
    assertThat((JSONArray) tag.get("items")).hasSize(2);

    // Linked from each page's head: the site feed everywhere, a tag's feed on its page.
    for (String page : List.of("index.html", "essays/quotes.html", "tags/observability.html")) {
      assertThat(
              Jsoup.parse(site.read(page))
                  .select("head link[rel=alternate][type=application/feed+json]")
                  .eachAttr("href"))
          .as(page)
          .contains(page.contains("/") ? "../feed.json" : "feed.json");
    }
    assertThat(
            Jsoup.parse(site.read("tags/observability.html"))
                .select("head link[type=application/feed+json]")
                .eachAttr("href"))
        .containsExactly("../feed.json", "../tags/observability.json");
  }

  @Test
  void withoutSiteHostUrlsAreRelativeToTheFeed() throws Exception {
    SiteFixture site = site("");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    JSONObject tag = parse(site.read("tags/observability.json"));
    assertThat(tag.get("version")).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(tag).doesNotContainKeys("feed_url", "home_page_url");
    JSONObject quotes = (JSONObject) ((JSONArray) tag.get("items")).get(1);
    assertThat(quotes.get("id")).isEqualTo("essays/quotes.html");
    assertThat(quotes.get("url")).isEqualTo("../essays/quotes.html");
    // A topic feed carries summaries, never whole bodies (a note with many tags stays cheap).
    assertThat(quotes).containsKey("content_text").doesNotContainKey("content_html");

    JSONObject feed = parse(site.read("feed.json"));
    JSONObject full = null;
    for (Object item : (JSONArray) feed.get("items")) {
      if ("essays/quotes.html".equals(((JSONObject) item).get("id"))) {
        full = (JSONObject) item;
      }
    }
    assertThat(full).isNotNull();
    assertThat(full.get("url")).isEqualTo("essays/quotes.html");
    assertThat((String) full.get("content_html"))
        .contains("href=\"essays/deep/other.html#part\"")
        .contains("href=\"essays/quotes.html#intro\"")
        .contains("src=\"essays/pic-png-1w.jpg\"");
    assertThat(site.everything()).doesNotContain("localhost");
  }

  private static JSONObject parse(String json) throws Exception {
    return (JSONObject) new JSONParser().parse(json);
  }
}
