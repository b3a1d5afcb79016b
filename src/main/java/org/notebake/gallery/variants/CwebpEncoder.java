package org.notebake.gallery.variants;

import java.awt.image.BufferedImage;
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
      write(image, alpha, in);
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

  /**
   * Writes the image to cwebp as a PPM (a PAM with {@code alpha}), a row at a time: a whole copy of
   * a 41-megapixel scan's pixels is 120 MB more of the heap, twice over in a byte stream.
   */
  private static void write(BufferedImage image, boolean alpha, OutputStream to)
      throws IOException {
    int w = image.getWidth();
    int h = image.getHeight();
    String header =
        alpha
            ? "P7\nWIDTH "
                + w
                + "\nHEIGHT "
                + h
                + "\nDEPTH 4\nMAXVAL 255\nTUPLTYPE RGB_ALPHA\nENDHDR\n"
            : "P6\n" + w + " " + h + "\n255\n";
    OutputStream out = new java.io.BufferedOutputStream(to, 1 << 16);
    out.write(header.getBytes(StandardCharsets.US_ASCII));
    int depth = alpha ? 4 : 3;
    int[] pixels = new int[w];
    byte[] row = new byte[w * depth];
    PixelRows rows = PixelRows.of(image);
    for (int y = 0; y < h; y++) {
      rows.read(y, pixels);
      for (int x = 0, at = 0; x < w; x++, at += depth) {
        int p = pixels[x];
        row[at] = (byte) (p >> 16);
        row[at + 1] = (byte) (p >> 8);
        row[at + 2] = (byte) p;
        if (alpha) {
          row[at + 3] = (byte) (p >>> 24);
        }
      }
      out.write(row);
    }
    out.flush();
  }
}
