package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineAllowsTest {

  @Test
  void commentMarkersGiveTheirEntries() {
    String note =
        "Studio: 912 555 0142 %%privacy:allow 912 555 0142%%\n"
            + "%% privacy:allow rule:password %%\n"
            + "%%just a comment%%\n";

    assertThat(InlineAllows.parse(note)).containsExactly("912 555 0142", "rule:password");
  }

  @Test
  void markerDoesNotSpanLines() {
    assertThat(InlineAllows.parse("%%privacy:allow 912\n555%%")).isEmpty();
  }
}
