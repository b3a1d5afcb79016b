package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link written with the site's own address ({@code https://blog.example.org/files/a.htm} on a
 * site whose {@code site.host} is {@code https://blog.example.org/}) is the link from the site's
 * root ({@code /files/a.htm}): its target is found, published if it is a file, and checked. Its
 * target was never published, and the link was an error.
 */
class OwnAddressLinksTest {
  @TempDir Path dir;

  private static final String SITE =
      """
      -- jbake.properties --
      site.host=https://blog.example.org/
      site.title=Field notes
      site.author=Avery Quinn
      -- content/blog/post.md --
      title=Post
      date=2024-01-02
      type=post
      status=published
      ~~~~~~

      The [slides](https://blog.example.org/files/slides/index.htm),
      [my cv](HTTP://Blog.Example.org/files/cv.pdf),
      [the other post](http://blog.example.org/blog/other.html#setup).
      -- content/blog/other.md --
      title=Other
      date=2024-01-03
      type=post
      status=published
      ~~~~~~

      ## Setup

      Words.
      -- content/files/slides/index.htm --
      <p>The slides.</p>
      -- content/files/cv.pdf --
      %PDF-1.4 not really
      -- content/files/unlinked.pdf --
      %PDF-1.4 not really
      """;

  @Test
  void aLinkByTheSitesOwnAddressPublishesItsTarget() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files())
        .contains("files/slides/index.htm", "files/cv.pdf")
        .doesNotContain("files/unlinked.pdf");
    assertThat(site.read("blog/post.html"))
        .contains("href=\"../files/slides/index.htm\">slides</a>")
        .contains("href=\"../files/cv.pdf\">my cv</a>")
        .contains("href=\"../blog/other.html#setup\">the other post</a>");
  }

  @Test
  void backslashesDoNotTakeALinkToAPrivateNotePastItsCheck() throws Exception {
    // Red team: a browser reads \\ as / in an http address; the link went out as written, naming
    // the private note's path and title.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
                -- content/blog/post.md --
                title=Post
                date=2024-01-02
                type=post
                status=published
                ~~~~~~

                The [plan](https://blog.example.org\\blog\\secret-plan.md).
                -- content/blog/secret-plan.md --
                title=Secret plan
                date=2024-01-02
                type=post
                status=draft
                ~~~~~~

                Not for the site.
                """);

    SiteFixture.Result r = site.bake();

    assertThat(site.read("blog/post.html")).doesNotContain("secret-plan").contains("plan");
    assertThat(r.err()).contains("content/blog/post.md:7:");
  }

  @Test
  void aBrokenOneIsAnErrorAtItsLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
                -- content/blog/post.md --
                title=Post
                date=2024-01-02
                type=post
                status=published
                ~~~~~~

                The [slides](https://blog.example.org/files/slide/index.htm).
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err())
        .contains("content/blog/post.md:7:14:")
        .contains("error: link \"https://blog.example.org/files/slide/index.htm\"");
  }

  @Test
  void underABasePathOnlyAddressesBelowItAreTheSites() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE.replace(
                    "site.host=https://blog.example.org/", "site.host=https://example.org/blog/")
                + """
                -- content/blog/post.md --
                title=Post
                date=2024-01-02
                type=post
                status=published
                ~~~~~~

                The [slides](https://example.org/blog/files/slides/index.htm), [home](https://example.org/files/cv.pdf),
                [another host](https://www.example.org/blog/files/cv.pdf).
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("files/slides/index.htm").doesNotContain("files/cv.pdf");
    assertThat(site.read("blog/post.html"))
        .contains("href=\"../files/slides/index.htm\"")
        .contains("href=\"https://example.org/files/cv.pdf\"")
        .contains("href=\"https://www.example.org/blog/files/cv.pdf\"");
  }

  @Test
  void soIsOneInANotesOwnHtml() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
                -- content/about.html --
                title=About
                date=2024-01-02
                type=page
                status=published
                ~~~~~~
                <p>My <a href="https://blog.example.org/files/cv.pdf">cv</a>.</p>
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.files()).contains("files/cv.pdf");
    assertThat(site.read("about.html")).contains("href=\"files/cv.pdf\">cv</a>");
  }

  @Test
  void aFolderAnotherBuildServesIsStillNotChecked() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE.replace("site.author=Avery Quinn", "site.author=Avery Quinn\nlinks.outside=ru")
                + """
                -- content/blog/post.md --
                title=Post
                date=2024-01-02
                type=post
                status=published
                ~~~~~~

                In [Russian](https://blog.example.org/ru/blog/post.html).
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("ru/blog/post.html");
  }
}
