package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tag pages and feeds cost in proportion to tag references, not tags times note size. */
class TagCostTest {
  @TempDir Path dir;

  /** A 16 KB note with {@code count} tags in its front matter. */
  private static String note(int count) {
    StringBuilder tags = new StringBuilder();
    for (int i = 0; i < count; i++) {
      tags.append(i == 0 ? "" : ", ").append("topic").append(i);
    }
    String body = "BODY-MARKER paragraph of prose about observability and queues.\n\n".repeat(250);
    return "-- many.md --\n---\npublish: true\ntitle: Many\ntags: ["
        + tags
        + "]\n---\n"
        + body
        + "-- other.md --\n---\npublish: true\ntags: [topic1]\n---\nshort\n";
  }

  @Test
  void aNoteWithMoreTagsThanTheLimitIsAnErrorNamingIt() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("vault"), note(2_500));

    long start = System.nanoTime();
    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "many.md:4: error: the note has 2500 tags (nested tags count their parents), more"
                + " than tags.max.per.note=100; each tag is a page and a feed, so remove tags or"
                + " raise tags.max.per.note in jbake.properties");
    assertThat(Files.exists(site.output())).isFalse();
    assertThat(System.nanoTime() - start).isLessThan(60_000_000_000L);
  }

  @Test
  void nestedTagsCountTheirParents() throws Exception {
    StringBuilder deep = new StringBuilder("a");
    for (int i = 0; i < 150; i++) {
      deep.append("/a").append(i);
    }
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"), "-- deep.md --\n---\npublish: true\n---\n#" + deep + "\n");

    SiteFixture.Result r = site.check();

    assertThat(r.err()).contains("deep.md: error: the note has 151 tags (nested tags count");
  }

  @Test
  void theLimitCanBeRaised() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            note(150).replace("-- ", "-- content/")
                + "-- jbake.properties --\ntags.max.per.note=150\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("tags/topic149.html");
  }

  @Test
  void aHundredTagsBakeWithTagFeedsOfSummariesOnly() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("vault"), note(100));

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("tags/topic99.html", "tags/topic99.xml");
    long total = 0;
    long tagFeeds = 0;
    for (String file : site.files()) {
      long size = Files.size(site.output().resolve(file));
      total += size;
      if (file.startsWith("tags/") && file.endsWith(".xml")) {
        tagFeeds += size;
        assertThat(site.read(file)).as(file).doesNotContain("<content").doesNotContain("<category");
      }
    }
    // The note's 16 KB body once in its page and once in the site feed, not once per tag: 100 feeds
    // of full content alone were over 1.6 MB.
    assertThat(site.read("feed.xml")).contains("BODY-MARKER");
    assertThat(tagFeeds).isLessThan(100 * 3_000L);
    assertThat(total).isLessThan(1_500_000L);
  }
}
