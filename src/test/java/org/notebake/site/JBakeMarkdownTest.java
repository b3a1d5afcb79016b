package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JBake post's Markdown has no inline tags: JBake takes tags from the {@code tags=} header only.
 * Real posts say "uses #pragmas" and "the #include directive" (tedneward/ProfBlog,
 * tillg/tillgartner.com.src); each became a tag page, and with {@code render.tags=false} a link to
 * a page that does not exist, which failed the build.
 */
class JBakeMarkdownTest {
  @TempDir Path dir;

  private static final String POST =
      """
      -- content/blog/c.md --
      title=On C
      date=2020-01-01
      type=post
      tags=c
      status=published
      ~~~~~~

      The #include directive, and #pragmas too.
      -- content/notes/o.md --
      ---
      publish: true
      ---
      An Obsidian note keeps its #inline-tag.
      """;

  @Test
  void hashWordsInAJBakePostAreTextAndItsTagsComeFromItsHeader() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("tags"),
            "-- jbake.properties --\nsite.title=Field notes\nsite.author=Avery Quinn\n" + POST);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("blog/c.html")).contains("The #include directive, and #pragmas too.");
    assertThat(site.files())
        .contains("tags/c.html", "tags/inline-tag.html")
        .doesNotContain("tags/include.html", "tags/pragmas.html");
  }

  /**
   * JBake sites embed their assets by a path relative to the page ({@code ![Icon](img/icon.png)} on
   * a root page, {@code ../img/icon.png} one folder down), as {@code <img src>} would: that was
   * "not in the vault" and failed the build (tillg/tillgartner.com.src).
   */
  @Test
  void aMarkdownImageOfAnAssetRelativeToThePageIsTheAsset() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("assets"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            -- content/links.md --
            title=Links
            date=2020-01-01
            type=page
            status=published
            ~~~~~~

            ![Icon](img/icon.png) from the root.
            -- content/blog/deep.md --
            title=Deep
            date=2020-01-02
            type=post
            status=published
            ~~~~~~

            ![Icon](../img/icon.png) from a folder.
            """);
    AlbumSiteTest.photo(site.root().resolve("assets/img/icon.png"), java.awt.Color.BLUE, "png");

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("links.html")).contains("src=\"img/icon.png\"");
    assertThat(site.read("blog/deep.html")).contains("src=\"../img/icon.png\"");
  }

  /**
   * JBake copies an asset folder's hidden files ({@code asset.ignore=false}, its default):
   * breun/breun.nl-jbake's {@code .htaccess} was left out silently. They are copied now, but never
   * version-control or desktop files; {@code asset.ignore=true} leaves every hidden one out.
   */
  @Test
  void hiddenAssetsAreCopiedAsJBakeCopiesThemButNotVersionControlFiles() throws IOException {
    String files =
        """
        -- assets/.htaccess --
        ErrorDocument 404 /404.html
        -- assets/.well-known/security.txt --
        Contact: https://avery.example.org/security
        -- assets/.git/config --
        [core]
        -- assets/.DS_Store --
        junk
        -- content/links.md --
        title=Links
        date=2020-01-01
        type=page
        status=published
        ~~~~~~

        Links.
        """;
    String properties = "-- jbake.properties --\nsite.title=Field notes\nsite.author=Avery Quinn\n";
    SiteFixture site = SiteFixture.of(dir.resolve("hidden"), properties + files);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains(".htaccess", ".well-known/security.txt")
        .noneMatch(f -> f.startsWith(".git/") || f.equals(".DS_Store"));

    SiteFixture ignoring =
        SiteFixture.of(dir.resolve("ignoring"), properties + "asset.ignore=true\n" + files);
    assertThat(ignoring.bake().exitCode()).isZero();
    assertThat(ignoring.files()).noneMatch(f -> f.startsWith(".") && !f.equals(".notebake-output"));
  }

  /**
   * JBake 2.7 renders {@code #Heading} without a space as a heading (its Markdown's pegdown
   * profile); tillg/tillgartner.com.src got 17 tag pages of them instead.
   */
  @Test
  void aHeadingWithoutASpaceInAJBakePostIsAHeading() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("headings"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            -- content/blog/h.md --
            title=Headings
            date=2020-01-01
            type=post
            status=published
            ~~~~~~

            #Setup
            Some text.
            ##Second *level* ##

            ```
            #not a heading in code
            ```
            -- content/notes/o.md --
            ---
            publish: true
            ---
            #tag at the start of an Obsidian line
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("blog/h.html"))
        .containsPattern("<h1[^>]*>Setup</h1>")
        .containsPattern("<h2[^>]*>Second <em>level</em>")
        .contains("#not a heading in code");
    assertThat(site.read("notes/o.html")).doesNotContainPattern("<h1[^>]*>tag");
    assertThat(site.files()).contains("tags/tag.html");
  }

  @Test
  void withoutTagPagesAJBakePostStillBakes() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("no-tags"),
            "-- jbake.properties --\nsite.title=Field notes\nsite.author=Avery Quinn\n"
                + "render.tags=false\n"
                + POST.substring(0, POST.indexOf("-- content/notes")));

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("blog/c.html")).contains("The #include directive");
  }
}
