package org.notebake.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryExchangeTest {
  @TempDir Path temp;

  @Test
  void onLinuxTheNativeCallIsThere() {
    assumeThat(System.getProperty("os.name").toLowerCase(Locale.ROOT)).startsWith("linux");

    assertThat(DirectoryExchange.available()).as("JNA and renameat2 load").isTrue();
  }

  @Test
  void twoFoldersTradePlacesInOneStep() throws IOException {
    assumeThat(DirectoryExchange.available()).isTrue();
    Path a = Files.createDirectories(temp.resolve("a"));
    Path b = Files.createDirectories(temp.resolve("b ü"));
    Files.writeString(a.resolve("from-a.txt"), "a");
    Files.writeString(b.resolve("from-b.txt"), "b");

    assertThat(DirectoryExchange.exchange(a, b)).isTrue();

    assertThat(a.resolve("from-b.txt")).hasContent("b");
    assertThat(b.resolve("from-a.txt")).hasContent("a");
    assertThat(a.resolve("from-a.txt")).doesNotExist();
  }

  @Test
  void aMissingFolderIsAnErrorAndNothingMoves() throws IOException {
    assumeThat(DirectoryExchange.available()).isTrue();
    Path a = Files.createDirectories(temp.resolve("a"));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> DirectoryExchange.exchange(a, temp.resolve("missing")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("No such file or directory");
    assertThat(a).isDirectory();
  }

  @Test
  void theFallbackCanBeAskedFor() throws IOException {
    Path a = Files.createDirectories(temp.resolve("a"));
    Path b = Files.createDirectories(temp.resolve("b"));
    System.setProperty("notebake.swap", "rename");
    try {
      assertThat(DirectoryExchange.exchange(a, b)).isFalse();
    } finally {
      System.clearProperty("notebake.swap");
    }
  }
}
