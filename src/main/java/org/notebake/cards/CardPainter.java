package org.notebake.cards;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextLayout;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link ShareCard} as a 1200×630 PNG, the size Open Graph previews show large: the title
 * wrapped in up to four lines (smaller type for a long title, an ellipsis past that), the tags as
 * pills, the site's name at the foot, in the theme's colours and the bundled font.
 *
 * <pre>{@code
 * byte[] png = new CardPainter(CardFont.bundled(), CardTheme.DEFAULT)
 *     .paint(new ShareCard("Tracing a GPU fleet", List.of("gpu"), "Avery Quinn"));
 * }</pre>
 */
public final class CardPainter {
  public static final int WIDTH = 1200;
  public static final int HEIGHT = 630;

  private static final int MARGIN = 80;
  private static final int TEXT_WIDTH = WIDTH - 2 * MARGIN;
  private static final int TITLE_TOP = 96;
  private static final int TITLE_BOTTOM = 430;
  private static final int MAX_LINES = 4;
  private static final float[] TITLE_SIZES = {76f, 68f, 60f, 54f, 48f};
  private static final String ELLIPSIS = "…";

  private final CardFont font;
  private final CardTheme theme;

  /**
   * One canvas a thread, painted over whole for each card: a first build of 10,000 notes would
   * otherwise allocate 30 GB of 3 MB images, and those in flight at each young collection filled
   * the old generation (heap and resident memory at their maximum, 74 collections at 1,000 notes).
   * Static, so that serve's painter of each rebuild does not leave a canvas a thread behind.
   */
  private static final ThreadLocal<BufferedImage> CANVAS =
      ThreadLocal.withInitial(() -> new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB));

  public CardPainter(CardFont font, CardTheme theme) {
    this.font = font;
    this.theme = theme;
  }

  /** The card as PNG bytes. */
  public byte[] paint(ShareCard card) {
    BufferedImage image = CANVAS.get();
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setColor(theme.background());
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(theme.accent());
      g.fillRect(0, 0, WIDTH, 14);
      String title = card.title().isEmpty() ? card.siteName() : card.title();
      String drawable = font.drawable(title);
      drawTitle(g, drawable);
      boolean rightToLeft =
          !layout(drawable, TITLE_SIZES[0], g.getFontRenderContext()).isLeftToRight();
      drawTags(g, card.tags().stream().map(font::drawable).toList(), rightToLeft);
      g.setColor(theme.line());
      g.fillRect(MARGIN, HEIGHT - 118, TEXT_WIDTH, 2);
      g.setColor(theme.muted());
      String site = font.drawable(card.siteName());
      drawLine(g, fit(g, site, 32f, TEXT_WIDTH), 32f, MARGIN, HEIGHT - 62);
    } finally {
      g.dispose();
    }
    return png(image);
  }

  private void drawTitle(Graphics2D g, String title) {
    FontRenderContext frc = g.getFontRenderContext();
    float chosen = TITLE_SIZES[0];
    List<String> lines = List.of();
    for (float size : TITLE_SIZES) {
      chosen = size;
      lines = wrap(title, size, frc, MAX_LINES + 1);
      if (lines.size() <= MAX_LINES) {
        break;
      }
    }
    if (lines.size() > MAX_LINES) {
      lines = new ArrayList<>(lines.subList(0, MAX_LINES));
      String last = lines.get(MAX_LINES - 1).stripTrailing();
      lines.set(MAX_LINES - 1, fit(g, last + ELLIPSIS, chosen, TEXT_WIDTH));
    }
    g.setColor(theme.text());
    float lineHeight = chosen * 1.18f;
    float y = TITLE_TOP + chosen;
    for (String line : lines) {
      if (y > TITLE_BOTTOM) {
        break;
      }
      drawLine(g, line, chosen, MARGIN, y);
      y += lineHeight;
    }
  }

  /** Line breaks at word boundaries (inside a word only when it is wider than the card). */
  private List<String> wrap(String text, float size, FontRenderContext frc, int maxLines) {
    LineBreakMeasurer measurer = new LineBreakMeasurer(font.text(text, size).getIterator(), frc);
    List<String> lines = new ArrayList<>();
    int start = 0;
    while (measurer.getPosition() < text.length() && lines.size() < maxLines) {
      int end = measurer.nextOffset(TEXT_WIDTH);
      measurer.setPosition(end);
      lines.add(text.substring(start, end).strip());
      start = end;
    }
    return lines;
  }

  /**
   * The tags as pills, each label inside its own pill; under a right-to-left title they run from
   * the right margin leftwards, as a reader of it expects.
   */
  private void drawTags(Graphics2D g, List<String> tags, boolean rightToLeft) {
    float f = 28f;
    FontRenderContext frc = g.getFontRenderContext();
    float used = 0;
    float top = HEIGHT - 200;
    for (String tag : tags) {
      float room = TEXT_WIDTH - used;
      if (room < 120) {
        break;
      }
      String label = fit(g, "#" + tag, f, room - 40);
      TextLayout text = layout(label, f, frc);
      float w = text.getAdvance() + 40;
      float x = rightToLeft ? MARGIN + TEXT_WIDTH - used - w : MARGIN + used;
      g.setColor(theme.accentSoft());
      g.fill(new RoundRectangle2D.Float(x, top, w, 52, 26, 26));
      g.setColor(theme.accent());
      text.draw(g, x + 20, top + 36);
      used += w + 18;
    }
  }

  /** The text on one line, cut with an ellipsis where it is wider than {@code width}. */
  private String fit(Graphics2D g, String text, float f, float width) {
    FontRenderContext frc = g.getFontRenderContext();
    String t = text.isEmpty() ? " " : text;
    String fitted = t;
    int cut = t.length();
    while (layout(fitted, f, frc).getAdvance() > width && cut > 1) {
      cut = t.offsetByCodePoints(cut, -1);
      fitted = t.substring(0, cut).stripTrailing() + ELLIPSIS;
    }
    return fitted;
  }

  private TextLayout layout(String text, float size, FontRenderContext frc) {
    return new TextLayout(font.text(text, size).getIterator(), frc);
  }

  private void drawLine(Graphics2D g, String text, float size, float x, float baseline) {
    TextLayout layout = layout(text, size, g.getFontRenderContext());
    // Right-to-left text starts at the right margin, as a reader of it expects.
    float at = layout.isLeftToRight() ? x : MARGIN + TEXT_WIDTH - layout.getAdvance();
    layout.draw(g, at, baseline);
  }

  private static byte[] png(BufferedImage image) {
    return PngEncoder.encode(image);
  }
}
