package org.notebake.site.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.notebake.site.output.StagedOutputTest.bake;
import static org.notebake.site.output.StagedOutputTest.siblingsOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12, item 5: files a user added to a baked site survive the next bake. */
class UserFilesTest {
  @TempDir Path temp;

  @Test
  void aGitHubPagesCheckoutSurvivesTheNextBake() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html", "notes/a.html");
    Files.createDirectories(output.resolve(".git/objects/ab"));
    Files.createDirectories(output.resolve(".git/refs/tags")); // empty, as git leaves it
    Files.writeString(output.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    Path object = Files.writeString(output.resolve(".git/objects/ab/cdef"), "blob");
    Files.setPosixFilePermissions(object, PosixFilePermissions.fromString("r--r--r--"));
    Files.writeString(output.resolve("CNAME"), "notes.example.org\n");
    Files.writeString(output.resolve(".nojekyll"), "");
    Files.writeString(output.resolve("notes/mine.txt"), "in a folder notebake writes");
    Files.createDirectories(output.resolve("drafts"));

    bake(output, "index.html", "notes/b.html");

    Map<String, String> after = TreeSnapshot.of(output);
    assertThat(after)
        .containsKeys(
            ".git/",
            ".git/HEAD",
            ".git/objects/ab/cdef",
            ".git/refs/tags/",
            "CNAME",
            ".nojekyll",
            "notes/mine.txt",
            "notes/b.html",
            "drafts/")
        .doesNotContainKey("notes/a.html");
    assertThat(output.resolve("CNAME")).hasContent("notes.example.org");
    assertThat(output.resolve(".git/objects/ab/cdef")).hasContent("blob");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(object)))
        .isEqualTo("r--r--r--");
    assertThat(marker(output))
        .contains(" index.html\n", " notes/b.html\n")
        .doesNotContain("CNAME", ".git", "mine.txt", "drafts");
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  @Test
  void userFilesAreKeptAcrossManyBakes() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html");
    Files.writeString(output.resolve("CNAME"), "notes.example.org\n");

    for (int i = 0; i < 3; i++) {
      bake(output, "index.html", "p" + i + ".html");
    }

    assertThat(output.resolve("CNAME")).hasContent("notes.example.org");
    assertThat(output.resolve("p2.html")).exists();
    assertThat(output.resolve("p1.html")).doesNotExist();
  }

  @Test
  void aUserFileWhereTheNewSiteWritesIsNeverOverwritten() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html");
    Files.writeString(output.resolve("about.html"), "my own about page");

    assertRefusedUntouched(
        output,
        Map.of("index.html", "<p>new</p>", "about.html", "<p>generated</p>"),
        "files notebake did not write at paths the new site writes too",
        "(about.html)",
        "never overwrites your files");
  }

  @Test
  void aUserFileWhereTheNewSiteNeedsAFolderIsRefused() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html");
    Files.writeString(output.resolve("notes"), "a file called notes");

    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("notes/a.html", "<p>a</p>");

      assertThatThrownBy(staged::commit).hasMessageContaining("(notes)");
    }

    assertThat(output.resolve("notes")).hasContent("a file called notes");
  }

  @Test
  void aUserFolderWhereTheNewSiteWritesAFileIsRefusedNamingIt() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html");
    Files.createDirectories(output.resolve("feed.xml"));
    Files.writeString(output.resolve("feed.xml/keep.txt"), "mine");

    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("feed.xml", "<feed/>");

      assertThatThrownBy(staged::commit).hasMessageContaining("(feed.xml)");
    }

    assertThat(output.resolve("feed.xml/keep.txt")).hasContent("mine");
  }

  @Test
  void aUserFolderTheNewSiteAlsoWritesIntoIsMerged() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html");
    Files.createDirectories(output.resolve("extra"));
    Files.writeString(output.resolve("extra/mine.txt"), "mine");

    bake(output, "index.html", "extra/page.html");
    bake(output, "index.html");

    assertThat(output.resolve("extra/mine.txt")).hasContent("mine");
    assertThat(output.resolve("extra/page.html")).doesNotExist();
  }

  @Test
  void aUserFileNamedLikeTheMarkerIsJustAUserFile() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html", "notes/a.html");
    Files.writeString(output.resolve("notes/" + OutputMarker.NAME), "mine, not a marker");

    bake(output, "index.html", "notes/a.html");

    assertThat(output.resolve("notes/" + OutputMarker.NAME)).hasContent("mine, not a marker");
    assertThat(marker(output)).doesNotContain("notes/" + OutputMarker.NAME);
  }

  @Test
  void unicodeAndOddNamesRoundTripThroughTheMarker() throws IOException {
    String[] pages = {
      "ünïcödé/页面.html",
      "café.html",
      "cafe\u0301-decomposed.html",
      "100% done.html",
      "tab\there.html",
      "line\nbreak.html",
      " leading space.html",
      "emoji-🦊.html"
    };
    Path output = bake(temp.resolve("site"), pages);
    Files.writeString(output.resolve("naïve ☕.txt"), "mine");

    bake(output, pages);

    assertThat(TreeSnapshot.of(output)).containsKeys(pages).containsKey("naïve ☕.txt");
    assertThat(marker(output)).contains(" 100%25 done.html\n", " line%0Abreak.html\n");
  }

  @Test
  void aUsersLinkToAFolderOutsideIsCarriedAsALinkNeverFollowed() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    Files.writeString(outside.resolve("private.txt"), "private");
    Path output = bake(temp.resolve("site"), "index.html", "notes/a.html");
    Files.createSymbolicLink(output.resolve("notes/elsewhere"), outside);
    Files.createSymbolicLink(output.resolve("dangling"), temp.resolve("nowhere"));

    bake(output, "index.html", "notes/a.html");

    assertThat(Files.readSymbolicLink(output.resolve("notes/elsewhere"))).isEqualTo(outside);
    assertThat(Files.readSymbolicLink(output.resolve("dangling")))
        .isEqualTo(temp.resolve("nowhere"));
    assertThat(TreeSnapshot.of(outside)).containsOnlyKeys("private.txt");
    assertThat(marker(output)).doesNotContain("private.txt", "elsewhere");
  }

  @Test
  void aReadOnlyUserFolderIsCarriedAndTheOldTreeStillDeleted() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html");
    Path locked = Files.createDirectories(output.resolve("archive"));
    Files.writeString(locked.resolve("2019.txt"), "old");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      try (StagedOutput staged = StagedOutput.open(output)) {
        staged.writeString("index.html", "<p>new</p>");
        staged.commit();
        assertThat(staged.warnings()).isEmpty();
      }

      assertThat(output.resolve("archive/2019.txt")).hasContent("old");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(locked)))
          .isEqualTo("r-xr-xr-x");
      assertThat(siblingsOf(output)).containsExactly("site");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aReadOnlyOutputFolderIsReplacedAndTheOldSiteStillDeleted() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html");
    Files.setPosixFilePermissions(output, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      try (StagedOutput staged = StagedOutput.open(output)) {
        staged.writeString("index.html", "<p>new</p>");
        staged.commit();
        assertThat(staged.warnings()).isEmpty();
      }
      assertThat(siblingsOf(output)).containsExactly("site"); // the old site went with the swap

      bake(output, "index.html"); // the next bake is not stopped by what the last one left

      assertThat(output.resolve("index.html")).hasContent("<p>index.html</p>");
      assertThat(siblingsOf(output)).containsExactly("site");
    } finally {
      try (var left = Files.list(temp)) { // a failure may have left the old site read-only
        for (Path folder : left.toList()) {
          Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
    }
  }

  @Test
  void aSpecialFileOfTheUsersIsLeftWhereItIs() throws Exception {
    Path output = bake(temp.resolve("site"), "index.html");
    Path fifo = output.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo works here");

    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("index.html", "<p>new</p>");
      staged.commit();
    }

    assertThat(output.resolve("index.html")).hasContent("<p>new</p>");
    assertThat(Files.readAttributes(fifo, "unix:mode", LinkOption.NOFOLLOW_LINKS)).isNotEmpty();
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(marker(output)).doesNotContain("pipe");
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  @Test
  void forceStillReplacesAForeignFolderAsAWhole() throws IOException {
    Path vault = Files.createDirectories(temp.resolve("vault/content")).getParent();
    Path output = Files.createDirectories(temp.resolve("site"));
    Files.writeString(output.resolve(OutputMarker.NAME), ""); // a forged, empty marker
    Files.writeString(output.resolve("thesis.docx"), "years of work");

    assertThatThrownBy(() -> OutputPolicy.check(vault, vault.resolve("content"), output, false))
        .isInstanceOf(OutputRefusedException.class);
    OutputTarget target = OutputPolicy.check(vault, vault.resolve("content"), output, true);
    try (StagedOutput staged = StagedOutput.open(target)) {
      staged.writeString("index.html", "<p>new</p>");
      staged.commit();
    }

    assertThat(TreeSnapshot.of(output).keySet()).containsExactly(OutputMarker.NAME, "index.html");
  }

  /**
   * notebake's folder {@code notes/} becomes a page {@code notes}: the user's file in it stops it.
   */
  @Test
  void aUserFileInAFolderWhereTheNewSiteWritesAFileIsRefusedNamingIt() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html", "notes/a.html");
    Files.writeString(output.resolve("notes/mine.txt"), "a draft of mine");
    assertRefusedUntouched(
        output,
        Map.of("index.html", "<p>index.html</p>", "notes", "a page where the folder was"),
        "notes/mine.txt",
        "never overwrites your files");
  }

  /**
   * A build that writes {@code pages} into {@code output} (a folder named {@code site}) is refused
   * with a message holding each of {@code said}; the folder is as it was and nothing is left beside
   * it.
   */
  private static void assertRefusedUntouched(Path output, Map<String, String> pages, String... said)
      throws IOException {
    Map<String, String> before = TreeSnapshot.of(output);
    try (StagedOutput staged = StagedOutput.open(output)) {
      for (Map.Entry<String, String> page : new java.util.TreeMap<>(pages).entrySet()) {
        staged.writeString(page.getKey(), page.getValue());
      }
      var refused = assertThatThrownBy(staged::commit).isInstanceOf(OutputRefusedException.class);
      for (String part : said) {
        refused.hasMessageContaining(part);
      }
    }
    assertThat(TreeSnapshot.of(output)).isEqualTo(before);
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  @Test
  void filesAddedDuringTheBuildStayWhereTheyAre() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html", "gone.html", "projects/gone.html");
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("index.html", "<p>new</p>");
      staged.writeString("projects/new.html", "<p>new project</p>");
      Files.writeString(output.resolve("projects/late.txt"), "late, in a folder notebake wrote");
      Files.createDirectories(output.resolve(".git/objects"));
      Files.writeString(output.resolve(".git/objects/late"), "written by git during the build");
      Files.writeString(output.resolve("LATE"), "late");
      staged.commit();
    }

    assertThat(output.resolve(".git/objects/late")).hasContent("written by git during the build");
    assertThat(output.resolve("LATE")).hasContent("late");
    assertThat(output.resolve("gone.html")).doesNotExist();
    assertThat(output.resolve("projects/gone.html")).doesNotExist();
    assertThat(output.resolve("projects/late.txt")).hasContent("late, in a folder notebake wrote");
    assertThat(output.resolve("projects/new.html")).hasContent("<p>new project</p>");
    assertThat(output.resolve("index.html")).hasContent("<p>new</p>");
    assertThat(marker(output)).doesNotContain("late", "LATE");
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  /**
   * A file put during the build where the new site adds one is never overwritten: the update stops
   * there and puts everything back, the user's file as they wrote it.
   */
  @Test
  void aFileAddedDuringTheBuildWhereTheNewSiteAddsOneIsNeverOverwritten() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html", "gone.html");
    Map<String, String> before = TreeSnapshot.of(output);
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("index.html", "<p>new</p>");
      staged.writeString("about.html", "<p>about</p>");
      staged.writeString("zzz/page.html", "<p>last</p>");
      Files.writeString(output.resolve("zzz"), "mine, made during the build");

      assertThatThrownBy(staged::commit).hasMessageContaining("zzz");
    }

    assertThat(output.resolve("zzz")).hasContent("mine, made during the build");
    Map<String, String> after = TreeSnapshot.of(output);
    after.remove("zzz");
    assertThat(after).isEqualTo(before);
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  static String marker(Path output) throws IOException {
    return new String(Files.readAllBytes(output.resolve(OutputMarker.NAME)), UTF_8);
  }
}
