package org.notebake.markdown.obsidian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** One Parser per site, one HtmlRenderer per note, many notes at once: results must not mix. */
class ParallelRenderingTest {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(ObsidianExtensions.all(null, Set.of("private")))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private static String renderNote(int n) {
    String markdown =
        "# Note "
            + n
            + "\n\n## Intro\n\n[[Kyoto]] #tag"
            + n
            + " =="
            + n
            + "== %%hidden "
            + n
            + "%%";
    return HtmlRenderer.builder()
        .extensions(ObsidianExtensions.all(new FakeResolver(), Set.of("private")))
        .build()
        .render(PARSER.parse(markdown));
  }

  @Test
  void notesRenderedInParallelMatchNotesRenderedOneByOne() {
    List<String> sequential =
        IntStream.range(0, 300).mapToObj(ParallelRenderingTest::renderNote).toList();
    List<String> parallel =
        IntStream.range(0, 300).parallel().mapToObj(ParallelRenderingTest::renderNote).toList();

    assertThat(parallel).isEqualTo(sequential);
    assertThat(sequential.get(7))
        .contains("<h2 id=\"intro\">", "href=\"tags/tag7.html\"", "<mark>7</mark>")
        .doesNotContain("hidden");
  }
}
