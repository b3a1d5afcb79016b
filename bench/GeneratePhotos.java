import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.File;
import java.util.Random;
import java.util.stream.IntStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes COUNT camera-sized JPEGs of made-up scenes (sky gradient, hills, sun, sensor noise), so
 * they compress like photos: java bench/GeneratePhotos.java DIR COUNT WIDTH HEIGHT
 */
public class GeneratePhotos {
  public static void main(String[] args) throws Exception {
    File dir = new File(args[0]);
    int count = Integer.parseInt(args[1]);
    int w = Integer.parseInt(args[2]);
    int h = Integer.parseInt(args[3]);
    dir.mkdirs();
    IntStream.range(0, count).parallel().forEach(i -> {
      try {
        write(scene(w, h, i), new File(dir, String.format("photo-%03d.jpg", i)));
      } catch (Exception e) {
        throw new RuntimeException(e);
      }
    });
  }

  static BufferedImage scene(int w, int h, int seed) {
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    Random random = new Random(seed);
    double phase = random.nextDouble() * 6.28;
    int sunX = random.nextInt(w);
    int sunY = random.nextInt(h / 3);
    int hue = random.nextInt(60);
    for (int y = 0; y < h; y++) {
      double horizon = h * (0.55 + 0.1 * Math.sin(phase + y * 0.0));
      for (int x = 0; x < w; x++) {
        double hill = h * (0.6 + 0.08 * Math.sin(phase + x * 6.0 / w) + 0.03 * Math.sin(x * 41.0 / w));
        int r, g, b;
        if (y < hill) {
          double t = (double) y / hill;
          r = (int) (90 + 100 * t) + hue;
          g = (int) (140 + 70 * t);
          b = (int) (230 - 30 * t);
          double d = Math.hypot(x - sunX, y - sunY);
          if (d < h / 12.0) {
            r = 255;
            g = 240;
            b = 180;
          }
        } else {
          double t = (y - hill) / (h - hill + 1);
          r = (int) (60 + 40 * t + 20 * Math.sin(x * 0.05) * Math.sin(y * 0.07));
          g = (int) (120 - 50 * t + 25 * Math.sin(x * 0.013 + y * 0.021));
          b = (int) (40 + 10 * t);
        }
        int n = (int) (random.nextGaussian() * 6);
        px[y * w + x] = (clamp(r + n) << 16) | (clamp(g + n) << 8) | clamp(b + n);
      }
    }
    return image;
  }

  static int clamp(int v) {
    return Math.max(0, Math.min(255, v));
  }

  static void write(BufferedImage image, File file) throws Exception {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.9f);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
