package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embed of a block or heading the note does not have shows nothing of it; its warning said "the
 * link goes to the top of the note", which is what a link does, not an embed
 * (ys-zhang/obsidian-vault-research).
 */
class EmbedFragmentTest {
  @TempDir Path dir;

  @Test
  void anEmbedOfAMissingBlockSaysItShowsNothingAndALinkSaysWhereItGoes() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=.
            -- pub.md --
            Some text.
            -- other.md --
            ![[pub#^missing-block]]

            [[pub#Nowhere]]
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains(
            "other.md:1:1: warning: \"pub\" has no block ^missing-block; the embed shows nothing of"
                + " the note. Fix the block id in the embed")
        .contains(
            "other.md:3:1: warning: \"pub\" has no heading \"Nowhere\"; the link goes to the top of"
                + " the note. Fix the heading in the link");
  }
}
