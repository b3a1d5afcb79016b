package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.config.ConfigLoader;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;

/** What the commit itself finds out, after the new site is live, still reaches the user. */
class SwapWarningsTest {
  @TempDir Path temp;

  @Test
  void aStagingFolderThatCannotBeDeletedIsReportedNamingIt() throws IOException {
    SiteFixture site =
        SiteFixture.of(
            temp.resolve("garden"),
            SiteFixture.FIELD_NOTES
                + """
                -- essays/tides.md --
                ---
                title: Tides
                ---
                The harbour fills twice a day.
                """);
    Path output = site.output();
    assertThat(site.bake().exitCode()).isZero();
    site.add(
        """
        -- essays/tides.md --
        ---
        title: Tides
        ---
        The harbour fills twice a day, an hour later each time.
        """);

    Diagnostics diagnostics = new Diagnostics();
    new SiteBuilder(ConfigLoader.load(site.root(), output), diagnostics)
        .onSwapped(() -> keepFromDeletion(stagingFolder(output)))
        .build(true, false);

    assertThat(Files.readString(output.resolve("essays/tides.html"))).contains("an hour later");
    assertThat(diagnostics.sorted())
        .map(Diagnostic::toString)
        .anySatisfy(
            message ->
                assertThat(message)
                    .contains(stagingFolder(output).getFileName().toString())
                    .contains("the staging folder could not be deleted"));
  }

  /** The staging folder beside the output, which holds the replaced page once the update is in. */
  private static Path stagingFolder(Path output) {
    try (Stream<Path> siblings = Files.list(output.getParent())) {
      return siblings
          .filter(p -> p.getFileName().toString().matches("\\.garden-out\\.staging-.*"))
          .findFirst()
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Something in the staging folder that notebake cannot delete, even when run as root: its marker
   * replaced by a folder, so it cannot be marked for deletion.
   */
  private static void keepFromDeletion(Path old) {
    try {
      Path marker = old.resolve(".notebake-output");
      Files.delete(marker);
      Files.createDirectories(marker.resolve("kept"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
