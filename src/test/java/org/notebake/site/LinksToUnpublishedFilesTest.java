package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link that finds a file the notes' folders never publish (a stylesheet, a script, a JBake page
 * without a header) names that file and the way to publish it, instead of calling it missing; and
 * the file itself still never reaches the site.
 */
class LinksToUnpublishedFilesTest {
  @TempDir Path dir;

  private static final String SITE =
      SiteFixture.FIELD_NOTES
          + """
          -- content/essays/post.md --
          ---
          title: Post
          ---
          The [style](demo/main.css), the [script](demo/app.js), the [[run.py]] and
          the [old page](demo/old.html), the [notebook](analysis.ipynb) and [[Nowhere]],
          the [other post](other.html) and the [draft](../drafts/draft.html),
          [home](../index.html) and [the feed](../feed.xml#top).
          -- content/essays/other.md --
          ---
          title: Other
          ---
          Other.
          -- content/drafts/draft.html --
          <p>A page from an older site, without a JBake header, outside publish.folders.</p>
          -- content/essays/demo/main.css --
          body { color: teal }
          -- content/essays/demo/app.js --
          alert(1)
          -- content/essays/run.py --
          print(1)
          -- content/essays/demo/old.html --
          <p>A page from an older site, without a JBake header.</p>
          -- content/essays/analysis.ipynb --
          {}
          """;

  @Test
  void aLinkToAStylesheetOrScriptSaysItIsPublishedOnlyFromAssets() throws Exception {
    SiteFixture.Result r = SiteFixture.of(dir.resolve("site"), SITE).bake();

    assertThat(r.err())
        .contains(
            "post.md:4:5: warning: link target \"demo/main.css\" is essays/demo/main.css, a .css"
                + " file, which is published only from the site's assets/ folder (assets/main.css"
                + " is served at /main.css): move it there and link to /main.css")
        .contains("link target \"demo/app.js\" is essays/demo/app.js, a .js file, which is");
  }

  @Test
  void aLinkToAFileOfAnotherTypeNamesItAndTheWayToPublishIt() throws Exception {
    SiteFixture.Result r = SiteFixture.of(dir.resolve("site"), SITE).bake();

    assertThat(r.err())
        .contains(
            "wikilink target \"run.py\" is essays/run.py, a .py file, a type notebake does not"
                + " publish from the notes' folders")
        .contains("link target \"analysis.ipynb\" is essays/analysis.ipynb, a .ipynb file")
        .contains("wikilink target \"Nowhere\" matches no published note");
  }

  @Test
  void aLinkToAPageByItsFileNameOrAddressFindsIt() throws Exception {
    // As a JBake site links its posts: old.html (published from essays/), other.html (other.md).
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    SiteFixture.Result r = site.bake();

    assertThat(r.err()).doesNotContain("\"demo/old.html\"").doesNotContain("\"other.html\"");
    assertThat(Files.readString(site.output().resolve("essays/post.html")))
        .contains("href=\"../essays/demo/old.html\">old page</a>")
        .contains("href=\"../essays/other.html\">other post</a>")
        // Pages the templates make, as JBake sites link them: the page's link check finds them.
        .contains("href=\"../index.html\">home</a>")
        .contains("href=\"../feed.xml#top\">the feed</a>");
  }

  @Test
  void aLinkToAPrivateJBakePageByItsFileNameSaysItIsPrivate() throws Exception {
    SiteFixture.Result r = SiteFixture.of(dir.resolve("site"), SITE).bake();

    assertThat(r.err()).contains("link target \"../drafts/draft.html\" is a private note");
  }

  @Test
  void anEmbedOfAFileOfAnotherTypeIsAWarningThatNamesIt() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    Files.writeString(
        site.root().resolve("content/essays/post.md"), "---\ntitle: Post\n---\n![[run.py]]\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isZero();
    assertThat(r.err())
        .contains(
            "post.md:4:1: warning: embedded file \"run.py\" is essays/run.py, a .py file, a type"
                + " notebake does not publish");
  }

  @Test
  void anEmbedOfAnObsidianCanvasSaysItIsNotRendered() throws Exception {
    // A canvas was skipped as junk, and an embed of it was "not in the vault".
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    Files.writeString(site.root().resolve("content/essays/Board.canvas"), "{\"nodes\":[]}");
    Files.writeString(
        site.root().resolve("content/essays/post.md"),
        "---\ntitle: Post\n---\n![[Board.canvas]]\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.err())
        .contains(
            "post.md:4:1: warning: embedded file \"Board.canvas\" is essays/Board.canvas, an"
                + " Obsidian canvas, which notebake does not render; link a note instead, or export"
                + " it as an image and embed that");
  }

  @Test
  void anEmbedOfABaseLeftOutWithTheTemplatesFolderSaysBasesAreNotRendered() throws Exception {
    // A vault keeping its bases in the templates folder, which is never scanned: every embed of
    // one was "not in the vault; fix the name", though the file was there and no name would do.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org
            publish.folders=Categories
            -- .obsidian/templates.json --
            {"folder": "Templates"}
            -- Templates/Bases/Books.base --
            views: []
            -- Categories/Books.md --
            ---
            title: Books
            ---
            ![[Books.base]]
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.err())
        .contains(
            "Categories/Books.md:4:1: warning: embedded file \"Books.base\" is an Obsidian base,"
                + " which notebake does not render")
        .doesNotContain("not in the vault");
  }

  @Test
  void aLinkToAnAsciiDocPageSaysNotebakeDoesNotRenderIt() throws Exception {
    // A JBake site's AsciiDoc pages: JBake renders them, notebake skips them with a warning.
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    site.add(
        """
        -- content/essays/guide.adoc --
        = Guide
        :jbake-type: page

        A page JBake renders with AsciidoctorJ.
        -- content/essays/setup/install.asciidoc --
        = Install
        -- content/essays/notes.org --
        * Notes
        -- content/essays/post.md --
        ---
        title: Post
        ---
        Read the [guide](guide.adoc) first,
        then [[install.asciidoc|how to install]] and [[notes.org]].
        """);

    SiteFixture.Result r = site.bake();

    assertThat(r.err())
        .contains(
            "post.md:4:10: warning: link target \"guide.adoc\" is essays/guide.adoc, an AsciiDoc"
                + " page, which notebake does not render (JBake renders it with AsciidoctorJ);"
                + " convert it to Markdown or link to its published address")
        .contains(
            "post.md:5:6: warning: wikilink target \"install.asciidoc\" is"
                + " essays/setup/install.asciidoc, an AsciiDoc page, which notebake does not render")
        .contains(
            "post.md:5:46: warning: wikilink target \"notes.org\" is essays/notes.org, an Org"
                + " page, which notebake does not render; convert it to Markdown")
        .doesNotContain("matches no published note");
    assertThat(r.exitCode()).as(r.toString()).isZero();
  }

  /** An Excalidraw drawing as the plugin saves it: its data, not prose. */
  private static final String DRAWING =
      "---\n\nexcalidraw-plugin: parsed\ntags: [excalidraw]\n\n---\n==⚠  Switch to EXCALIDRAW"
          + " VIEW in the MORE OPTIONS menu of this document. ⚠==\n\n# Excalidraw Data\n\n"
          + "## Text Elements\nDRAWING-TEXT-CANARY ^abc123\n\n%%\n## Drawing\n"
          + "```compressed-json\nN4KAkARALgngDgUwgLgAQQQDwMYEMA2AlgCYBOuA7hADTgQBuCpAzoQ\n```\n%%\n";

  @Test
  void anEmbedOfAnExcalidrawDrawingShowsItsExportedPicture() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    Files.writeString(site.root().resolve("content/essays/Board.excalidraw.md"), DRAWING);
    Files.writeString(
        site.root().resolve("content/essays/post.md"),
        "---\ntitle: Post\n---\n![[Board.excalidraw|The pipeline, drawn]]\n");

    // Without its export the embed shows as its name, with a warning (a real vault's sketches
    // stopped its whole bake), and the drawing's text stays out.
    SiteFixture.Result missing = site.bake();
    assertThat(missing.exitCode()).isZero();
    assertThat(site.everything()).doesNotContain("DRAWING-TEXT-CANARY");
    assertThat(missing.err())
        .contains(
            "post.md:4:1: warning: embedded file \"Board.excalidraw\" is"
                + " essays/Board.excalidraw.md, an Excalidraw drawing, which notebake does not"
                + " render: turn on the Excalidraw plugin's Auto-export SVG");

    Files.writeString(
        site.root().resolve("content/essays/Board.excalidraw.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
            + "<rect width=\"40\" height=\"20\" fill=\"teal\"/></svg>");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("essays/post.html"))
        .contains("src=\"../essays/board.excalidraw.svg\"")
        .contains("alt=\"The pipeline, drawn\"");
    // The light one of a dark and light pair, when the plugin exports both.
    Files.delete(site.root().resolve("content/essays/Board.excalidraw.svg"));
    Files.writeString(
        site.root().resolve("content/essays/Board.light.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"2\"/>");
    assertThat(site.bake().exitCode()).isZero();
    assertThat(site.read("essays/post.html")).contains("src=\"../essays/board.light.svg\"");
    // The drawing's data is no page of the site.
    assertThat(site.files()).doesNotContain("essays/board.excalidraw.html");
    assertThat(site.everything()).doesNotContain("DRAWING-TEXT-CANARY");
  }

  @Test
  void anEmbedOfAGitLfsPointerSaysToPullTheFile() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    Files.writeString(
        site.root().resolve("content/essays/drawing.svg"),
        "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a21\nsize 48213\n");
    Files.writeString(
        site.root().resolve("content/essays/post.md"), "---\ntitle: Post\n---\n![[drawing.svg]]\n");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("drawing.svg: warning: is a Git LFS pointer, not the file itself")
        .contains(
            "post.md:4:1: error: embedded file \"drawing.svg\" is essays/drawing.svg, a Git LFS"
                + " pointer, not the file itself; run git lfs pull in the vault, then bake again")
        .doesNotContain("not well-formed XML");
  }

  @Test
  void theFilesThemselvesNeverReachTheSite() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    site.bake();

    try (var files = Files.walk(site.output())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("post.html")
          .doesNotContain("main.css", "app.js", "run.py", "draft.html", "analysis.ipynb");
    }
  }
}
