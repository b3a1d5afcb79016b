package org.notebake.markdown.obsidian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Obsidian extensions depend on CommonMark and the JDK only, never on JBake or other stages.
 */
class PackageBoundaryTest {

  @Test
  void obsidianPackagesImportOnlyCommonmarkJavaAndThemselves() throws IOException {
    Path root = Path.of("src/main/java/org/notebake/markdown/obsidian");
    List<String> offending;
    try (Stream<Path> files = Files.walk(root)) {
      offending =
          files
              .filter(p -> p.toString().endsWith(".java"))
              .flatMap(PackageBoundaryTest::imports)
              .filter(
                  line ->
                      !line.startsWith("import java.")
                          && !line.startsWith("import org.commonmark.")
                          && !line.startsWith("import org.notebake.markdown.obsidian."))
              .toList();
    }
    assertThat(offending).isEmpty();
  }

  private static Stream<String> imports(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .map(String::strip)
          .filter(l -> l.startsWith("import "))
          .map(l -> l.replace("import static ", "import "))
          .map(l -> file.getFileName() + ": " + l)
          .map(l -> l.substring(l.indexOf("import ")));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
