package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sanitiser keeps links to http(s), mailto and tel only: a note's {@code [text](sms:...)},
 * {@code facetime:}, {@code file:///} or {@code zotero://} link lost its target without a word.
 * Each such link is a warning at its line naming the scheme; its text stays. An {@code
 * obsidian://open} link to a note of the vault is a link to that note, as Obsidian Publish makes
 * it.
 */
class DroppedLinkSchemesTest {
  @TempDir Path dir;

  private static final String VAULT =
      """
      -- jbake.properties --
      site.title=Field notes
      site.author=Avery Quinn
      publish.folders=essays
      -- essays/contact.md --
      # Contact

      Write on [Skype](skype:avery.quinn?chat) or [FaceTime](facetime:avery@example.org).
      The [paper](zotero://select/library/items/ABCD1234) and [my copy](file:///home/avery/paper.pdf).
      Also [WhatsApp](whatsapp://send?text=hi), [Signal](signal://x) and <irc://irc.example.org/notes>.
      Or [the web](https://example.org/) and [a call](tel:+1).
      """;

  @Test
  void eachDroppedTargetIsAWarningAtItsLineNamingItsScheme() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("vault"), VAULT);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("essays/contact.md:3:10: warning: link target of scheme \"skype:\" dropped")
        .contains("essays/contact.md:3:45: warning: link target of scheme \"facetime:\" dropped")
        .contains("essays/contact.md:4:5: warning: link target of scheme \"zotero:\" dropped")
        .contains("essays/contact.md:4:57: warning: link target of scheme \"file:\" dropped")
        .contains("contact.md:5:6: warning: link target of scheme \"whatsapp:\" dropped")
        .contains("contact.md:5:43: warning: link target of scheme \"signal:\" dropped")
        .contains("contact.md:5:68: warning: link target of scheme \"irc:\" dropped")
        .doesNotContain("\"https:\"")
        .doesNotContain("\"tel:\"");
    assertThat(r.err().lines().filter(l -> l.contains("dropped"))).hasSize(7);
    String page = site.read("essays/contact.html");
    assertThat(page).contains("<a>Skype</a>").contains("<a>my copy</a>");
    assertThat(page).doesNotContain("skype:").doesNotContain("file:///");
  }

  /** The number goes nowhere: not into the page, nor into the warning. */
  @Test
  void aPhoneNumberInADroppedTargetIsNotPublished() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            VAULT
                + """
                -- essays/text.md --
                # Text

                Text [me](sms:+19125550142) any time.
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("essays/text.md:3:6: warning: link target of scheme \"sms:\" dropped")
        .doesNotContain("5550142");
    assertThat(site.everything()).doesNotContain("5550142").contains("<a>me</a>");
  }

  @Test
  void anObsidianLinkToANoteOfTheVaultIsAWikilinkToIt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            VAULT
                + """
                -- essays/Signals lost.md --
                # Signals lost

                ## Method

                Read [the method](obsidian://open?vault=Notes&file=essays%2FSignals%20lost%23Method),
                [the contact page](obsidian://open?vault=Notes&file=Contact) and
                [my journal](obsidian://open?vault=Notes&file=Journal%2F2024-01-02).
                Not [a note here](obsidian://open?vault=Work&file=Roadmap) nor
                [a path](obsidian://open?path=%2Fhome%2Favery%2FNotes%2FContact.md).
                -- Journal/2024-01-02.md --
                # A private day
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    String page = site.read("essays/signals-lost.html");
    assertThat(page)
        .contains("href=\"../essays/signals-lost.html#method\">the method</a>")
        .contains("href=\"../essays/contact.html\">the contact page</a>")
        .contains("<span class=\"broken-link\">my journal</span>")
        .doesNotContain("obsidian:")
        .doesNotContain("journal/")
        .doesNotContain("2024-01-02");
    assertThat(site.files()).doesNotContain("journal/2024-01-02.html");
    assertThat(r.err())
        .contains(
            "essays/Signals lost.md:8:5: warning: link target of scheme \"obsidian:\" dropped")
        .contains(
            "essays/Signals lost.md:9:1: warning: link target of scheme \"obsidian:\" dropped")
        .contains(
            "essays/Signals lost.md:7:1: warning: wikilink target \"Journal/2024-01-02\" is a private note")
        .contains("it opens a note in the Obsidian app");
    assertThat(r.err().lines().filter(l -> l.contains("\"obsidian:\" dropped"))).hasSize(2);
  }

  @Test
  void soIsOneInANotesHtmlUnlessItIsHidden() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            VAULT
                + """
                -- essays/html.md --
                # HTML

                Call <a href="facetime:avery@example.org">on FaceTime</a>.
                <div>
                  <a href="zotero://select/items/X">the paper</a>
                </div>
                <span hidden><a href="callto:avery">hidden</a></span>
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err())
        .contains("essays/html.md:3:6: warning: link target of scheme \"facetime:\" dropped")
        .contains("essays/html.md:5:3: warning: link target of scheme \"zotero:\" dropped")
        .doesNotContain("\"callto:\" dropped");
    assertThat(site.read("essays/html.html")).contains("<a>on FaceTime</a>");
  }
}
