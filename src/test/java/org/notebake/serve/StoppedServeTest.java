package org.notebake.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.cli.Main;

/** {@code notebake serve} stopped by a signal, run in a child JVM as a user runs it. */
class StoppedServeTest {
  @TempDir Path dir;

  /** java.io.tmpdir naming a file (or a missing folder): one line saying so, exit 2, no trace. */
  @Test
  @Timeout(120)
  void aTemporaryFolderThatCannotBeUsedIsOneErrorNotAStackTrace() throws Exception {
    Path vault = Files.createDirectories(dir.resolve("vault"));
    Path notAFolder = Files.writeString(dir.resolve("tmp"), "a file");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + notAFolder,
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--source",
                vault.toString(),
                "--port",
                "0")
            .redirectErrorStream(true)
            .start();
    String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(child.waitFor(60, TimeUnit.SECONDS), "serve did not stop");

    assertEquals(2, child.exitValue(), said);
    assertEquals(
        "notebake: error: cannot create the preview's folder in "
            + notAFolder
            + ": not a directory; name a folder you can write with"
            + " NOTEBAKE_JAVA_OPTS=-Djava.io.tmpdir=DIR\n",
        said);
  }

  /**
   * Ctrl-C (or a plain kill) while the first build is running, which takes a minute on a large
   * vault: the temporary folder, which already holds drafts' pages and share cards, goes too. It
   * stayed in the system's temporary folder until 2026-12-06, because the command asked for its
   * cleanup only once the first build was done.
   */
  @Test
  @Timeout(120)
  void stoppedDuringTheFirstBuildLeavesNoTemporaryFolderWithDrafts() throws Exception {
    Path vault = dir.resolve("vault");
    Files.createDirectories(vault.resolve("daily"));
    Files.writeString(
        vault.resolve("jbake.properties"),
        "site.title=Avery Quinn\nsite.author=Avery Quinn\nsite.host=https://example.org/\n");
    for (int i = 0; i < 600; i++) {
      Files.writeString(
          vault.resolve("daily/day-" + i + ".md"),
          "---\ntitle: Day "
              + i
              + "\npublish: "
              + (i % 2 == 0)
              + "\n---\nAvery Quinn wrote about the lanterns, part "
              + i
              + ".\n");
    }
    Path temporary = Files.createDirectories(dir.resolve("tmp"));
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + temporary,
                "-Djava.awt.headless=true",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--source",
                vault.toString(),
                "--port",
                "0",
                "--drafts")
            .redirectErrorStream(true)
            .start();
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    Thread reader = new Thread(() -> copy(child.getInputStream(), said));
    reader.start();
    try {
      // Stop it once the first build has written into the preview folder, and before it serves.
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (filesIn(temporary) <= 1 && System.nanoTime() < end) {
        Thread.sleep(10);
      }
      assertTrue(filesIn(temporary) > 1, "the first build wrote nothing: " + said);
      String before = said.toString(StandardCharsets.UTF_8);
      assertFalse(before.contains("serving"), "the first build is over: " + before);
      child.destroy(); // SIGTERM, what Ctrl-C does to the JVM's shutdown
      assertTrue(child.waitFor(60, TimeUnit.SECONDS), "serve did not stop");
    } finally {
      child.destroyForcibly();
    }
    reader.join(10_000);
    String output = said.toString(StandardCharsets.UTF_8);
    assertEquals(List.of(), previews(temporary), output);
  }

  /** The preview folders serve made in {@code temporary}. */
  private static List<Path> previews(Path temporary) throws IOException {
    try (Stream<Path> list = Files.list(temporary)) {
      return list.filter(p -> p.getFileName().toString().startsWith("notebake-serve-")).toList();
    }
  }

  /**
   * Files in the preview folders in {@code temporary}, each one's marker included. The build goes
   * on while they are counted: a half-written card ({@code .part}) may go between being listed and
   * being looked at, which is no failure of serve's.
   */
  private static long filesIn(Path temporary) throws IOException {
    long[] files = {0};
    for (Path preview : previews(temporary)) {
      Files.walkFileTree(
          preview,
          new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(
                Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
              files[0] += attributes.isRegularFile() ? 1 : 0;
              return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
              return java.nio.file.FileVisitResult.CONTINUE; // gone while it was being counted
            }
          });
    }
    return files[0];
  }

  private static void copy(InputStream in, ByteArrayOutputStream out) {
    try (in) {
      in.transferTo(out);
    } catch (IOException e) {
      // the child stopped
    }
  }
}
