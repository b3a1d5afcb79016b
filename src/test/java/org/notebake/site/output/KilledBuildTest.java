package org.notebake.site.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.notebake.site.output.StagedOutputTest.bake;
import static org.notebake.site.output.StagedOutputTest.siblingsOf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class KilledBuildTest {
  @TempDir Path temp;

  @Test
  @Timeout(30)
  void killedBuildLeavesTheLiveSiteAndTheNextBuildCleansUp() throws Exception {
    Path output = bake(temp.resolve("site"), "index.html", "notes/old.html");
    Map<String, String> live = TreeSnapshot.of(output);

    Process child = startBuild(output);
    Path staging;
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), UTF_8))) {
      String line = out.readLine();
      assertThat(line).as("child output").startsWith("READY ");
      staging = Path.of(line.substring("READY ".length()));
      assertThatThrownBy(() -> StagedOutput.open(output))
          .as("the running child holds the output lock")
          .hasMessageContaining("another notebake build is writing");
      child.destroyForcibly();
      assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      child.destroyForcibly();
    }

    assertThat(TreeSnapshot.of(output)).isEqualTo(live);
    assertThat(staging).isDirectory();
    assertThat(staging.resolve("notes/new.html")).exists();
    assertThat(staging.resolve("notes/old.html"))
        .as("the unchanged page stays where it is, nothing of it staged")
        .doesNotExist();

    StagedOutput.open(output).close();

    assertThat(staging).doesNotExist();
    assertThat(siblingsOf(output)).containsExactly("site");
    assertThat(TreeSnapshot.of(output)).isEqualTo(live);
    assertThat(Files.getAttribute(output.resolve("notes/old.html"), "unix:nlink"))
        .as("the live page has no other name")
        .isEqualTo(1);
  }

  private static Process startBuild(Path output) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            KilledBuildMain.class.getName(),
            output.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }
}
