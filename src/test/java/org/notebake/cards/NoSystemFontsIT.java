package org.notebake.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar draws share cards on a machine with no fonts installed: the bake runs in a mount
 * namespace where the system's font folders are empty and fontconfig knows no font, and its card is
 * byte for byte the card drawn here, with fonts, because only the bundled font is used.
 */
class NoSystemFontsIT {
  private static final Path JAR = Path.of("target", "notebake.jar");

  @TempDir Path dir;

  @Test
  void bakedCardIsTheSameWithoutAnySystemFont() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(JAR), "mvn package builds the jar");
    Assumptions.assumeTrue(
        run(List.of("unshare", "-m", "true")).exit() == 0,
        "unshare -m (a private mount namespace) needs root");
    Path vault = dir.resolve("vault");
    Files.createDirectories(vault.resolve("content/essays"));
    Files.writeString(
        vault.resolve("jbake.properties"),
        "site.host=https://avery.example.org/\nsite.title=Avery Quinn\nsite.author=Avery Quinn\n");
    Files.writeString(
        vault.resolve("content/essays/a.md"),
        "---\npublish: true\ntitle: Drawn without fonts — ça marche\ntags: [gpu, observability]\n"
            + "---\nBody.\n",
        StandardCharsets.UTF_8);
    Path empty = Files.createDirectories(dir.resolve("no-fonts"));
    Path fontconfig = dir.resolve("fonts.conf");
    Files.writeString(
        fontconfig,
        "<?xml version=\"1.0\"?><fontconfig><cachedir>"
            + dir.resolve("fc")
            + "</cachedir></fontconfig>");
    Path out = dir.resolve("out");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    StringBuilder script = new StringBuilder();
    for (String fonts : List.of("/usr/share/fonts", "/usr/local/share/fonts")) {
      if (Files.isDirectory(Path.of(fonts))) {
        script.append("mount --bind ").append(empty).append(' ').append(fonts).append(" && ");
      }
    }
    script
        .append("echo fonts: $(fc-list 2>/dev/null | wc -l) && ")
        .append(java)
        .append(" -Djava.awt.headless=true -jar ")
        .append(JAR.toAbsolutePath())
        .append(" bake --source ")
        .append(vault)
        .append(" --output ")
        .append(out);
    Result r =
        run(
            List.of("unshare", "-m", "sh", "-c", script.toString()),
            "FONTCONFIG_FILE",
            fontconfig.toString(),
            "HOME",
            dir.toString());
    assertThat(r.exit()).as(r.output()).isZero();
    assertThat(r.output()).contains("fonts: 0");

    byte[] baked = Files.readAllBytes(out.resolve("cards/essays/a.png"));
    byte[] here =
        new CardPainter(CardFont.bundled(), CardTheme.fromCss(stylesheet()))
            .paint(
                new ShareCard(
                    "Drawn without fonts — ça marche",
                    List.of("gpu", "observability"),
                    "Avery Quinn"));
    assertThat(baked).isEqualTo(here);
  }

  private static String stylesheet() throws IOException {
    return Files.readString(Path.of("assets/css/site.css"));
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command, String... env) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    for (int i = 0; i + 1 < env.length; i += 2) {
      pb.environment().put(env[i], env[i + 1]);
    }
    try {
      Process p = pb.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Result(p.waitFor(), output);
    } catch (IOException e) {
      return new Result(-1, e.getMessage());
    }
  }
}
