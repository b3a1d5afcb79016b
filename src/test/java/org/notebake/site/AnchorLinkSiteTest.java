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
}
