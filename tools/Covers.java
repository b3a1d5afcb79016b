import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws the cover images of the example site's projects and its portrait placeholder with Java2D:
 * flat shapes in the theme's colours, no text but the monogram, so they stay small (each PNG well
 * under 200 KB) and say what the project is about at a glance. Deterministic: the same bytes on
 * every run.
 *
 * <pre>
 * java tools/Covers.java content      # writes content/projects/*.png and content/pages/portrait.png
 * </pre>
 */
public final class Covers {
  private static final int W = 1200;
  private static final int H = 630;
  private static final Color PAPER = new Color(0xf4f1ea);
  private static final Color INK = new Color(0x1d232a);
  private static final Color ACCENT = new Color(0x0b5a87);
  private static final Color SKY = new Color(0x82c4ec);
  private static final Color SAND = new Color(0xe0c48a);
  private static final Color CLAY = new Color(0xc0563b);
  private static final Color SAGE = new Color(0x7fa38a);
  private static final Color LINE = new Color(0xd5d0c4);

  public static void main(String[] args) throws IOException {
    Path content = Path.of(args.length > 0 ? args[0] : "content");
    write(ledger(), content.resolve("projects/goodput-ledger.png"));
    write(weather(), content.resolve("projects/queue-weather.png"));
    write(copilot(), content.resolve("projects/scheduler-copilot.png"));
    write(redline(), content.resolve("projects/redline.png"));
    write(portrait(), content.resolve("pages/portrait.png"));
  }

  /** Six stacked buckets per job attempt that always add up to the same width. */
  static BufferedImage ledger() {
    BufferedImage img = canvas(PAPER);
    Graphics2D g = pen(img);
    Color[] buckets = {LINE, SAND, ACCENT, SKY, SAGE, CLAY};
    double[][] rows = {
      {0.08, 0.05, 0.62, 0.09, 0.06, 0.10},
      {0.15, 0.04, 0.48, 0.14, 0.05, 0.14},
      {0.05, 0.06, 0.71, 0.06, 0.07, 0.05},
      {0.11, 0.07, 0.39, 0.21, 0.04, 0.18},
      {0.06, 0.05, 0.66, 0.08, 0.08, 0.07},
    };
    int left = 120;
    int width = W - 240;
    for (int r = 0; r < rows.length; r++) {
      double x = left;
      int y = 105 + r * 88;
      for (int b = 0; b < buckets.length; b++) {
        double w = rows[r][b] * width;
        g.setColor(buckets[b]);
        g.fill(new RoundRectangle2D.Double(x + 2, y, w - 4, 56, 10, 10));
        x += w;
      }
    }
    g.setColor(INK);
    g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {10, 12}, 0));
    g.drawLine(left + width, 85, left + width, 560);
    g.dispose();
    return img;
  }

  /** A wait forecast as a band: a range that narrows as the day goes on, with a dot per check. */
  static BufferedImage weather() {
    BufferedImage img = canvas(new Color(0x15191d));
    Graphics2D g = pen(img);
    Path2D band = new Path2D.Double();
    Path2D mid = new Path2D.Double();
    int n = 24;
    double[] low = new double[n + 1];
    double[] high = new double[n + 1];
    for (int i = 0; i <= n; i++) {
      double t = i / (double) n;
      double centre = 330 + 110 * Math.sin(t * Math.PI * 1.6) - 60 * t;
      double spread = 150 * (1 - 0.6 * t) + 20;
      low[i] = centre + spread;
      high[i] = centre - spread;
    }
    for (int i = 0; i <= n; i++) {
      double x = 100 + i * (1000.0 / n);
      if (i == 0) {
        band.moveTo(x, high[i]);
        mid.moveTo(x, (high[i] + low[i]) / 2);
      } else {
        band.lineTo(x, high[i]);
        mid.lineTo(x, (high[i] + low[i]) / 2);
      }
    }
    for (int i = n; i >= 0; i--) {
      band.lineTo(100 + i * (1000.0 / n), low[i]);
    }
    band.closePath();
    g.setColor(new Color(0x82c4ec, false));
    g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, 0.35f));
    g.fill(band);
    g.setComposite(java.awt.AlphaComposite.SrcOver);
    g.setColor(SKY);
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(mid);
    for (int i = 2; i <= n; i += 3) {
      double x = 100 + i * (1000.0 / n);
      double y = high[i] + (low[i] - high[i]) * (0.3 + 0.4 * ((i * 7) % 5) / 4.0);
      g.setColor(i == 20 ? CLAY : SAND);
      g.fill(new Ellipse2D.Double(x - 9, y - 9, 18, 18));
    }
    g.dispose();
    return img;
  }

  /** A grid of nodes being filled in, with a conversation beside it. */
  static BufferedImage copilot() {
    BufferedImage img = canvas(new Color(0xe9eef2));
    Graphics2D g = pen(img);
    for (int r = 0; r < 6; r++) {
      for (int c = 0; c < 8; c++) {
        boolean on = (r * 8 + c) % 7 < 5 && r < 5;
        g.setColor(on ? ACCENT : LINE);
        g.fill(new RoundRectangle2D.Double(90 + c * 66, 110 + r * 70, 52, 52, 10, 10));
      }
    }
    int[][] bubbles = {{700, 120, 380, 0}, {780, 230, 320, 1}, {700, 340, 300, 0}, {780, 450, 260, 1}};
    for (int[] b : bubbles) {
      g.setColor(b[3] == 0 ? Color.WHITE : SKY);
      g.fill(new RoundRectangle2D.Double(b[0], b[1], b[2], 80, 36, 36));
      g.setColor(b[3] == 0 ? LINE : ACCENT);
      g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      for (int l = 0; l < 2; l++) {
        int len = b[2] - 70 - l * 60;
        g.drawLine(b[0] + 30, b[1] + 28 + l * 24, b[0] + 30 + len, b[1] + 28 + l * 24);
      }
    }
    g.dispose();
    return img;
  }

  /** Lines of a contract with one clause struck through and a replacement written in. */
  static BufferedImage redline() {
    BufferedImage img = canvas(new Color(0x2a2f36));
    Graphics2D g = pen(img);
    g.setColor(Color.WHITE);
    g.fill(new RoundRectangle2D.Double(300, 40, 600, 620, 18, 18));
    g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    int[] lengths = {480, 520, 410, 500, 360, 470, 470, 300, 510, 440, 380};
    for (int i = 0; i < lengths.length; i++) {
      int y = 100 + i * 46;
      if (i == 4 || i == 5) {
        g.setColor(LINE);
        g.drawLine(360, y, 360 + lengths[i], y);
        g.setColor(CLAY);
        g.setStroke(new BasicStroke(4f));
        g.drawLine(352, y, 368 + lengths[i], y);
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      } else if (i == 6) {
        g.setColor(ACCENT);
        g.drawLine(360, y, 360 + lengths[i], y);
        g.setStroke(new BasicStroke(3f));
        g.drawLine(360, y + 10, 360 + lengths[i], y + 10);
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      } else {
        g.setColor(new Color(0xb8bec6));
        g.drawLine(360, y, 360 + lengths[i], y);
      }
    }
    g.setColor(CLAY);
    g.fill(new RoundRectangle2D.Double(930, 270, 200, 90, 20, 20));
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(955, 300, 1100, 300);
    g.drawLine(955, 328, 1060, 328);
    g.dispose();
    return img;
  }

  /** A monogram standing in for a portrait photo. */
  static BufferedImage portrait() {
    BufferedImage img = new BufferedImage(320, 320, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = pen(img);
    g.setColor(ACCENT);
    g.fillRect(0, 0, 320, 320);
    g.setColor(SKY);
    g.fill(new Ellipse2D.Double(150, 150, 260, 260));
    g.setColor(Color.WHITE);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 120));
    String text = "AQ";
    int width = g.getFontMetrics().stringWidth(text);
    g.drawString(text, (320 - width) / 2, 205);
    g.dispose();
    return img;
  }

  private static BufferedImage canvas(Color background) {
    BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(background);
    g.fillRect(0, 0, W, H);
    g.dispose();
    return img;
  }

  private static Graphics2D pen(BufferedImage img) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    return g;
  }

  private static void write(BufferedImage img, Path file) throws IOException {
    Files.createDirectories(file.getParent());
    ImageIO.write(img, "png", file.toFile());
    long size = Files.size(file);
    if (size > 200_000) {
      throw new IllegalStateException(file + " is " + size + " bytes, over the 200 KB budget");
    }
    System.out.println(file + ": " + size + " bytes");
  }
}
