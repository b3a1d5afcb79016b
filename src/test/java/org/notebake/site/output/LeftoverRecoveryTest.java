package org.notebake.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.notebake.site.output.StagedOutputTest.bake;
import static org.notebake.site.output.StagedOutputTest.siblingsOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.diagnostics.Diagnostic;

class LeftoverRecoveryTest {
  @TempDir Path temp;

  @Test
  void markedLeftoversOfKilledBuildsAreRemovedOnOpen() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html");
    markedFolder(".site.staging-k3j9", "half.html");
    markedFolder(".site.old-1764350000000-x1", "older.html");

    try (StagedOutput staged = StagedOutput.open(output)) {
      assertThat(staged.warnings()).isEmpty();
    }

    assertThat(siblingsOf(output)).containsExactly("site");
    assertThat(output.resolve("index.html")).exists();
  }

  @Test
  void unmarkedLookAlikesAreKeptAndReported() throws IOException {
    Path output = temp.resolve("site");
    Path mine = Files.createDirectories(temp.resolve(".site.staging-mine"));
    Files.writeString(mine.resolve("draft.md"), "my draft");

    try (StagedOutput staged = StagedOutput.open(output)) {
      assertThat(staged.warnings())
          .extracting(Diagnostic::format)
          .singleElement()
          .asString()
          .startsWith(mine.toRealPath() + ": warning: ")
          .contains("has no .notebake-output file, so it was kept");
    }

    assertThat(mine.resolve("draft.md")).hasContent("my draft");
  }

  /** What a build killed between deleting an old tree's marker and its folder leaves. */
  @Test
  void anEmptyLookAlikeIsRemovedSilently() throws IOException {
    Path output = temp.resolve("site");
    Path empty = Files.createDirectories(temp.resolve(".site.old-1764350000000-k3j9"));
    Path mine = Files.createDirectories(temp.resolve(".site.staging-mine"));
    Files.createDirectories(mine.resolve("empty-but-mine"));
    Files.createDirectories(output);

    assertThat(LeftoverRecovery.recover(output))
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .contains(".site.staging-mine");
    assertThat(empty).doesNotExist();
    assertThat(mine.resolve("empty-but-mine")).isDirectory();
  }

  @Test
  void markedFoldersOfAnotherOutputAreLeftAlone() throws IOException {
    // the staging folder of an output named "site.staging-a" starts like one of "site"
    Path other = markedFolder(".site.staging-a.staging-k3j9", "index.html");

    StagedOutput.open(temp.resolve("site")).close();

    assertThat(other.resolve("index.html")).exists();
  }

  @Test
  void swapInterruptedBetweenTheRenamesIsUndone() throws IOException {
    Path output = temp.resolve("site");
    markedFolder(".site.old-1764350000000-x1", "live.html");
    markedFolder(".site.staging-k3j9", "next.html");

    StagedOutput.open(output).close();

    assertThat(output.resolve("live.html")).exists();
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  @Test
  void interruptedSwapRestoresTheNewestOldSite() throws IOException {
    Path output = temp.resolve("site");
    markedFolder(".site.old-1764350000000-a", "older.html");
    markedFolder(".site.old-1764359999999-b", "newer.html");

    StagedOutput.open(output).close();

    assertThat(output.resolve("newer.html")).exists();
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  @Test
  void oldSiteLeftAfterACompletedSwapIsRemovedAndTheLiveSiteKept() throws IOException {
    Path output = bake(temp.resolve("site"), "new.html");
    markedFolder(".site.old-1764350000000-x1", "old.html");

    StagedOutput.open(output).close();

    assertThat(TreeSnapshot.of(output)).containsKey("new.html").doesNotContainKey("old.html");
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  private Path markedFolder(String name, String page) throws IOException {
    Path folder = Files.createDirectories(temp.resolve(name));
    OutputMarker.write(folder, Manifest.empty());
    Files.writeString(folder.resolve(page), "<p>" + page + "</p>");
    return folder;
  }
}
