package org.notebake.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StagedOutputTest {
  @TempDir Path temp;

  @Test
  void firstCommitCreatesTheOutputWithTheMarker() throws IOException {
    Path output = temp.resolve("site");

    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("index.html", "<p>hello</p>");
      staged.writeString("notes/a.html", "<p>a</p>");
      staged.commit();
    }

    assertThat(TreeSnapshot.of(output).keySet())
        .containsExactly(OutputMarker.NAME, "index.html", "notes/", "notes/a.html");
    assertThat(output.resolve("notes/a.html")).hasContent("<p>a</p>");
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  /**
   * Red team: a build killed mid-way left its staging folder, readable by all, beside the output:
   * pages no privacy check had read, where a server of the output's folder could serve them. It is
   * closed to others until the site is checked, and goes live with the permissions it was made
   * with.
   */
  @Test
  void theStagingFolderIsClosedToOthersUntilItsSiteGoesLive() throws IOException {
    Path output = temp.resolve("site");
    Files.createDirectories(temp);
    Path probe = Files.createDirectory(temp.resolve("probe"));
    var madeWith = Files.getPosixFilePermissions(probe);

    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("index.html", "<p>hello</p>");
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(staged.root())))
          .isEqualTo("rwx------");
      staged.commit();
    }

    assertThat(Files.getPosixFilePermissions(output)).isEqualTo(madeWith);
  }

  @Test
  void commitReplacesTheOldSiteSoNoStalePageSurvives() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html", "old.html");

    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("index.html", "<p>new</p>");
      staged.commit();
    }

    assertThat(output.resolve("index.html")).hasContent("<p>new</p>");
    assertThat(output.resolve("old.html")).doesNotExist();
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  @Test
  void rebuildingTheSameSiteGivesIdenticalBytes() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html", "notes/a.html");
    Map<String, String> first = TreeSnapshot.of(output);

    bake(output, "index.html", "notes/a.html");

    assertThat(TreeSnapshot.of(output)).isEqualTo(first);
  }

  @Test
  void abandonLeavesTheLiveSiteByteIdentical() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html", "old.html");
    Map<String, String> before = TreeSnapshot.of(output);

    StagedOutput staged = StagedOutput.open(output);
    staged.writeString("index.html", "<p>half-built</p>");
    staged.abandon();

    assertThat(TreeSnapshot.of(output)).isEqualTo(before);
    assertThat(staged.root()).doesNotExist();
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  @Test
  void closingWithoutCommitAbandonsTheBuild() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html");
    Map<String, String> before = TreeSnapshot.of(output);

    assertThatThrownBy(
            () -> {
              try (StagedOutput staged = StagedOutput.open(output)) {
                staged.writeString("index.html", "<p>new</p>");
                throw new IllegalStateException("render failed");
              }
            })
        .hasMessage("render failed");

    assertThat(TreeSnapshot.of(output)).isEqualTo(before);
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  @Test
  void filesNextToTheOutputAreNeverTouched() throws IOException {
    Path userFile = Files.writeString(temp.resolve("site-notes.txt"), "mine");
    Path output = bake(temp.resolve("site"), "index.html");

    bake(output, "other.html");

    assertThat(userFile).hasContent("mine");
    assertThat(siblingsOf(output)).containsExactly("site", "site-notes.txt");
  }

  @Test
  void aUsersLinkIsKeptAsALinkAndWhatItPointsToIsUntouched() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("photos"));
    Files.writeString(outside.resolve("cat.jpg"), "meow");
    Path output = bake(temp.resolve("site"), "index.html");
    Files.createSymbolicLink(output.resolve("photos"), outside);

    bake(output, "index.html");

    assertThat(Files.readSymbolicLink(output.resolve("photos"))).isEqualTo(outside);
    assertThat(TreeSnapshot.of(outside)).containsOnlyKeys("cat.jpg");
    assertThat(outside.resolve("cat.jpg")).hasContent("meow");
  }

  @Test
  void forcedForeignFolderIsReplacedAsAWhole() throws IOException {
    Path vault = Files.createDirectories(temp.resolve("vault/content")).getParent();
    Path output = Files.createDirectories(temp.resolve("site"));
    Files.writeString(output.resolve("thesis.docx"), "years of work");
    Path neighbour = Files.writeString(temp.resolve("keep.txt"), "keep");

    OutputTarget target = OutputPolicy.check(vault, vault.resolve("content"), output, true);
    try (StagedOutput staged = StagedOutput.open(target)) {
      staged.writeString("index.html", "<p>new</p>");
      staged.commit();
    }

    assertThat(TreeSnapshot.of(output).keySet()).containsExactly(OutputMarker.NAME, "index.html");
    assertThat(neighbour).hasContent("keep");
  }

  @Test
  void foreignNonEmptyFolderIsRefusedAtOpenWithoutForce() throws IOException {
    Path output = Files.createDirectories(temp.resolve("site"));
    Files.writeString(output.resolve("thesis.docx"), "years of work");

    assertThatThrownBy(() -> StagedOutput.open(output))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("notebake did not create it");
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  @Test
  void commitRefusesAnOutputThatBecameForeignDuringTheBuild() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html");

    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("index.html", "<p>new</p>");
      Files.delete(output.resolve(OutputMarker.NAME));
      Files.writeString(output.resolve("thesis.docx"), "years of work");

      assertThatThrownBy(staged::commit).isInstanceOf(OutputRefusedException.class);
    }

    assertThat(output.resolve("thesis.docx")).hasContent("years of work");
    assertThat(output.resolve("index.html")).hasContent("<p>index.html</p>");
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  @Test
  void linkedOutputIsRefusedAndWhatItPointsToKept() throws IOException {
    Path real = bake(temp.resolve("real-site"), "index.html");
    Map<String, String> before = TreeSnapshot.of(real);
    Path link = Files.createSymbolicLink(temp.resolve("site"), real);

    assertThatThrownBy(() -> StagedOutput.open(link))
        .isInstanceOf(OutputRefusedException.class)
        .hasMessageContaining("symbolic link");
    assertThat(TreeSnapshot.of(real)).isEqualTo(before);
    assertThat(siblingsOf(link)).containsExactly("real-site", "site");
  }

  @Test
  void secondBuildIntoTheSameOutputIsRefusedWhileTheFirstRuns() throws IOException {
    Path output = temp.resolve("site");
    try (StagedOutput first = StagedOutput.open(output)) {
      assertThatThrownBy(() -> StagedOutput.open(output))
          .isInstanceOf(OutputRefusedException.class)
          .hasMessageContaining("another notebake build is writing");
      first.writeString("index.html", "<p>first</p>");
      first.commit();
    }

    bake(output, "index.html");

    assertThat(output.resolve("index.html")).hasContent("<p>index.html</p>");
  }

  @Test
  void emptyExistingFolderIsAdoptedWithoutForce() throws IOException {
    Path output = Files.createDirectories(temp.resolve("site"));

    bake(output, "index.html");

    assertThat(output.resolve("index.html")).exists();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"../escape.html", "a/../../escape.html", "/etc/passwd", "", "./a", "a\\b.html"})
  void pathsLeavingTheStagingFolderAreRefused(String path) throws IOException {
    Path output = temp.resolve("site");
    try (StagedOutput staged = StagedOutput.open(output)) {
      assertThatThrownBy(() -> staged.writeString(path, "x"))
          .isInstanceOf(OutputRefusedException.class)
          .hasMessageContaining("refusing to write");
    }
    assertThat(siblingsOf(output)).isEmpty();
  }

  @Test
  void pagesMayBeWrittenFromSeveralThreadsIntoSharedFolders() throws IOException {
    Path output = temp.resolve("site");
    try (StagedOutput staged = StagedOutput.open(output)) {
      IntStream.range(0, 200)
          .parallel()
          .forEach(i -> staged.writeString("notes/" + (i % 7) + "/p" + i + ".html", "p" + i));
      staged.commit();
    }
    assertThat(output.resolve("notes/3/p199.html")).hasContent("p199");
    assertThat(TreeSnapshot.of(output))
        .hasSize(2 + 7 + 200); // marker, notes/, 7 folders, 200 pages
  }

  @Test
  void theMarkerCannotBeOverwritten() throws IOException {
    try (StagedOutput staged = StagedOutput.open(temp.resolve("site"))) {
      assertThatThrownBy(() -> staged.writeString(OutputMarker.NAME, "x"))
          .isInstanceOf(OutputRefusedException.class);
    }
  }

  @Test
  void linkedFolderInsideStagingIsNotFollowed() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("outside"));
    try (StagedOutput staged = StagedOutput.open(temp.resolve("site"))) {
      Files.createSymbolicLink(staged.root().resolve("notes"), outside);

      assertThatThrownBy(() -> staged.writeString("notes/a.html", "x"))
          .isInstanceOf(OutputRefusedException.class)
          .hasMessageContaining("symbolic link");
    }
    assertThat(outside).isEmptyDirectory();
  }

  @Test
  void linkedFileInsideStagingIsNeitherFollowedNorReplaced() throws IOException {
    Path outside = Files.writeString(temp.resolve("secret.txt"), "secret");
    try (StagedOutput staged = StagedOutput.open(temp.resolve("site"))) {
      Files.createSymbolicLink(staged.root().resolve("page.html"), outside);

      assertThatThrownBy(() -> staged.writeString("page.html", "x"))
          .isInstanceOf(OutputRefusedException.class);
    }
    assertThat(outside).hasContent("secret");
  }

  @Test
  void copyAndLinkOwnRefuseALinkAsTheirSource() throws IOException {
    Path secret = Files.writeString(temp.resolve("secret.txt"), "secret");
    Path link = Files.createSymbolicLink(temp.resolve("photo.jpg"), secret);
    try (StagedOutput staged = StagedOutput.open(temp.resolve("site"))) {
      assertThatThrownBy(() -> staged.copy(link, "photo.jpg"))
          .isInstanceOf(UncheckedIOException.class);
      assertThat(TreeSnapshot.of(staged.root()).keySet()).containsExactly(OutputMarker.NAME);
      assertThatThrownBy(() -> staged.linkOwn(link, "cards/a.png"))
          .isInstanceOf(UncheckedIOException.class);
      assertThat(staged.root().resolve("cards/a.png")).doesNotExist();
    }
  }

  @Test
  void copyWritesTheSourceBytes() throws IOException {
    Path photo = Files.write(temp.resolve("cat.jpg"), new byte[] {1, 2, 3});
    Path output = temp.resolve("site");
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.copy(photo, "img/cat.jpg");
      staged.commit();
    }
    assertThat(output.resolve("img/cat.jpg")).hasBinaryContent(new byte[] {1, 2, 3});
  }

  @Test
  void aCachedFileIsLinkedNotCopiedAndStaysTheCachesAcrossBuilds() throws IOException {
    Path cache = Files.createDirectories(temp.resolve(".site.cards"));
    Path card = Files.write(cache.resolve("3f9c.png"), new byte[] {1, 2, 3});
    Path output = temp.resolve("site");
    for (int build = 0; build < 2; build++) {
      try (StagedOutput staged = StagedOutput.open(output)) {
        staged.linkOwn(card, "cards/a.png");
        staged.commit();
      }
      assertThat(Files.isSameFile(output.resolve("cards/a.png"), card))
          .as("build %d", build)
          .isTrue();
      assertThat(Files.readString(output.resolve(OutputMarker.NAME))).contains("cards/a.png");
    }
    // The cache replaces an entry by a new file, never writes one in place: the next build links
    // the new file, and the old bytes are gone from the site.
    Path replaced = Files.write(cache.resolve("3f9c.png.part"), new byte[] {4, 5, 6, 7});
    Files.move(replaced, card, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.linkOwn(card, "cards/a.png");
      staged.commit();
    }
    assertThat(output.resolve("cards/a.png")).hasBinaryContent(new byte[] {4, 5, 6, 7});
    assertThat(Files.isSameFile(output.resolve("cards/a.png"), card)).isTrue();
    // A later write of a linked path replaces the link: it never writes into the cache's file.
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.linkOwn(card, "cards/a.png");
      staged.writeBytes("cards/a.png", new byte[] {9});
      staged.commit();
    }
    assertThat(card).hasBinaryContent(new byte[] {4, 5, 6, 7});
    assertThat(output.resolve("cards/a.png")).hasBinaryContent(new byte[] {9});
  }

  @Test
  void anAbandonedBuildLeavesTheCachedFileItLinked() throws IOException {
    Path card = Files.write(temp.resolve("3f9c.png"), new byte[] {1, 2, 3});
    try (StagedOutput staged = StagedOutput.open(temp.resolve("site"))) {
      staged.linkOwn(card, "cards/a.png");
    } // closed without commit: the staging folder and its link are deleted
    assertThat(card).hasBinaryContent(new byte[] {1, 2, 3});
    assertThat(siblingsOf(temp.resolve("site"))).noneMatch(n -> n.contains("staging"));
  }

  /** Builds a site holding one {@code <p>name</p>} page per name and commits it. */
  @Test
  void theSwapCallbackRunsWithTheNewSiteInPlaceBeforeTheOldIsDeleted() throws IOException {
    Path output = bake(temp.resolve("site"), "index.html", "old.html");
    List<String> seen = new java.util.ArrayList<>();
    try (StagedOutput staged = StagedOutput.open(output)) {
      staged.writeString("index.html", "<p>new</p>");
      staged.commit(
          () -> {
            try {
              seen.add(Files.readString(output.resolve("index.html")));
              seen.add(String.valueOf(Files.exists(output.resolve("old.html"))));
              seen.add(String.valueOf(siblingsOf(output).size()));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
    // site, the previous site (not deleted yet) and the lock, still held
    assertThat(seen).containsExactly("<p>new</p>", "false", "3");
    assertThat(siblingsOf(output)).containsExactly("site");
  }

  static Path bake(Path output, String... pages) {
    try (StagedOutput staged = StagedOutput.open(output)) {
      for (String page : pages) {
        staged.writeString(page, "<p>" + page + "</p>");
      }
      staged.commit();
      return staged.output();
    }
  }

  /** Names of everything in the output's parent folder, sorted. */
  static List<String> siblingsOf(Path output) throws IOException {
    try (Stream<Path> entries = Files.list(output.toAbsolutePath().getParent())) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
