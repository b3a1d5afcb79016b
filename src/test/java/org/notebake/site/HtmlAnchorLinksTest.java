package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page converted from HTML keeps its anchors: a link to {@code #overview} finds {@code <h2
 * id="overview">} and {@code <a name="license">} as it finds a Markdown heading (a JBake site's
 * copy of Gruber's Markdown syntax page had 23 such links, each sent to the top of the page).
 */
class HtmlAnchorLinksTest {
  @TempDir Path dir;

  private static final String SITE =
      SiteFixture.FIELD_NOTES
          + """
          -- content/essays/syntax.md --
          ---
          title: Syntax
          ---
          * [Overview](#overview)
          * [License](#license)
          * [Missing](#nowhere)

          <h2 id="overview">Overview</h2>

          Text.

          <a name="license"></a>
          License text.
          -- content/essays/other.md --
          ---
          title: Other
          ---
          See [the overview](syntax.md#overview) and [[Syntax#license]].
          """;

  @Test
  void linksToAnIdOrAnAnchorNameInTheNotesHtmlKeepTheirFragment() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isZero();
    assertThat(r.err())
        .contains("\"Syntax\" has no heading \"nowhere\"")
        .doesNotContain("\"overview\"")
        .doesNotContain("\"license\"");
    assertThat(Files.readString(site.output().resolve("essays/syntax.html")))
        .contains("href=\"#overview\">Overview</a>")
        .contains("href=\"#license\">License</a>")
        .contains("<a name=\"license\"></a>");
    assertThat(Files.readString(site.output().resolve("essays/other.html")))
        .contains("href=\"../essays/syntax.html#overview\"")
        .contains("href=\"../essays/syntax.html#license\"");
  }

  @Test
  void anIdShownInCodeIsNoAnchor() throws Exception {
    // Ids are read from the note's HTML, not its text: a code span may show a tag.
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SiteFixture.FIELD_NOTES
                + """
                -- content/essays/text.md --
                ---
                title: Text
                ---
                [Jump](#intro). Write id="intro" in a tag to make an anchor: `<p id="intro">`.

                ```html
                <a name="outro"></a>
                ```

                [Down](#outro).
                """);
    SiteFixture.Result r = site.bake();

    assertThat(r.err())
        .contains("\"Text\" has no heading \"intro\"")
        .contains("\"Text\" has no heading \"outro\"");
  }
}
