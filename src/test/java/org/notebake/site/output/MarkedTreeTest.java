package org.notebake.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkedTreeTest {
  @TempDir Path temp;

  @Test
  void unmarkedFolderIsRefusedAndKept() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("photos/2025"));
    Files.writeString(folder.resolve("cat.jpg"), "meow");

    assertThatThrownBy(() -> MarkedTree.delete(temp.resolve("photos")))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("notebake did not create this folder");
    assertThat(folder.resolve("cat.jpg")).hasContent("meow");
  }

  @Test
  void linkToAMarkedFolderIsRefused() throws IOException {
    Path real = Files.createDirectories(temp.resolve("real"));
    OutputMarker.write(real, Manifest.empty());
    Path link = Files.createSymbolicLink(temp.resolve("link"), real);

    assertThatThrownBy(() -> MarkedTree.delete(link)).isInstanceOf(OutputRefusedException.class);
    assertThat(real.resolve(OutputMarker.NAME)).exists();
  }

  @Test
  void markedTreeIsDeletedWithItsLinksButNotTheirTargets() throws IOException {
    Path outsideDir = Files.createDirectories(temp.resolve("outside"));
    Path outsideFile = Files.writeString(outsideDir.resolve("keep.txt"), "keep");
    Path tree = Files.createDirectories(temp.resolve("tree"));
    OutputMarker.write(tree, Manifest.empty());
    Files.createDirectories(tree.resolve("a/b/c"));
    Files.writeString(tree.resolve("a/b/c/page.html"), "<p>x</p>");
    Files.createSymbolicLink(tree.resolve("a/dir-link"), outsideDir);
    Files.createSymbolicLink(tree.resolve("a/b/file-link"), outsideFile);

    MarkedTree.delete(tree);

    assertThat(tree).doesNotExist();
    assertThat(outsideFile).hasContent("keep");
  }

  /**
   * A deletion stopped after any number of steps (a killed build) leaves the folder marked, or
   * empty once the marker went, so the next build's recovery finishes it: the marker is deleted
   * last, just before the folder, and an empty look-alike is removed.
   */
  @Test
  void aDeletionStoppedAtAnyStepLeavesTheFolderMarkedForRecovery() throws IOException {
    for (int stopAt = 1; ; stopAt++) {
      Path output = temp.resolve("site" + stopAt);
      Files.createDirectories(output);
      Path leftover = temp.resolve(".site" + stopAt + ".staging-k" + stopAt);
      Files.createDirectories(leftover.resolve("essays/2024"));
      OutputMarker.write(leftover, Manifest.empty());
      for (int i = 0; i < 12; i++) {
        Files.writeString(leftover.resolve("page-" + i + ".html"), "<p>" + i + "</p>");
        Files.writeString(leftover.resolve("essays/2024/e-" + i + ".html"), "<p>" + i + "</p>");
      }
      int[] steps = {0};
      int last = stopAt;
      try {
        MarkedTree.delete(
            leftover,
            () -> {
              if (++steps[0] == last) {
                throw new IllegalStateException("killed");
              }
            });
        assertThat(leftover).doesNotExist();
        assertThat(stopAt).as("every step was stopped at once").isGreaterThan(20);
        return;
      } catch (IllegalStateException killed) {
        assertThat(leftover).exists();
        try (var inside = Files.list(leftover)) {
          // Only between the marker's deletion and the folder's is it unmarked, and then empty.
          assertThat(OutputMarker.isPresent(leftover) || inside.findAny().isEmpty())
              .as("stopped at step " + stopAt)
              .isTrue();
        }
      }
      assertThat(LeftoverRecovery.recover(output)).isEmpty();
      assertThat(leftover).as("recovered after step " + stopAt).doesNotExist();
    }
  }
}
