package org.notebake.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.notebake.jbake.SiteDocument;

class FolderListingsTest {
  private static SiteDocument doc(String path, String type, String title, int day) {
    String uri = path.replaceAll("\\.md$", ".html").replace("_index", "index");
    return new SiteDocument(
        path,
        uri,
        type,
        title,
        ZonedDateTime.parse("2026-03-01T00:00:00Z").plusDays(day),
        null,
        List.of(),
        "<p>" + title + "</p>",
        Map.of("summary", title + " in short"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> listed(List<SiteDocument> docs, String path) {
    SiteDocument page =
        docs.stream().filter(d -> d.sourcePath().equals(path)).findFirst().orElseThrow();
    Object entries = page.fields().get(FolderListings.FIELD);
    if (entries == null) {
      return null;
    }
    return ((List<Map<String, Object>>) entries)
        .stream().map(e -> (String) e.get("title")).toList();
  }

  private static SiteDocument weighted(String path, String title, int day, long weight) {
    SiteDocument doc = doc(path, "post", title, day);
    return doc.withFields(Map.of("summary", title, FolderListings.WEIGHT, weight));
  }

  @Test
  void weightedDocumentsComeFirstLighterFirstAndZeroIsNoWeight() {
    List<SiteDocument> docs =
        FolderListings.attach(
            List.of(
                doc("s/_index.md", "page", "Section", 0),
                weighted("s/b.md", "B", 1, 2),
                weighted("s/a.md", "A", 2, 2),
                weighted("s/c.md", "C", 0, -3),
                doc("s/new.md", "post", "New", 9),
                weighted("s/zero.md", "Zero", 5, 0),
                weighted("s/ten.md", "Ten", 3, 10),
                weighted("s/big.md", "Big", 4, 10_000_000_000L)));

    assertThat(listed(docs, "s/_index.md"))
        .as("by weight (negative first), ties newest first; unweighted and 0 after, newest first")
        .containsExactly("C", "A", "B", "Ten", "Big", "New", "Zero");
  }

  @Test
  void eachDocumentIsListedOnTheNearestFolderPageAboveIt() {
    List<SiteDocument> docs =
        FolderListings.attach(
            List.of(
                doc("index.md", "page", "Home", 0),
                doc("top.md", "post", "Top", 9),
                doc("notes/index.md", "page", "Notes", 1),
                doc("notes/a.md", "post", "A", 2),
                doc("notes/b.md", "post", "B", 2),
                doc("notes/x/y/deep.md", "post", "Deep", 5),
                doc("notes/t/_index.md", "page", "T", 3),
                doc("notes/t/c.md", "post", "C", 4),
                doc("notes/bundle/index.md", "post", "Bundle", 6),
                doc("notes/bundle/part.md", "post", "Part", 7)));

    assertThat(listed(docs, "notes/index.md"))
        .as("newest first, then by title; the bundle is a post, its folder no folder page")
        .containsExactly("Part", "Bundle", "Deep", "T", "A", "B");
    assertThat(listed(docs, "notes/t/_index.md")).containsExactly("C");
    assertThat(listed(docs, "index.md")).as("the home page lists no folder").isNull();
    assertThat(listed(docs, "notes/bundle/index.md")).isNull();
  }

  @Test
  void aVaultWithoutFolderPagesIsTheSameList() {
    List<SiteDocument> docs =
        List.of(doc("notes/a.md", "post", "A", 1), doc("index.md", "page", "Home", 0));
    assertThat(FolderListings.attach(docs)).isSameAs(docs);
  }

  @Test
  void onlyAPageNamedIndexBelowTheRootIsAFolderPage() {
    assertThat(FolderListings.folderOf(doc("notes/index.md", "page", "x", 0))).isEqualTo("notes");
    assertThat(FolderListings.folderOf(doc("a/b/_index.markdown", "page", "x", 0)))
        .isEqualTo("a/b");
    assertThat(FolderListings.folderOf(doc("index.md", "page", "x", 0))).isNull();
    assertThat(FolderListings.folderOf(doc("notes/index.md", "post", "x", 0))).isNull();
    assertThat(FolderListings.folderOf(doc("notes/Index.md", "page", "x", 0))).isNull();
    assertThat(FolderListings.folderOf(doc("notes/index.md.md", "page", "x", 0))).isNull();
    assertThat(FolderListings.folderOf(doc("notes/reindex.md", "page", "x", 0))).isNull();
    assertThat(FolderListings.folderOf(doc("観測/index.md", "page", "x", 0))).isEqualTo("観測");
  }

  /**
   * Random trees: every document but the home page and the top folder pages is listed exactly once,
   * on a folder page whose folder holds it, and no folder page between them.
   */
  @Test
  void randomTreesListEveryDocumentOnceOnItsNearestFolderPage() {
    Random random = new Random(7);
    String[] folders = {"a", "a/b", "a/b/c", "d", "d/e", "a/é", "a/b/c/d/e/f"};
    for (int round = 0; round < 300; round++) {
      List<SiteDocument> docs = new ArrayList<>();
      java.util.Set<String> paths = new java.util.HashSet<>();
      int n = 1 + random.nextInt(25);
      for (int i = 0; i < n; i++) {
        String folder = random.nextInt(5) == 0 ? "" : folders[random.nextInt(folders.length)];
        boolean index = random.nextInt(3) == 0;
        String name = index ? (random.nextBoolean() ? "index" : "_index") : "n" + i;
        String path = (folder.isEmpty() ? "" : folder + "/") + name + ".md";
        String stem = (folder.isEmpty() ? "" : folder + "/") + "index";
        if (!paths.add(path) || index && !paths.add(stem)) {
          continue; // one folder page a folder, as the collision check makes it
        }
        docs.add(doc(path, index ? "page" : "post", "T" + i, random.nextInt(10)));
      }
      List<SiteDocument> out = FolderListings.attach(docs);
      assertThat(out).hasSameSizeAs(docs);
      Map<String, String> pageOf = new java.util.HashMap<>();
      for (SiteDocument d : docs) {
        String folder = FolderListings.folderOf(d);
        if (folder != null) {
          pageOf.put(folder, d.sourcePath());
        }
      }
      List<String> seen = new ArrayList<>();
      for (SiteDocument page : out) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries =
            (List<Map<String, Object>>) page.fields().get(FolderListings.FIELD);
        if (entries == null) {
          continue;
        }
        String folder = FolderListings.folderOf(page);
        assertThat(folder).isNotNull();
        for (Map<String, Object> entry : entries) {
          SiteDocument listed =
              docs.stream().filter(d -> d.uri().equals(entry.get("uri"))).findFirst().orElseThrow();
          assertThat(listed.sourcePath()).startsWith(folder + "/").isNotEqualTo(page.sourcePath());
          seen.add(listed.sourcePath());
        }
      }
      assertThat(seen).doesNotHaveDuplicates();
      for (SiteDocument d : docs) {
        String parent = parent(d.sourcePath());
        if (pageOf.get(parent) != null && pageOf.get(parent).equals(d.sourcePath())) {
          parent = parent(parent);
        }
        boolean below = false;
        for (String f = parent; !f.isEmpty(); f = parent(f)) {
          below |= pageOf.containsKey(f);
        }
        assertThat(seen.contains(d.sourcePath())).as(d.sourcePath()).isEqualTo(below);
      }
    }
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
