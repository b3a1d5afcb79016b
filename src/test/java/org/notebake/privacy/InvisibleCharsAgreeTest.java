package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.notebake.markdown.obsidian.callout.internal.CalloutTypes;

/**
 * The privacy scanner and the private-callout check drop the same invisible characters: a char that
 * hides a number from one must not hide a {@code [!private]} marker from the other.
 */
class InvisibleCharsAgreeTest {
  @Test
  void everyCodePointTheCalloutCheckDropsTheScannerDropsAndTheOtherWay() {
    List<String> disagree = new ArrayList<>();
    for (int cp = 0x80; cp <= 0x10FFFF; cp++) {
      if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
        continue;
      }
      boolean ignorable = FoldedText.isIgnorable(cp) || Character.getType(cp) == Character.FORMAT;
      String between = "pri" + Character.toString(cp) + "vate";
      boolean calloutDrops = CalloutTypes.folded(between).equals("private");
      if (ignorable && !calloutDrops) {
        disagree.add(Integer.toHexString(cp));
      }
      if (!ignorable
          && calloutDrops
          && FoldedText.of(between, Channel.TEXT).text().equals(between)) {
        disagree.add(Integer.toHexString(cp) + " (callouts only)");
      }
    }
    assertThat(disagree).isEmpty();
  }
}
