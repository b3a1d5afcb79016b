package org.notebake.site.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.notebake.site.output.StagedOutputTest.siblingsOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build stages the live site's unchanged files as hard links instead of writing them again; these
 * tests hold that to every promise of docs/output.md.
 */
class UnchangedFilesTest {
  @TempDir Path temp;

  @Test
  void anUnchangedFileIsLinkedAndAChangedOneWritten() throws IOException {
    Path output = build(temp.resolve("site"), Map.of("same.html", "same", "edited.html", "v1"));
    Object same = key(output.resolve("same.html"));
    Object edited = key(output.resolve("edited.html"));

    build(output, Map.of("same.html", "same", "edited.html", "v2"));

    assertThat(key(output.resolve("same.html"))).isEqualTo(same);
    assertThat(key(output.resolve("edited.html"))).isNotEqualTo(edited);
    assertThat(output.resolve("edited.html")).hasContent("v2");
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  @Test
  void aPageTheNewBuildDoesNotWriteIsGone() throws IOException {
    Path output = build(temp.resolve("site"), Map.of("a.html", "a", "notes/b.html", "b"));

    build(output, Map.of("a.html", "a"));

    assertThat(TreeSnapshot.of(output).keySet()).containsExactly(OutputMarker.NAME, "a.html");
  }

  @Test
  void writingAKeptPathAgainNeverTouchesTheLiveFileBeforeTheCommit() throws IOException {
    Path output = build(temp.resolve("site"), Map.of("a.html", "live bytes"));
    Map<String, String> live = TreeSnapshot.of(output);
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("a.html", "live bytes"); // kept where it is
      assertThat(staged.root().resolve("a.html")).doesNotExist();
      staged.writeString("a.html", "the second write");
      staged.copy(Files.writeString(temp.resolve("third"), "copied"), "a.html");

      assertThat(output.resolve("a.html")).hasContent("live bytes");
      assertThat(staged.root().resolve("a.html")).hasContent("copied");
      assertThat(TreeSnapshot.of(output)).isEqualTo(live);
    }
    assertThat(TreeSnapshot.of(output)).isEqualTo(live);
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("a.html", "live bytes");
      staged.writeString("a.html", "the last write wins");
      staged.commit();
    }
    assertThat(output.resolve("a.html")).hasContent("the last write wins");
    assertThat(siblingsOf(output)).containsExactlyInAnyOrder("site", "third");
  }

  @Test
  void aCopyOfUnchangedBytesIsLinkedToo() throws IOException {
    Path photo = Files.write(temp.resolve("photo.jpg"), new byte[] {1, 2, 3, 4});
    Path output = temp.resolve("site");
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.copy(photo, "img/photo.jpg");
      staged.commit();
    }
    Object first = key(output.resolve("img/photo.jpg"));
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.copy(photo, "img/photo.jpg");
      staged.commit();
    }
    assertThat(key(output.resolve("img/photo.jpg"))).isEqualTo(first);
    assertThat(Files.readAllBytes(output.resolve("img/photo.jpg"))).containsExactly(1, 2, 3, 4);
  }

  @Test
  void aLiveFileChangedDuringTheBuildIsNeitherKeptNorReplaced() throws IOException {
    Path output = build(temp.resolve("site"), Map.of("a.html", "notebake's"));
    FileTime time = Files.getLastModifiedTime(output.resolve("a.html"));
    try (StagedOutput staged = StagedOutput.open(output)) {
      Files.writeString(output.resolve("a.html"), "hand-made!"); // same size, new bytes
      Files.setLastModifiedTime(output.resolve("a.html"), FileTime.fromMillis(time.toMillis() + 5));
      staged.writeString("a.html", "notebake's");

      assertThatThrownBy(staged::commit)
          .isInstanceOf(OutputRefusedException.class)
          .hasMessageContaining("a.html, which notebake wrote, was changed since");
    }
    assertThat(output.resolve("a.html")).hasContent("hand-made!");
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  @Test
  void aFolderSwappedForALinkDuringTheBuildIsNotLinkedThrough() throws IOException {
    Path output = build(temp.resolve("site"), Map.of("notes/a.html", "page"));
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Path outside = Files.writeString(elsewhere.resolve("a.html"), "page");
    try (StagedOutput staged = StagedOutput.open(output)) {
      Path notes = output.resolve("notes");
      Files.move(notes, temp.resolve("moved-notes"));
      Files.createSymbolicLink(notes, elsewhere);
      staged.writeString("notes/a.html", "page");
      staged.writeString("notes/b.html", "a new page");

      assertThatThrownBy(staged::commit).isInstanceOf(OutputRefusedException.class);
    }
    assertThat(outside).hasContent("page");
    assertThat(Files.getAttribute(outside, "unix:nlink")).isEqualTo(1);
    assertThat(elsewhere.resolve("b.html")).doesNotExist();
  }

  @Test
  void aLiveFileReplacedByALinkMakesTheOutputNotOurs() throws IOException {
    Path output = build(temp.resolve("site"), Map.of("a.html", "page"));
    Path outside = Files.writeString(temp.resolve("outside.html"), "page");
    Files.delete(output.resolve("a.html"));
    Files.createSymbolicLink(output.resolve("a.html"), outside);

    assertThatThrownBy(() -> build(output, Map.of("a.html", "page")))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("is missing or is no longer a regular file");
    assertThat(Files.getAttribute(outside, "unix:nlink")).isEqualTo(1);
    assertThat(Files.isSymbolicLink(output.resolve("a.html"))).isTrue();
  }

  @Test
  void aUsersFileIsCarriedAndNeverTakenForAPage() throws IOException {
    Path output = build(temp.resolve("site"), Map.of("a.html", "page"));
    Files.writeString(output.resolve("CNAME"), "example.org");
    Files.createDirectories(output.resolve("notes"));
    Files.writeString(output.resolve("notes/draft.txt"), "mine");

    build(output, Map.of("a.html", "page", "notes/b.html", "b"));

    assertThat(output.resolve("CNAME")).hasContent("example.org");
    assertThat(output.resolve("notes/draft.txt")).hasContent("mine");
    assertThat(new String(Files.readAllBytes(output.resolve(OutputMarker.NAME)), UTF_8))
        .doesNotContain("CNAME")
        .doesNotContain("draft.txt");
    assertThatThrownBy(() -> build(output, Map.of("CNAME", "example.org")))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("notebake never overwrites your files");
    assertThat(output.resolve("CNAME")).hasContent("example.org");
  }

  @Test
  void aFileMayBecomeAFolderOfTheSameNameAndBack() throws IOException {
    Path output = build(temp.resolve("site"), Map.of("notes", "a file", "x.html", "x"));

    build(output, Map.of("notes/a.html", "a", "x.html", "x"));
    assertThat(output.resolve("notes")).isDirectory();
    assertThat(output.resolve("notes/a.html")).hasContent("a");

    build(output, Map.of("notes", "a file", "x.html", "x"));
    assertThat(output.resolve("notes")).isRegularFile().hasContent("a file");
    assertThat(TreeSnapshot.of(output).keySet())
        .containsExactly(OutputMarker.NAME, "notes", "x.html");
  }

  @Test
  void aReadOnlyLiveFileIsReplacedWhenItsBytesChange() throws IOException {
    Path output = build(temp.resolve("site"), Map.of("a.html", "v1", "b.html", "same"));
    Files.setPosixFilePermissions(
        output.resolve("a.html"), PosixFilePermissions.fromString("r--r--r--"));
    Files.setPosixFilePermissions(
        output.resolve("b.html"), PosixFilePermissions.fromString("r--r--r--"));

    build(output, Map.of("a.html", "v2", "b.html", "same"));

    assertThat(output.resolve("a.html")).hasContent("v2");
    assertThat(output.resolve("b.html")).hasContent("same");
  }

  @Test
  void aServeMemoryStillNoticesAFileEditedBetweenBuilds() throws IOException {
    Path output = temp.resolve("site");
    OutputMemory memory = new OutputMemory();
    build(output, Map.of("a.html", "notebake's"), memory);
    Files.writeString(output.resolve("a.html"), "hand-made!"); // same size

    assertThatThrownBy(() -> build(output, Map.of("a.html", "notebake's"), memory))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("was changed since");
    assertThat(output.resolve("a.html")).hasContent("hand-made!");
  }

  @Test
  void aSavedMemorySparesTheNextProcessTheReadAndACorruptOneIsIgnored() throws IOException {
    Path output = temp.resolve("site");
    Path file = temp.resolve("stamps.bin");
    OutputMemory memory = new OutputMemory();
    build(output, Map.of("a.html", "page", "b.html", "other"), memory);
    assertThat(memory.save(file)).isTrue();

    OutputMemory loaded = OutputMemory.load(file);
    assertThat(loaded.filesOf(output)).isEqualTo(memory.filesOf(output)).hasSize(2);
    assertThat(loaded.filesOf(temp.resolve("elsewhere"))).isEmpty();
    // Read on a thread of its own (a bake), it answers alike; a use before the reading ends waits.
    assertThat(OutputMemory.loadInBackground(file).filesOf(output))
        .isEqualTo(loaded.filesOf(output));
    OutputMemory reading = OutputMemory.loadInBackground(file);
    reading.remember(output, Map.of()); // this build's own files win over the read ones
    assertThat(reading.filesOf(output)).isEmpty();
    assertThat(OutputMemory.loadInBackground(temp.resolve("missing.bin")).filesOf(output))
        .isEmpty();

    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    assertThat(OutputMemory.load(file).filesOf(output)).isEmpty();
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 3));
    assertThat(OutputMemory.load(file).filesOf(output)).isEmpty();
    assertThat(OutputMemory.load(temp.resolve("missing.bin")).filesOf(output)).isEmpty();
  }

  @Test
  void aSavedMemoryStillNoticesAFileEditedBetweenProcesses() throws IOException {
    Path output = temp.resolve("site");
    Path file = temp.resolve("stamps.bin");
    OutputMemory memory = new OutputMemory();
    build(output, Map.of("a.html", "notebake's"), memory);
    memory.save(file);
    Files.writeString(output.resolve("a.html"), "hand-made!");

    assertThatThrownBy(() -> build(output, Map.of("a.html", "notebake's"), OutputMemory.load(file)))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("was changed since");
  }

  /**
   * Seeded random builds (pages kept, edited, added, deleted, a file turned into a folder), each
   * through the live site's links and a serve memory: after every commit the output holds exactly
   * that build's files, and its marker lists exactly them.
   */
  @Test
  void randomBuildsLeaveExactlyEachBuildsFiles() throws IOException {
    Random random = new Random(20261203);
    Path output = temp.resolve("site");
    OutputMemory memory = new OutputMemory();
    Map<String, String> files = new TreeMap<>();
    String[] names = {"a.html", "b.html", "notes/c.html", "notes/d/e.html", "x", "x/y.html"};
    for (int round = 0; round < 40; round++) {
      Map<String, String> next = new TreeMap<>(files);
      for (String name : names) {
        int move = random.nextInt(4);
        if (move == 0) {
          next.remove(name);
        } else if (move == 1) {
          next.put(name, "round " + round + " " + name);
        } else if (move == 2 && !next.containsKey(name)) {
          next.put(name, name);
        }
      }
      if (next.containsKey("x") && next.containsKey("x/y.html")) {
        next.remove(random.nextBoolean() ? "x" : "x/y.html");
      }
      build(output, next, random.nextBoolean() ? memory : new OutputMemory());
      files = next;

      Map<String, String> expected = new TreeMap<>();
      Map<String, String> tree = TreeSnapshot.of(output);
      tree.keySet().removeIf(k -> k.endsWith("/") || k.equals(OutputMarker.NAME));
      files.forEach(
          (k, v) ->
              expected.put(k, java.util.Base64.getEncoder().encodeToString(v.getBytes(UTF_8))));
      assertThat(tree).as("round %d", round).isEqualTo(expected);
      assertThat(LiveSite.inspect(output).state()).isEqualTo(LiveSite.State.OURS);
      assertThat(siblingsOf(output)).containsExactly("site");
    }
  }

  /**
   * A copied source (a share card, an attachment) is remembered by its stamp, so the next build
   * links the live copy without reading the source; an edit that changes the stamp is copied anew,
   * even at the same size.
   */
  @Test
  void aRememberedSourceIsLinkedAndAnEditedOneCopiedAnew() throws IOException {
    Path output = temp.resolve("site");
    Path card = settledCard();
    OutputMemory memory = new OutputMemory();
    copy(output, card, memory);
    Object first = key(output.resolve("card.png"));

    copy(output, card, memory);
    assertThat(key(output.resolve("card.png"))).isEqualTo(first);

    Files.writeString(card, "other card"); // same size, a new time
    Files.setLastModifiedTime(card, FileTime.fromMillis(1_700_000_001_000L));
    copy(output, card, memory);
    assertThat(output.resolve("card.png")).hasContent("other card");
  }

  /**
   * A source changed moments before it was read is not remembered: a second change within the same
   * tick of the file system's clock (same size, same time) must still be copied.
   */
  @Test
  void aSourceChangedJustBeforeTheBuildIsNotRemembered() throws IOException {
    Path output = temp.resolve("site");
    Path card = Files.writeString(temp.resolve("card.png"), "first card");
    FileTime now = Files.getLastModifiedTime(card);
    OutputMemory memory = new OutputMemory();
    copy(output, card, memory);
    copy(output, card, memory); // the live copy is compared with the source from here on

    Files.writeString(card, "racy edit!");
    Files.setLastModifiedTime(card, now); // the same tick
    copy(output, card, memory);
    assertThat(output.resolve("card.png")).hasContent("racy edit!");
  }

  /** keep() links the live file only when size and checksum are those it was verified with. */
  @Test
  void keepLinksOnlyTheVerifiedBytes() throws IOException {
    Path output = build(temp.resolve("site"), Map.of("a.html", "live bytes"));
    Object live = key(output.resolve("a.html"));
    String checksum = Manifest.checksum("live bytes".getBytes(UTF_8));
    try (StagedOutput staged = StagedOutput.open(output)) {
      assertThat(staged.keep("a.html", 10, checksum)).isTrue();
      assertThat(staged.keep("a.html", 11, checksum)).isFalse();
      assertThat(staged.keep("a.html", 10, Manifest.checksum("live bytez".getBytes(UTF_8))))
          .isFalse();
      assertThat(staged.keep("missing.html", 10, checksum)).isFalse();
      staged.commit();
    }
    assertThat(key(output.resolve("a.html"))).isEqualTo(live);
    assertThat(TreeSnapshot.of(output).keySet()).containsExactly(OutputMarker.NAME, "a.html");
  }

  /** A source card written long ago, so its stamp is trusted. */
  private Path settledCard() throws IOException {
    Path card = Files.writeString(temp.resolve("card.png"), "first card");
    Files.setLastModifiedTime(card, FileTime.fromMillis(1_700_000_000_000L));
    return card;
  }

  /** The sources' stamps survive the process: a second bake does not read every card again. */
  @Test
  void aSavedMemoryKeepsTheSourcesStamps() throws IOException {
    Path output = temp.resolve("site");
    Path card = settledCard();
    OutputMemory memory = new OutputMemory();
    copy(output, card, memory);
    copy(output, card, memory);
    Path file = temp.resolve("stamps.bin");
    assertThat(memory.save(file)).isTrue();

    java.nio.file.attribute.BasicFileAttributes attributes =
        Files.readAttributes(
            card, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    assertThat(OutputMemory.load(file).sourceChecksum(card, attributes))
        .isEqualTo(Manifest.checksum(card));
    Files.setLastModifiedTime(card, FileTime.fromMillis(1_700_000_005_000L));
    assertThat(
            OutputMemory.load(file)
                .sourceChecksum(
                    card,
                    Files.readAttributes(
                        card,
                        java.nio.file.attribute.BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS)))
        .isNull();
  }

  private static void copy(Path output, Path source, OutputMemory memory) {
    try (StagedOutput staged = StagedOutput.open(new OutputTarget(output, false), memory)) {
      staged.copy(source, "card.png");
      staged.commit();
    }
  }

  private static Path build(Path output, Map<String, String> pages) {
    return build(output, pages, new OutputMemory());
  }

  private static Path build(Path output, Map<String, String> pages, OutputMemory memory) {
    try (StagedOutput staged = StagedOutput.open(new OutputTarget(output, false), memory)) {
      new LinkedHashMap<>(pages).forEach(staged::writeString);
      staged.commit();
      return staged.output();
    }
  }

  private static Object key(Path file) throws IOException {
    return Files.readAttributes(
            file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .fileKey();
  }
}
