package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link to a folder (a vault kept on GitHub links its folders: TrshPuppy/obsidian-notes's README
 * has twelve) goes to the folder's {@code index} note, else its {@code README}; a folder with
 * neither is a warning at the link that says so, not a page link-check error.
 */
class FolderLinksTest {
  @TempDir Path dir;

  private static final String SITE =
      SiteFixture.FIELD_NOTES
          + """
          -- content/essays/README.md --
          See [TTPs](/essays/TTPs), [again](TTPs/#tools), [defense](defense), [ops](ops/)
          and the [topics](/tags/index.html), the [guides](guides).
          -- content/essays/TTPs/index.md --
          # TTPs

          ## Tools

          Text.
          -- content/essays/defense/shields.md --
          # Shields
          -- content/essays/ops/README.md --
          # Operations
          -- content/essays/guides/README.md --
          # Guides
          -- content/essays/ops.md --
          # A note beside the folder wins, as in Obsidian
          """;

  @Test
  void aLinkToAFolderGoesToItsIndexOrReadmeOrSaysItHasNoPage() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("site"), SITE);
    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).isZero();
    assertThat(r.err())
        .contains(
            "README.md:1:49: warning: link target \"defense\" is the folder essays/defense, which"
                + " has no page of its own; link a note in it, or give it an index.md")
        .doesNotContain("TTPs")
        .doesNotContain("points to no page");
    assertThat(Files.readString(site.output().resolve("essays/readme.html")))
        .contains("href=\"../essays/ttps/index.html\">TTPs</a>")
        .contains("href=\"../essays/ttps/index.html#tools\">again</a>")
        .contains("href=\"../essays/ops.html\">ops</a>")
        .contains("href=\"../essays/guides/readme.html\">guides</a>");
  }
}
