package org.notebake.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void spacesAndPunctuationBecomeSingleHyphens() {
    assertThat(Slugs.segment("Open Source")).isEqualTo("open-source");
    assertThat(Slugs.segment("  Signals & <Noise>!  ")).isEqualTo("signals-noise");
  }

  @Test
  void urlHostileCharactersNeverSurvive() {
    assertThat(Slugs.segment("C# + 100% #1?")).doesNotContain("#", "+", "%", "?", " ");
  }

  @Test
  void lettersOfAnyScriptAreKeptInNfc() {
    assertThat(Slugs.segment("Ünïcode Café")).isEqualTo("ünïcode-café");
    assertThat(Slugs.segment("Cafe\u0301")).isEqualTo("café");
  }

  @Test
  void fileNamesKeepALowercaseExtension() {
    assertThat(Slugs.fileName("Pasted image 20250626173302.PNG"))
        .isEqualTo("pasted-image-20250626173302.png");
  }

  @Test
  void pathsDropDotSegmentsSoNothingClimbsOut() {
    assertThat(Slugs.path("../Essays/./My Notes/")).isEqualTo("essays/my-notes");
  }

  @Test
  void nestedTagsKeepTheirParts() {
    assertThat(Slugs.tag("#Area/Sub Topic")).isEqualTo("area/sub-topic");
  }

  @Test
  void anEmptyNameStillGivesAUsableSlug() {
    assertThat(Slugs.segment("!!!")).isEqualTo("untitled");
  }
}
