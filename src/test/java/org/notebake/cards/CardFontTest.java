package org.notebake.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedCharacterIterator;
import java.util.List;
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
  void aSurrogatePairStaysInOneRunOrIsLeftOut() {
    String text = "a\uD83D\uDE00b"; // an emoji between two letters
    AttributedCharacterIterator runs = font.text(text, 30f).getIterator();
    if (runs.getEndIndex() == 2) { // no font here draws it: left out, not a box
      assertThat(runs.first()).isEqualTo('a');
      return;
    }
    runs.setIndex(1);
    assertThat(runs.getRunLimit()).isGreaterThanOrEqualTo(3);
  }

  /** The card of an emoji-prefixed title is the card of the title without it, not a box. */
  @Test
  void aCardLeavesOutWhatNoFontDrawsAndLaysOutTheRest() {
    CardPainter painter = new CardPainter(font, CardTheme.DEFAULT);
    String emoji = "\uD83D\uDFE6"; // a blue square, in no font Java draws
    org.junit.jupiter.api.Assumptions.assumeFalse(
        new Font(Font.SANS_SERIF, Font.BOLD, 30).canDisplay(emoji.codePointAt(0)),
        "this machine has a font that draws it");
    String title = "Building Wealth Is a Game That Can Be Mastered";
    assertThat(
            painter.paint(
                new ShareCard(emoji + " " + title, List.of(emoji + "wealth"), "Slipbox " + emoji)))
        .isEqualTo(painter.paint(new ShareCard(title, List.of("wealth"), "Slipbox")));
  }

  /** A vault of emoji-prefixed note titles drew a box on every share card. */
  @Test
  void charactersNoFontDrawsAreLeftOutWithTheMarksThatJoinThem() {
    Font bundled = font.at(30f);
    assertThat(
            CardFont.drawable(
                "\uD83D\uDFE6 Building \uD83D\uDC4D\uD83C\uDFFD wealth"
                    + " \uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08 1\uFE0F\u20E3 slowly",
                bundled,
                bundled))
        .isEqualTo("Building wealth 1 slowly");
    assertThat(CardFont.drawable("Caf\u00E9 \u2014 \u201Cnotes\u201D", bundled, bundled))
        .isEqualTo("Caf\u00E9 \u2014 \u201Cnotes\u201D");
    assertThat(CardFont.drawable("\uD83D\uDFE6", bundled, bundled))
        .as("nothing left: the text as it is")
        .isEqualTo("\uD83D\uDFE6");
    assertThat(CardFont.drawable("", bundled, bundled)).isEmpty();
  }

  /**
   * One card of a CJK-named site differed from the same card drawn again: JDK 17's composite font
   * publishes a block of its glyph cache before filling it, and a thread asking at that moment for
   * another character of the block is told there is no glyph. Three threads ask for characters of
   * blocks nobody asked for yet; every answer must be the one asked again afterwards. (Without the
   * lock in {@link CardFont#canDisplay} this failed in six runs of eight.)
   */
  @Test
  void theMachinesFontAnswersTheSameWhenThreadsAskAtOnce() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new Font(Font.SANS_SERIF, Font.BOLD, 1).canDisplay(0x89C2),
        "the machine's sans-serif font draws no CJK");
    List<String> wrong = new java.util.concurrent.CopyOnWriteArrayList<>();
    // Each logical font and style is a composite of its own, with a cache of its own to race on.
    for (String family : List.of(Font.SANS_SERIF, Font.DIALOG, Font.SERIF)) {
      for (int style : new int[] {Font.PLAIN, Font.BOLD, Font.ITALIC, Font.BOLD | Font.ITALIC}) {
        askAtOnce(new Font(family, style, 1), wrong);
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static void askAtOnce(Font fallback, List<String> wrong) throws InterruptedException {
    int threads = 3;
    int asks = 2000;
    int[] blocks =
        java.util.stream.IntStream.concat(
                java.util.stream.IntStream.rangeClosed(0x34, 0x9F),
                java.util.stream.IntStream.rangeClosed(0xAC, 0xD7))
            .toArray();
    for (int block : blocks) {
      int base = block << 8;
      java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
      boolean[][] told = new boolean[threads][asks];
      Thread[] askers = new Thread[threads];
      for (int t = 0; t < threads; t++) {
        int k = t;
        askers[t] =
            new Thread(
                () -> {
                  try {
                    start.await();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                  for (int r = 0; r < asks; r++) {
                    told[k][r] = CardFont.canDisplay(fallback, base + 255 - k - r % 7);
                  }
                });
        askers[t].start();
      }
      for (Thread asker : askers) {
        asker.join();
      }
      for (int k = 0; k < threads; k++) {
        for (int r = 0; r < asks; r++) {
          int cp = base + 255 - k - r % 7;
          if (told[k][r] != fallback.canDisplay(cp)) {
            wrong.add(fallback.getName() + " " + Integer.toHexString(cp));
          }
        }
      }
    }
  }

  private static Font fontAt(AttributedCharacterIterator runs, int index) {
    runs.setIndex(index);
    return (Font) runs.getAttribute(TextAttribute.FONT);
  }
}
