package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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

  /**
   * An embedded heading's id got the prefix {@code embed-1-}, and the id of a heading written as an
   * SNMP OID ({@code 1.3.6.1.2.1.6.13.1.3}, id {@code 13612161313}) became {@code
   * embed-1-13612161313}: a phone number to the privacy gate, which failed the bake (a public
   * security notes vault). The page that has the heading was fine.
   */
  @Test
  void anEmbeddedHeadingsIdMakesNoNewNumber() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("oid"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=.
            -- snmp.md --
            ### snmpwalk
            Walks the tree.
            ##### `1.3.6.1.2.1.6.13.1.3` - listening TCP ports
            The ports.
            -- walk.md --
            ![[snmp#snmpwalk]]
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("phone");
    Document walk = Jsoup.parse(site.read("walk.html"));
    assertThat(walk.select("h5[id]").attr("id"))
        .isEqualTo("13612161313---listening-tcp-ports--embed-1");
  }

  /**
   * Obsidian writes a heading's block id on the line under it; the heading's own id (its text's)
   * won, so a link to the block failed the link check and an embed of it showed nothing
   * (rimaout/Obsidian-Vault).
   */
  @Test
  void aBlockIdUnderAHeadingIsThatHeadingForLinksAndEmbeds() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("headed"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=.
            -- Payments.md --
            ### Initial state

            ^1cf337

            One class takes cards and transfers.

            See the [[#^1cf337|initial state]] and [[#Initial state]].

            ### Refactored
            ^9ab001

            Each way to pay is a strategy.
            -- Review.md --
            ![[Payments#^9ab001]]
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("1cf337").doesNotContain("9ab001");
    Document payments = Jsoup.parse(site.read("payments.html"));
    assertThat(payments.getElementById("^1cf337").parent().id()).isEqualTo("initial-state");
    assertThat(payments.select("a[href=#^1cf337]").text()).isEqualTo("initial state");
    assertThat(payments.select("a[href=#initial-state]").text()).isNotEmpty();
    Document review = Jsoup.parse(site.read("review.html"));
    assertThat(review.select(".prose").text())
        .contains("Refactored")
        .contains("Each way to pay is a strategy.")
        .doesNotContain("One class takes cards");
  }

  /**
   * A link inside a note to its own heading or block ({@code [[#Alpha]]}) leads, when the note is
   * embedded elsewhere, to that heading in the note, as Obsidian's embeds do. It pointed at the
   * host page, which holds only the embedded section: the host failed the link check, at no line.
   */
  @Test
  void aLinkWithinTheEmbeddedNoteLeadsToThatNote() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("within"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=.
            -- Source.md --
            ## Alpha

            Alpha text. ^para1

            On to [[#Beta]].

            ## Beta

            See [[#Alpha]] and [[#^para1|that line]].

            ## Gamma

            ![[#Alpha]]
            -- Host.md --
            ![[Source#Beta]]
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    Document host = Jsoup.parse(site.read("host.html"));
    assertThat(host.select(".transclusion a.internal-link").eachAttr("href"))
        .containsExactly("source.html#alpha", "source.html#^para1");
    Document source = Jsoup.parse(site.read("source.html"));
    assertThat(source.select("a.internal-link").eachAttr("href"))
        .containsExactly("#beta", "#alpha", "#^para1", "#beta");
  }

  /**
   * Two id lines under one callout both name it in Obsidian; the second took the block's only
   * {@code id} from the first, whose links then failed the link check (rimaout/Obsidian-Vault).
   */
  @Test
  void twoIdsUnderOneBlockBothNameIt() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("twice"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=.
            -- DNS.md --
            > [!note] Authoritative server
            > Holds the records for its own names.

            ^1b1857

            ^7c0b69
            > [!note] Local server
            > Answers from its cache.

            The [[#^1b1857|authoritative]] one, [[#^7c0b69|again]].
            -- Review.md --
            ![[DNS#^7c0b69]]
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("1b1857").doesNotContain("7c0b69");
    Document dns = Jsoup.parse(site.read("dns.html"));
    assertThat(dns.getElementById("^1b1857").text()).contains("Authoritative server");
    assertThat(dns.getElementById("^7c0b69").nextElementSibling().id()).isEqualTo("^1b1857");
    Document review = Jsoup.parse(site.read("review.html"));
    assertThat(review.select(".transclusion").text())
        .contains("Holds the records for its own names.")
        .doesNotContain("Answers from its cache.");
  }

  /**
   * A note and the note it embeds both number their footnotes from 1 and may share a heading: two
   * {@code id="fn-1"} on the page sent the embedded note's footnote mark to the host's footnote.
   */
  @Test
  void theIdsOfAnEmbeddedNoteAreItsOwnOnTheHostPage() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("footnotes"),
            """
            -- jbake.properties --
            site.title=Field notes
            site.author=Avery Quinn
            publish.folders=.
            -- Source.md --
            ## Intro

            Embedded claim.[^1] ^claim

            [^1]: The embedded note's own footnote.
            -- Host.md --
            ## Intro

            Host claim.[^1] ^claim

            ![[Source]]

            ![[Source]]

            [^1]: The host's footnote.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    Document host = Jsoup.parse(site.read("host.html"));
    java.util.List<String> ids = host.select("[id]").eachAttr("id");
    assertThat(ids).doesNotHaveDuplicates().contains("intro", "fn-1", "^claim");
    org.jsoup.select.Elements marks = host.select("sup a[href^=#]");
    assertThat(marks).hasSize(3); // the host's, and one in each embed
    for (org.jsoup.nodes.Element mark : marks) {
      org.jsoup.nodes.Element note = host.getElementById(mark.attr("href").substring(1));
      assertThat(note).as(mark.outerHtml()).isNotNull();
      boolean embedded = mark.closest(".transclusion") != null;
      assertThat(note.text())
          .as(mark.outerHtml())
          .contains(embedded ? "The embedded note's own footnote." : "The host's footnote.");
      assertThat(note.closest(".transclusion") != null).isEqualTo(embedded);
    }
  }
}
