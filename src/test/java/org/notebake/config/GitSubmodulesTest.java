package org.notebake.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A .gitmodules file only ever adds a hint to a message: whatever it holds or is (a link to a
 * device, a pipe, a folder, megabytes, paths that climb out of the repository), reading it never
 * hangs, fails or names a folder outside the repository.
 */
class GitSubmodulesTest {
  @TempDir Path dir;

  private Path repository() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.createDirectories(repo.resolve(".git"));
    return repo;
  }

  @Test
  void aSubmoduleNotCheckedOutIsNamedAndACheckedOutOneIsNot() throws Exception {
    Path repo = repository();
    Path site = Files.createDirectories(repo.resolve("site"));
    Files.writeString(repo.resolve(".gitmodules"), "[submodule \"t\"]\n\tpath = site/theme\n");
    assertThat(GitSubmodules.notCheckedOut(site, site.resolve("theme/templates")))
        .isEqualTo("site/theme");
    Files.createDirectories(site.resolve("theme"));
    assertThat(GitSubmodules.notCheckedOut(site, site.resolve("theme"))).isEqualTo("site/theme");
    Files.writeString(site.resolve("theme/.git"), "gitdir: ../../.git/modules/t\n");
    assertThat(GitSubmodules.notCheckedOut(site, site.resolve("theme/templates"))).isNull();
    assertThat(GitSubmodules.notCheckedOut(site, site.resolve("other"))).isNull();
  }

  @Test
  void pathsThatLeaveTheRepositoryAreNeverNamed() throws Exception {
    Path repo = repository();
    Files.writeString(
        repo.resolve(".gitmodules"),
        "[submodule \"a\"]\n\tpath = ../outside\n[submodule \"b\"]\n\tpath = /tmp\n"
            + "[submodule \"c\"]\n\tpath = a/../../outside\n");
    assertThat(GitSubmodules.notCheckedOut(repo, dir.resolve("outside/templates"))).isNull();
    assertThat(GitSubmodules.notCheckedOut(repo, Path.of("/tmp/x"))).isNull();
  }

  @Test
  void aGitmodulesThatIsNoSmallTextFileGivesNoHint() throws Exception {
    Path repo = repository();
    Path modules = repo.resolve(".gitmodules");
    Path folder = repo.resolve("theme/templates");

    Files.createDirectories(modules); // a folder
    assertThat(GitSubmodules.notCheckedOut(repo, folder)).isNull();
    Files.delete(modules);

    Files.createSymbolicLink(modules, Path.of("/dev/zero")); // endless
    assertThat(GitSubmodules.notCheckedOut(repo, folder)).isNull();
    Files.delete(modules);

    byte[] big =
        ("[submodule \"t\"]\n\tpath = theme\n" + "#".repeat(2 << 20))
            .getBytes(StandardCharsets.UTF_8);
    Files.write(modules, big); // over the 1 MiB read
    assertThat(GitSubmodules.notCheckedOut(repo, folder)).isNull();

    Files.write(modules, new byte[] {'p', 'a', 't', 'h', '=', (byte) 0xC3, (byte) 0x28, '\n'});
    assertThat(GitSubmodules.notCheckedOut(repo, folder)).isNull(); // not UTF-8
    Files.writeString(modules, "path = the\0me\n");
    assertThat(GitSubmodules.notCheckedOut(repo, folder)).isNull();
  }

  @Test
  void aPipeInItsPlaceIsNotOpened() throws Exception {
    Path repo = repository();
    Path modules = repo.resolve(".gitmodules");
    Process mkfifo = new ProcessBuilder("mkfifo", modules.toString()).start();
    assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).isTrue();
    // Opening a pipe no one writes to would block for ever.
    assertThat(GitSubmodules.notCheckedOut(repo, repo.resolve("theme/templates"))).isNull();
  }
}
