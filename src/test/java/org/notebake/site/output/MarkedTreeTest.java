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
}
