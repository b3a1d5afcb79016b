package org.notebake.site.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.notebake.site.output.StagedOutputTest.bake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12, item 6: a folder whose content does not match its marker is not notebake's. */
class ForgedMarkerTest {
  private static final String HASH = "0000000000000000";

  @TempDir Path temp;

  @Test
  void anEmptyMarkerCopiedIntoAFolderIsNotTrusted() throws IOException {
    Path folder = foreignFolderWithMarker("");

    assertRefused(folder, "its .notebake-output file is empty");
  }

  @Test
  void theMarkerOfAnEarlierVersionGetsItsOwnMessage() throws IOException {
    Path folder =
        foreignFolderWithMarker(
            "This folder was created by notebake and is replaced as a whole on every build.\n"
                + "Do not keep your own files in it.\n");

    assertRefused(folder, "comes from an earlier notebake that did not list the files it wrote");
    assertThatThrownBy(() -> StagedOutput.open(folder))
        .hasMessageEndingWith(
            "if nothing in it is yours, bake once with --force (every file in it is replaced);"
                + " from then on the marker lists notebake's files and bakes keep the ones you add");
  }

  /**
   * A marker read again is parsed again unless its bytes are the ones parsed last: a list changed
   * in place at once, same size (and so, most likely, the same modification time), reads changed.
   */
  @Test
  void aMarkerChangedInPlaceIsReadChanged() throws Exception {
    Path output = bake(temp.resolve("site"), "index.html", "about.html");
    assertThat(OutputMarker.read(output).files()).containsKeys("index.html", "about.html");
    Path marker = output.resolve(OutputMarker.NAME);
    String text = Files.readString(marker);

    Files.writeString(marker, text.replace("about.html", "abouT.html"));

    assertThat(OutputMarker.read(output).files())
        .containsKeys("index.html", "abouT.html")
        .doesNotContainKey("about.html");
    Files.writeString(marker, text);
    assertThat(OutputMarker.read(output).files()).containsKeys("index.html", "about.html");
  }

  @Test
  void aMarkerCopiedFromAnotherSiteDoesNotMatchTheFolder() throws IOException {
    Path real = bake(temp.resolve("real"), "index.html", "notes/a.html");
    Path folder = Files.createDirectories(temp.resolve("site"));
    Files.copy(real.resolve(OutputMarker.NAME), folder.resolve(OutputMarker.NAME));
    Files.writeString(folder.resolve("thesis.docx"), "years of work");

    assertRefusedWhenOpened(folder, "index.html, which notebake wrote, is missing");
  }

  @Test
  void aFileNotebakeWroteThatTheUserEditedIsNotReplaced() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html", "about.html");
    Files.writeString(output.resolve("about.html"), "<p>edited by hand</p>");

    assertRefusedWhenOpened(output, "about.html, which notebake wrote, was changed since");
    assertThatThrownBy(() -> StagedOutput.open(output))
        .hasMessageContaining("; put about.html back as notebake wrote it (to keep a changed page");
    assertThat(output.resolve("about.html")).hasContent("<p>edited by hand</p>");
  }

  @Test
  void aSameSizeEditIsFoundByTheChecksum() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html");
    Files.writeString(output.resolve("index.html"), "<p>INDEX.html</p>");

    assertRefusedWhenOpened(output, "index.html, which notebake wrote, was changed since");
  }

  @Test
  void aListedFileSwappedForALinkIsMissing() throws IOException {
    Path outside = Files.writeString(temp.resolve("secret.txt"), "<p>index.html</p>");
    Path output = bake(temp.resolve("site"), "index.html");
    Files.delete(output.resolve("index.html"));
    Files.createSymbolicLink(output.resolve("index.html"), outside);

    assertRefusedWhenOpened(output, "index.html, which notebake wrote, is missing or is no longer");
    assertThat(outside).hasContent("<p>index.html</p>");
  }

  @Test
  void aListedFileReachedThroughALinkedFolderIsMissing() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html", "notes/a.html");
    Path moved = Files.move(output.resolve("notes"), temp.resolve("notes-elsewhere"));
    Files.createSymbolicLink(output.resolve("notes"), moved);

    assertRefusedWhenOpened(output, "notes/a.html, which notebake wrote, is missing");
    assertThat(moved.resolve("a.html")).exists();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../../etc/passwd",
        "../site-sibling.txt",
        "/etc/passwd",
        "a/../../x",
        "a//b",
        "./a",
        "a\\..\\..\\x",
        ".notebake-output",
        "%2E%2E/x",
        "a%00b"
      })
  void aMarkerListingAPathOutsideTheSiteIsNotTrusted(String path) throws IOException {
    Path sibling = Files.writeString(temp.resolve("site-sibling.txt"), "keep");
    Path folder = foreignFolderWithMarker(Manifest.MAGIC + "\n" + HASH + " 4 " + path + "\n");

    assertRefused(folder, "so notebake did not write it");
    assertThat(sibling).hasContent("keep");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "nonsense\n",
        "notebake-output 2\n" + "zz 4 a.html\n",
        "notebake-output 2\n" + HASH + " -4 a.html\n",
        "notebake-output 2\n" + HASH + " 4 a.html\n" + HASH + " 4 a.html\n",
        "notebake-output 2\n" + HASH + " 4 a\n" + HASH + " 4 a/b.html\n",
        "notebake-output 2\n" + HASH + " 4 a.html",
        "notebake-output 2\r\n" + HASH + " 4 a.html\r\n",
        "notebake-output 2\n" + HASH + " 4 a%4.html\n",
        "notebake-output 2\n\n"
      })
  void aDamagedMarkerIsNotTrusted(String text) throws IOException {
    Path folder = foreignFolderWithMarker(text);

    assertRefused(folder, "its .notebake-output file");
  }

  @Test
  void aMarkerThatIsAFolderOrALinkIsNoMarker() throws IOException {
    Path a = Files.createDirectories(temp.resolve("a"));
    Files.createDirectories(a.resolve(OutputMarker.NAME));
    Path real = bake(temp.resolve("real"), "index.html");
    Path b = Files.createDirectories(temp.resolve("b"));
    Files.writeString(b.resolve("index.html"), "<p>index.html</p>");
    Files.createSymbolicLink(b.resolve(OutputMarker.NAME), real.resolve(OutputMarker.NAME));

    assertRefused(a, "is missing");
    assertRefused(b, "is missing");
  }

  @Test
  void aHugeMarkerIsRefusedUnread() throws IOException {
    Path folder = foreignFolderWithMarker(Manifest.MAGIC + "\n");
    try (OutputStream out =
        Files.newOutputStream(
            folder.resolve(OutputMarker.NAME), java.nio.file.StandardOpenOption.APPEND)) {
      byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(UTF_8);
      for (long written = 0; written <= Manifest.MAX_BYTES; written += line.length) {
        out.write(line);
      }
    }

    assertRefused(folder, "is larger than 64 MiB");
  }

  @Test
  void aLongForgedListFailsFastOnItsFirstMissingFile() throws IOException {
    StringBuilder text = new StringBuilder(Manifest.MAGIC).append('\n');
    for (int i = 0; i < 50_000; i++) {
      text.append(HASH).append(" 4 notes/").append(i).append(".html\n");
    }
    Path folder = foreignFolderWithMarker(text.toString());

    long start = System.nanoTime();
    assertRefusedWhenOpened(folder, "which notebake wrote, is missing");
    assertThat((System.nanoTime() - start) / 1_000_000).as("ms").isLessThan(10_000);
  }

  @Test
  void aValidEmptyListMakesEveryFileTheUsersSoNothingIsDeleted() throws IOException {
    Path folder = foreignFolderWithMarker(Manifest.MAGIC + "\n");
    Map<String, String> before = TreeSnapshot.of(folder);

    try (StagedOutput staged = StagedOutput.open(folder)) {
      staged.writeString("index.html", "<p>new</p>");
      staged.commit();
    }

    assertThat(TreeSnapshot.of(folder))
        .containsAllEntriesOf(Map.of("thesis.docx", before.get("thesis.docx"), "photos/", "dir"))
        .containsKey("index.html");
  }

  /** A folder with the user's files and the given marker text. */
  private Path foreignFolderWithMarker(String marker) throws IOException {
    Path folder = Files.createDirectories(temp.resolve("site"));
    Files.writeString(folder.resolve("thesis.docx"), "years of work");
    Files.createDirectories(folder.resolve("photos"));
    Files.writeString(folder.resolve("photos/cat.jpg"), "meow");
    Files.writeString(folder.resolve(OutputMarker.NAME), marker);
    return folder;
  }

  /**
   * The output check reads the marker alone, so a folder whose marker is valid passes it; opening
   * the staging folder, next, walks the folder and reads every checksum under the lock and refuses
   * before anything is written.
   */
  private void assertRefusedWhenOpened(Path folder, String reason) throws IOException {
    Map<String, String> before = TreeSnapshot.of(folder);
    Path vault = Files.createDirectories(temp.resolve("vault/content")).getParent();

    OutputTarget target = OutputPolicy.check(vault, vault.resolve("content"), folder, false);
    assertThatThrownBy(() -> StagedOutput.open(target))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining(reason)
        .hasMessageContaining("--force");
    assertThat(TreeSnapshot.of(folder)).isEqualTo(before);
  }

  private void assertRefused(Path folder, String reason) throws IOException {
    Map<String, String> before = TreeSnapshot.of(folder);
    Path vault = Files.createDirectories(temp.resolve("vault/content")).getParent();

    assertThatThrownBy(() -> OutputPolicy.check(vault, vault.resolve("content"), folder, false))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining(reason)
        .hasMessageContaining("--force");
    assertThatThrownBy(() -> StagedOutput.open(folder))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining(reason);
    assertThat(TreeSnapshot.of(folder)).isEqualTo(before);
  }
}
