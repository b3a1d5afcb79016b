package org.notebake.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPolicyTest {
  @TempDir Path temp;
  private Path vault;
  private Path content;

  @BeforeEach
  void createVault() throws IOException {
    vault = Files.createDirectories(temp.resolve("vault"));
    content = Files.createDirectories(vault.resolve("content"));
    Files.writeString(content.resolve("note.md"), "# A note\n");
  }

  @Test
  void newFolderNextToContentIsAccepted() throws IOException {
    OutputTarget target = OutputPolicy.check(vault, content, vault.resolve("site"), false);

    assertThat(target.path()).isEqualTo(vault.toRealPath().resolve("site"));
    assertThat(target.replaceForeign()).isFalse();
  }

  @Test
  void folderSharingOnlyANamePrefixWithContentIsNotInsideIt() throws IOException {
    Path output = vault.resolve("content-private");

    assertThat(OutputPolicy.check(vault, content, output, false).path())
        .isEqualTo(vault.toRealPath().resolve("content-private"));
  }

  @Test
  void outputEqualToSourceIsRefused() {
    assertThatThrownBy(() -> OutputPolicy.check(vault, content, vault, true))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("is the source folder")
        .hasMessageContaining("for example " + realVault().resolve("site"));
  }

  @Test
  void outputInsideContentIsRefusedEvenWithForce() {
    assertThatThrownBy(() -> OutputPolicy.check(vault, content, content.resolve("site"), true))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageStartingWith(realVault().resolve("content/site") + ": error: ")
        .hasMessageContaining("lies inside the content folder");
  }

  @Test
  void outputReachingContentThroughDotDotIsRefused() {
    Path sneaky = vault.resolve("missing/../content/site");

    assertThatThrownBy(() -> OutputPolicy.check(vault, content, sneaky, false))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("lies inside the content folder");
  }

  @Test
  void outputReachingContentThroughALinkedParentIsRefused() throws IOException {
    Path link = Files.createSymbolicLink(temp.resolve("shortcut"), content);

    assertThatThrownBy(() -> OutputPolicy.check(vault, content, link.resolve("site"), false))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("lies inside the content folder");
  }

  @Test
  void outputContainingTheSourceIsRefused() {
    assertThatThrownBy(() -> OutputPolicy.check(vault, content, temp, true))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("contains " + realVault());
  }

  @Test
  void outputContainingAContentFolderOutsideTheSourceIsRefused() throws IOException {
    Path notes = Files.createDirectories(temp.resolve("elsewhere/notes"));

    assertThatThrownBy(() -> OutputPolicy.check(vault, notes, temp.resolve("elsewhere"), true))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("contains " + notes.toRealPath());
  }

  @Test
  void filesystemRootIsRefusedEvenWithForce() {
    Path root = temp.getRoot();

    assertThatThrownBy(() -> OutputPolicy.check(vault, content, root, true))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("filesystem root");
  }

  @Test
  void homeFolderIsRefusedEvenWithForce() {
    Path home = Path.of(System.getProperty("user.home"));

    assertThatThrownBy(() -> OutputPolicy.check(vault, content, home, true))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageMatching("(?s).*(home folder|filesystem root).*");
  }

  @Test
  void symbolicLinkAsOutputIsRefusedEvenWithForce() throws IOException {
    Path real = Files.createDirectories(temp.resolve("real-site"));
    Path link = Files.createSymbolicLink(temp.resolve("site"), real);

    assertThatThrownBy(() -> OutputPolicy.check(vault, content, link, true))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("symbolic link");
  }

  @Test
  void existingFileAsOutputIsRefusedEvenWithForce() throws IOException {
    Path file = Files.writeString(temp.resolve("site"), "not a folder");

    assertThatThrownBy(() -> OutputPolicy.check(vault, content, file, true))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("is not a folder");
  }

  @Test
  void nonEmptyFolderNotebakeDidNotCreateIsRefusedWithoutForce() throws IOException {
    Path output = Files.createDirectories(temp.resolve("site"));
    Files.writeString(output.resolve("thesis.docx"), "years of work");

    assertThatThrownBy(() -> OutputPolicy.check(vault, content, output, false))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("notebake did not create it")
        .hasMessageContaining("--force");
  }

  @Test
  void nonEmptyForeignFolderIsAcceptedWithForceAndLeftUntouchedByTheCheck() throws IOException {
    Path output = Files.createDirectories(temp.resolve("site"));
    Files.writeString(output.resolve("thesis.docx"), "years of work");

    OutputTarget target = OutputPolicy.check(vault, content, output, true);

    assertThat(target.replaceForeign()).isTrue();
    assertThat(output.resolve(OutputMarker.NAME)).doesNotExist();
  }

  @Test
  void emptyOrMarkedFoldersAreAcceptedWithoutForce() throws IOException {
    Path empty = Files.createDirectories(temp.resolve("empty"));
    Path marked = Files.createDirectories(temp.resolve("marked"));
    OutputMarker.write(marked, Manifest.empty());
    Files.writeString(marked.resolve("index.html"), "<p>old</p>");

    assertThat(OutputPolicy.check(vault, content, empty, false).path()).isNotNull();
    assertThat(OutputPolicy.check(vault, content, marked, false).path()).isNotNull();
  }

  @Test
  void refusalBecomesACompilerStyleDiagnostic() {
    OutputRefusedException refusal =
        new OutputRefusedException(Path.of("/srv/site"), "it is bad", "do better");

    assertThat(refusal.toDiagnostic().format()).isEqualTo("/srv/site: error: it is bad; do better");
  }

  private Path realVault() {
    try {
      return vault.toRealPath();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
