package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red team: a note of a public folder that began with an empty line, then {@code ---}, {@code
 * draft: true} and a private property, was published with a warning, the block shown as a heading
 * (as Obsidian shows it), the private property in the heading's id, the feeds and the index. What
 * such a block says of publishing still counts: the note stays private.
 */
class MisplacedFrontMatterTest {
  @TempDir Path dir;

  @Test
  void aDraftBelowAnEmptyLineStaysPrivate() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org
            publish.folders=essays
            -- content/essays/h.md --

            ---
            title: H
            draft: true
            mood: CANARY-M1 private property
            ---
            Text CANARY-M1-BODY.
            -- content/essays/p.md --


            ---
            Private: yes
            ---
            CANARY-M2
            -- content/essays/shown.md --

            ---
            title: Shown
            tags: [walks]
            ---
            Published as Obsidian shows it.
            -- content/essays/kept.md --
            ---
            title: Kept
            ---
            A public essay.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything()).doesNotContain("CANARY");
    assertThat(site.read("essays/shown.html")).contains("Published as Obsidian shows it.");
    assertThat(site.read("essays/kept.html")).contains("A public essay.");
    assertThat(r.err())
        .contains(
            "content/essays/h.md:3:1: warning: says the note is private in properties below empty"
                + " lines")
        .contains("content/essays/p.md:4:1: warning: says the note is private")
        .contains("content/essays/shown.md:2:1: warning: front matter must start on line 1")
        .doesNotContain("shown.md:3:1: warning: says");
  }

  /**
   * A vault whose one note says draft: true below an empty line chose privacy: no hint to publish.
   */
  @Test
  void aDraftBelowAnEmptyLineIsTheAuthorsChoice() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault2"),
            """
            -- jbake.properties --
            site.title=Notes
            site.author=Avery Quinn
            -- h.md --

            ---
            draft: true
            ---
            Text.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("h.md:2:1: warning: front matter must start")
        .doesNotContain("none of");
  }
}
