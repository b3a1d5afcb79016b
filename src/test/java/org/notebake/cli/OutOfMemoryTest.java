package org.notebake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.bench.VaultGenerator;

/** A vault too big for the heap ends with advice, not a stack trace, and loses nothing. */
class OutOfMemoryTest {
  @TempDir Path dir;

  @Test
  @Timeout(120)
  void aVaultTooBigForTheHeapSaysHowToGiveJavaMoreAndKeepsTheOldSite() throws Exception {
    Path small = dir.resolve("small");
    Files.createDirectories(small.resolve("content/essays"));
    Files.writeString(small.resolve("jbake.properties"), "publish.folders=essays\n");
    Files.writeString(small.resolve("content/essays/hello.md"), "---\ntitle: Hello\n---\nHello.\n");
    Path output = dir.resolve("site");
    assertThat(Main.run("bake", "--source", small.toString(), "--output", output.toString()))
        .isZero();
    Map<String, String> before = snapshot(output);

    Path big = dir.resolve("big");
    new VaultGenerator(42, 1000).write(big);
    Path err = dir.resolve("err.txt");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx16m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "bake",
                "--source",
                big.toString(),
                "--output",
                output.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(err.toFile())
            .start();
    assertThat(child.waitFor(100, TimeUnit.SECONDS)).isTrue();

    String message = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(child.exitValue()).as(message).isEqualTo(Main.BUILD_ERRORS);
    assertThat(message)
        .contains("notebake: error: out of memory")
        .contains("previous site is untouched")
        .contains("NOTEBAKE_JAVA_OPTS=-Xmx1g")
        .doesNotContain("\tat ");
    assertThat(snapshot(output)).isEqualTo(before);
    try (Stream<Path> siblings = Files.list(dir)) {
      // The first bake's cache of rendered notes (.site.notebake-cache) is meant to stay.
      assertThat(
              siblings
                  .map(p -> p.getFileName().toString())
                  .filter(name -> !name.endsWith(".notebake-cache")))
          .containsExactlyInAnyOrder("small", "big", "site", "err.txt");
    }
  }

  /**
   * A long scanned page (1200 x 12000) bakes in a heap of 176 MiB, which before took 256: its
   * variant at its own width is encoded from the decoded pixels, and cwebp is fed a row at a time.
   * In a heap too small even so, the message says to give Java more memory, not that the file is
   * broken.
   */
  @Test
  @Timeout(120)
  void aTallPhotoBakesInASmallHeapAndOneTooLargeForTheHeapSaysSo() throws Exception {
    Path vault = dir.resolve("scans");
    Files.createDirectories(vault);
    Files.writeString(vault.resolve("note.md"), "---\npublish: true\n---\n![[tall.jpg|a scan]]\n");
    Files.write(vault.resolve("tall.jpg"), tallScan(1200, 12000));

    Path err = dir.resolve("err.txt");
    Process fits = bake(vault, dir.resolve("site"), "-Xmx176m", err);
    assertThat(fits.waitFor(100, TimeUnit.SECONDS)).isTrue();
    String message = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(fits.exitValue()).as(message).isZero();
    assertThat(dir.resolve("site/tall-1200w.jpg")).exists();

    Process tooSmall = bake(vault, dir.resolve("small-site"), "-Xmx96m", err);
    assertThat(tooSmall.waitFor(100, TimeUnit.SECONDS)).isTrue();
    message = Files.readString(err, StandardCharsets.UTF_8);
    assertThat(tooSmall.exitValue()).as(message).isEqualTo(Main.BUILD_ERRORS);
    assertThat(message)
        .contains("tall.jpg: error:", "too large for Java's", "NOTEBAKE_JAVA_OPTS=-Xmx")
        .doesNotContain("export it again", "check the file", "\tat ");
  }

  private static Process bake(Path vault, Path output, String heap, Path err) throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            heap,
            "-XX:+UseParallelGC",
            "-XX:TieredStopAtLevel=1",
            "-Djava.awt.headless=true",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "bake",
            "--source",
            vault.toString(),
            "--output",
            output.toString())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile())
        .start();
  }

  /** A JPEG of busy pixels (a few MB), drawn here rather than kept in the repository. */
  private static byte[] tallScan(int w, int h) throws IOException {
    java.awt.image.BufferedImage image =
        new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_3BYTE_BGR);
    byte[] pixels = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
    for (int y = 0, i = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = ((x * 7) ^ (y * 13)) & 0xffffff;
        pixels[i++] = (byte) rgb;
        pixels[i++] = (byte) (rgb >> 8);
        pixels[i++] = (byte) (rgb >> 16);
      }
    }
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    javax.imageio.ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  @Test
  void theAdviceIsFourTimesTheHeapAndAtLeastOneGibibyte() {
    assertThat(BuildRun.outOfMemory(400L << 20)).contains("400 MiB heap").contains("-Xmx1g");
    assertThat(BuildRun.outOfMemory(1L << 30)).contains("-Xmx4g");
    assertThat(BuildRun.outOfMemory(3L << 30)).contains("-Xmx8g");
  }

  @Test
  void anErrorCausedByRunningOutOfMemoryCountsAsRunningOutOfMemory() {
    assertThat(BuildRun.ranOutOfMemory(new OutOfMemoryError("Java heap space"))).isTrue();
    assertThat(BuildRun.ranOutOfMemory(new ExceptionInInitializerError(new OutOfMemoryError())))
        .isTrue();
    assertThat(BuildRun.ranOutOfMemory(new StackOverflowError())).isFalse();
  }

  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
