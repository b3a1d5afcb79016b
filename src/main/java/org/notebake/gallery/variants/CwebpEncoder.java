package org.notebake.gallery.variants;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * WebP through libwebp's {@code cwebp}: pixels go in on standard input as a PPM (PAM with alpha),
 * the WebP comes back on standard output. The input carries no metadata, and {@code -metadata none}
 * keeps cwebp from adding any.
 */
final class CwebpEncoder implements WebpEncoder {
  /** Quality 80 at method 4: libwebp's photo defaults, a little above vips's Q=75. */
  static final int QUALITY = 80;

  private static final long TIMEOUT_SECONDS = 120;

  private final Path executable;
  private final String version;

  private CwebpEncoder(Path executable, String version) {
    this.executable = executable;
    this.version = version;
  }

  /** The encoder at {@code executable}, if it runs and prints its version. */
  static Optional<WebpEncoder> of(Path executable) {
    try {
      Process process =
          new ProcessBuilder(executable.toString(), "-version").redirectErrorStream(true).start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
        process.destroyForcibly();
        return Optional.empty();
      }
      return Optional.of(new CwebpEncoder(executable, out.strip()));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  @Override
  public String id() {
    return "cwebp " + version + " -q " + QUALITY + " -m 4";
  }

  @Override
  public byte[] encode(BufferedImage image) throws IOException {
    boolean alpha = image.getColorModel().hasAlpha();
    byte[] input = alpha ? pam(image) : ppm(image);
    Process process =
        new ProcessBuilder(
                List.of(
                    executable.toString(),
                    "-quiet",
                    "-q",
                    String.valueOf(QUALITY),
                    "-m",
                    "4",
                    "-metadata",
                    "none",
                    "-o",
                    "-",
                    "--",
                    "-"))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    // cwebp reads all its input before it writes a byte, so one thread can feed and then read.
    try (OutputStream in = process.getOutputStream()) {
      in.write(input);
    } catch (IOException e) {
      process.destroyForcibly();
      throw new IOException("cwebp stopped reading the image: " + e.getMessage(), e);
    }
    byte[] webp;
    try (InputStream out = process.getInputStream()) {
      webp = out.readAllBytes();
    }
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("cwebp took longer than " + TIMEOUT_SECONDS + " s");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while cwebp encoded", e);
    }
    if (process.exitValue() != 0 || webp.length < 12) {
      throw new IOException("cwebp failed with exit code " + process.exitValue());
    }
    return webp;
  }

  private static byte[] ppm(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] header = ("P6\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream(header.length + w * h * 3);
    out.writeBytes(header);
    int[] pixels = pixels(image);
    byte[] row = new byte[w * 3];
    for (int y = 0; y < h; y++) {
      for (int x = 0, i = y * w; x < w; x++, i++) {
        int p = pixels[i];
        row[3 * x] = (byte) (p >> 16);
        row[3 * x + 1] = (byte) (p >> 8);
        row[3 * x + 2] = (byte) p;
      }
      out.write(row, 0, row.length);
    }
    return out.toByteArray();
  }

  private static byte[] pam(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] header =
        ("P7\nWIDTH " + w + "\nHEIGHT " + h + "\nDEPTH 4\nMAXVAL 255\nTUPLTYPE RGB_ALPHA\nENDHDR\n")
            .getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream(header.length + w * h * 4);
    out.writeBytes(header);
    int[] pixels = pixels(image);
    byte[] row = new byte[w * 4];
    for (int y = 0; y < h; y++) {
      for (int x = 0, i = y * w; x < w; x++, i++) {
        int p = pixels[i];
        row[4 * x] = (byte) (p >> 16);
        row[4 * x + 1] = (byte) (p >> 8);
        row[4 * x + 2] = (byte) p;
        row[4 * x + 3] = (byte) (p >>> 24);
      }
      out.write(row, 0, row.length);
    }
    return out.toByteArray();
  }

  private static int[] pixels(BufferedImage image) {
    if (image.getRaster().getDataBuffer() instanceof DataBufferInt ints
        && (image.getType() == BufferedImage.TYPE_INT_RGB
            || image.getType() == BufferedImage.TYPE_INT_ARGB)) {
      return ints.getData();
    }
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }
}
