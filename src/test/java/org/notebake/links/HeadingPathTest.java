package org.notebake.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.notebake.markdown.NoteFacts.Heading;

class HeadingPathTest {
  private static final List<Heading> GUIDE =
      List.of(
          new Heading(2, "Setup", "setup", 1),
          new Heading(3, "Install", "install", 2),
          new Heading(2, "Upgrade", "upgrade", 5),
          new Heading(3, "Install", "install-1", 6),
          new Heading(4, "Linux", "linux", 8),
          new Heading(2, "How large can a vault be?", "how-large-can-a-vault-be", 10),
          new Heading(2, "Minecraft: The Game", "minecraft-the-game", 12),
          new Heading(2, "C# tips", "c-tips", 14),
          new Heading(3, "move", "move", 15),
          new Heading(2, "Café — ☕ menu", "café---menu", 16),
          new Heading(2, "C", "c", 18),
          new Heading(2, "C++", "c-1", 19),
          new Heading(3, "lwr\u00A0and\u00A0lwl", "lwr-and-lwl", 21),
          new Heading(3, "lbu and lhu", "lbu-and-lhu", 23),
          new Heading(3, "[1/2] Dēclīnātiō prīma et secunda", "12-dēclīnātiō-prīma-et-secunda", 25),
          new Heading(3, "Chapter 3 (sections 3.1 to 3.5)", "chapter-3-sections-31-to-35", 27));

  private static int find(String fragment) {
    OptionalInt found = HeadingPath.find(GUIDE, fragment);
    return found.isPresent() ? found.getAsInt() : -1;
  }

  /**
   * Obsidian writes a link to {@code ## Install [[Importer|the importer]]} with the wikilink's
   * target and alias as words (stripHeadingForLink): the text the page shows alone is not it.
   */
  @Test
  void aHeadingWithAWikilinkIsFoundAsObsidianLinksIt() {
    List<Heading> headings =
        List.of(
            new Heading(
                2,
                "Install the importer",
                "install-the-importer",
                1,
                "Install Importer the importer"),
            new Heading(
                2,
                "See equality first",
                "see-equality-first",
                3,
                "See Comparisons Equality equality first"));
    assertThat(HeadingPath.find(headings, "Install Importer the importer")).hasValue(0);
    assertThat(HeadingPath.find(headings, "install importer the importer")).hasValue(0);
    assertThat(HeadingPath.find(headings, "Install the importer")).hasValue(0);
    assertThat(HeadingPath.find(headings, "See Comparisons Equality equality first")).hasValue(1);
    assertThat(HeadingPath.find(headings, "Install Importer")).isEmpty();
  }

  @Test
  void aPathFindsTheLastHeadingUnderTheEarlierOnes() {
    assertThat(find("Upgrade#Install")).isEqualTo(3);
    assertThat(find("Setup#Install")).isEqualTo(1);
    assertThat(find("Upgrade#Linux")).isEqualTo(4);
    assertThat(find("Upgrade#Install#Linux")).isEqualTo(4);
    assertThat(find("Install")).isEqualTo(1);
  }

  @Test
  void accentsTypedApartOrTogetherAreOneHeading() {
    // The heading as a Mac's file name or a paste writes it (e and a combining accent), the link
    // as typed (é); and the other way round. A heading's id was already composed.
    List<Heading> notes =
        List.of(
            new Heading(2, "Cafe\u0301 notes", "café-notes", 1),
            new Heading(2, "Mélange", "mélange", 3),
            new Heading(2, "Why?", "why", 5));
    assertThat(HeadingPath.find(notes, "Café notes")).hasValue(0);
    assertThat(HeadingPath.find(notes, "cafe\u0301  NOTES")).hasValue(0);
    assertThat(HeadingPath.find(notes, "Me\u0301lange")).hasValue(1);
    assertThat(HeadingPath.find(notes, "Me\u0301lange?")).hasValue(1); // the loose match too
    assertThat(HeadingPath.find(notes, "Cafe notes")).isEmpty();
  }

  @Test
  void aPathWhoseHeadingIsUnderAnotherSectionFindsNothing() {
    assertThat(find("Setup#Linux")).isEqualTo(-1);
    assertThat(find("Setup#Upgrade")).isEqualTo(-1);
    assertThat(find("Nowhere#Install")).isEqualTo(-1);
  }

  @Test
  void punctuationLeftOutAsObsidianAutocompleteWritesItStillMatches() {
    assertThat(find("How large can a vault be")).isEqualTo(5);
    assertThat(find("Minecraft The Game")).isEqualTo(6);
    assertThat(find("minecraft  the game")).isEqualTo(6);
    assertThat(find("`move`")).isEqualTo(8);
    assertThat(find("Café menu")).isEqualTo(9);
  }

  /**
   * Obsidian's autocomplete writes a heading's punctuation as a space, so a slash or dot between
   * two numbers keeps them apart (luissimas/zettelkasten: {@code #1 2 Dēclīnātiō prīma et
   * secunda}); a link that left it out altogether still matches.
   */
  @Test
  void punctuationBetweenWordsWrittenAsASpaceStillMatches() {
    assertThat(find("1 2 Dēclīnātiō prīma et secunda")).isEqualTo(14);
    assertThat(find("Chapter 3 sections 3 1 to 3 5")).isEqualTo(15);
    assertThat(find("Chapter 3 sections 31 to 35")).isEqualTo(15);
  }

  @Test
  void aHeadingWrittenExactlyWinsOverOneThatOnlyMatchesWithoutPunctuation() {
    assertThat(find("C")).isEqualTo(10);
    assertThat(find("C++")).isEqualTo(11);
  }

  @Test
  void aHeadingHoldingAHashMatchesWhole() {
    assertThat(find("C# tips")).isEqualTo(7);
  }

  /**
   * A heading pasted from a web page keeps its no-break spaces, which a link typed by hand does not
   * have; Obsidian reads both as spaces (rimaout/Obsidian-Vault: "lwr and lwl").
   */
  @Test
  void aNoBreakSpaceIsASpace() {
    assertThat(find("lwr and lwl")).isEqualTo(12);
    assertThat(find("lbu\u00A0and\u202Flhu")).isEqualTo(13);
    assertThat(find("lwr and lwl?")).isEqualTo(12);
  }

  @Test
  void theIdMatchesToo() {
    assertThat(find("install-1")).isEqualTo(3);
  }

  @Test
  void punctuationAloneMatchesNothing() {
    assertThat(find("?")).isEqualTo(-1);
    assertThat(find("#")).isEqualTo(-1);
  }

  @Test
  void aSectionRunsToTheNextHeadingOfTheSameOrAHigherLevel() {
    assertThat(HeadingPath.sectionLines(GUIDE, 2)).containsExactly(5, 9);
    assertThat(HeadingPath.sectionLines(GUIDE, 3)).containsExactly(6, 9);
    assertThat(HeadingPath.sectionLines(GUIDE, 11)).containsExactly(19, Integer.MAX_VALUE);
  }
}
