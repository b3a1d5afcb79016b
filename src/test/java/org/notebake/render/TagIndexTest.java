package org.notebake.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.notebake.jbake.TagInfo;
import org.notebake.text.Slugs;

class TagIndexTest {
  @Test
  void aNestedTagFilesItsParentsShownByTheFirstSpelling() {
    TagIndex index = new TagIndex("tags", ".html");
    assertThat(index.add("a.html", List.of("#Area/Sub Topic", "observability")))
        .containsExactly("area/sub-topic", "observability");
    assertThat(index.add("b.html", List.of("area", "Observability", "#")))
        .containsExactly("area", "observability");
    assertThat(index.tags())
        .extracting(TagInfo::slug, TagInfo::name, TagInfo::documentUris)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("area", "Area", List.of("a.html", "b.html")),
            org.assertj.core.groups.Tuple.tuple(
                "area/sub-topic", "Area/Sub Topic", List.of("a.html")),
            org.assertj.core.groups.Tuple.tuple(
                "observability", "observability", List.of("a.html", "b.html")));
    assertThat(TagIndex.pageCount(List.of("#Area/Sub Topic", "area", "x/y/z"))).isEqualTo(5);
  }

  /**
   * A tag's link is one read-only map, shared by every document with the tag, and always as the
   * index names the tag now: a link made before a document with the tag was filed is made again.
   */
  @Test
  void aTagsLinkIsSharedReadOnlyAndNamedAsFiledNow() {
    TagIndex index = new TagIndex("tags", ".html");
    assertThat(index.link("observability"))
        .containsExactly(
            java.util.Map.entry("name", "observability"),
            java.util.Map.entry("slug", "observability"),
            java.util.Map.entry("uri", "tags/observability.html"));
    index.add("a.html", List.of("#Observability"));
    assertThat(index.link("observability")).containsEntry("name", "Observability");
    assertThat(index.link("observability")).isSameAs(index.link("observability"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> index.link("observability").put("name", "changed"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * Each spelling is worked out once and remembered: filing random tags, again and again, in
   * indexes of their own, gives what the plain definition gives (every prefix of the tag's slug,
   * named by its first spelling's parts).
   */
  @Test
  void rememberedSpellingsFileAsTheDefinitionSays() {
    Random random = new Random(7);
    String[] parts = {
      "AI", "infra", "Ops ", "ÉTÉ", "a b", "#x", "..", "", " ", "Observability", "日本"
    };
    for (int round = 0; round < 200; round++) {
      List<String> tags = new ArrayList<>();
      for (int t = random.nextInt(4); t >= 0; t--) {
        StringBuilder tag = new StringBuilder(random.nextBoolean() ? "#" : "");
        for (int p = random.nextInt(3); p >= 0; p--) {
          tag.append(p == 0 && tag.length() < 2 ? "" : "/")
              .append(parts[random.nextInt(parts.length)]);
        }
        tags.add(tag.toString());
      }
      TagIndex index = new TagIndex("tags", ".html");
      List<String> slugs = index.add("n.html", tags);
      Set<String> expectedSlugs = new LinkedHashSet<>();
      Set<String> expectedPages = new LinkedHashSet<>();
      for (String tag : tags) {
        String slug = Slugs.tag(tag);
        if (slug.isEmpty()) {
          continue;
        }
        expectedSlugs.add(slug);
        String[] segments = slug.split("/");
        for (int i = 1; i <= segments.length; i++) {
          expectedPages.add(String.join("/", java.util.Arrays.copyOf(segments, i)));
        }
      }
      assertThat(slugs).as("tags %s", tags).containsExactlyElementsOf(expectedSlugs);
      assertThat(index.tags())
          .extracting(TagInfo::slug)
          .containsExactlyInAnyOrderElementsOf(expectedPages);
      assertThat(TagIndex.pageCount(tags)).isEqualTo(expectedPages.size());
    }
  }
}
