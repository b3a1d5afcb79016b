package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link whose note has moved to another folder (TrshPuppy/obsidian-notes: 70 such links, most
 * written from the vault's root, {@code /networking/OSI/MAC-addresses.md}) is a warning at the link
 * that names where notes of that name are now, as a relative link to a missing note is; a
 * root-relative one was an error of the page's link check, with no hint.
 */
class MovedNoteLinksTest {
  @TempDir Path dir;

  private static final String SITE =
      SiteFixture.FIELD_NOTES
          + """
          -- content/essays/tools/ip.md --
          ---
          title: ip
          ---
          Show [MAC addresses](/essays/OSI/MAC-addresses.md) and [IP](../OSI/IP-addresses.md),
          the [archive](/archive.html) and [[Nowhere]].
          -- content/essays/OSI/2-datalink/MAC-addresses.md --
          ---
          title: MAC addresses
          ---
          Layer 2.
          -- content/essays/PNPT/MAC-addresses.md --
          ---
          title: MAC addresses (course)
          ---
          Course notes.
          -- content/essays/OSI/3-network/IP-addresses.md --
          ---
          title: IP addresses
          ---
          Layer 3.
          """;

  @Test
  void aLinkToAMovedNoteNamesWhereNotesOfThatNameAre() throws Exception {
    SiteFixture.Result r = SiteFixture.of(dir.resolve("site"), SITE).bake();

    assertThat(r.exitCode()).isZero();
    assertThat(r.err())
        .contains(
            "ip.md:4:6: warning: link target \"/essays/OSI/MAC-addresses.md\" matches no published"
                + " note; notes of that name: essays/OSI/2-datalink/MAC-addresses,"
                + " essays/PNPT/MAC-addresses: fix the path")
        .contains(
            "warning: link target \"../OSI/IP-addresses.md\" matches no published note; the note"
                + " essays/OSI/3-network/IP-addresses has that name: fix the path")
        .contains("wikilink target \"Nowhere\" matches no published note")
        .doesNotContain("points to no page")
        .doesNotContain("archive");
  }
}
