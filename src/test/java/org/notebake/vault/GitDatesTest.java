package org.notebake.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class GitDatesTest {
  @TempDir Path dir;

  @Test
  void theOldestCommitNamingAPathWinsAndOddNamesSurvive() {
    String log =
        "\u00011620259200\0\nnew\nline.md\0sub/b c.md\0caf\u00e9.md\0"
            + "\u00011577934245\0\na.md\0caf\u00e9.md\0";
    Map<String, Instant> dates = GitDates.parse(log);
    assertThat(dates)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "new\nline.md", Instant.ofEpochSecond(1620259200),
                "sub/b c.md", Instant.ofEpochSecond(1620259200),
                "caf\u00e9.md", Instant.ofEpochSecond(1577934245),
                "a.md", Instant.ofEpochSecond(1577934245)));
    assertThat(GitDates.parse("")).isEmpty();
    assertThat(GitDates.parse("\u0001garbage\0\nx.md\0")).isEmpty();
  }

  @Test
  void aVaultInARepositoryIsDatedByTheCommitsThatAddedItsFiles() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Path vault = Files.createDirectories(repo.resolve("content/notes"));
    git(repo, null, "init", "-q");
    Files.writeString(vault.resolve("a.md"), "a");
    git(repo, "2020-01-02T03:04:05Z", "add", "-A");
    git(repo, "2020-01-02T03:04:05Z", "commit", "-q", "-m", "one");
    Files.writeString(vault.resolve("a.md"), "a, edited");
    Files.writeString(vault.resolve("b c.md"), "b");
    git(repo, "2021-05-06T00:00:00Z", "add", "-A");
    git(repo, "2021-05-06T00:00:00Z", "commit", "-q", "-m", "two");
    Files.writeString(vault.resolve("uncommitted.md"), "u");

    GitDates dates = GitDates.of(repo.resolve("content"));
    assertThat(dates.added("notes/a.md")).contains(Instant.parse("2020-01-02T03:04:05Z"));
    assertThat(dates.added("notes/b c.md")).contains(Instant.parse("2021-05-06T00:00:00Z"));
    assertThat(dates.added("notes/uncommitted.md")).isEmpty();
  }

  @Test
  void aRepositorysOwnConfigurationRunsNothing() throws Exception {
    // A vault handed over with its .git: with log.showSignature on, a plain git log runs the
    // repository's gpg.program on a signed commit (checked by hand: it does).
    Path repo = Files.createDirectories(dir.resolve("hostile"));
    git(repo, null, "init", "-q");
    Files.writeString(repo.resolve("a.md"), "a");
    git(repo, null, "add", "-A");
    String tree = git(repo, null, "write-tree").strip();
    Path commit = dir.resolve("commit");
    Files.writeString(
        commit,
        "tree "
            + tree
            + "\nauthor A <a@example.org> 1577934245 +0000\ncommitter A <a@example.org>"
            + " 1577934245 +0000\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQEzBAABCAAdFiEE\n"
            + " -----END PGP SIGNATURE-----\n\nsigned\n");
    String signed = git(repo, null, "hash-object", "-t", "commit", "-w", commit.toString());
    git(repo, null, "update-ref", "HEAD", signed.strip());
    Path ran = dir.resolve("ran");
    Path script = dir.resolve("evil.sh");
    Files.writeString(script, "#!/bin/sh\ntouch " + ran + "\ncat >/dev/null\nexit 1\n");
    assertThat(script.toFile().setExecutable(true)).isTrue();
    for (String key :
        new String[] {"core.fsmonitor", "gpg.program", "core.pager", "diff.external"}) {
      git(repo, null, "config", key, script.toString());
    }
    git(repo, null, "config", "log.showSignature", "true");

    assertThat(GitDates.of(repo).added("a.md")).contains(Instant.parse("2020-01-02T03:04:05Z"));
    assertThat(ran).doesNotExist();
  }

  @Test
  void aPartialClonesMissingObjectIsNotFetchedThroughTheRepositorysSshCommand() throws Exception {
    // Red team: a "promisor" remote's fetch of a deleted tree ran core.sshCommand on a bake.
    Path repo = Files.createDirectories(dir.resolve("partial"));
    git(repo, null, "init", "-q");
    Files.createDirectories(repo.resolve("notes"));
    Files.writeString(repo.resolve("notes/a.md"), "a");
    git(repo, "2020-01-02T03:04:05Z", "add", "-A");
    git(repo, "2020-01-02T03:04:05Z", "commit", "-q", "-m", "one");
    String tree = git(repo, null, "rev-parse", "HEAD:notes").strip();
    Files.delete(repo.resolve(".git/objects/" + tree.substring(0, 2) + "/" + tree.substring(2)));
    Path ran = dir.resolve("ran");
    Path script = dir.resolve("ssh.sh");
    Files.writeString(script, "#!/bin/sh\necho ran >> " + ran + "\nexit 1\n");
    assertThat(script.toFile().setExecutable(true)).isTrue();
    git(repo, null, "config", "core.repositoryformatversion", "1");
    git(repo, null, "config", "extensions.partialClone", "origin");
    git(repo, null, "config", "remote.origin.url", "ssh://git.example.org/repo");
    git(repo, null, "config", "remote.origin.promisor", "true");
    git(repo, null, "config", "core.sshCommand", script.toString());
    git(repo, null, "config", "credential.helper", "!" + script);

    assertThat(GitDates.of(repo).added("notes/a.md")).isEmpty();
    assertThat(ran).doesNotExist();
  }

  @Test
  void aGitThatHangsIsStoppedAtTheTimeout() throws Exception {
    Path repo = Files.createDirectories(dir.resolve("slow"));
    Path slow = dir.resolve("slow-git.sh");
    Files.writeString(slow, "#!/bin/sh\nsleep 30\n");
    assertThat(slow.toFile().setExecutable(true)).isTrue();
    long start = System.nanoTime();

    assertThat(new GitDates(repo, slow.toString(), 1).added("a.md")).isEmpty();
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - start))
        .isLessThan(java.time.Duration.ofSeconds(20));
  }

  @Test
  void aFolderOutsideAnyRepositoryHasNoDates() throws Exception {
    Path plain = Files.createDirectories(dir.resolve("plain"));
    Files.writeString(plain.resolve("a.md"), "a");
    // GIT_CEILING_DIRECTORIES is not ours to set here; the temp folder lies in no repository.
    assertThat(GitDates.of(plain).added("a.md")).isEmpty();
    assertThat(GitDates.none().added("a.md")).isEmpty();
  }

  /** Runs git in {@code repo} (author and committer dated {@code date} if given); its output. */
  public static String git(Path repo, String date, String... args)
      throws IOException, InterruptedException {
    String[] command = new String[args.length + 5];
    command[0] = "git";
    command[1] = "-c";
    command[2] = "user.name=Avery Quinn";
    command[3] = "-c";
    command[4] = "user.email=avery@example.org";
    System.arraycopy(args, 0, command, 5, args.length);
    ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile());
    builder.redirectErrorStream(true);
    if (date != null) {
      builder.environment().put("GIT_AUTHOR_DATE", date);
      builder.environment().put("GIT_COMMITTER_DATE", date);
    }
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(out).isZero();
    return out;
  }
}
