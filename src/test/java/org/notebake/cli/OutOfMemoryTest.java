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
