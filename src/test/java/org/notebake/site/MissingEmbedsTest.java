package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real content (three Digital Garden vaults, a Quartz garden): an embed of a file or note that is
 * not there (a pasted image never committed, a canvas, a sketch without its export) stopped the
 * whole bake. It shows as its name, with a warning at its line, as Obsidian Publish and Quartz show
 * it. An embed of a private note is still an error: the author meant to show it.
 */
class MissingEmbedsTest {
  @TempDir Path dir;

  @Test
  void aMissingEmbedIsItsNameOnThePageWithAWarning() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            SiteFixture.FIELD_NOTES
                + """
                -- essays/post.md --
                ---
                title: Post
                ---
                Before.

                ![[Pasted image 20240101.png]]

                ![[Gone note]]

                After.
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("post.md:6:1: warning: embedded file \"Pasted image 20240101.png\" is not in")
        .contains("post.md:8:1: warning: embed target \"Gone note\" matches no published note");
    Document page = Jsoup.parse(site.read("essays/post.html"));
    assertThat(page.select(".broken-embed").eachText())
        .containsExactly("Pasted image 20240101.png", "Gone note");
    assertThat(page.text()).contains("Before.", "After.");
  }

  @Test
  void anEmbedOfAPrivateNoteIsStillAnError() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("private"),
            SiteFixture.FIELD_NOTES
                + """
                -- essays/post.md --
                ---
                title: Post
                ---
                ![[Diary]]
                -- Diary.md --
                Dear diary, the door code is 4921.
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("post.md:4:1: error: embed target \"Diary\" is a private note");
    assertThat(site.output()).doesNotExist();
  }
}
