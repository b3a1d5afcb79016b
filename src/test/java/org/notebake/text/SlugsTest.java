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
    // WngWai/obsidian_quartz: a tag "index" took tags/index.html, the page of every tag.
    assertThat(Slugs.tag("index")).isEqualTo("index-tag");
    assertThat(Slugs.tag("#Index/Python")).isEqualTo("index-tag/python");
    assertThat(Slugs.tag("indexing")).isEqualTo("indexing");
  }

  @Test
  void anEmptyNameStillGivesAUsableSlug() {
    assertThat(Slugs.segment("!!!")).isEqualTo("untitled");
  }

  @Test
  void dotsAtTheEndsGoAsTheRegexDroppedThem() {
    char[] alphabet = {'.', '.', 'a', 'Z', '-', ' ', '_', '\u00E9', 'e', '\u0301', '/', '7'};
    java.util.Random random = new java.util.Random(16);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      assertThat(Slugs.segment(text.toString())).isEqualTo(regexSegment(text.toString()));
    }
  }

  /** segment as it was written first, trimming dots with a regex: the reference. */
  private static String regexSegment(String text) {
    String nfc =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
            .toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '.') {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        dash = false;
        out.appendCodePoint(cp);
      } else {
        dash = true;
      }
    }
    String slug = out.toString().replaceAll("^[.]+|[.]+$", "");
    return slug.isEmpty() ? "untitled" : slug;
  }
}
