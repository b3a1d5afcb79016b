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
