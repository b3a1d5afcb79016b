package org.notebake.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextLinesTest {

  @Test
  void linesEndAtEachKindOfLineBreak() {
    TextLines lines = new TextLines("a\nb\r\nc\rd\n");

    assertThat(List.of(lines.line(0), lines.line(1), lines.line(2), lines.line(3), lines.line(4)))
        .containsExactly("a", "b", "c", "d", "");
    assertThat(lines.has(4)).isTrue();
    assertThat(lines.has(5)).isFalse();
    assertThat(lines.bodyAfter(1)).isEqualTo("\n\nc\rd\n");
  }

  /**
   * Lines are found as they are asked for, so the answers must not depend on what was asked before:
   * random texts of line breaks, asked in random order, answer as a whole-text split.
   */
  @Test
  void linesFoundAsAskedForAreTheLinesOfTheWholeText() {
    Random random = new Random(20261205);
    String alphabet = "ab \n\r-";
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<Integer> starts = starts(text.toString());
      TextLines lines = new TextLines(text.toString());
      for (int ask = 0; ask < 12; ask++) {
        int index = random.nextInt(starts.size() + 2);
        String what = text + " line " + index;
        switch (random.nextInt(3)) {
          case 0 -> assertThat(lines.has(index)).as(what).isEqualTo(index < starts.size());
          case 1 -> {
            if (index < starts.size()) {
              assertThat(lines.line(index))
                  .as(what)
                  .isEqualTo(line(text.toString(), starts, index));
            }
          }
          default -> {
            String rest = index + 1 < starts.size() ? text.substring(starts.get(index + 1)) : "";
            assertThat(lines.bodyAfter(index)).as(what).isEqualTo("\n".repeat(index + 1) + rest);
          }
        }
      }
    }
  }

  /** The plain way: every line's start, found in one pass over the whole text. */
  private static List<Integer> starts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  private static String line(String text, List<Integer> starts, int index) {
    int end = index + 1 < starts.size() ? starts.get(index + 1) : text.length();
    return text.substring(starts.get(index), end).replaceAll("[\r\n]+$", "");
  }
}
