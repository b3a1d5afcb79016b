package org.notebake.site.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * serve's folder updated in place: after every commit it holds exactly the build's files, an
 * unchanged file is not touched, a build that is not committed changes nothing, and no file the
 * folder did not write is ever deleted.
 */
class PreviewFolderTest {
  @TempDir Path temp;

  @Test
  void aRebuildReplacesOnlyWhatChangedAndDeletesWhatIsGone() throws IOException {
    PreviewFolder folder = new PreviewFolder(temp.resolve("site"));
    build(folder, Map.of("index.html", "home", "notes/a.html", "a", "notes/b.html", "b"));
    Object index = key(folder.folder().resolve("index.html"));
    Object a = key(folder.folder().resolve("notes/a.html"));

    build(folder, Map.of("index.html", "home", "notes/a.html", "a, edited"));

    assertThat(key(folder.folder().resolve("index.html"))).isEqualTo(index);
    assertThat(key(folder.folder().resolve("notes/a.html"))).isNotEqualTo(a);
    assertThat(tree(folder.folder()))
        .isEqualTo(Map.of("index.html", "home", "notes/a.html", "a, edited"));
    assertThat(siblings()).containsExactly("site");
  }

  @Test
  void aCachedCardIsLinkedAndReplacedWhenTheCacheReplacesIt() throws IOException {
    Path cache = Files.createDirectories(temp.resolve(".site.cards"));
    Path card = Files.write(cache.resolve("3f9c.png"), new byte[] {1, 2, 3});
    PreviewFolder folder = new PreviewFolder(temp.resolve("site"));
    for (int build = 0; build < 2; build++) {
      try (SiteOutput out = folder.open()) {
        out.linkOwn(card, "cards/a.png");
        out.commit(() -> {});
      }
      assertThat(Files.isSameFile(folder.folder().resolve("cards/a.png"), card))
          .as("build %d", build)
          .isTrue();
    }
    Path replaced = Files.write(cache.resolve("3f9c.png.part"), new byte[] {4, 5});
    Files.move(replaced, card, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (SiteOutput out = folder.open()) {
      out.linkOwn(card, "cards/a.png");
      out.commit(() -> {});
    }
    assertThat(folder.folder().resolve("cards/a.png")).hasBinaryContent(new byte[] {4, 5});
    // serve deletes its folder when it stops: the cache keeps the card.
    try (var walk = Files.walk(folder.folder())) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    assertThat(card).hasBinaryContent(new byte[] {4, 5});
  }

  @Test
  void keepHoldsTheFileOnlyWhenItsBytesAreThoseTheFolderHas() throws IOException {
    PreviewFolder folder = new PreviewFolder(temp.resolve("site"));
    build(folder, Map.of("a.html", "page"));
    String checksum = Manifest.checksum("page".getBytes(UTF_8));
    try (SiteOutput out = folder.open()) {
      assertThat(out.keep("a.html", 5, checksum)).isFalse();
      assertThat(out.keep("a.html", 4, Manifest.checksum("pagE".getBytes(UTF_8)))).isFalse();
      assertThat(out.keep("b.html", 4, checksum)).isFalse();
      assertThat(out.keep("a.html", 4, checksum)).isTrue();
      out.commit(() -> {});
    }
    assertThat(tree(folder.folder())).isEqualTo(Map.of("a.html", "page"));
  }

  @Test
  void aBuildThatIsNotCommittedChangesNothing() throws IOException {
    PreviewFolder folder = new PreviewFolder(temp.resolve("site"));
    build(folder, Map.of("a.html", "a", "b.html", "b"));
    try (SiteOutput out = folder.open()) {
      out.writeBytes("a.html", "half a build".getBytes(UTF_8));
      out.writeBytes("c.html", "new".getBytes(UTF_8));
    }
    assertThat(tree(folder.folder())).isEqualTo(Map.of("a.html", "a", "b.html", "b"));
    assertThat(siblings()).containsExactly("site");

    build(folder, Map.of("a.html", "a"));
    assertThat(tree(folder.folder())).isEqualTo(Map.of("a.html", "a"));
  }

  @Test
  void aPageBecomesAFolderAndAFolderAPage() throws IOException {
    PreviewFolder folder = new PreviewFolder(temp.resolve("site"));
    build(folder, Map.of("notes", "a page named notes", "tags/x/index.html", "x"));

    build(folder, Map.of("notes/a.html", "a", "tags", "a page named tags"));

    assertThat(tree(folder.folder()))
        .isEqualTo(Map.of("notes/a.html", "a", "tags", "a page named tags"));
  }

  @Test
  void aFileTheFolderDidNotWriteIsNeverDeleted() throws IOException {
    PreviewFolder folder = new PreviewFolder(temp.resolve("site"));
    build(folder, Map.of("notes/a.html", "a", "tags/x.html", "x"));
    Files.writeString(folder.folder().resolve("notes/mine.txt"), "someone else's");
    Files.writeString(folder.folder().resolve("tags/mine.txt"), "someone else's");

    build(folder, Map.of("index.html", "home")); // notes/ and tags/ are no longer made
    assertThat(folder.folder().resolve("notes/mine.txt")).hasContent("someone else's");

    assertThatThrownBy(() -> build(folder, Map.of("tags", "a page where the folder was")))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(folder.folder().resolve("tags/mine.txt")).hasContent("someone else's");
    assertThat(siblings()).containsExactly("site");
  }

  @Test
  void aPathOutsideTheFolderIsRefused() {
    PreviewFolder folder = new PreviewFolder(temp.resolve("site"));
    try (SiteOutput out = folder.open()) {
      assertThatThrownBy(() -> out.writeBytes("../escape.html", new byte[] {1}))
          .isInstanceOf(OutputRefusedException.class);
      assertThatThrownBy(() -> out.writeBytes("/etc/passwd", new byte[] {1}))
          .isInstanceOf(OutputRefusedException.class);
    }
    assertThat(temp.resolve("escape.html")).doesNotExist();
  }

  @Test
  void aLaterWriteOfTheSamePathWinsEvenWhenItMatchesTheFolder() throws IOException {
    PreviewFolder folder = new PreviewFolder(temp.resolve("site"));
    build(folder, Map.of("a.html", "v1"));
    try (SiteOutput out = folder.open()) {
      out.writeBytes("a.html", "v2".getBytes(UTF_8));
      out.writeBytes("a.html", "v1".getBytes(UTF_8));
      out.commit(() -> {});
    }
    assertThat(tree(folder.folder())).isEqualTo(Map.of("a.html", "v1"));
  }

  @Test
  void aCopiedSourceIsTakenAgainWhenItChanges() throws IOException {
    PreviewFolder folder = new PreviewFolder(temp.resolve("site"));
    Path card = Files.writeString(temp.resolve("card.png"), "card one");
    Files.setLastModifiedTime(
        card, java.nio.file.attribute.FileTime.fromMillis(1_700_000_000_000L));
    for (String content : List.of("card one", "card two", "card two")) {
      Files.writeString(card, content);
      Files.setLastModifiedTime(
          card,
          java.nio.file.attribute.FileTime.fromMillis(
              1_700_000_000_000L + content.hashCode() % 1000));
      try (SiteOutput out = folder.open()) {
        out.copy(card, "cards/a.png");
        out.commit(() -> {});
      }
      assertThat(folder.folder().resolve("cards/a.png")).hasContent(content);
    }
  }

  /**
   * Random builds (files added, edited, deleted; pages turning into folders and back; builds
   * abandoned half-way): after each commit the folder holds exactly that build's files.
   */
  @Test
  void randomBuildsAlwaysLeaveExactlyTheBuildsFiles() throws IOException {
    Random random = new Random(20261203L);
    PreviewFolder folder = new PreviewFolder(temp.resolve("site"));
    List<String> names = List.of("a", "b", "a/b", "a/c", "b/a", "a/b/c", "c", "ü", "a/ü");
    Map<String, String> last = Map.of();
    for (int round = 0; round < 200; round++) {
      Map<String, String> files = new TreeMap<>();
      for (String name : names) {
        if (random.nextInt(3) > 0 && files.keySet().stream().noneMatch(f -> clash(f, name))) {
          files.put(name, "v" + random.nextInt(3) + " of " + name);
        }
      }
      boolean commit = random.nextInt(5) > 0;
      try (SiteOutput out = folder.open()) {
        List<String> order = new ArrayList<>(files.keySet());
        java.util.Collections.shuffle(order, random);
        for (String name : order) {
          out.writeBytes(name, files.get(name).getBytes(UTF_8));
        }
        if (commit) {
          out.commit(() -> {});
          last = files;
        }
      }
      assertThat(tree(folder.folder())).as("round %d", round).isEqualTo(last);
      assertThat(siblings()).containsExactly("site");
    }
  }

  /**
   * Whether a file at {@code a} and one at {@code b} cannot both exist (one is the other's folder).
   */
  private static boolean clash(String a, String b) {
    return a.startsWith(b + "/") || b.startsWith(a + "/");
  }

  private static void build(PreviewFolder folder, Map<String, String> files) {
    try (SiteOutput out = folder.open()) {
      new LinkedHashMap<>(files)
          .forEach((path, text) -> out.writeBytes(path, text.getBytes(UTF_8)));
      out.commit(() -> {});
    }
  }

  private List<String> siblings() throws IOException {
    try (var list = Files.list(temp)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("card.png")).toList();
    }
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (!Files.exists(root)) {
      return files;
    }
    try (var walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString(), Files.readString(file));
      }
    }
    try (var walk = Files.walk(root)) {
      for (Path dir : walk.filter(Files::isDirectory).toList()) {
        if (!dir.equals(root)) {
          try (var entries = Files.list(dir)) {
            assertThat(entries.findAny()).as("no empty folder %s is left", dir).isPresent();
          }
        }
      }
    }
    return files;
  }

  private static Object key(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .fileKey();
  }
}
