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
          the [archive](/archive.html) and [[Nowhere]], the [course](offsec.com/courses).
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
          -- content/essays/color-science.md --
          ---
          title: Color science
          aliases: [color theory]
          ---
          An alias is no file name: [[./color theory]] gets no "has that name".
          -- content/essays/OSI/3-network/IP-addresses.md --
          ---
          title: IP addresses
          ---
          Layer 3.
          """;

  @Test
  void anEmbedOrLinkOfAMovedFileNamesWhereAFileOfThatNameIs() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SiteFixture.FIELD_NOTES
                + """
                -- content/essays/attacks/karma.md --
                ---
                title: Karma
                ---
                ![](../../pics/karma-1.png)
                [the slides](../slides/karma.pdf)
                -- content/essays/pics/karma-1.png --
                -- content/essays/docs/karma.pdf --
                """);
    java.nio.file.Files.write(
        site.root().resolve("content/essays/pics/karma-1.png"), ContentFileReferencesTest.png());

    SiteFixture.Result r = site.bake();

    assertThat(r.err())
        .contains(
            "karma.md:5:1: warning: link target \"../slides/karma.pdf\" matches no published note;"
                + " a file of that name is essays/docs/karma.pdf: fix the path")
        .doesNotContain("embedded file");
    // As Obsidian shows it: the path leads nowhere, so the file whose path ends as the link's
    // (pics/karma-1.png, its ../ left out) is the one embedded.
    assertThat(site.read("essays/attacks/karma.html"))
        .contains("<img src=\"../../essays/pics/karma-1");
  }

  @Test
  void aPathThatLeadsNowhereFindsTheFileItsEndNamesAndNoOther() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SiteFixture.FIELD_NOTES
                + """
                -- content/essays/wifi/attacks/karma.md --
                ---
                title: Karma
                ---
                ![a client probing](../../wifi-pics/karma-1.png)
                -- content/essays/wifi/wifi-pics/karma-1.png --
                -- content/essays/other/pics/karma-1.png --
                -- content/essays/other/pics/lab.png --
                """);
    for (String png :
        new String[] {
          "wifi/wifi-pics/karma-1.png", "other/pics/karma-1.png", "other/pics/lab.png"
        }) {
      java.nio.file.Files.write(
          site.root().resolve("content/essays/" + png), ContentFileReferencesTest.png());
    }

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("essays/wifi/attacks/karma.html"))
        .contains("<img src=\"../../../essays/wifi/wifi-pics/karma-1")
        .doesNotContain("other/pics");

    // md-images/lab.png ends no path of the vault: a warning that names the file of that name.
    java.nio.file.Files.writeString(
        site.root().resolve("content/essays/wifi/attacks/karma.md"),
        "---\ntitle: Karma\n---\n![the lab](/md-images/lab.png)\n");
    assertThat(site.check().err())
        .contains(
            "karma.md:4:1: warning: embedded file \"/md-images/lab.png\" is not there; a file of that"
                + " name is essays/other/pics/lab.png: fix the path");
  }

  /** Found by its path's end, a private note is still private: its text never reaches the site. */
  @Test
  void aPathThatLeadsNowhereToAPrivateNoteIsStillPrivate() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SiteFixture.FIELD_NOTES
                + """
                -- content/essays/a/b/n.md --
                ---
                title: N
                ---
                See [the plan](../../secret/plan.md).
                -- content/essays/x/secret/plan.md --
                ---
                title: Plan
                publish: false
                ---
                CANARY-PLAN-7731
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("n.md:4:5: warning: link target \"../../secret/plan.md\" is a private note");
    assertThat(site.everything()).doesNotContain("CANARY-PLAN");
  }

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
        .contains(
            "link target \"offsec.com/courses\" matches no published note; it looks like a web"
                + " address: write https://offsec.com/courses")
        .contains("wikilink target \"./color theory\" matches no published note; did you mean")
        .doesNotContain("points to no page")
        .doesNotContain("archive");
  }
}
