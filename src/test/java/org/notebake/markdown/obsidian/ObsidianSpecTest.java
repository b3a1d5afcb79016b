package org.notebake.markdown.obsidian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.notebake.markdown.MarkdownConverter;

/**
 * Runs every example of the spec files under src/test/resources/spec through the Markdown pipeline
 * a bake uses ({@link MarkdownConverter}: GFM tables, strikethrough, autolinks, task lists and
 * footnotes besides the Obsidian extensions), with Obsidian's default line breaks (a single newline
 * is a {@code <br>}) and the fake resolver.
 */
class ObsidianSpecTest {

  private static final MarkdownConverter PIPELINE = new MarkdownConverter(false, Set.of("private"));

  private static final List<String> FILES =
      List.of(
          "wikilinks.txt",
          "embeds.txt",
          "callouts.txt",
          "highlights.txt",
          "comments.txt",
          "tags.txt",
          "blockids.txt",
          "headings.txt",
          "maths.txt",
          "fidelity.txt");

  static Stream<SpecExample> examples() {
    return FILES.stream().flatMap(file -> SpecReader.read(file).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsSpecified(SpecExample example) {
    assertThat(PIPELINE.renderChecked(example.markdown(), new FakeResolver()).html())
        .as("%s\n--- markdown ---\n%s", example, example.markdown())
        .isEqualTo(example.html());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void everySpecFileHasAtLeastTwentyExamples(String file) {
    assertThat(SpecReader.read(file)).hasSizeGreaterThanOrEqualTo(20);
  }

  static Stream<String> files() {
    return FILES.stream();
  }
}
