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
