package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.notebake.diagnostics.Diagnostics;

class DenyListTest {

  private static List<String> denied(DenyList deny, String text) {
    PrivacyScanner scanner = PrivacyScanner.create(PrivacyRules.builder().deny(deny).build());
    return scanner.scan(text).stream().map(Finding::match).toList();
  }

  @Test
  void plainEntryIsCaseInsensitiveWholeWord() {
    DenyList deny = DenyList.of("Rameez");

    assertThat(denied(deny, "ask rameez's team, not Rameezabad or xRameez; RAMEEZ."))
        .containsExactly("rameez", "RAMEEZ");
  }

  /** Red team: Notepad's byte order mark hid the first entry, and the name was published. */
  @Test
  void aByteOrderMarkIsNoPartOfTheFirstEntry() {
    org.notebake.diagnostics.Diagnostics diagnostics = new org.notebake.diagnostics.Diagnostics();
    DenyList deny =
        DenyList.parse("privacy.deny", java.util.List.of("\uFEFFRivera", "Quinn"), diagnostics);
    assertThat(denied(deny, "Dr Rivera and Jo Quinn")).containsExactly("Rivera", "Quinn");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void nameWithSpacesMatchesAcrossLineBreaks() {
    assertThat(denied(DenyList.of("Jo Example"), "met jo\n  example today"))
        .containsExactly("jo\n  example");
  }

  @Test
  void unicodeNamesAreWholeWordsToo() {
    DenyList deny = DenyList.of("Zoë", "Ørjan");

    assertThat(denied(deny, "zoë and ØRJAN, not Zoëlle")).containsExactly("zoë", "ØRJAN");
  }

  /**
   * A name composed in the list and decomposed in the note (a Mac may write it so), or the other
   * way round, looks the same to a reader; it was published.
   */
  @Test
  void aNameIsFoundHoweverItsAccentsAreWritten() {
    String composed = "Zo\u00eb \u00c5ngstr\u00f6m";
    String decomposed = "Zoe\u0308 A\u030angstro\u0308m";
    String mixed = "Zo\u00eb A\u030angstr\u00f6m";
    for (String entry : List.of(composed, decomposed, mixed)) {
      assertThat(denied(DenyList.of(entry), "with " + decomposed + ", " + composed + ", " + mixed))
          .as(entry)
          .containsExactly(decomposed, composed, mixed);
    }
  }

  @Test
  void aNameIsFoundWhateverJoinsItsWords() {
    DenyList deny = DenyList.of("Jane Doe");

    assertThat(
            denied(
                deny,
                "Jane-Doe, Jane_Doe, Jane.Doe, JaneDoe, jane\u200bdoe; not Janet Doe or Jane Doex"))
        .containsExactly("Jane-Doe", "Jane_Doe", "Jane.Doe", "JaneDoe", "jane\u200bdoe");
  }

  @Test
  void aNameHoldingFillersABrowserDrawsAsNothingIsFound() {
    DenyList deny = DenyList.of("Avery Quinn");

    assertThat(denied(deny, "by Av\u115fery Quinn, Avery Qu\u17b4inn and A\u3164very Quinn"))
        .containsExactly("Av\u115fery Quinn", "Avery Qu\u17b4inn", "A\u3164very Quinn");
  }

  @Test
  void regexEntriesIgnoreCaseAsPlainOnesDo() {
    DenyList deny = DenyList.of("re:proj(ect)?\\s*falcon", "re:(?-i)Orca");

    assertThat(denied(deny, "Project Falcon, PROJFALCON; Orca, not orca"))
        .containsExactly("Project Falcon", "PROJFALCON", "Orca");
  }

  @Test
  void longerEntryWinsOverItsPrefix() {
    assertThat(denied(DenyList.of("Jo", "Jo Example"), "Jo Example and Jo"))
        .containsExactly("Jo Example", "Jo");
  }

  @Test
  void manyEntriesAndEntriesStartingWithSymbolsAreAllFound() {
    String[] entries = new String[300];
    for (int i = 0; i < entries.length; i++) {
      entries[i] = "Name" + i;
    }
    entries[0] = "@acme-corp";
    DenyList deny = DenyList.of(entries);

    assertThat(denied(deny, "see @acme-corp, name299 and NAME7; not Name3000 or a@acme-corp"))
        .containsExactly("@acme-corp", "name299", "NAME7");
  }

  @Test
  void regexEntriesInBothSyntaxes() {
    DenyList deny = DenyList.of("re:Phoenix \\d+", "/\\bsat\\d+\\b/");

    assertThat(denied(deny, "Phoenix 11 cluster, sat13 done"))
        .containsExactly("Phoenix 11", "sat13");
  }

  @Test
  void commentsAndBlankLinesAreIgnored() {
    Diagnostics diagnostics = new Diagnostics();
    DenyList deny =
        DenyList.parse("privacy.deny", List.of("# colleagues", "", "   ", "Rameez"), diagnostics);

    assertThat(deny.size()).isEqualTo(1);
    assertThat(denied(deny, "# colleagues")).isEmpty();
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void badRegexIsAnErrorAtItsLineAndColumn() {
    Diagnostics diagnostics = new Diagnostics();
    DenyList deny =
        DenyList.parse("privacy.deny", List.of("Rameez", "  re:ab(c", "Tony"), diagnostics);

    assertThat(deny.size()).isEqualTo(2);
    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.format())
                    .startsWith("privacy.deny:2:")
                    .contains("error: invalid regular expression"));
    assertThat(diagnostics.sorted().get(0).column()).isBetween(6, 11);
  }

  @Test
  void ruleEntriesAreAnErrorInADenyFile() {
    Diagnostics diagnostics = new Diagnostics();
    DenyList.parse("privacy.deny", List.of("rule:phone"), diagnostics);

    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(d -> assertThat(d.format()).startsWith("privacy.deny:1:1: error:"));
  }
}
