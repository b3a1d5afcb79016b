package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder's own page lists what is in the folder, as Quartz's folder pages and Hugo's section
 * pages do: Quartz's docs ({@code features/index.md}, 27 notes under it) showed only the page's
 * title. And Quartz's links to tag pages ({@code [[tags/plugin/emitter]]}, four in its docs'
 * configuration page) find them.
 */
class FolderPagesSiteTest {
  @TempDir Path dir;

  @Test
  void aFolderPageListsItsFolderDownToTheNextFolderPage() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("garden"),
            """
            -- jbake.properties --
            publish.folders=notes
            -- content/notes/index.md --
            ---
            title: Garden
            ---
            What I am growing.
            -- content/notes/alpha.md --
            ---
            title: Alpha
            date: 2026-03-01
            ---
            Alpha grows slowly.
            -- content/notes/deep/er/beta.md --
            ---
            title: Beta
            date: 2026-03-05
            ---
            Beta, two folders down.
            -- content/notes/topic/index.md --
            ---
            title: Topic
            date: 2026-02-01
            ---
            One topic.
            -- content/notes/topic/gamma.md --
            ---
            title: Gamma
            date: 2026-03-03
            ---
            Gamma lives under its topic.
            -- content/notes/secret.md --
            ---
            title: canary-private-title
            publish: false
            ---
            canary-private-body
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String garden = site.read("notes/index.html");
    assertThat(list(garden))
        .as("newest first; Gamma on its topic's page, not here")
        .containsSubsequence(
            "href=\"../notes/deep/er/beta.html\">Beta</a>",
            "href=\"../notes/alpha.html\">Alpha</a>",
            "href=\"../notes/topic/index.html\">Topic</a>")
        .contains("3 entries")
        .contains("Alpha grows slowly.")
        .doesNotContain("Gamma");
    assertThat(list(site.read("notes/topic/index.html")))
        .contains("1 entry")
        .contains("href=\"../../notes/topic/gamma.html\">Gamma</a>")
        .doesNotContain("Alpha");
    assertThat(site.read("notes/alpha.html")).doesNotContain("class=\"folder-list\"");
    assertThat(site.everything()).doesNotContain("canary-private");
  }

  /**
   * Hugo: {@code _index.md} is a section's page wherever it is (a branch bundle), {@code index.md}
   * below a section one page with its files (a leaf bundle); the home page lists no folder.
   */
  @Test
  void hugoSectionsListTheirPagesAndSubsections() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("hugo"),
            """
            -- jbake.properties --
            publish.folders=.
            -- content/_index.md --
            +++
            title = "Jo Example"
            +++
            Product manager.
            -- content/posts/_index.md --
            +++
            title = "Essays"
            +++
            Rabbit holes.
            -- content/posts/first.md --
            +++
            title = "First"
            date = 2026-01-02
            +++
            The first essay.
            -- content/posts/trip/index.md --
            +++
            title = "Trip"
            date = 2026-01-03
            +++
            A leaf bundle.
            -- content/posts/2024/_index.md --
            +++
            title = "Essays of 2024"
            date = 2024-12-31
            +++
            The year's essays.
            -- content/posts/2024/old.md --
            +++
            title = "Old one"
            date = 2024-05-01
            +++
            From last year.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(list(site.read("posts/index.html")))
        .containsSubsequence(">Trip</a>", ">First</a>", ">Essays of 2024</a>")
        .doesNotContain("Old one");
    assertThat(list(site.read("posts/2024/index.html"))).contains(">Old one</a>");
    assertThat(site.read("index.html")).doesNotContain("class=\"folder-list\"");
    assertThat(site.read("feed.xml"))
        .as("a section's page is no essay of its own; a leaf bundle is one")
        .contains("<title>Trip</title>")
        .contains("<title>Old one</title>")
        .doesNotContain("<title>Essays of 2024</title>");
  }

  /**
   * Hugo orders a section by weight, lighter first, then by date: hugoDocs gives 193 of its pages a
   * weight, and its sections read in that order. A weight of 0 is none, as in Hugo; one that is no
   * whole number is a warning at its line.
   */
  @Test
  void aSectionListsWeightedPagesLighterFirstThenByDate() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("docs"),
            """
            -- jbake.properties --
            publish.folders=.
            -- content/guide/_index.md --
            ---
            title: Guide
            ---
            Read in order.
            -- content/guide/install.md --
            ---
            title: Install
            date: 2026-01-01
            weight: 10
            ---
            First.
            -- content/guide/configure.md --
            ---
            title: Configure
            date: 2026-01-05
            weight: 20
            ---
            Second.
            -- content/guide/basics.md --
            ---
            title: Basics
            date: 2026-01-02
            weight: -5
            ---
            Before everything.
            -- content/guide/last.md --
            ---
            title: Last
            date: 2026-01-04
            weight: 10000000000
            ---
            Weighted past 32 bits, after every lighter one.
            -- content/guide/news.md --
            ---
            title: News
            date: 2026-03-01
            ---
            Newest, unweighted.
            -- content/guide/zero.md --
            ---
            title: Zero
            date: 2026-02-01
            weight: 0
            ---
            Zero is none.
            -- content/guide/shortcodes/_index.md --
            ---
            weight: 60
            ---
            A section with no title, as hugo-book's example site writes one.
            -- content/guide/heavy.md --
            ---
            title: Heavy
            date: 2026-01-03

            weight: very
            ---
            Not a number.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(list(site.read("guide/index.html")))
        .containsSubsequence(
            ">Basics</a>",
            ">Install</a>",
            ">Configure</a>",
            ">shortcodes</a>",
            ">Last</a>",
            ">News</a>",
            ">Zero</a>",
            ">Heavy</a>");
    assertThat(site.read("guide/shortcodes/index.html"))
        .as(
            "a folder's page without a title is titled after its folder, as Hugo and Quartz title it")
        .contains("<title>shortcodes")
        .doesNotContain("_index");
    assertThat(r.err())
        .contains("guide/heavy.md:5:1: warning: weight is text, not a whole number")
        .as("the value is not repeated: a warning may reach a public CI log")
        .doesNotContain("\"very\"");
  }

  @Test
  void aLinkToTagsSlashATagGoesToItsPage() throws Exception {
    String vault =
        """
        -- content/notes/configuration.md --
        ---
        title: Configuration
        ---
        See [[tags/plugin/emitter|emitters]], [[tags/plugin]], [[/tags/Plugin/Emitter]],
        [[tags/inline-only]] and [[tags/nobody]].
        -- content/notes/emitter.md --
        ---
        title: An emitter
        tags: [plugin/emitter]
        ---
        Writes files. #inline-only
        """;
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("quartz"), "-- jbake.properties --\npublish.folders=.\n" + vault);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("notes/configuration.html"))
        .contains("href=\"../tags/plugin/emitter.html\">emitters</a>")
        .contains("href=\"../tags/plugin.html\">tags/plugin</a>")
        .contains("href=\"../tags/plugin/emitter.html\">/tags/Plugin/Emitter</a>")
        .as("a tag only a note's text holds has its page, and the link finds it")
        .contains("href=\"../tags/inline-only.html\">tags/inline-only</a>");
    assertThat(site.read("tags/inline-only.html")).contains("An emitter");
    assertThat(r.err())
        .contains(
            "configuration.md:5:26: warning: wikilink target \"tags/nobody\" matches no published"
                + " note; a link finds the page of a tag (#nobody) that a published note carries,"
                + " in its front matter (tags: ...) or its text, and only with render.tags on")
        .doesNotContain("\"tags/inline-only\"")
        .doesNotContain("\"tags/plugin")
        .doesNotContain("/tags/Plugin");
    SiteFixture.Result checked = site.check();
    assertThat(checked.err())
        .as("check resolves the links as bake does")
        .contains("wikilink target \"tags/nobody\"")
        .doesNotContain("\"tags/inline-only\"");

    SiteFixture off =
        SiteFixture.of(
            dir.resolve("quartz-no-tags"),
            "-- jbake.properties --\npublish.folders=.\nrender.tags=false\n"
                + vault.replace(", [[/tags/Plugin/Emitter]]", ""));
    SiteFixture.Result without = off.bake();
    assertThat(without.exitCode()).as(without.toString()).isZero();
    assertThat(without.err())
        .as("no tag pages: the links find nothing, and say so")
        .contains("wikilink target \"tags/plugin\" matches no published note");
    assertThat(off.read("notes/emitter.html"))
        .as("an inline tag with no tag pages was a link to no page: an error that stopped the bake")
        .contains("<span class=\"tag\">#inline-only</span>");
  }

  /** The folder list of a page: from its heading to the end of its list. */
  private static String list(String html) {
    int at = html.indexOf("class=\"folder-list\"");
    assertThat(at).as("the page has a folder list").isPositive();
    return html.substring(at, html.indexOf("</section>", at));
  }
}
