package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivacyGateTextTest {
  @Test
  void splitsTextBetweenTags() {
    assertThat(PrivacyGate.betweenTags("<feed><title>Notes</title>x</feed>"))
        .containsExactly("", "", "Notes", "x", "");
    assertThat(PrivacyGate.betweenTags("plain")).containsExactly("plain");
  }

  @Test
  void aLessThanSignThatOpensNoTagIsText() {
    assertThat(PrivacyGate.betweenTags("a < b <i>c</i>")).containsExactly("a < b ", "c", "");
    assertThat(PrivacyGate.betweenTags("1 <2 <3> 4")).containsExactly("1 <2 ", " 4");
    assertThat(PrivacyGate.betweenTags("x > y < z")).containsExactly("x > y < z");
  }

  @Test
  void manyOpenBracketsBeforeOneCloseStayLinear() {
    String text = "<".repeat(200_000) + ">";
    assertThat(PrivacyGate.betweenTags(text)).hasSize(2);
  }
}
