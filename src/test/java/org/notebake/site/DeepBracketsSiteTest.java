package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note of thousands of nested {@code ![[} (a user's 100 KB one took 32 s, a megabyte would take
 * an hour) bakes in seconds: the brackets stacked too high are shown as text, and the build says so
 * once for the note, where the stack starts.
 */
class DeepBracketsSiteTest {
  /** The Field notes site, publishing its notes/ folder. */
  private static final String NOTES =
      SiteFixture.FIELD_NOTES.replace("publish.folders=essays", "publish.folders=notes");

  @TempDir Path dir;

  @Test
  void aNoteOfNestedEmbedsBakesQuicklyWithOneWarningWhereTheStackStarts() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            NOTES
                + """
            -- content/notes/nested.md --
            ---
            title: Nested
            ---
            Intro with [[Plain]].

            > [!note] A callout
            > EMBEDS
            -- content/notes/plain.md --
            ---
            title: Plain
            ---
            A [link [in [brackets]]](nested.md) and [[Nested|the nested note]] are fine.
            """);
    Path nested = dir.resolve("vault/content/notes/nested.md");
    String embeds = "![[".repeat(100_000) + "[[Plain]]" + "]]".repeat(100_000);
    Files.writeString(nested, Files.readString(nested).replace("EMBEDS", embeds));

    SiteFixture.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> site.bake());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String warning = "warning: brackets nested more than 32 deep from here: the outer 199970 pairs";
    assertThat(r.err()).contains("content/notes/nested.md:7:4: " + warning);
    assertThat(r.err().split(warning, -1)).hasSize(2);
    assertThat(r.err()).doesNotContain("plain.md");
    assertThat(site.read("notes/nested.html"))
        .contains("![[![[<a class=\"internal-link\" href=\"../notes/plain.html\">Plain</a>]]]]");
    assertThat(site.read("notes/plain.html"))
        .contains("href=\"../notes/nested.html\">link [in [brackets]]</a>");
  }

  @Test
  void aBrokenWikilinkAfterEscapedBracketsIsReportedAtItsColumnAsWritten() throws IOException {
    // 40 pairs stand 8 higher than the limit: the parser reads 16 backslashes before the link.
    String deep = "[".repeat(40) + "x" + "]".repeat(40);
    String stacked = deep + " see [[Missing note]]";
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            NOTES
                + """
            -- content/notes/stack.md --
            ---
            title: Stack
            ---
            STACKED
            and [[Missing note]] again
            """
                    .replace("STACKED", stacked));

    SiteFixture.Result r = site.bake();

    String warning = ": warning: wikilink target \"Missing note\" matches no published note";
    int column = stacked.indexOf("[[Missing") + 1;
    assertThat(r.err())
        .as(r.toString())
        .contains("content/notes/stack.md:4:" + column + warning)
        .contains("content/notes/stack.md:5:5" + warning);
  }
}
