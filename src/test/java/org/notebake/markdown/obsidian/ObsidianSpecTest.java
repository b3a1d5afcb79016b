package org.notebake.markdown.obsidian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of the spec files under src/test/resources/spec. */
class ObsidianSpecTest {

  private static final List<String> FILES =
      List.of(
          "wikilinks.txt",
          "embeds.txt",
          "callouts.txt",
          "highlights.txt",
          "comments.txt",
          "tags.txt",
          "blockids.txt",
          "headings.txt");

  static Stream<SpecExample> examples() {
    return FILES.stream().flatMap(file -> SpecReader.read(file).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsSpecified(SpecExample example) {
    assertThat(ObsidianRendering.render(example.markdown()))
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
