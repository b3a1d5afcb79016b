package org.notebake.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.notebake.jbake.SiteDocument;

class RelatedEssaysTest {
  private static SiteDocument doc(String name, String type, int day, String... tags) {
    return new SiteDocument(
        name + ".md",
        "essays/" + name + ".html",
        type,
        name,
        ZonedDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).plusDays(day),
        null,
        List.of(tags),
        "<p>" + name + "</p>",
        Map.of("description", "About " + name));
  }

  private static List<String> titles(List<SiteDocument> docs) {
    return docs.stream().map(SiteDocument::title).toList();
  }

  @Test
  void mostSharedTagsComeFirstThenNewer() {
    List<SiteDocument> docs =
        List.of(
            doc("a", "post", 1, "obs", "gpu", "infra"),
            doc("b", "post", 2, "obs"),
            doc("c", "post", 3, "obs", "gpu"),
            doc("d", "post", 4, "obs"),
            doc("e", "post", 5, "cooking"));
    Map<String, List<SiteDocument>> related = RelatedEssays.of(docs);
    assertThat(titles(related.get("essays/a.html"))).containsExactly("c", "d", "b");
    assertThat(titles(related.get("essays/b.html")))
        .containsExactly("d", "c", "a")
        .doesNotContain("b");
    assertThat(related).doesNotContainKey("essays/e.html");
  }

  @Test
  void atMostThreeAndOnlyEssays() {
    List<SiteDocument> docs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      docs.add(doc("e" + i, "post", i, "obs"));
    }
    docs.add(doc("project", "project", 10, "obs"));
    docs.add(doc("note", "note", 11, "obs"));
    Map<String, List<SiteDocument>> related = RelatedEssays.of(docs);
    assertThat(related.get("essays/e0.html")).hasSize(RelatedEssays.LIMIT);
    assertThat(titles(related.get("essays/e0.html"))).containsExactly("e5", "e4", "e3");
    assertThat(related).doesNotContainKeys("essays/project.html", "essays/note.html");
  }

  @Test
  void attachGivesTemplatesTitleUriDateAndDescription() {
    List<SiteDocument> docs =
        RelatedEssays.attach(List.of(doc("a", "post", 1, "obs"), doc("b", "post", 2, "obs")));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> related =
        (List<Map<String, Object>>) docs.get(0).fields().get("related");
    assertThat(related).hasSize(1);
    assertThat(related.get(0))
        .containsEntry("title", "b")
        .containsEntry("uri", "essays/b.html")
        .containsEntry("description", "About b")
        .containsKey("date");
    assertThat(docs.get(0).body()).isEqualTo("<p>a</p>");
  }

  /** An essay related to several has one entry, shared by all of them, that none can change. */
  @Test
  void anEssaysEntryIsSharedByTheEssaysItIsRelatedTo() {
    List<SiteDocument> docs =
        RelatedEssays.attach(
            List.of(
                doc("a", "post", 1, "obs"),
                doc("b", "post", 2, "obs"),
                doc("c", "post", 3, "obs")));
    Map<String, Object> cFromA = related(docs.get(0)).get(0);
    Map<String, Object> cFromB = related(docs.get(1)).get(0);
    assertThat(cFromA).containsEntry("title", "c").isSameAs(cFromB);
    assertThat(related(docs.get(2))).extracting(e -> e.get("title")).containsExactly("b", "a");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cFromA.put("title", "x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> related(SiteDocument doc) {
    return (List<Map<String, Object>>) doc.fields().get("related");
  }

  @Test
  void tenThousandEssaysOnOneTagStayFast() {
    List<SiteDocument> docs = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      docs.add(doc("n" + i, "post", i % 3000, "common", "t" + (i % 50)));
    }
    long start = System.nanoTime();
    Map<String, List<SiteDocument>> related = RelatedEssays.of(docs);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(related).hasSize(10_000);
    // Essays sharing both tags rank above those sharing only the common one.
    assertThat(related.get("essays/n0.html")).allSatisfy(d -> assertThat(d.tags()).contains("t0"));
    // Without the per-tag bound this is 10^8 steps; with it, 10^4 x 2 x 256.
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  void randomSitesAgreeWithTheDefinition() {
    Random random = new Random(13);
    for (int site = 0; site < 40; site++) {
      List<SiteDocument> docs = new ArrayList<>();
      int n = 1 + random.nextInt(1400); // up to three slices of essays counted apart
      for (int i = 0; i < n; i++) {
        String[] tags = new String[random.nextInt(5)];
        for (int t = 0; t < tags.length; t++) {
          // Few tags, so some carry more than CANDIDATES_PER_TAG essays; repeats on purpose.
          tags[t] = "t" + random.nextInt(1 + random.nextInt(8));
        }
        docs.add(doc("n" + i, random.nextInt(5) == 0 ? "page" : "post", random.nextInt(400), tags));
      }
      assertThat(RelatedEssays.of(docs)).isEqualTo(byDefinition(docs));
    }
  }

  /**
   * Straight from the class comment: for each essay, every other essay counts the tags it shares
   * through each tag's {@value RelatedEssays#CANDIDATES_PER_TAG} newest essays; most first, then
   * newer, then by uri.
   */
  private static Map<String, List<SiteDocument>> byDefinition(List<SiteDocument> docs) {
    List<SiteDocument> essays =
        new ArrayList<>(docs.stream().filter(d -> d.type().equals("post")).toList());
    essays.sort(
        Comparator.comparing(SiteDocument::date).reversed().thenComparing(SiteDocument::uri));
    Map<String, List<SiteDocument>> out = new java.util.LinkedHashMap<>();
    for (SiteDocument essay : essays) {
      Map<Integer, Integer> shared = new java.util.HashMap<>();
      for (String tag : essay.tags()) {
        List<Integer> through = new ArrayList<>();
        for (int k = 0; k < essays.size(); k++) {
          for (String other : essays.get(k).tags()) {
            if (other.equals(tag) && through.size() < RelatedEssays.CANDIDATES_PER_TAG) {
              through.add(k);
            }
          }
        }
        for (int k : through) {
          if (essays.get(k) != essay) {
            shared.merge(k, 1, Integer::sum);
          }
        }
      }
      List<Integer> ranked = new ArrayList<>(shared.keySet());
      ranked.sort(Comparator.comparing((Integer k) -> -shared.get(k)).thenComparing(k -> k));
      if (!ranked.isEmpty()) {
        out.put(essay.uri(), ranked.stream().limit(RelatedEssays.LIMIT).map(essays::get).toList());
      }
    }
    return out;
  }
}
