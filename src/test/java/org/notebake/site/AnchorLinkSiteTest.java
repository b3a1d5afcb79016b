package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link to a fragment of another page is checked against that page's ids, once all are known. */
class AnchorLinkSiteTest {
  @TempDir Path dir;

  private SiteFixture vault(String home) throws Exception {
    return SiteFixture.of(
        dir.resolve("vault"),
        """
        -- jbake.properties --
        site.host=https://avery.example.org/
        site.title=Avery Quinn
        site.author=Avery Quinn
        publish.folders=.
        -- Other.md --
        # Other

        ## Real heading

        Text.
        -- Home.md --
        """
            + home);
  }

  @Test
  void missingAnchorOnAnotherPageIsAWarningAtTheNotesLine() throws Exception {
    SiteFixture site =
        vault(
            """
            # Home

            Fine: <a href="other.html#real-heading">ok</a>.
            Gone: <a href="other.html#gone">raw</a>.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "Home.md:4:16: warning: link \"other.html#gone\" on page home.html points to"
                + " \"#gone\", which is no heading or anchor on other.html; fix the fragment or"
                + " the heading it names");
    assertThat(r.err()).doesNotContain("#real-heading");
  }

  @Test
  void anchorsThatExistSayNothing() throws Exception {
    SiteFixture site =
        vault(
            """
            # Home

            [[Other#Real heading]] and <a href="other.html#real-heading">raw</a>.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("no heading or anchor");
  }

  /**
   * Red team: a heading "Main", or a note's own id="main", gave a page a second element of the id
   * its main content has, and the skip link led into the note. One id="main" a page, and links to
   * the heading still land on it.
   */
  @Test
  void aPageHasOneMainWhateverItsNoteSays() throws Exception {
    SiteFixture site =
        vault(
            """
            ## Main

            Text <span id="main">x</span>, and [[#Main]] and [[Other#Main]].
            """);
    site.add(
        """
        -- Other.md --
        # Other

        ## Main

        Text.
        """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    for (String page : java.util.List.of("home.html", "other.html")) {
      assertThat(site.read(page).split("id=\"main\"", -1)).as(page).hasSize(2);
    }
    assertThat(site.read("home.html"))
        .contains("<h2 id=\"main-1\"")
        .contains("href=\"#main-1\"")
        .contains("href=\"other.html#main-1\"");
    assertThat(r.err()).doesNotContain("Main");
  }
}
