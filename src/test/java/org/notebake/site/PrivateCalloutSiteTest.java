package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the parser puts in a private callout is gone from every output of a bake: page, summary,
 * description, Open Graph, JSON-LD, feeds, tag pages, backlinks, table of contents and embeds. Each
 * form of callout holds its own canary.
 */
class PrivateCalloutSiteTest {

  @TempDir Path dir;

  private static final String HOST =
      """
      ---
      publish: true
      title: Host essay
      ---
      > [!private]
      My PIN is 4711 canary-lazy

      after-blank-stays

      > [!private]- Folded canary-title-folded
      > canary-folded
      lazy canary-folded-lazy

      > [!private]+
      canary-open-lazy

      > [!PRIVATE]
      canary-upper-lazy #canary-tag-lazy [[Target note]]

      > [!Private|wide] canary-meta-title
      > canary-meta

      >
      > [!private]
      canary-promoted-lazy

      > [!note] Public outer
      > > [!private]
      > > canary-nested
      > lazy canary-nested-lazy
      >
      > outer-stays

      > [!private]
      > > [!tip] canary-public-in-private
      > > canary-public-in-private-body

      - list-item-stays
        > [!private]
        canary-list-lazy
      - next-item-stays

      > [!private]
          canary-indented-lazy

      > [!diary] canary-diary-title
      canary-diary-lazy

      > [!private]
      > ## canary-heading
      > [x]: https://example.org/canary-definition
      >
      > [^1]: canary-footnote

      See [the plan][x] and this[^1]. A %%canary-comment
      > spanning a quote%% comment-end-stays

      > [!note]
      > visible-callout-stays %%canary-comment-in-callout%%

      ```
      > [!private]
      code-stays
      ```

      ## Public heading

      Section text stays.

      > [!private]
      canary-in-section
      """;

  private static final List<String> CANARIES =
      List.of(
          "4711",
          "canary-lazy",
          "canary-title-folded",
          "canary-folded",
          "canary-folded-lazy",
          "canary-open-lazy",
          "canary-upper-lazy",
          "canary-tag-lazy",
          "canary-meta",
          "canary-promoted-lazy",
          "canary-nested",
          "canary-public-in-private",
          "canary-list-lazy",
          "canary-indented-lazy",
          "canary-diary",
          "canary-heading",
          "canary-footnote",
          "canary-definition",
          "canary-comment",
          "canary-in-section",
          "canary-crlf",
          "canary-eof");

  @Test
  void nothingInAPrivateCalloutReachesAnyOutput() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            site.host=https://example.org/
            privacy.callouts=diary
            -- content/essays/host.md --
            """
                + HOST
                + """
            -- content/essays/target-note.md --
            ---
            publish: true
            title: Target note
            ---
            Target text.
            -- content/essays/embedder.md --
            ---
            publish: true
            title: Embedder
            ---
            ![[host#Public heading]]
            """);
    Path essays = site.root().resolve("content/essays");
    Files.writeString(
        essays.resolve("crlf.md"),
        "---\r\npublish: true\r\ntitle: Crlf\r\n---\r\n> [!private]\r\ncanary-crlf\r\n\r\ncrlf-stays\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        essays.resolve("eof.md"),
        "---\npublish: true\ntitle: Eof\n---\neof-stays\n\n> [!private]\ncanary-eof",
        StandardCharsets.UTF_8);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String all = site.everything().toLowerCase();
    for (String canary : CANARIES) {
      assertThat(all).as(canary).doesNotContain(canary);
    }
    assertThat(site.read("essays/host.html"))
        .contains("after-blank-stays")
        .contains("outer-stays")
        .contains("list-item-stays")
        .contains("next-item-stays")
        .contains("comment-end-stays")
        .contains("visible-callout-stays")
        .contains("code-stays")
        .contains("Section text stays.")
        .contains("See the plan and this");
    assertThat(site.read("essays/embedder.html")).contains("Section text stays.");
    assertThat(site.read("essays/crlf.html")).contains("crlf-stays");
    assertThat(site.read("essays/eof.html")).contains("eof-stays");
    assertThat(site.read("essays/target-note.html")).doesNotContain("Linked from");
  }

  @Test
  void aMarkerMarkdownDoesNotReadAsACalloutFailsTheBuildAtItsLine() throws Exception {
    // In a table cell or a heading a callout cannot start: the text after the marker would be
    // published. Shown as code it is only syntax.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            publish.folders=essays
            -- content/essays/table.md --
            ---
            title: Table
            ---
            | who | note |
            |---|---|
            | Ana | > [!private] canary-cell 912 555 0142 |

            `> [!private]` hides a callout; so does this:

            ```
            > [!private]
            > hidden
            ```
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "content/essays/table.md:6:11: error: private callout marker \"[!private]\" would be"
                + " published (id callout:")
        .contains("start a quote line with it (> [!private])");
    assertThat(site.output()).doesNotExist();
  }

  @Test
  void aPrivateTypeMatchesHoweverItIsSpacedOrListed() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            publish.folders=essays
            privacy.callouts=diary;[!Journal] | secret
            -- content/essays/spaced.md --
            ---
            title: Spaced
            ---
            Before.

            > [!private ]
            > canary-1 door code

            > [! Private]- Folded
            > canary-2

            > [!diary]
            > canary-3

            > [! journal ]
            > canary-4

            > [!SECRET]
            > canary-5

            > [!take away]
            > shown-take-away

            > [!private notes]
            > canary-6

            > [!Diary entry]
            > canary-7

            After.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything()).doesNotContain("canary-");
    assertThat(site.read("essays/spaced.html"))
        .contains("data-callout=\"take away\"", "shown-take-away", "Before.", "After.");
  }

  @Test
  void aSpacedMarkerMarkdownDoesNotReadAsACalloutIsAFinding() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            publish.folders=essays
            -- content/essays/table.md --
            ---
            title: Table
            ---
            | who | note |
            |---|---|
            | Ana | > [! private ] canary-cell |
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("private callout marker \"[! private ]\" would be published");
    assertThat(site.output()).doesNotExist();
  }

  @Test
  void callOutTypesListedWithTheWrongSeparatorAreStillNeverPublished() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("semicolon"),
            """
            -- jbake.properties --
            site.host=https://example.org/
            site.author=Avery Quinn
            publish.folders=essays
            privacy.callouts=diary;secret, log|work
            -- content/essays/a.md --
            ---
            title: A
            ---
            Public text.

            > [!secret]
            > canary-secret

            > [!work]
            > canary-work
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything()).contains("Public text").doesNotContain("canary");
    assertThat(r.err())
        .contains(
            "jbake.properties:4:1: warning: privacy.callouts: \"diary;secret\", \"log|work\" is"
                + " read as the callout types diary, secret, log, work");
  }

  /**
   * A setting and a note that write "privé" with different code points (one composed, one with a
   * combining accent, as a Mac may write names) mean the same callout, folder and pattern: the
   * callout was published, and so was the ignored folder.
   */
  @Test
  void privateMeansPrivateHoweverItsAccentsWereWritten() throws Exception {
    String composed = "priv\u00e9";
    String decomposed = "prive\u0301";
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("accents"),
            "-- jbake.properties --\npublish.folders=.\nprivacy.callouts="
                + decomposed
                + "\n-- content/.notebakeignore --\nJournal-"
                + decomposed
                + "/\n-- content/Journal-"
                + composed
                + "/day.md --\ncanary-ignored-folder\n-- content/essays/a.md --\n"
                + "---\ntitle: A\n---\nPublic words.\n\n> [!"
                + composed
                + "]\n> canary-callout\n\n> [!"
                + decomposed.toUpperCase(java.util.Locale.ROOT)
                + "]\n> canary-callout-upper\n\nMore public words.\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("essays/a.html")).contains("More public words.");
    for (String file : site.files()) {
      assertThat(site.read(file)).as(file).doesNotContain("canary-");
    }
  }

  /**
   * A type that reads as "private" in the note is private, however its letters were typed: full
   * width (an East Asian keyboard's mode), with an invisible soft hyphen, joiner or variation
   * selector inside, or with a Cyrillic, Greek or small-capital letter that looks like a Latin one.
   * Each of these was published (Obsidian shows them as plain callouts titled "private"); a type
   * that only starts like one, or is another word, stays public.
   */
  @Test
  void aTypeThatReadsAsPrivateIsPrivateHoweverItsLettersWereTyped() throws Exception {
    List<String> spellings =
        List.of(
            "\uff50\uff52\uff49\uff56\uff41\uff54\uff45", // full width
            "\uff30\uff32\uff29\uff36\uff21\uff34\uff25 notes",
            "priv\u00adate", // soft hyphen
            "pri\u200dvate", // zero-width joiner
            "private\ufe0f", // variation selector
            "\u0440rivate", // Cyrillic er
            "p\u0280ivate", // small capital r
            "\u03c1\u0280\u0456\u03bd\u0430\u0442\u0435"); // Greek, Latin and Cyrillic
    StringBuilder note = new StringBuilder("---\ntitle: A\n---\nPublic words.\n\n");
    for (int i = 0; i < spellings.size(); i++) {
      note.append("> [!")
          .append(spellings.get(i))
          .append("] t\n> canary-")
          .append(i)
          .append("\n\n");
    }
    note.append(
            "> [!privateer] Ship\n> kept-privateer\n\n> [!\u043f\u0440\u0438\u0432\u0430\u0442] t\n")
        .append("> kept-russian\n\nMore public words.\n");
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("lookalikes"),
            "-- jbake.properties --\npublish.folders=essays\n-- content/essays/a.md --\n" + note);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("essays/a.html"))
        .contains("More public words.", "kept-privateer", "kept-russian");
    for (String file : site.files()) {
      assertThat(site.read(file)).as(file).doesNotContain("canary-");
    }
  }

  /** The same spellings where Markdown does not read a callout are the gate's finding. */
  @Test
  void aMarkerLeftAsTextIsFoundHoweverItsLettersWereTyped() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("lookalike-text"),
            """
            -- jbake.properties --
            publish.folders=essays
            -- content/essays/a.md --
            ---
            title: A
            ---
            | cell |
            |---|
            | [!\u0440rivate] PIN canary |
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("a.md:6:3: error: private callout marker");
  }
}
