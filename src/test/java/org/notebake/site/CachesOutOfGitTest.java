package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site baked into {@code docs/} of its own repository (GitHub Pages from a folder) keeps its
 * caches beside it, inside the repository: {@code git add .} must not pick them up.
 */
class CachesOutOfGitTest {
  @TempDir Path dir;

  private static String git(Path repo, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void everyCacheBesideTheOutputIsIgnoredByGit() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("repo"),
            """
            -- jbake.properties --
            publish.folders=notes
            site.host=https://jo.example.org/
            -- content/notes/a.md --
            ---
            title: A walk
            ---
            ![[walk.jpg|The canal at dusk]]
            -- content/gallery/canal/index.md --
            ---
            title: The canal
            publish: true
            ---
            An evening's walk.
            """);
    Files.write(
        site.root().resolve("content/gallery/canal/dusk.jpg"),
        org.notebake.gallery.PhotoFixtures.jpegWithEverything(1));
    Files.write(
        site.root().resolve("content/notes/walk.jpg"),
        org.notebake.gallery.PhotoFixtures.jpegWithEverything(1));
    Path docs = site.root().resolve("docs");

    SiteFixture.Result r =
        SiteFixture.run("bake", "--source", site.root().toString(), "--output", docs.toString());

    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<Path> caches =
        List.of(
            site.root().resolve(".docs.cards"),
            site.root().resolve(".docs.notebake-cache"),
            site.root().resolve(".notebake-cache/docs/photos"));
    for (Path cache : caches) {
      assertThat(Files.readString(cache.resolve(".gitignore")))
          .as(cache.toString())
          .contains("\n*\n");
    }

    Assumptions.assumeTrue(new ProcessBuilder("git", "--version").start().waitFor() == 0);
    git(site.root(), "init", "-q");
    assertThat(git(site.root(), "status", "--porcelain", "--untracked-files=all"))
        .contains("docs/index.html")
        .doesNotContain(".docs.")
        .doesNotContain(".notebake-cache");
  }

  @Test
  void aGitignoreSomeoneElseWroteIsLeftAsItIs() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("own"),
            "-- jbake.properties --\npublish.folders=notes\n-- content/notes/a.md --\n# A\n");
    Path cache =
        site.output().resolveSibling("." + site.output().getFileName() + ".notebake-cache");
    assertThat(site.bake().exitCode()).isZero();
    Files.writeString(cache.resolve(".gitignore"), "# mine\n");

    assertThat(site.bake().exitCode()).isZero();

    assertThat(Files.readString(cache.resolve(".gitignore"))).isEqualTo("# mine\n");
  }
}
