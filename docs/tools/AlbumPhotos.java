import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Paints the photos of the site's own album (content/gallery/small-prints-big-room/): quiet,
 * abstract scenes of the show and the walks planned after it. Run from the repository root:
 *
 * <pre>
 * java docs/tools/AlbumPhotos.java content/gallery/small-prints-big-room
 * </pre>
 *
 * The same seed gives the same pictures; each is a 1600x1067 JPEG well under 300 KB.
 */
public class AlbumPhotos {
  static final int W = 1600;
  static final int H = 1067;

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "content/gallery/small-prints-big-room");
    Files.createDirectories(dir);
    write(entranceWall(), dir.resolve("entrance-wall.jpg"));
    write(firstWave(), dir.resolve("first-wave.jpg"));
    write(backWall(), dir.resolve("back-wall.jpg"));
    write(streetAtDusk(), dir.resolve("street-at-dusk.jpg"));
    write(walkRoute(), dir.resolve("walk-ridge.jpg"));
    write(harbour(), dir.resolve("harbour-morning.jpg"));
    write(printingTable(), dir.resolve("printing-table.jpg"));
  }

  static BufferedImage canvas() {
    return new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
  }

  static Graphics2D paint(BufferedImage img) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    return g;
  }

  static void vertical(Graphics2D g, int y0, int y1, Color top, Color bottom) {
    g.setPaint(new GradientPaint(0, y0, top, 0, y1, bottom));
    g.fillRect(0, y0, W, y1 - y0);
  }

  /** A small print: a pale mat and a tiny landscape of its own. */
  static void print(Graphics2D g, Random r, double x, double y, double w, double h) {
    g.setColor(new Color(40, 36, 32));
    g.fill(new java.awt.geom.Rectangle2D.Double(x - 6, y - 6, w + 12, h + 12));
    g.setColor(new Color(246, 244, 238));
    g.fill(new java.awt.geom.Rectangle2D.Double(x, y, w, h));
    double m = w * 0.14;
    Color sky = Color.getHSBColor(r.nextFloat(), 0.25f + r.nextFloat() * 0.3f, 0.7f + r.nextFloat() * 0.25f);
    Color land = Color.getHSBColor(r.nextFloat(), 0.3f + r.nextFloat() * 0.4f, 0.25f + r.nextFloat() * 0.35f);
    g.setPaint(new GradientPaint((float) x, (float) (y + m), sky, (float) x, (float) (y + h - m), land));
    g.fill(new java.awt.geom.Rectangle2D.Double(x + m, y + m, w - 2 * m, h - 2 * m));
    g.setColor(land.darker());
    Path2D hill = new Path2D.Double();
    hill.moveTo(x + m, y + h - m);
    hill.curveTo(x + w * 0.4, y + h * 0.45, x + w * 0.6, y + h * 0.75, x + w - m, y + h * 0.55);
    hill.lineTo(x + w - m, y + h - m);
    hill.closePath();
    g.fill(hill);
  }

  static void shadowFloor(Graphics2D g, int y, Color a, Color b) {
    vertical(g, y, H, a, b);
    g.setColor(new Color(0, 0, 0, 40));
    g.fillRect(0, y, W, 6);
  }

  static BufferedImage entranceWall() {
    BufferedImage img = canvas();
    Graphics2D g = paint(img);
    Random r = new Random(11);
    vertical(g, 0, 860, new Color(236, 230, 218), new Color(214, 205, 190));
    g.setPaint(new RadialGradientPaint(380, 160, 700, new float[] {0f, 1f},
        new Color[] {new Color(255, 250, 235, 150), new Color(255, 250, 235, 0)}));
    g.fillRect(0, 0, W, 860);
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 5; col++) {
        print(g, r, 190 + col * 250, 150 + row * 220, 170, 140);
      }
    }
    shadowFloor(g, 860, new Color(122, 98, 76), new Color(84, 64, 50));
    g.dispose();
    return img;
  }

  static void person(Graphics2D g, double x, double ground, double height, Color c) {
    g.setColor(c);
    double head = height * 0.13;
    g.fill(new Ellipse2D.Double(x - head / 2, ground - height, head, head * 1.1));
    g.fill(new RoundRectangle2D.Double(x - height * 0.14, ground - height + head * 1.15,
        height * 0.28, height * 0.55, height * 0.12, height * 0.12));
    g.fill(new RoundRectangle2D.Double(x - height * 0.1, ground - height * 0.4, height * 0.08, height * 0.4, 8, 8));
    g.fill(new RoundRectangle2D.Double(x + height * 0.02, ground - height * 0.4, height * 0.08, height * 0.4, 8, 8));
  }

  static BufferedImage firstWave() {
    BufferedImage img = canvas();
    Graphics2D g = paint(img);
    Random r = new Random(23);
    vertical(g, 0, H, new Color(58, 52, 48), new Color(30, 27, 25));
    g.setPaint(new GradientPaint(0, 120, new Color(255, 236, 196), 0, 900, new Color(246, 200, 140)));
    g.fillRect(560, 120, 480, 800);
    g.setPaint(new RadialGradientPaint(800, 520, 620, new float[] {0f, 1f},
        new Color[] {new Color(255, 220, 160, 90), new Color(255, 220, 160, 0)}));
    g.fillRect(0, 0, W, H);
    for (int i = 0; i < 14; i++) {
      double x = 120 + r.nextDouble() * 1360;
      double h = 420 + r.nextDouble() * 260;
      int shade = 18 + r.nextInt(26);
      person(g, x, 1000 + r.nextDouble() * 60, h, new Color(shade, shade - 4, shade - 6));
    }
    g.dispose();
    return img;
  }

  static BufferedImage backWall() {
    BufferedImage img = canvas();
    Graphics2D g = paint(img);
    Random r = new Random(5);
    vertical(g, 0, 820, new Color(206, 208, 204), new Color(176, 178, 172));
    print(g, r, 300, 300, 190, 150);
    print(g, r, 700, 300, 190, 150);
    print(g, r, 1100, 300, 190, 150);
    g.setColor(new Color(0, 0, 0, 35));
    Path2D beam = new Path2D.Double();
    beam.moveTo(0, 820);
    beam.lineTo(W, 560);
    beam.lineTo(W, 820);
    beam.closePath();
    g.fill(beam);
    shadowFloor(g, 820, new Color(150, 140, 126), new Color(104, 96, 86));
    g.dispose();
    return img;
  }

  static BufferedImage streetAtDusk() {
    BufferedImage img = canvas();
    Graphics2D g = paint(img);
    Random r = new Random(31);
    vertical(g, 0, 700, new Color(38, 54, 98), new Color(232, 148, 108));
    double x = -40;
    while (x < W) {
      double w = 150 + r.nextDouble() * 140;
      double h = 280 + r.nextDouble() * 260;
      g.setColor(new Color(30 + r.nextInt(14), 28 + r.nextInt(10), 40 + r.nextInt(16)));
      Path2D house = new Path2D.Double();
      house.moveTo(x, 900);
      house.lineTo(x, 900 - h);
      house.lineTo(x + w / 2, 900 - h - 70);
      house.lineTo(x + w, 900 - h);
      house.lineTo(x + w, 900);
      house.closePath();
      g.fill(house);
      for (double wy = 900 - h + 40; wy < 840; wy += 90) {
        for (double wx = x + 24; wx < x + w - 40; wx += 60) {
          g.setColor(r.nextDouble() < 0.45 ? new Color(255, 206, 120) : new Color(52, 52, 68));
          g.fill(new java.awt.geom.Rectangle2D.Double(wx, wy, 30, 44));
        }
      }
      x += w + 8;
    }
    vertical(g, 900, H, new Color(44, 42, 50), new Color(20, 20, 26));
    g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {40f, 50f}, 0f));
    g.setColor(new Color(190, 180, 150, 120));
    g.drawLine(0, 990, W, 990);
    g.dispose();
    return img;
  }

  static void ridge(Graphics2D g, Random r, double base, double amp, Color c) {
    Path2D p = new Path2D.Double();
    p.moveTo(0, H);
    p.lineTo(0, base);
    for (int x = 0; x <= W; x += 40) {
      double y = base + Math.sin(x / 260.0 + r.nextDouble() * 0.3) * amp + r.nextDouble() * amp * 0.25;
      p.lineTo(x, y);
    }
    p.lineTo(W, H);
    p.closePath();
    g.setColor(c);
    g.fill(p);
  }

  static BufferedImage walkRoute() {
    BufferedImage img = canvas();
    Graphics2D g = paint(img);
    Random r = new Random(47);
    vertical(g, 0, H, new Color(196, 214, 226), new Color(240, 232, 214));
    g.setPaint(new RadialGradientPaint(1180, 300, 160, new float[] {0f, 1f},
        new Color[] {new Color(255, 246, 214, 230), new Color(255, 246, 214, 0)}));
    g.fillRect(0, 0, W, H);
    ridge(g, r, 520, 50, new Color(150, 168, 178));
    ridge(g, r, 640, 60, new Color(112, 134, 140));
    ridge(g, r, 770, 70, new Color(74, 98, 96));
    ridge(g, r, 900, 60, new Color(44, 64, 58));
    g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {14f, 18f}, 0f));
    g.setColor(new Color(236, 226, 196, 200));
    Path2D path = new Path2D.Double();
    path.moveTo(120, 1040);
    path.curveTo(520, 900, 700, 1010, 980, 860);
    path.curveTo(1160, 780, 1300, 800, 1460, 700);
    g.draw(path);
    g.dispose();
    return img;
  }

  static BufferedImage harbour() {
    BufferedImage img = canvas();
    Graphics2D g = paint(img);
    Random r = new Random(59);
    vertical(g, 0, 560, new Color(250, 214, 178), new Color(244, 190, 160));
    g.setColor(new Color(255, 240, 210));
    g.fill(new Ellipse2D.Double(700, 330, 200, 200));
    g.setColor(new Color(120, 112, 124));
    g.fillRect(0, 520, W, 40);
    vertical(g, 560, H, new Color(168, 150, 160), new Color(70, 76, 96));
    for (int i = 0; i < 90; i++) {
      double y = 580 + r.nextDouble() * 460;
      double w = 40 + r.nextDouble() * 180;
      double x = 800 - w / 2 + (r.nextDouble() - 0.5) * (y - 520) * 0.9;
      g.setColor(new Color(255, 236, 200, 40 + r.nextInt(90)));
      g.fill(new RoundRectangle2D.Double(x, y, w, 4, 4, 4));
    }
    for (int i = 0; i < 4; i++) {
      double x = 180 + i * 340 + r.nextDouble() * 80;
      g.setColor(new Color(50, 46, 56));
      Path2D hull = new Path2D.Double();
      hull.moveTo(x, 600);
      hull.lineTo(x + 160, 600);
      hull.lineTo(x + 130, 630);
      hull.lineTo(x + 26, 630);
      hull.closePath();
      g.fill(hull);
      g.fillRect((int) x + 76, 470, 5, 130);
    }
    g.dispose();
    return img;
  }

  static BufferedImage printingTable() {
    BufferedImage img = canvas();
    Graphics2D g = paint(img);
    Random r = new Random(71);
    vertical(g, 0, H, new Color(164, 126, 92), new Color(128, 94, 66));
    g.setColor(new Color(0, 0, 0, 18));
    for (int y = 0; y < H; y += 26) {
      g.fillRect(0, y + r.nextInt(8), W, 3);
    }
    g.setColor(new Color(66, 108, 82));
    g.fill(new RoundRectangle2D.Double(180, 120, 1240, 820, 24, 24));
    for (int i = 0; i < 9; i++) {
      AffineTransform saved = g.getTransform();
      double x = 300 + (i % 3) * 360 + r.nextDouble() * 60;
      double y = 220 + (i / 3) * 230 + r.nextDouble() * 30;
      g.rotate((r.nextDouble() - 0.5) * 0.3, x + 110, y + 80);
      g.setColor(new Color(0, 0, 0, 50));
      g.fill(new java.awt.geom.Rectangle2D.Double(x + 8, y + 10, 220, 160));
      print(g, r, x, y, 220, 160);
      g.setTransform(saved);
    }
    g.setColor(new Color(210, 210, 214));
    g.fill(new RoundRectangle2D.Double(1300, 160, 40, 700, 12, 12));
    g.dispose();
    return img;
  }

  static void write(BufferedImage img, Path file) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.82f);
    Files.deleteIfExists(file);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(img, null, null), param);
    } finally {
      writer.dispose();
    }
    System.out.println(file + " " + Files.size(file) / 1024 + " KB");
  }
}
