package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real vaults (a Russian project vault, a 5,747-note PKM vault) use {@code type:} for their own
 * kinds of note: {@code idea}, {@code TASK}, {@code 🧬concept}, {@code prompt/report}. Each such
 * note was a build error ("type has no template", with a template key no properties file could
 * hold), and every link to it one more. It is published as its folder's or the default type now,
 * with a warning that says how to give the type its own template.
 */
class OwnTypePropertyTest {
  @TempDir Path dir;

  @Test
  void aTypeWithoutATemplateIsPublishedAsTheDefaultTypeWithAWarning() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=.
            -- idea.md --
            ---
            type: idea
            ---
            An idea I keep.
            -- concept.md --
            ---
            type: "🧬concept"
            ---
            A concept.
            -- ref.md --
            See [[idea]] and [[concept]].
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "idea.md:2:1: warning: type \"idea\" has no template, so the note is published as a"
                + " post; to give it its own, add template.idea.file=idea.ftlh to jbake.properties")
        .contains(
            "concept.md:2:1: warning: type \"🧬concept\" has no template, so the note is"
                + " published as a post; a type names a template")
        .doesNotContain("error");
    assertThat(site.read("idea.html")).contains("An idea I keep.");
    assertThat(site.read("ref.html"))
        .contains("href=\"idea.html\"")
        .contains("href=\"concept.html\"");
  }

  /** rimaout/Obsidian-Vault: "type: Uni Note" on 546 notes gave 546 lines of one warning. */
  @Test
  void aTypeManyNotesShareIsToldOnceWithHowManyMore() throws IOException {
    StringBuilder files =
        new StringBuilder(
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=.
            -- Alone.md --
            ---
            type: Exam Review
            ---
            Once.
            """);
    for (int i = 1; i <= 5; i++) {
      files.append("-- Uni/Lecture ").append(i).append(".md --\n");
      files.append("---\ntype: Uni Note\n---\nNotes of lecture ").append(i).append(".\n");
    }
    SiteFixture site = SiteFixture.of(dir.resolve("uni"), files.toString());

    SiteFixture.Result r = site.bake("--verbose");

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "Uni/Lecture 1.md:2:1: warning: type \"Uni Note\" has no template, so the note is"
                + " published as a post; a type names a template (template.<type>.file), so use"
                + " letters, digits, - and _ in it to give it its own (4 more notes have this"
                + " type: Uni/Lecture 2.md, Uni/Lecture 3.md and 2 more)",
            "Alone.md:2:1: warning: type \"Exam Review\" has no template, so the note is published"
                + " as a post; a type names a template (template.<type>.file), so use letters,"
                + " digits, - and _ in it to give it its own\n");
    assertThat(r.err().split("type \"Uni Note\"", -1)).hasSize(2); // told once
  }
}
