package org.notebake.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/**
 * The store's lists and the documents' neighbours come out in the order the plain comparators
 * (dates and paths read from the models at each comparison) give, on random documents with many
 * equal dates, equal paths and missing dates.
 */
class DocumentOrderTest {
  /** JBake's order of published lists: newest first, then by source path. */
  private static final Comparator<DocumentModel> NEWEST_FIRST =
      Comparator.comparing(
              (DocumentModel d) -> d.getDate() == null ? new Date(0) : d.getDate(),
              Comparator.reverseOrder())
          .thenComparing(d -> String.valueOf(d.getSourceuri()));

  @Test
  void newestFirstIsTheComparatorsOrder() {
    Random random = new Random(7);
    for (int round = 0; round < 300; round++) {
      List<DocumentModel> docs = documents(random, random.nextInt(60), true);
      List<DocumentModel> expected = new ArrayList<>(docs);
      expected.sort(NEWEST_FIRST);
      assertSame(expected, MemoryContentStore.newestFirst(docs), "round " + round);
    }
  }

  @Test
  void tagListsAndTypeListsFollowTheSameOrder() {
    Random random = new Random(11);
    for (int round = 0; round < 100; round++) {
      List<DocumentModel> docs = documents(random, 1 + random.nextInt(40), false);
      List<String> uris = new ArrayList<>();
      docs.forEach(d -> uris.add(d.getUri()));
      java.util.Collections.shuffle(uris, random);
      List<String> tagged = uris.subList(0, uris.size() / 2 + 1);
      MemoryContentStore store =
          new MemoryContentStore(docs, List.of("post", "page"), Map.of("t", tagged), "data");
      List<DocumentModel> expected =
          docs.stream().filter(d -> tagged.contains(d.getUri())).sorted(NEWEST_FIRST).toList();
      assertSame(expected, store.getPublishedDocumentsByTag("t"), "round " + round);
      List<DocumentModel> posts =
          docs.stream().filter(d -> d.getType().equals("post")).sorted(NEWEST_FIRST).toList();
      assertSame(posts, store.getPublishedPosts(), "round " + round);
    }
  }

  @Test
  void neighboursAreOlderAndNewerWithinTheType() {
    Random random = new Random(13);
    for (int round = 0; round < 100; round++) {
      List<DocumentModel> docs = documents(random, 1 + random.nextInt(40), false);
      new DocumentModels(false).linkNeighbours(docs);
      for (String type : List.of("post", "page")) {
        List<DocumentModel> ofType =
            docs.stream()
                .filter(d -> d.getType().equals(type))
                .sorted(
                    Comparator.comparing(DocumentModel::getDate)
                        .thenComparing(DocumentModel::getUri))
                .toList();
        for (int i = 0; i < ofType.size(); i++) {
          DocumentModel doc = ofType.get(i);
          assertEquals(i > 0 ? ofType.get(i - 1) : null, doc.get("previousContent"), doc.getUri());
          assertEquals(
              i + 1 < ofType.size() ? ofType.get(i + 1) : null,
              doc.get("nextContent"),
              doc.getUri());
        }
      }
    }
  }

  /** Documents with few distinct dates; paths unique unless {@code clashes}; some undated. */
  private static List<DocumentModel> documents(Random random, int count, boolean clashes) {
    List<DocumentModel> docs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      DocumentModel doc = new DocumentModel();
      String name = clashes ? "n" + random.nextInt(count + 1) : "n" + i;
      doc.setUri("essays/" + name + "-" + i + ".html");
      doc.setSourceUri("essays/" + name + ".md");
      doc.setType(random.nextBoolean() ? "post" : "page");
      if (!clashes || random.nextInt(8) > 0) {
        doc.setDate(new Date(1_700_000_000_000L + 86_400_000L * random.nextInt(5)));
      }
      docs.add(doc);
    }
    return docs;
  }

  /** The same documents (objects) in the same order. */
  private static void assertSame(
      List<DocumentModel> expected, List<DocumentModel> actual, String at) {
    assertEquals(expected.size(), actual.size(), at);
    for (int i = 0; i < expected.size(); i++) {
      if (expected.get(i) != actual.get(i)) {
        assertEquals(
            expected.stream().map(DocumentModel::getUri).toList(),
            actual.stream().map(DocumentModel::getUri).toList(),
            at);
      }
    }
  }
}
