package org.notebake.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import org.junit.jupiter.api.Test;

class CardFontTest {
  private final CardFont font = CardFont.bundled();

  @Test
  void theBundledFaceIsPdfBoxsLiberationSansDrawnBold() {
    Font at = font.at(40f);
    assertThat(at.getFamily()).isEqualTo("Liberation Sans");
    assertThat(at.isBold()).isTrue();
    assertThat(at.getSize2D()).isEqualTo(40f);
  }

  @Test
  void latinTextIsOneRunInTheBundledFont() {
    AttributedCharacterIterator runs =
        font.text("Diagnosis before self-healing", 48f).getIterator();
    assertThat(runs.getRunLimit()).isEqualTo(runs.getEndIndex());
    assertThat(fontAt(runs, 0).getFamily()).isEqualTo("Liberation Sans");
  }

  @Test
  void aCharacterTheBundledFontLacksIsDrawnInTheSystemFontWhenThatHasIt() {
    String text = "東京 notes";
    AttributedCharacterIterator runs = font.text(text, 48f).getIterator();
    Font first = fontAt(runs, 0);
    Font system = new Font(Font.SANS_SERIF, Font.BOLD, 48);
    if (system.canDisplay('東')) {
      assertThat(first.getFamily()).isNotEqualTo("Liberation Sans");
      assertThat(first.canDisplay('東')).isTrue();
    } else {
      assertThat(first.getFamily()).isEqualTo("Liberation Sans");
    }
    // The space joins the run before it; the Latin word is the bundled font's again.
    assertThat(fontAt(runs, text.indexOf('n')).getFamily()).isEqualTo("Liberation Sans");
    assertThat(first.getSize2D()).isEqualTo(48f);
  }

  @Test
  void anEmptyTextIsOneSpace() {
    AttributedCharacterIterator runs = font.text("", 30f).getIterator();
    assertThat(runs.getEndIndex()).isEqualTo(1);
    assertThat(fontAt(runs, 0).getFamily()).isEqualTo("Liberation Sans");
  }

  @Test
  void aSurrogatePairStaysInOneRun() {
    String text = "a\uD83D\uDE00b"; // an emoji between two letters
    AttributedCharacterIterator runs = font.text(text, 30f).getIterator();
    runs.setIndex(1);
    assertThat(runs.getRunLimit()).isGreaterThanOrEqualTo(3);
  }

  private static Font fontAt(AttributedCharacterIterator runs, int index) {
    runs.setIndex(index);
    return (Font) runs.getAttribute(TextAttribute.FONT);
  }
}
