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
  void combiningMarksStayWithTheirLetters() {
    // A Devanagari word is letters and vowel signs and viramas (marks): without them "हिन्दी" was
    // "ह-न-द", and words that differ only in their vowels shared an address.
    assertThat(Slugs.segment("हिन्दी नोट")).isEqualTo("हिन्दी-नोट");
    assertThat(Slugs.segment("ภาษาไทย")).isEqualTo("ภาษาไทย");
    // A mark after a character left out goes with it: no invisible character starts a slug.
    assertThat(Slugs.segment("\u2764\uFE0F Love")).isEqualTo("love");
    assertThat(Slugs.segment("\u0301abc")).isEqualTo("abc");
    assertThat(Slugs.segment(".\u0301abc")).isEqualTo("abc");
  }

  @Test
  void aTagKeepsItsEmojiAPageStaysWithoutThem() {
    assertThat(Slugs.tag("#\uD83D\uDE80/Launch")).isEqualTo("\uD83D\uDE80/launch");
    assertThat(Slugs.tag("\uD83D\uDC69\u200D\uD83D\uDCBB"))
        .isEqualTo("\uD83D\uDC69\u200D\uD83D\uDCBB");
    assertThat(Slugs.tag("\uD83D\uDC4B\uD83C\uDFFD hi")).isEqualTo("\uD83D\uDC4B\uD83C\uDFFD-hi");
    assertThat(Slugs.tag("\u2764\uFE0F")).isEqualTo("\u2764\uFE0F");
    assertThat(Slugs.tag("\uD83D\uDE80")).isNotEqualTo(Slugs.tag("\uD83C\uDF89"));
    assertThat(Slugs.segment("\uD83D\uDE80 Launch")).isEqualTo("launch");
    // A note named with emoji alone keeps them: two such notes were both "untitled".
    assertThat(Slugs.segment("\uD83D\uDE80")).isEqualTo("\uD83D\uDE80");
    assertThat(Slugs.fileName("\uD83C\uDF31 \uD83C\uDF3F.png"))
        .isEqualTo("\uD83C\uDF31-\uD83C\uDF3F.png");
    assertThat(Slugs.segment("!!!")).isEqualTo("untitled");
    // A joiner or skin tone alone is nothing to see: left out as a mark would be.
    assertThat(Slugs.tag("\u200Da")).isEqualTo("a");
    assertThat(Slugs.tag("\uD83C\uDFFDa")).isEqualTo("a");
  }

  @Test
  void noSlugStartsWithAJoiningCharacter() {
    int[] alphabet = {'.', 'a', ' ', '-', 0x0301, 0x093F, 0xFE0F, 0x200D, 0x1F3FD, 0x1F680, 0x2764};
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
      }
      for (String slug :
          new String[] {Slugs.segment(text.toString()), Slugs.tag(text.toString())}) {
        for (String part : slug.split("/")) {
          if (part.isEmpty()) {
            continue; // the tag of an empty text: no slug at all, as before
          }
          int first = part.codePointAt(0);
          int type = Character.getType(first);
          assertThat(
                  type == Character.NON_SPACING_MARK
                      || type == Character.COMBINING_SPACING_MARK
                      || type == Character.ENCLOSING_MARK
                      || first == 0x200D
                      || (first >= 0x1F3FB && first <= 0x1F3FF))
              .as("%s of %s", slug, text)
              .isFalse();
        }
      }
    }
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

  /**
   * segment as it was written first, trimming dots with a regex (marks join a kept character): the
   * reference.
   */
  private static String regexSegment(String text) {
    String nfc =
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
            .toLowerCase(java.util.Locale.ROOT);
    StringBuilder out = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < nfc.length(); ) {
      int cp = nfc.codePointAt(i);
      i += Character.charCount(cp);
      boolean mark = String.valueOf(Character.toChars(cp)).matches("\\p{M}");
      if (mark && (dash || out.length() == 0)) {
        dash = true;
      } else if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '.' || mark) {
        if (dash && out.length() > 0) {
          out.append('-');
        }
        dash = false;
        out.appendCodePoint(cp);
      } else {
        dash = true;
      }
    }
    String slug = out.toString().replaceAll("^(?:[.]\\p{M}*)+|[.]+$", "");
    return slug.isEmpty() ? "untitled" : slug;
  }
}
