package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a JBake site's content folder an {@code .htm} is a file, as in JBake 2.7 (whose raw engine
 * reads {@code .html} alone, and which copies every other file as it is): real content (a blog's
 * {@code demo/index.htm}) was withheld as "a note without a header" and the post's link to it was
 * "a private note". It is published where JBake puts it when a published note links to it, cleaned
 * as a note's HTML is and scanned; in a vault an {@code .htm} stays what it was, a page only with
 * front matter.
 */
class JBakeContentFilesTest {
  @TempDir Path dir;

  private static final String SITE =
      """
      -- jbake.properties --
      site.host=https://avery.example.org
      site.title=Field notes
      site.author=Avery Quinn
      -- content/blog/post.md --
      title=Post
      date=2024-01-02
      type=post
      status=published
      ~~~~~~

      Try the [demo app](/blog/demo/index.htm).
      -- content/blog/demo/index.htm --
      <!DOCTYPE html><html lang="en"><head><title>Demo</title>
      <script src="app.js"></script></head>
      <body onload="start()"><p>The demo app.</p><script>alert(1)</script></body></html>
      -- content/blog/demo/unlinked.htm --
      <p>Nobody links here.</p>
      """;

  @Test
  void anHtmFileALinkNamesIsPublishedAsAFileAndTheLinkFindsIt() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("header").doesNotContain("private note");
    assertThat(site.read("blog/post.html"))
        .contains("href=\"../blog/demo/index.htm\">demo app</a>");
    assertThat(site.files())
        .contains("blog/demo/index.htm")
        .doesNotContain("blog/demo/unlinked.htm");
  }

  @Test
  void itRunsNoScriptAndSaysWhatItLost() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);

    SiteFixture.Result r = site.bake();

    assertThat(site.read("blog/demo/index.htm"))
        .isEqualTo(
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Demo</title>"
                + "</head><body><p>The demo app.</p>\n</body></html>\n");
    assertThat(r.err())
        .contains(
            "content/blog/demo/index.htm: warning: published without its <script>, on*="
                + " attributes: an HTML file beside the notes is cleaned as a note's HTML is; to"
                + " publish a page that runs script as it is, put it in the site's assets folder");
  }

  @Test
  void itIsScannedForPrivateData() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SITE
                + """
                -- content/blog/demo/index.htm --
                <p>Call 912 555 0142.</p>
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).contains("blog/demo/index.htm:1:").contains("error: phone number");
  }

  @Test
  void inAVaultAnHtmFileWithoutFrontMatterIsStillNoPage() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=.
            -- clip.htm --
            <p>A page saved from the web.</p>
            -- note.md --
            # Note
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).contains("clip.htm");
    assertThat(site.files()).doesNotContain("clip.htm", "clip.html");
  }
}
