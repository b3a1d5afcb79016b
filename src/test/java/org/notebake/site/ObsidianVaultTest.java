package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bare Obsidian vault exercising links, embeds, callouts, tags and backlinks end to end. */
class ObsidianVaultTest {
  private static final String VAULT =
      """
      -- .obsidian/app.json --
      {"attachmentFolderPath": "Attachments", "strictLineBreaks": false}
      -- Attachments/cv.pdf --
      %PDF-1.4 fictional
      -- Attachments/voice memo.mp3 --
      ID3 fictional
      -- Essays/Signals.md --
      ---
      publish: true
      aliases: [Signal essay]
      tags: observability, ai-infra
      ---
      # Signals
      first line
      second line

      ## Method

      Method text. ^method-block

      > [!tip]- Folded tip
      > inside **bold**

      ==marked== and #area/sub and `#not-a-tag` and [[#Method|up]].
      -- Essays/Reader.md --
      ---
      publish: true
      ---
      Read [[Signal essay]] and [[Signals#Method]] and [[signals#^method-block|the block]].

      ![[Signals#Method]]

      ![[cv.pdf]] ![[voice memo.mp3]]

      [markdown link](Signals.md#Method)

      Missing: [[Signalz]]
      -- Essays/Loop A.md --
      ---
      publish: true
      ---
      ![[Loop B]]
      -- Essays/Loop B.md --
      ---
      publish: true
      ---
      ![[Loop A]]
      """;

  @TempDir Path dir;

  @Test
  void wikilinksAliasesHeadingsAndBlocksResolve() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("vault"), VAULT);
    SiteFixture.Result r = site.check();
    String page = bakeIgnoringLoop(site).read("essays/reader.html");
    assertThat(page)
        .contains("<a class=\"internal-link\" href=\"../essays/signals.html\">Signal essay</a>")
        .contains("href=\"../essays/signals.html#method\"")
        .contains("href=\"../essays/signals.html#^method-block\">the block</a>")
        .contains("<span class=\"broken-link\">Signalz</span>");
    assertThat(r.err()).as(r.toString()).doesNotContain("Reader.md:1:");
  }

  @Test
  void transclusionShowsOnlyTheSectionAndFilesBecomeDownloadsAndMedia() throws Exception {
    SiteFixture site = bakeIgnoringLoop(SiteFixture.of(dir.resolve("vault"), VAULT));
    String page = site.read("essays/reader.html");
    assertThat(page)
        .contains("class=\"transclusion\"")
        .contains("Method text.")
        .doesNotContain("first line");
    assertThat(page)
        .contains("href=\"../attachments/cv.pdf\"")
        .containsPattern("<audio controls(=\"\")? src=\"../attachments/voice-memo.mp3\"");
    assertThat(site.files()).contains("attachments/cv.pdf", "attachments/voice-memo.mp3");
  }

  @Test
  void calloutsHighlightsTagsAndLineBreaksRenderAsObsidianShowsThem() throws Exception {
    SiteFixture site = bakeIgnoringLoop(SiteFixture.of(dir.resolve("vault"), VAULT));
    String page = site.read("essays/signals.html");
    assertThat(page)
        .contains("<details class=\"callout\" data-callout=\"tip\"")
        .contains("<mark>marked</mark>")
        .contains("href=\"../tags/area/sub.html\"")
        .contains("<code>#not-a-tag</code>")
        .contains("first line<br>");
    assertThat(site.files())
        .contains(
            "tags/area.html",
            "tags/area/sub.html",
            "tags/observability.html",
            "tags/ai-infra.html");
  }

  @Test
  void backlinksListLinkingNotesWithTheirParagraph() throws Exception {
    SiteFixture site = bakeIgnoringLoop(SiteFixture.of(dir.resolve("vault"), VAULT));
    assertThat(site.read("essays/signals.html"))
        .contains("Linked from")
        .contains("Reader")
        .contains("Read Signal essay");
  }

  @Test
  void anEmbedCycleIsAnErrorAtTheEmbedNotAHang() throws Exception {
    SiteFixture.Result r = SiteFixture.of(dir.resolve("vault"), VAULT).check();
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).containsPattern("Loop [AB]\\.md:4:1: error: embed cycle");
  }

  @Test
  void missingLinkIsAWarningWithPositionAndSuggestion() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("vault"), VAULT);
    SiteFixture.Result r =
        SiteFixture.run("check", "--verbose", "--source", site.root().toString());
    assertThat(r.err())
        .contains(
            "Reader.md:12:10: warning: wikilink target \"Signalz\" matches no "
                + "published note; did you mean \"Signals\"?");
  }

  @Test
  void aBlockIdUnderATableNamesTheTableAndItsEmbedShowsTheTable() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("tables"),
            """
            -- Shortcuts+.md --
            ---
            publish: true
            ---
            | Keys | Does |
            | --- | --- |
            | Ctrl | opens the fictional lantern |
            ^lantern-keys
            -- Host.md --
            ---
            publish: true
            ---
            ![[Shortcuts+#^lantern-keys]]
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).as(r.toString()).doesNotContain("lantern-keys");
    assertThat(site.read("shortcuts.html"))
        .contains("<table id=\"^lantern-keys\">")
        .doesNotContain("<td>^lantern-keys</td>");
    assertThat(site.read("host.html")) // the embed's ids are its own on the host page
        .contains("<table id=\"^lantern-keys--embed-1\">")
        .contains("<td>opens the fictional lantern</td>");
  }

  /** The loop notes are there to prove the cycle check; drop them for the other assertions. */
  private SiteFixture bakeIgnoringLoop(SiteFixture site) throws Exception {
    java.nio.file.Files.delete(site.root().resolve("Essays/Loop A.md"));
    java.nio.file.Files.delete(site.root().resolve("Essays/Loop B.md"));
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    return site;
  }

  @Test
  void aCoverGivenAsAWebAddressIsToldToBeSavedInTheVault() throws Exception {
    // A clipped note's cover: https://... was "not in the vault", as if a file name were wrong.
    SiteFixture.Result r =
        SiteFixture.of(
                dir,
                """
                -- Films/Harbour Lights.md --
                ---
                publish: true
                cover: https://images.example.org/harbour-lights.jpg
                ---
                A film.
                """)
            .bake();

    assertThat(r.err())
        .contains(
            "Films/Harbour Lights.md:3:1: warning: cover image"
                + " \"https://images.example.org/harbour-lights.jpg\" is a web address, and a cover"
                + " is an image in the vault")
        .doesNotContain("not in the vault");
  }

  @Test
  void aNoteOfPropertiesOnlyTellsNoReadingTime() throws Exception {
    // A film card with an empty body said "1 min read".
    SiteFixture site =
        SiteFixture.of(
            dir,
            """
            -- Films/Harbour Lights.md --
            ---
            publish: true
            year: 1982
            ---
            -- Films/Long Night.md --
            ---
            publish: true
            ---
            Two words.
            """);
    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("films/harbour-lights.html")).doesNotContain("min read");
    assertThat(site.read("films/long-night.html")).contains("1 min read");
  }
}
