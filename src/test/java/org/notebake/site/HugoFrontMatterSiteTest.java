package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Hugo site's content baked as a vault: TOML ({@code +++}) and JSON front matter are read, so a
 * draft stays private. Both were published as text, {@code draft = true} and all.
 */
class HugoFrontMatterSiteTest {
  @TempDir Path dir;

  @Test
  void hugoDraftsStayPrivateAndItsPostsKeepTheirTitlesAndTags() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("hugo"),
            """
            -- jbake.properties --
            publish.folders=posts
            -- content/posts/toml-draft.md --
            +++
            title = "Salary notes"
            draft = true
            +++
            canary-toml-draft
            -- content/posts/json-draft.md --
            {
              "title": "Interview prep",
              "draft": true
            }
            canary-json-draft
            -- content/posts/announcement.md --
            +++
            title = "I am joining a new team"
            date = 2024-01-01
            publishDate = 2099-01-01T09:00:00Z
            +++
            canary-scheduled
            -- content/posts/notes-to-self.md --
            +++
            title = "Notes to self"
            [build]
            render = "never"
            list = "never"
            +++
            canary-never-rendered
            -- content/posts/bundle/index.md --
            ---
            headless: true
            ---
            canary-headless
            -- content/posts/bundle/resource.md --
            canary-headless-resource
            -- content/posts/walks.md --
            +++
            title = "Walks at night"
            date = 2024-03-01T10:00:00+01:00
            tags = ["city", "night"]
            [params]
            math = false
            +++
            The canal at dusk.
            -- content/posts/broken.md --
            +++
            title: "YAML between pluses"
            +++
            canary-broken
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "posts/broken.md:2:6: error: front matter between +++ lines is not TOML notebake can"
                + " read: = is expected after the key");

    site.root().resolve("content/posts/broken.md").toFile().delete();
    r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("posts/walks.html"))
        .contains("<title>Walks at night")
        .contains("2024-03-01")
        .contains("tags/night.html");
    for (String file : site.files()) {
      assertThat(site.read(file))
          .as(file)
          .doesNotContain("canary-")
          .doesNotContain("Salary notes")
          .doesNotContain("joining a new team");
    }
  }

  /**
   * Hugo's {@code url} is a page's address when it is a path from the root: Hugo's own docs give
   * every command page one ({@code url: /commands/hugo_server/}), and link to it so. A bookmark
   * note's {@code url} is the page it saved, no address of the note.
   */
  /**
   * Hugo's shortcodes are shown as text (hugo-book's example site: {@code {{< tabs >}}} in its
   * pages and their summaries, silently): one warning at the first, with how many more; a second
   * bake, which reuses the body, says it again; a shortcode shown in code says nothing.
   */
  @Test
  void aShortcodeLeftAsTextIsAWarningAtItsLineEveryBake() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("shortcodes"),
            """
            -- jbake.properties --
            publish.folders=.
            -- content/docs/pages.md --
            ---
            title: Pages
            ---
            Every page can use these parameters.

            {{< tabs >}}
            {{% tab "YAML" %}} yaml {{% /tab %}}
            -- content/docs/syntax.md --
            ---
            title: Syntax
            ---
            Write `{{< figure src="x" >}}` to show a figure.
            """);

    String warning =
        "docs/pages.md:6:1: warning: the Hugo shortcode tabs is shown as text: notebake runs no"
            + " shortcodes";
    SiteFixture.Result first = site.bake();
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.err()).contains(warning).contains("(2 more such tags in this note)");
    assertThat(first.err()).doesNotContain("syntax.md");

    SiteFixture.Result second = site.bake();
    assertThat(second.err()).as("the body memo says it again").contains(warning);
  }

  @Test
  void hugosUrlFromTheRootIsThePagesAddressAndABookmarksUrlIsNot() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("urls"),
            """
            -- jbake.properties --
            publish.folders=.
            -- content/commands/hugo_server.md --
            ---
            title: hugo server
            url: /commands/hugo_server/
            ---
            Starts the server.
            -- content/commands/hugo.md --
            ---
            title: hugo
            ---
            See [hugo server](/commands/hugo_server/).
            -- content/reading/article.md --
            ---
            title: An article
            url: https://example.org/article
            ---
            Saved.
            -- content/reading/cdn.md --
            ---
            title: From a CDN
            url: //cdn.example.org/x
            ---
            Saved too.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.output().resolve("commands/hugo_server/index.html"))
        .content()
        .contains("Starts the server.");
    assertThat(site.output().resolve("reading/article.html")).exists();
    assertThat(site.output().resolve("reading/cdn.html")).exists();
    assertThat(r.err()).doesNotContain("points to no page");
  }

  /**
   * A section's {@code _index.md} is its folder's page, the content folder's the home page, as in
   * Hugo: hugoBasicExample's {@code post/_index.md} was published at {@code post/_index.html}.
   */
  @Test
  void aSectionsIndexIsItsFoldersPageAndTheContentOneIsTheHomePage() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("sections"),
            """
            -- jbake.properties --
            publish.folders=.
            -- content/_index.md --
            +++
            title = "Jo Example"
            +++
            Product manager, AI infrastructure.
            -- content/posts/_index.md --
            +++
            title = "Essays"
            +++
            Rabbit holes, mostly observability.
            -- content/posts/traces.md --
            +++
            title = "Traces"
            +++
            See [[_index|all essays]].
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.output().resolve("index.html"))
        .content()
        .contains("Product manager, AI infrastructure.");
    assertThat(site.output().resolve("posts/index.html"))
        .content()
        .contains("Rabbit holes, mostly observability.");
    assertThat(site.output().resolve("posts/_index.html")).doesNotExist();
    assertThat(site.output().resolve("_index.html")).doesNotExist();
    assertThat(site.output().resolve("feed.xml"))
        .content()
        .as("a folder's page is no essay of its own")
        .contains("<title>Traces</title>")
        .doesNotContain("<title>Essays</title>");
    assertThat(site.output().resolve("posts/traces.html"))
        .content()
        .contains("<a class=\"internal-link\" href=\"../posts/index.html\">all essays</a>");
  }

  /**
   * A folder's own page was one more of its kind: {@code projects/index.md} a project card of its
   * own ("All projects (2)"), {@code gallery/index.md} the latest album on the home page. A bundle
   * ({@code gallery/walk/index.md}) keeps its folder's type.
   */
  @Test
  void aFoldersOwnPageIsAPageAndABundleKeepsItsFoldersType() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("folders"),
            """
            -- jbake.properties --
            publish.folders=.
            -- content/projects/index.md --
            ---
            title: My projects
            ---
            Intro to projects.
            -- content/projects/alpha.md --
            ---
            title: Alpha
            ---
            Alpha body.
            -- content/gallery/index.md --
            ---
            title: All albums
            ---
            Photos, mostly walks.
            -- content/gallery/walk/index.md --
            ---
            title: Harbour walk
            ---
            A walk at seven.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String home = java.nio.file.Files.readString(site.output().resolve("index.html"));
    assertThat(home)
        .contains("All projects (1)")
        .contains("<a href=\"gallery/walk/index.html\">Harbour walk</a>")
        .doesNotContain(">My projects</a>")
        .doesNotContain(">All albums</a>");
    assertThat(site.output().resolve("gallery/walk/index.html"))
        .content()
        .contains("<article class=\"gallery\">");
  }

  /**
   * Quartz reads {@code tags/<tag>.md} as the text of that tag's page; here it was an error (two
   * pages at one address) that stopped the bake of Quartz's own docs.
   */
  @Test
  void aNoteAtATagPagesAddressIsThatPagesText() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("tag-notes"),
            """
            -- jbake.properties --
            publish.folders=.
            -- content/tags/observability.md --
            ---
            title: Observability
            ---
            Everything I know about *seeing* systems, in one place.
            -- content/tags/unused.md --
            ---
            title: A tag nobody uses
            ---
            Its own page.
            -- content/tags/hiring.md --
            ---
            publish: false
            ---
            canary-private-tag-note
            -- content/essays/traces.md --
            ---
            title: Traces
            tags: [observability, hiring]
            ---
            A trace, sampled by outcome. See [[observability]].
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String tagPage =
        java.nio.file.Files.readString(site.output().resolve("tags/observability.html"));
    assertThat(tagPage)
        .contains("Everything I know about <em>seeing</em> systems, in one place.")
        .contains(">Traces</a>");
    assertThat(site.output().resolve("tags/unused.html")).content().contains("Its own page.");
    assertThat(site.output().resolve("tags/hiring.html"))
        .content()
        .as("a private note at a tag page's address")
        .contains(">Traces</a>")
        .doesNotContain("canary-private-tag-note");
    assertThat(site.output().resolve("feed.xml"))
        .content()
        .contains("<title>Traces</title>")
        .doesNotContain("<title>Observability</title>");
    assertThat(site.output().resolve("essays/traces.html"))
        .content()
        .contains("href=\"../tags/observability.html\">observability</a>");
  }

  /**
   * Real content (a Hugo blog): its images live in static/ (Hugo publishes it as it is, and assets/
   * only through its pipes), and ![a cat](/img/cat.png) was "not in the vault", 130 times.
   */
  @Test
  void aHugoSitesStaticFolderIsItsAssets() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("hugo-static"),
            """
            -- jbake.properties --
            site.title=Jo
            site.author=Jo Rivers
            publish.folders=post
            -- config.toml --
            baseURL = "https://jo.example.org/"
            title = "Jo"
            -- content/post/cat.md --
            +++
            title = "Cat"
            date = 2021-03-01
            +++

            ![a cat](/img/cat.png)
            -- assets/scss/main.scss --
            body { color: red; }
            """);
    AlbumSiteTest.photo(site.root().resolve("static/img/cat.png"), java.awt.Color.ORANGE, "png");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("img/cat.png").doesNotContain("scss/main.scss");
    assertThat(site.read("post/cat.html")).contains("img/cat.png");
  }

  /** Real content (a Hugo blog): [second](/post/second/), Hugo's pretty address of a post. */
  @Test
  void hugosPrettyAddressOfAPostLinksItsPage() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("hugo-pretty"),
            """
            -- jbake.properties --
            site.title=Jo
            site.author=Jo Rivers
            publish.folders=post
            -- content/post/first.md --
            +++
            title = "First"
            date = 2021-03-01
            +++

            See the [second post](/post/second/) and [the list](/post/).
            -- content/post/second.md --
            +++
            title = "Second"
            date = 2021-03-02
            +++

            Hello.
            -- content/post/_index.md --
            +++
            title = "Posts"
            +++
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("post/first.html"))
        .contains("href=\"../post/second.html\">second post</a>")
        .contains("href=\"../post/\">the list</a>");
  }

  /**
   * Red team: a section's {@code _index.md} cascading {@code draft = true}, or {@code build:
   * {render: never}}, to its pages kept none of them private; Hugo builds none of them.
   */
  @Test
  void aSectionThatCascadesADraftOrNeverRenderKeepsItsPagesPrivate() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("cascade"),
            """
            -- jbake.properties --
            publish.folders=.
            site.title=Jo
            site.author=Jo
            -- content/drafts/_index.md --
            +++
            title = "Drafts"
            [cascade]
            draft = true
            +++
            -- content/drafts/rant.md --
            canary-cascade-draft
            -- content/internal/_index.md --
            ---
            title: Internal
            cascade:
              - _target:
                  path: /internal/**
                build:
                  render: never
                  list: never
            ---
            -- content/internal/deep/salary-bands.md --
            canary-cascade-never
            -- content/posts/_index.md --
            ---
            title: Posts
            cascade:
              build:
                list: never
            ---
            -- content/posts/walks.md --
            Walks at night.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything()).doesNotContain("canary-cascade");
    assertThat(site.files())
        .noneMatch(f -> f.contains("rant") || f.contains("salary"))
        .contains("posts/walks.html");
  }

  /**
   * Red team: {@code ignoreFiles} in hugo.toml left nothing out, and the diary Hugo never reads was
   * published; then {@code content/secret/}, which Hugo finds in the file's absolute path. A
   * pattern Java cannot read stops the bake.
   */
  @Test
  void filesHugosIgnoreFilesNameAreNeverPublished() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("ignore-files"),
            """
            -- hugo.toml --
            baseURL = "https://x.example.org/"
            # ignoreFiles = ["nothing"]
            ignoreFiles = ["\\\\.private\\\\.md$", 'drafts/', 'content/secret/']
            -- jbake.properties --
            publish.folders=.
            site.title=Jo
            site.author=Jo
            -- content/posts/diary.private.md --
            canary-ignored-diary
            -- content/drafts/idea.md --
            canary-ignored-draft
            -- content/secret/session.md --
            canary-ignored-by-its-absolute-path
            -- content/posts/walks.md --
            Walks at night.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything()).doesNotContain("canary").contains("Walks at night.");

    site.add(
        """
        -- hugo.toml --
        baseURL = "https://x.example.org/"
        ignoreFiles = ["(unclosed"]
        """);
    SiteFixture.Result bad = site.bake();
    assertThat(bad.exitCode()).isNotZero();
    assertThat(bad.err()).contains("hugo.toml: error: ignoreFiles entry \"(unclosed\" is not a");
  }
}
