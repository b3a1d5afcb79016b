package org.notebake.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.vault.FrontMatter;
import org.notebake.vault.FrontMatterParser;

class DocumentBuilderTest {
  @Test
  void aShortTextIsItsOwnSummaryWithWhitespaceCollapsed() {
    assertThat(DocumentBuilder.summary("  Hello\n\n   world\t!  ")).isEqualTo("Hello world !");
  }

  @Test
  void aLongTextIsCutAtAWordWithAnEllipsis() {
    String summary = DocumentBuilder.summary("word ".repeat(100));
    assertThat(summary).endsWith("word…").hasSizeLessThanOrEqualTo(201);
    assertThat(summary).doesNotContain("  ");
  }

  private static FrontMatter parse(String text) {
    return new FrontMatterParser().parse("posts/a.md", text, new Diagnostics()).frontMatter();
  }

  @Test
  void aYamlStringWithACommaStaysAString() {
    FrontMatter fm = parse("---\nsubtitle: \"Day 19, Point Lobos\"\n---\nHello\n");
    assertThat(DocumentBuilder.exposed(fm, "subtitle")).contains("Day 19, Point Lobos");
  }

  @Test
  void aJBakeHeaderValueWithCommasStaysAString() {
    String json = "{\"type\":\"marker\",\"lat\":36.5,\"lng\":-121.9}";
    FrontMatter fm =
        parse("title=Post\nsubtitle=Day 19, Point Lobos\nmapsconfig='" + json + "'\n~~~~~~\nHi\n");
    assertThat(DocumentBuilder.exposed(fm, "subtitle")).contains("Day 19, Point Lobos");
    assertThat(DocumentBuilder.exposed(fm, "mapsconfig")).contains("'" + json + "'");
  }

  @Test
  void aYamlListStaysAListEvenOfOne() {
    FrontMatter fm = parse("---\nauthors: [Avery Quinn]\nplaces: [Monterey, Big Sur]\n---\n");
    assertThat(DocumentBuilder.exposed(fm, "authors")).contains(List.of("Avery Quinn"));
    assertThat(DocumentBuilder.exposed(fm, "places")).contains(List.of("Monterey", "Big Sur"));
  }

  @Test
  void aYamlMapIsNotExposed() {
    FrontMatter fm = parse("---\nmap:\n  lat: 36.5\n---\n");
    assertThat(DocumentBuilder.exposed(fm, "map")).isEmpty();
  }

  @Test
  void everyKeyOfAJBakeHeaderReachesTemplatesButNotOverNotebakesOwnFields() {
    FrontMatter fm =
        parse(
            "title=Post\ntags=a, b\nfeaturedimage=/img/x.jpg\nfeatured-author=Avery\n"
                + "summary=From the header\nprivacy-allow=912 555 0142\n~~~~~~\nHi\n");
    Map<String, Object> fields = new HashMap<>();
    fields.put("summary", "Hi");
    DocumentBuilder.jbakeHeader(fm, fields);
    assertThat(fields)
        .containsEntry("featuredimage", "/img/x.jpg")
        .containsEntry("featured-author", "Avery")
        .containsEntry("featured_author", "Avery")
        .containsEntry("tags", List.of("a", "b"))
        .containsEntry("summary", "Hi")
        .doesNotContainKey("privacy-allow");
  }
}
