package org.notebake.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class CardPainterTest {
  private static final Color PILL = new Color(0, 255, 0);
  private static final Color LABEL = new Color(255, 0, 0);
  private static final CardTheme MARKED =
      new CardTheme(Color.WHITE, Color.BLACK, Color.GRAY, LABEL, PILL, Color.LIGHT_GRAY);

  /** The row of pills: {@code [first, last]} x of the pills' colour and of the labels' colour. */
  private static int[][] tagRow(ShareCard card) throws Exception {
    byte[] png = new CardPainter(CardFont.bundled(), MARKED).paint(card);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pills = {Integer.MAX_VALUE, -1};
    int[] labels = {Integer.MAX_VALUE, -1};
    for (int y = CardPainter.HEIGHT - 200; y < CardPainter.HEIGHT - 148; y++) {
      for (int x = 0; x < CardPainter.WIDTH; x++) {
        Color c = new Color(image.getRGB(x, y));
        int[] range =
            c.getGreen() > 200 && c.getRed() < 60
                ? pills
                : c.getRed() > 150 && c.getGreen() < 100 ? labels : null;
        if (range != null) {
          range[0] = Math.min(range[0], x);
          range[1] = Math.max(range[1], x);
        }
      }
    }
    return new int[][] {pills, labels};
  }

  @Test
  void rightToLeftTagsAreWrittenInsideTheirPillsFromTheRightMargin() throws Exception {
    int[][] row =
        tagRow(new ShareCard("שלום עולם: הערות ראשונות", List.of("עברית", "הערות"), "Avery Quinn"));

    assertThat(row[1][0]).as("labels start inside the pills").isGreaterThanOrEqualTo(row[0][0]);
    assertThat(row[1][1]).as("labels end inside the pills").isLessThanOrEqualTo(row[0][1]);
    assertThat(row[0][1]).as("pills reach the right margin").isGreaterThan(CardPainter.WIDTH - 90);
  }

  @Test
  void leftToRightTagsRunFromTheLeftMargin() throws Exception {
    int[][] row =
        tagRow(new ShareCard("Tracing a GPU fleet", List.of("gpu", "ops"), "Avery Quinn"));

    assertThat(row[0][0]).isLessThan(90);
    assertThat(row[1][0]).isGreaterThanOrEqualTo(row[0][0]);
    assertThat(row[1][1]).isLessThanOrEqualTo(row[0][1]);
  }
}
