package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A red team's attack on JBake posts' tag lines: under {@code > [!private]}, a line of one inline
 * tag and the line after it are the callout's (lazy lines, as CommonMark and JBake's flexmark read
 * them); they started a paragraph of their own, and the passport scan and the door code were
 * published in the post, the lists and both feeds.
 */
class JBakePostPrivateCalloutTest {
  @TempDir Path dir;

  @Test
  void aTagLineUnderAPrivateCalloutStaysPrivate() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            """
            -- jbake.properties --
            site.title=Trails
            site.author=Robin Example
            -- content/blog/trip.md --
            title=Trip
            date=2020-04-01
            type=post
            status=published
            ~~~~~~
            Packing list.

            > [!private]
            > Scan of my passport, and the door code:
            <img src="passport.png">
            Door code 4921, ask for Avery Quinn.

            Off we go.
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything())
        .contains("Off we go.")
        .doesNotContain("4921")
        .doesNotContain("passport")
        .doesNotContain("Avery Quinn");
  }
}
