package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CalloutMarkersTest {
  private static List<String> found(PrivacyScanner scanner, String text, Channel channel) {
    return scanner.scan(text, channel).stream()
        .filter(f -> f.rule().equals(CalloutMarkers.RULE))
        .map(Finding::match)
        .toList();
  }

  private static final PrivacyScanner DEFAULT =
      PrivacyScanner.create(PrivacyRules.builder().build());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "| > [!private] PIN 4711 |",
        "> [!Private|wide] heading text",
        "Text then [!PRIVATE] inline.",
        "Full width ［!private］ folded.",
        "Full width type [!\uff50\uff52\uff49\uff56\uff41\uff54\uff45] too.",
        "Soft hyphen [!priv\u00adate] inside.",
        "Cyrillic [!\u0440rivate] or Greek [!\u03c1rivate|x]",
      })
  void aMarkerLeftAsTextIsAFinding(String text) {
    assertThat(found(DEFAULT, text, Channel.TEXT)).hasSize(text.startsWith("Cyrillic") ? 2 : 1);
  }

  /** "privé" typed on one machine and written by another: the same letters, other code points. */
  @Test
  void aTypeIsFoundComposedOrDecomposedWhicheverWayTheSettingWroteIt() {
    String composed = "priv\u00e9";
    String decomposed = "prive\u0301";
    for (String setting : List.of(composed, decomposed)) {
      PrivacyScanner scanner =
          PrivacyScanner.create(PrivacyRules.builder().removedCallouts(List.of(setting)).build());
      for (String written : List.of(composed, decomposed, "PRIV\u00c9", "PRIVE\u0301")) {
        assertThat(found(scanner, "> [!" + written + "] x", Channel.TEXT))
            .as(setting + " / " + written)
            .hasSize(1);
      }
    }
  }

  @Test
  void codeOtherTypesAndOtherChannelsAreNot() {
    assertThat(found(DEFAULT, "> [!private]\n> shown as syntax", Channel.CODE)).isEmpty();
    assertThat(found(DEFAULT, "[!note] [!privateish] [!priv] [private]", Channel.TEXT)).isEmpty();
    assertThat(found(DEFAULT, "[!private]", Channel.ATTRIBUTE)).isEmpty();
    assertThat(found(DEFAULT, "[!private|never closed\n] x", Channel.TEXT)).isEmpty();
  }

  @Test
  void theConfiguredTypesAreFoundAndTheMarkerIsShownAsWritten() {
    PrivacyScanner scanner =
        PrivacyScanner.create(
            PrivacyRules.builder().removedCallouts(List.of("private", "Diary", "a.b")).build());

    assertThat(found(scanner, "x [!diary] y [!A.B] z [!aXb]", Channel.TEXT))
        .containsExactly("[!diary]", "[!A.B]");
    Finding f = scanner.scan("| [!Diary|x] |", Channel.TEXT).get(0);
    assertThat(f.masked()).isEqualTo("[!Diary|x]");
    assertThat(f.id()).startsWith("callout:");
  }

  @Test
  @org.junit.jupiter.api.Timeout(10)
  void manyOpenMarkersStayLinear() {
    String text = "[!private|" + "x".repeat(100) + " ".repeat(1);
    assertThat(found(DEFAULT, text.repeat(20_000), Channel.TEXT)).isEmpty();
  }
}
