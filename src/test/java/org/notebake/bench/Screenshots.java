package org.notebake.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * A PNG that looks, to an encoder, like a pasted screenshot: a window with a title bar, a sidebar,
 * and rows of "text" as thin bars in a few flat colours. No fonts are needed.
 */
final class Screenshots {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 720;

  private Screenshots() {}

  static byte[] png(Random random) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(new Color(0xF6F7F9));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(new Color(0x2B3440));
      g.fillRect(0, 0, WIDTH, 36);
      g.setColor(new Color(0xE4E7EC));
      g.fillRect(0, 36, 240, HEIGHT - 36);
      for (int y = 60; y < HEIGHT - 20; y += 22 + random.nextInt(10)) {
        g.setColor(new Color(random.nextInt(3) == 0 ? 0x1F6FEB : 0x3D4450));
        g.fillRect(280, y, 120 + random.nextInt(WIDTH - 420), 8);
        if (y < 500) {
          g.setColor(new Color(0x8A93A0));
          g.fillRect(20, y, 60 + random.nextInt(140), 6);
        }
      }
      g.setColor(new Color(random.nextInt(0xFFFFFF)));
      g.fillRect(280 + random.nextInt(600), 200 + random.nextInt(300), 160, 90);
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Obsidian's name for a pasted image: "Pasted image 20240315093012.png". */
  static String fileName(int number) {
    return String.format(
        java.util.Locale.ROOT,
        "Pasted image 2024%02d%02d%06d.png",
        1 + number % 12,
        1 + number % 28,
        number);
  }
}
