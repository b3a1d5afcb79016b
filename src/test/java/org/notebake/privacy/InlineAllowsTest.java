package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InlineAllowsTest {

  @Test
  void commentMarkersGiveTheirEntries() {
    String note =
        "Studio: 912 555 0142 %%privacy:allow 912 555 0142%%\n"
            + "%% privacy:allow rule:password %%\n"
            + "%%just a comment%%\n";

    assertThat(InlineAllows.parse(note)).containsExactly("912 555 0142", "rule:password");
  }

  /** A marker shown on the page as code is an example of one, not an Obsidian comment. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "If a number must stay, write `%%privacy:allow rule:phone%%` in the note.",
        "Write ``%%privacy:allow rule:phone%%`` in the note.",
        "Write `x\n%%privacy:allow rule:phone%%` in the note.",
        "Write `%%privacy:allow rule:phone%%`\r\nin the note.",
        "> - write `%%privacy:allow rule:phone%%`",
        "| how | `%%privacy:allow rule:phone%%` |\n|---|---|",
        "```\n%%privacy:allow rule:phone%%\n```",
        "~~~md\n%%privacy:allow rule:phone%%\n~~~",
        "Like this:\n\n    %%privacy:allow rule:phone%%\n",
        "`%%privacy:allow rule:phone`%%"
      })
  void aMarkerInCodeAllowsNothing(String note) {
    assertThat(InlineAllows.parse("---\ntitle: How\n---\n" + note)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Write `code` and then %%privacy:allow rule:phone%% after it.",
        "`a`\r\n%%privacy:allow rule:phone%%",
        "> - %%privacy:allow rule:phone%%",
        "```\ncode\n```\n%%privacy:allow rule:phone%%",
        "%%privacy:allow rule:phone%% and `%%privacy:allow rule:email%%`"
      })
  void aMarkerBesideCodeStillAllows(String note) {
    assertThat(InlineAllows.parse(note)).containsExactly("rule:phone");
  }

  @Test
  void aMarkerKeepsItsEntryAsWrittenNotAsMarkdownWouldRenderIt() {
    assertThat(InlineAllows.parse("%%privacy:allow re:\\d\\.\\*&amp;_x_%%"))
        .containsExactly("re:\\d\\.\\*&amp;_x_");
  }

  @Test
  void markerDoesNotSpanLines() {
    assertThat(InlineAllows.parse("%%privacy:allow 912\n555%%")).isEmpty();
  }
}
