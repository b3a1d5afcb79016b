package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tags and addresses in scripts whose words hold combining marks, accents written apart, and emoji:
 * each tag is one page under its whole name, as Obsidian and Quartz list it. Before, a tag ended at
 * its first mark ({@code #हिन्दी} was a page "ह"; a decomposed {@code #café} a page "cafe" beside
 * the composed one's "café"), an emoji was no tag, and a note named in Hindi had the address {@code
 * ह-न-द-न-ट.html}.
 */
class UnicodeTagsSiteTest {
  @TempDir Path dir;

  @Test
  void aTagIsItsWholeNameInEveryScript() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org/
            site.title=Avery Quinn
            site.author=Avery Quinn
            publish.folders=essays
            -- content/essays/हिन्दी नोट.md --
            ---
            title: Hindi
            date: 2025-06-01
            ---
            About #हिन्दी and #café, and #🚀launch with #👩\u200d💻.

            See [[tags/हिन्दी]] and [[tags/🚀launch]].
            -- content/essays/two.md --
            ---
            title: Two
            date: 2025-06-02
            ---
            Also #cafe\u0301, written apart.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("matches no", "tags/");
    assertThat(site.files())
        .contains(
            "essays/हिन्दी-नोट.html",
            "tags/हिन्दी.html",
            "tags/café.html",
            "tags/🚀launch.html",
            "tags/👩\u200d💻.html")
        .noneMatch(f -> f.startsWith("tags/cafe") && !f.startsWith("tags/café"))
        .noneMatch(f -> f.startsWith("tags/ह.") || f.startsWith("tags/🚀."));
    // Both spellings of café are one tag: its page lists both notes.
    assertThat(site.read("tags/café.html")).contains("Hindi", "Two");
    String hindi = site.read("essays/हिन्दी-नोट.html");
    assertThat(hindi)
        .contains("#हिन्दी</a>", "#🚀launch</a>", "#👩\u200d💻</a>")
        .doesNotContain("[[tags/");
    // Where a URI is required, the address is percent-encoded whole.
    assertThat(site.read("sitemap.xml"))
        .contains(
            "https://avery.example.org/tags/%E0%A4%B9%E0%A4%BF%E0%A4%A8%E0%A5%8D%E0%A4%A6%E0%A5%80"
                + ".html");
  }

  @Test
  void aTagTooLongForAFileNameIsAnErrorAtItsLine() throws Exception {
    // Said at line 0 before for a tag of the text (the front matter's "status: #a..." is a YAML
    // comment, not where the tag is); cut after 40 UTF-16 units, which can part an emoji's halves
    // in the message; and its tag link was a second error for the same tag.
    String rockets = "\uD83D\uDE80".repeat(100);
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("long"),
            """
            -- jbake.properties --
            publish.folders=essays
            -- content/essays/long.md --
            ---
            title: Long
            status: #a%s
            ---
            First line.

            Then #a%s here.
            """
                .formatted(rockets, rockets));

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "long.md:7: error: the tag \"a"
                + "\uD83D\uDE80".repeat(39)
                + "…\" would be published as")
        .doesNotContain("long.md: error", "long.md:0", "its template may write it")
        // Said once, at the tag: its link to the page it cannot have is no second error.
        .doesNotContain("error: link");
    assertThat(r.err().codePoints().filter(cp -> cp >= 0xD800 && cp <= 0xDFFF).count())
        .as("lone surrogates")
        .isZero();
  }

  @Test
  void notesNamedWithEmojiAloneHaveAddressesOfTheirOwn() throws Exception {
    // Both were untitled.html: the bake refused, each note writing the other's page.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("emoji-names"),
            """
            -- jbake.properties --
            publish.folders=essays
            -- content/essays/\uD83D\uDE80.md --
            Launch, see [[\uD83C\uDF31]].
            -- content/essays/\uD83C\uDF31.md --
            Seed.
            -- content/essays/\uD83D\uDE80 Launch.md --
            Words keep the address they had.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains("essays/\uD83D\uDE80.html", "essays/\uD83C\uDF31.html", "essays/launch.html")
        .doesNotContain("essays/untitled.html");
    assertThat(site.read("essays/\uD83D\uDE80.html"))
        .contains("href=\"../essays/%F0%9F%8C%B1.html\"");
  }

  @Test
  void tagsWhoseAddressesAreAlikeAreToldTheyShareAPage() throws Exception {
    // C#, C++ and C were listed on one page, tags/c.html, under "C++", without a word.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("alike"),
            """
            -- jbake.properties --
            publish.folders=essays
            -- content/essays/a.md --
            ---
            title: A
            tags: [C++, Open Source]
            ---
            Also #C and #c.
            -- content/essays/b.md --
            ---
            title: B
            tags: [C#, open-source, OPEN SOURCE]
            ---
            B.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "a.md:5: warning: the tag \"C\" shares its page, tags/c.html, with the tag \"C++\"",
            "b.md:3: warning: the tag \"C#\" shares its page, tags/c.html, with the tag \"C++\"")
        .doesNotContain("the tag \"c\" shares", "Open Source\" shares", "open-source\" shares");
    assertThat(site.read("tags/c.html")).contains("#C++");
  }
}
