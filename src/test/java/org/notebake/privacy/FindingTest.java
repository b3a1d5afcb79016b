package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingTest {

  private static String masked(String rule, String match) {
    return new Finding(rule, 0, match.length(), match, "x").masked();
  }

  @Test
  void phoneKeepsFirstThreeAndLastTwoDigitsAndSeparators() {
    assertThat(masked("phone", "912 555 0142")).isEqualTo("912 *** **42");
    assertThat(masked("phone", "+1 (912) 555-0142")).isEqualTo("+1 (91*) ***-**42");
  }

  @Test
  void shortDenyMatchKeepsOnlyItsFirstLetter() {
    assertThat(masked("deny", "Rameez")).isEqualTo("Ram*ez");
    assertThat(masked("deny", "Tony")).isEqualTo("T***");
  }

  @Test
  void emailKeepsTheDomain() {
    assertThat(masked("email", "annie@example.org")).isEqualTo("an***@example.org");
    assertThat(masked("email", "a@example.org")).isEqualTo("a***@example.org");
  }

  @Test
  void summaryNamesIdAndMaskedMatch() {
    Finding f = new Finding("phone", 3, 15, "912 555 0142", "phone number");

    assertThat(f.id()).matches("phone:[0-9a-f]{6}");
    assertThat(f.summary()).isEqualTo("phone number \"912 *** **42\" (" + f.id() + ")");
  }
}
