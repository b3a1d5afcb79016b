package org.notebake.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NoteLookupTest {
  private final NoteLookup<String> lookup = new NoteLookup<>();

  {
    lookup.add("Essays/Signals", List.of("Signals", "Signal essay"), "essay");
    lookup.add("Archive/2019/Signals", List.of("Signals"), "old");
    lookup.add("Projects/Queue Weather", List.of("Queue Weather"), "project");
  }

  @Test
  void namesMatchCaseInsensitively() {
    assertThat(lookup.find("queue weather", "").orElseThrow().value()).isEqualTo("project");
  }

  @Test
  void anAliasFindsItsNote() {
    assertThat(lookup.find("signal ESSAY", "").orElseThrow().value()).isEqualTo("essay");
  }

  /**
   * Real content (a 13,000-note garden): {@code [[COOP]]} went to the note aliased COOP at the
   * root, not to {@code Misc/COOP.md}, with a warning that the name was ambiguous; Obsidian finds
   * the file.
   */
  @Test
  void aNoteNamedAsTheLinkBeatsANoteAliasedSo() {
    NoteLookup<String> notes = new NoteLookup<>();
    notes.add("Cross-Origin-Opener-Policy", List.of("Cross-Origin-Opener-Policy", "COOP"), "alias");
    notes.add("Misc/COOP", List.of("COOP"), "file");
    notes.add("Hardware/OS Heap", List.of("OS Heap", "Heap"), "os");
    notes.add("Programming/Deep/Heap", List.of("Heap"), "heap");

    NoteLookup.Found<String> coop = notes.find("coop", "").orElseThrow();
    assertThat(coop.value()).isEqualTo("file");
    assertThat(coop.others()).isEmpty();
    assertThat(notes.find("Heap", "").orElseThrow().value()).isEqualTo("heap");
    assertThat(notes.find("OS Heap", "").orElseThrow().value()).isEqualTo("os");
  }

  @Test
  void anAmbiguousNamePicksTheShortestPathAndNamesTheOthers() {
    NoteLookup.Found<String> found = lookup.find("Signals", "Projects").orElseThrow();
    assertThat(found.value()).isEqualTo("essay");
    assertThat(found.others()).containsExactly("Archive/2019/Signals");
  }

  @Test
  void aPathPicksExactlyThatNote() {
    assertThat(lookup.find("2019/Signals", "").orElseThrow().value()).isEqualTo("old");
    assertThat(lookup.find("../Archive/2019/Signals", "Essays").orElseThrow().value())
        .isEqualTo("old");
  }

  @Test
  void anUnknownNameFindsNothing() {
    assertThat(lookup.find("Nope", "")).isEmpty();
  }

  @Test
  void joinNormalisesDotSegments() {
    assertThat(NoteLookup.join("a/b", "../c/./d")).isEqualTo("a/c/d");
  }
}
