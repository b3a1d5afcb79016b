package org.notebake.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.notebake.site.output.StagedOutputTest.siblingsOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site of ours updated in place ({@link InPlaceUpdate}) ends as exactly the new site with the
 * user's files, or (killed at any step, then recovered) exactly the previous one. Random pairs of
 * sites: pages edited, added and removed, a file becoming a folder and back, names beyond ASCII,
 * deep folders, the user's files next to ours and inside our folders.
 */
class InPlaceUpdateTest {
  private static final String[] NAMES = {
    "index.html",
    "a.html",
    "notes/b.html",
    "notes/deep/c.html",
    "notes/deep/er/d.html",
    "x",
    "x/y.html",
    "café/ü.html",
    "tags/observability.html",
    "feed.xml",
  };

  @TempDir Path temp;

  /** An error no code under test catches: the build stops where it is, as a kill stops it. */
  private static final class Killed extends Error {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void killedAtEveryStepTheNextBuildFindsThePreviousSiteAndUnkilledTheNewOne() throws IOException {
    Random random = new Random(20_261_207L);
    int cases = 0;
    int kills = 0;
    for (int round = 0; round < 25; round++) {
      Map<String, String> before = randomSite(random, round);
      Map<String, String> after = randomSite(random, round + 100);
      if (before.equals(after)) {
        continue;
      }
      cases++;
      Path reference = temp.resolve("reference-" + round + "/site");
      build(reference, before);
      addUserFiles(reference);
      Map<String, String> previous = TreeSnapshot.of(reference);
      AtomicInteger steps = new AtomicInteger();
      try (StagedOutput staged = StagedOutput.open(reference)) {
        staged.beforeEachChange(steps::incrementAndGet);
        after.forEach(staged::writeString);
        staged.commit();
      }
      Map<String, String> next = TreeSnapshot.of(reference);
      assertThat(withoutUsers(next)).as("round %d: the new site", round).isEqualTo(expected(after));
      assertThat(users(next)).isEqualTo(users(previous));
      assertThat(siblingsOf(reference)).containsExactly("site");

      for (int kill = 0; kill < steps.get(); kill++) {
        Path output = temp.resolve("round-" + round + "-kill-" + kill + "/site");
        build(output, before);
        addUserFiles(output);
        assertThat(TreeSnapshot.of(output)).isEqualTo(previous);
        StagedOutput staged = StagedOutput.open(output);
        int at = kill;
        AtomicInteger step = new AtomicInteger();
        staged.beforeEachChange(
            () -> {
              if (step.getAndIncrement() == at) {
                throw new Killed();
              }
            });
        after.forEach(staged::writeString);
        assertThatThrownBy(staged::commit).isInstanceOf(Killed.class);
        staged.die();
        kills++;

        List<org.notebake.diagnostics.Diagnostic> told = StagedOutput.recover(output);
        assertThat(TreeSnapshot.of(output))
            .as("round %d, killed before change %d of %d", round, kill, steps.get())
            .isEqualTo(previous);
        assertThat(siblingsOf(output)).as("%s", told).containsExactly("site");
      }
    }
    assertThat(cases).isGreaterThan(15);
    assertThat(kills).isGreaterThan(100);
  }

  /** An update that fails half-way (a file appears where it adds one) is undone at once. */
  @Test
  void anUpdateThatFailsHalfWayIsUndoneBeforeTheErrorIsTold() throws IOException {
    Path output = temp.resolve("site");
    build(output, Map.of("a.html", "a", "notes/b.html", "b", "gone.html", "gone"));
    addUserFiles(output);
    Map<String, String> previous = TreeSnapshot.of(output);
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("a.html", "a, edited");
      staged.writeString("notes/b.html", "b");
      staged.writeString("notes/new.html", "new");
      staged.writeString("z.html", "z");
      staged.beforeEachChange(
          () -> {
            Path late = output.resolve("z.html");
            if (Files.exists(output.resolve("notes/new.html")) && !Files.exists(late)) {
              try {
                Files.writeString(late, "the user's, made while notebake was adding files");
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            }
          });
      assertThatThrownBy(staged::commit).hasMessageContaining("z.html");
    }
    assertThat(output.resolve("z.html"))
        .hasContent("the user's, made while notebake was adding files");
    Map<String, String> now = TreeSnapshot.of(output);
    now.remove("z.html");
    assertThat(now).isEqualTo(previous);
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  /**
   * A link of the user's inside a folder of theirs, where the new site puts a folder of pages: the
   * update never writes through it, stops, and puts everything back.
   */
  @Test
  void aLinkedFolderOfTheUsersIsNeverWrittenThrough() throws IOException {
    Path output = temp.resolve("site");
    build(output, Map.of("index.html", "index", "gone.html", "gone"));
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Files.createDirectories(output.resolve("extra"));
    Files.createSymbolicLink(output.resolve("extra/sub"), elsewhere);
    Map<String, String> previous = TreeSnapshot.of(output);
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("index.html", "index, edited");
      staged.writeString("extra/sub/page.html", "a page");
      assertThatThrownBy(staged::commit)
          .isInstanceOf(OutputRefusedException.class)
          .hasMessageContaining("extra/sub");
    }
    assertThat(TreeSnapshot.of(output)).isEqualTo(previous);
    try (var inside = Files.list(elsewhere)) {
      assertThat(inside).isEmpty();
    }
    assertThat(siblingsOf(output)).containsExactlyInAnyOrder("site", "elsewhere");
  }

  /** A build that changes nothing changes nothing: no file is renamed, the marker stays. */
  @Test
  void aBuildOfTheSameSiteTouchesNothing() throws IOException {
    Path output = temp.resolve("site");
    Map<String, String> site = Map.of("a.html", "a", "notes/b.html", "b");
    build(output, site);
    Object marker = key(output.resolve(OutputMarker.NAME));
    Object page = key(output.resolve("notes/b.html"));
    AtomicInteger steps = new AtomicInteger();
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.beforeEachChange(steps::incrementAndGet);
      site.forEach(staged::writeString);
      staged.commit();
    }
    assertThat(steps.get()).isZero();
    assertThat(key(output.resolve(OutputMarker.NAME))).isEqualTo(marker);
    assertThat(key(output.resolve("notes/b.html"))).isEqualTo(page);
  }

  /**
   * A journal left by an update that a later build followed (its folder could not be deleted in
   * between) is never followed: undoing it would put pages of two builds ago over the site.
   */
  @Test
  void aJournalOfAnEarlierUpdateIsNotFollowedOnceALaterBuildIsIn() throws IOException {
    Path output = temp.resolve("site");
    build(output, Map.of("a.html", "a", "b.html", "b"));
    StagedOutput killed = StagedOutput.open(output);
    AtomicInteger step = new AtomicInteger();
    killed.beforeEachChange(
        () -> {
          if (step.getAndIncrement() == 3) {
            throw new Killed();
          }
        });
    killed.writeString("a.html", "a, second");
    killed.writeString("c.html", "c");
    assertThatThrownBy(killed::commit).isInstanceOf(Killed.class);
    killed.die();
    Path leftover = killed.root();
    Path kept = temp.resolve("kept-leftover");
    copyTree(leftover, kept);
    StagedOutput.recover(output);
    build(output, Map.of("a.html", "a, third", "c.html", "c"));
    Map<String, String> third = TreeSnapshot.of(output);
    copyTree(kept, leftover);

    StagedOutput.recover(output);

    assertThat(TreeSnapshot.of(output)).isEqualTo(third);
    assertThat(siblingsOf(output)).containsExactlyInAnyOrder("site", "kept-leftover");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path path : walk.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  /** A journal that does not parse is never followed: the folder stays for the user to read. */
  @Test
  void aDamagedJournalIsNotFollowedAndItsFolderIsKept() throws IOException {
    Path output = temp.resolve("site");
    build(output, Map.of("a.html", "a"));
    Path leftover = output.resolveSibling(LeftoverRecovery.stagingName(output, "k1"));
    Files.createDirectories(leftover);
    OutputMarker.write(leftover, Manifest.empty());
    Files.write(leftover.resolve(InPlaceUpdate.JOURNAL), new byte[] {0, 3, 'b', 'a', 'd'});
    Map<String, String> previous = TreeSnapshot.of(output);

    List<org.notebake.diagnostics.Diagnostic> warnings = StagedOutput.recover(output);

    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0).message()).contains("putting the previous site back failed");
    assertThat(leftover).isDirectory();
    assertThat(TreeSnapshot.of(output)).isEqualTo(previous);
  }

  /**
   * A journal written to reach outside the site (a forged leftover naming {@code ../victim.txt} as
   * a file the update added, with its true checksum) is refused whole: nothing outside is deleted,
   * nothing inside is undone.
   */
  @Test
  void aJournalNamingAPathOutsideTheSiteIsNotFollowed() throws IOException {
    Path output = temp.resolve("site");
    build(output, Map.of("a.html", "a"));
    Path victim = Files.writeString(temp.resolve("victim.txt"), "not notebake's");
    Path leftover = output.resolveSibling(LeftoverRecovery.stagingName(output, "k2"));
    Files.createDirectories(leftover);
    OutputMarker.write(leftover, Manifest.empty());
    byte[] marker = Files.readAllBytes(output.resolve(OutputMarker.NAME));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
    out.writeUTF("notebake in-place update 1");
    out.writeUTF(Manifest.checksum(marker)); // the output's marker now: "not in yet"
    out.writeUTF("0000000000000000");
    out.writeInt(1);
    out.writeUTF("../victim.txt");
    out.writeUTF(Files.size(victim) + ":" + Manifest.checksum(victim));
    for (int lists = 0; lists < 4; lists++) {
      out.writeInt(0); // replaced, removed, names, folders
    }
    out.flush();
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes.toByteArray());
    out.writeInt((int) crc.getValue());
    Files.write(leftover.resolve(InPlaceUpdate.JOURNAL), bytes.toByteArray());
    Map<String, String> previous = TreeSnapshot.of(output);

    List<org.notebake.diagnostics.Diagnostic> warnings = StagedOutput.recover(output);

    assertThat(victim).hasContent("not notebake's");
    assertThat(warnings).singleElement().asString().contains("putting the previous site back");
    assertThat(leftover).isDirectory();
    assertThat(TreeSnapshot.of(output)).isEqualTo(previous);
  }

  /**
   * A page of ours whose name the disk holds decomposed (as macOS writes {@code café.html}) is
   * replaced and removed under the name it has: one file, never two spellings of it.
   */
  @Test
  void aPageWhoseNameTheDiskHoldsDecomposedIsUpdatedUnderThatName() throws IOException {
    Path output = temp.resolve("site");
    String composed = "caf\u00e9.html";
    String decomposed = "cafe\u0301.html";
    build(output, Map.of(composed, "v1", "b.html", "b"));
    Files.move(output.resolve(composed), output.resolve(decomposed));
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString(composed, "v2");
      staged.writeString("b.html", "b");
      staged.commit();
    }
    try (var names = Files.list(output)) {
      assertThat(names.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("caf")))
          .containsExactly(decomposed);
    }
    assertThat(output.resolve(decomposed)).hasContent("v2");
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("b.html", "b");
      staged.commit();
    }
    try (var names = Files.list(output)) {
      assertThat(names.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("b.html", OutputMarker.NAME);
    }
  }

  /** Site paths notebake keeps for itself while it updates are refused. */
  @Test
  void theUpdatesOwnNamesAreNoSitePaths() throws IOException {
    try (StagedOutput staged = StagedOutput.open(temp.resolve("site"))) {
      for (String name :
          List.of(
              InPlaceUpdate.JOURNAL, InPlaceUpdate.BACKUP + "/a.html", ".notebake-output.next")) {
        assertThatThrownBy(() -> staged.writeString(name, "x"))
            .isInstanceOf(OutputRefusedException.class)
            .hasMessageContaining("keeps for itself");
      }
    }
  }

  private static Map<String, String> randomSite(Random random, int round) {
    Map<String, String> site = new TreeMap<>();
    for (String name : NAMES) {
      if (random.nextInt(3) > 0) {
        site.put(name, random.nextInt(3) == 0 ? name + " " + round : name);
      }
    }
    if (site.containsKey("x") && site.containsKey("x/y.html")) {
      site.remove(random.nextBoolean() ? "x" : "x/y.html");
    }
    site.putIfAbsent("index.html", "index.html");
    return site;
  }

  /** A CNAME, a git folder, an empty folder, and a note of theirs inside our notes/ if any. */
  private static void addUserFiles(Path output) throws IOException {
    Files.writeString(output.resolve("CNAME"), "notes.example.org\n");
    Files.createDirectories(output.resolve(".git/refs"));
    Files.writeString(output.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Files.createDirectories(output.resolve("empty"));
    if (Files.isDirectory(output.resolve("notes"), LinkOption.NOFOLLOW_LINKS)) {
      Files.writeString(output.resolve("notes/mine.txt"), "a draft of the user's");
    }
  }

  private static Map<String, String> expected(Map<String, String> site) {
    Map<String, String> expected = new TreeMap<>();
    site.forEach(
        (path, text) ->
            expected.put(
                path,
                java.util.Base64.getEncoder()
                    .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    return expected;
  }

  private static final List<String> USERS = List.of("CNAME", ".git", "empty", "notes/mine.txt");

  private static boolean isUsers(String path) {
    for (String user : USERS) {
      if (path.equals(user) || path.startsWith(user + "/")) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> withoutUsers(Map<String, String> tree) {
    Map<String, String> ours = new TreeMap<>();
    tree.forEach(
        (path, bytes) -> {
          if (!path.endsWith("/") && !path.equals(OutputMarker.NAME) && !isUsers(path)) {
            ours.put(path, bytes);
          }
        });
    return ours;
  }

  private static Map<String, String> users(Map<String, String> tree) {
    Map<String, String> theirs = new TreeMap<>();
    tree.forEach(
        (path, bytes) -> {
          if (isUsers(path) || isUsers(path.replaceAll("/$", ""))) {
            theirs.put(path, bytes);
          }
        });
    return theirs;
  }

  private static void build(Path output, Map<String, String> site) {
    try (StagedOutput staged = StagedOutput.open(output)) {
      new ArrayList<>(site.keySet()).forEach(path -> staged.writeString(path, site.get(path)));
      staged.commit();
    }
  }

  private static Object key(Path file) throws IOException {
    return Files.readAttributes(
            file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .fileKey();
  }
}
