package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wikilink names a note or a file of the vault, never a page the templates make: {@code
 * [[manifest.xml]]} with no such file is a missing note, as Obsidian shows it, not a link to an
 * address the page's link check then calls broken.
 */
class WikilinkToAMissingFileTest {
  @TempDir Path dir;

  @Test
  void aWikilinkToAMissingXmlFileIsAMissingNoteNotABrokenPage() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SiteFixture.FIELD_NOTES
                + """
                -- content/essays/packages.md --
                ---
                title: Packages
                ---
                Related files:

                - [[Manifest.xml]]
                - [[feed.xml]]
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "packages.md:6:3: warning: wikilink target \"Manifest.xml\" matches no published note")
        .doesNotContain("points to no page");
    assertThat(site.read("essays/packages.html"))
        .contains("<span class=\"broken-link\">Manifest.xml</span>")
        .contains("<span class=\"broken-link\">feed.xml</span>");
  }
}
