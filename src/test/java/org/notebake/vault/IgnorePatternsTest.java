package org.notebake.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IgnorePatternsTest {
  @TempDir Path dir;

  /** What the walk decides: a path is ignored if it or a folder above it is. */
  private static boolean ignored(IgnorePatterns patterns, String path, boolean folder) {
    String[] parts = path.split("/");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        prefix.append('/');
      }
      prefix.append(parts[i]);
      boolean isFolder = i < parts.length - 1 || folder;
      if (patterns.match(prefix.toString(), isFolder).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The walk names paths NFC; a pattern written where names are decomposed (a Mac's {@code ls >
   * .notebakeignore}) ignored nothing, and the folder it named was published.
   */
  /** Red team: Notepad's byte order mark hid the first pattern, and journal/ was published. */
  @Test
  void aByteOrderMarkIsNoPartOfTheFirstPattern() {
    IgnorePatterns patterns = IgnorePatterns.parse("\uFEFFjournal/\ndrafts/\n");
    assertThat(patterns.match("journal", true)).contains(true);
    assertThat(patterns.match("drafts", true)).contains(true);
  }

  @Test
  void aDecomposedPatternIgnoresTheComposedPath() {
    IgnorePatterns patterns = IgnorePatterns.parse("Prive\u0301/\n*e\u0301te\u0301.md\n");
    assertThat(patterns.match("Priv\u00e9", true)).contains(true);
    assertThat(patterns.match("notes/\u00e9t\u00e9.md", false)).contains(true);
    assertThat(patterns.match("Prive", true)).isEmpty();
  }

  @Test
  void gitignoreBasics() {
    IgnorePatterns p =
        IgnorePatterns.parse(
            """
            # a comment
            private/
            *.draft.md
            !keep.draft.md
            /Root only.md
            journal/**/secret*
            \\#hash.md
            trailing.md \\u0020
            """
                .replace("\\u0020", " "));
    assertThat(ignored(p, "private/a.md", false)).isTrue();
    assertThat(ignored(p, "notes/private/a.md", false)).isTrue();
    assertThat(ignored(p, "private", false)).as("a file named private").isFalse();
    assertThat(ignored(p, "essays/x.draft.md", false)).isTrue();
    assertThat(ignored(p, "essays/keep.draft.md", false)).isFalse();
    assertThat(ignored(p, "Root only.md", false)).isTrue();
    assertThat(ignored(p, "sub/Root only.md", false)).isFalse();
    assertThat(ignored(p, "journal/secret.md", false)).isTrue();
    assertThat(ignored(p, "journal/2025/07/secret-plan.md", false)).isTrue();
    assertThat(ignored(p, "other/journal/secret.md", false)).isFalse();
    assertThat(ignored(p, "#hash.md", false)).isTrue();
    assertThat(ignored(p, "essays/a.md", false)).isFalse();
  }

  @Test
  void aFolderPatternMatchesThatFolderWhateverItsName() {
    String name = "Meta/#Templates [old] * ?!";
    IgnorePatterns p = IgnorePatterns.parse(IgnorePatterns.folder(name));
    assertThat(p.match(name, true)).contains(true);
    assertThat(p.match(name, false)).as("a file of that name").isEmpty();
    assertThat(p.match("Meta/#Templates [old] x ?!", true)).isEmpty();
    assertThat(p.match("Other/" + name, true)).isEmpty();
  }

  @Test
  void oddPatternsNeverThrow() {
    IgnorePatterns p = IgnorePatterns.parse("[z-a]\n[\n\\\n!\n/\n**\n[[:alpha:]]x\n");
    assertThat(ignored(p, "anything/at/all.md", false)).as("** matches all").isTrue();
    assertThat(IgnorePatterns.parse("[z-a]\n[\n\\\n").match("z", false))
        .isEqualTo(Optional.empty());
  }

  /**
   * Random patterns and paths, each answered by git itself ({@code git check-ignore --no-index}):
   * the matcher must agree on every one. Skipped where git is not installed.
   */
  @Test
  void agreesWithGitOnRandomPatterns() throws Exception {
    Assumptions.assumeTrue(gitAvailable(), "git is not installed");
    Random random = new Random(20261202);
    String[] atoms = {
      "a",
      "b",
      "ab",
      "*",
      "?",
      "**",
      "/",
      "[ab]",
      "[!a]",
      ".",
      "\\*",
      "-",
      "x",
      "[a-b]",
      "[]a]",
      "[^b]",
      "\\",
      " ",
      "[[:alpha:]]",
      "!",
      "#",
      "\\ ",
      "/**/",
      "**/",
      "[/]",
      "[a\\]]"
    };
    String[] names = {
      "a", "b", "ab", "ba", "x", "*", "a.b", "bb", "-", "a b", "[a]", "#x", "!x", "a\\b"
    };
    int disagreements = 0;
    List<String> report = new ArrayList<>();
    for (int round = 0; round < 100; round++) {
      StringBuilder file = new StringBuilder();
      int lines = 1 + random.nextInt(4);
      for (int l = 0; l < lines; l++) {
        if (random.nextInt(5) == 0) {
          file.append('!');
        }
        int length = 1 + random.nextInt(4);
        for (int k = 0; k < length; k++) {
          file.append(atoms[random.nextInt(atoms.length)]);
        }
        file.append('\n');
      }
      Map<String, Boolean> paths = new HashMap<>();
      for (int k = 0; k < 30; k++) {
        int depth = 1 + random.nextInt(3);
        StringBuilder path = new StringBuilder();
        for (int d = 0; d < depth; d++) {
          if (d > 0) {
            path.append('/');
          }
          path.append(names[random.nextInt(names.length)]);
        }
        paths.put(path.toString(), random.nextInt(4) == 0);
      }
      IgnorePatterns patterns = IgnorePatterns.parse(file.toString());
      Map<String, Boolean> git = git(file.toString(), paths);
      for (Map.Entry<String, Boolean> path : paths.entrySet()) {
        boolean ours = ignored(patterns, path.getKey(), path.getValue());
        if (ours != git.get(path.getKey())) {
          disagreements++;
          report.add(
              file.toString().replace("\n", " | ")
                  + " on "
                  + path.getKey()
                  + (path.getValue() ? "/" : "")
                  + ": git "
                  + git.get(path.getKey()));
        }
      }
    }
    assertThat(report).as("%d disagreements", disagreements).isEmpty();
  }

  private static boolean gitAvailable() {
    try {
      return new ProcessBuilder("git", "--version").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** git's verdict for each path; folders are created so git knows them as folders. */
  private Map<String, Boolean> git(String ignoreFile, Map<String, Boolean> paths)
      throws IOException, InterruptedException {
    Path repo = Files.createTempDirectory(dir, "repo");
    run(repo, null, "git", "init", "-q");
    Files.writeString(repo.resolve(".gitignore"), ignoreFile);
    StringBuilder stdin = new StringBuilder();
    for (Map.Entry<String, Boolean> path : paths.entrySet()) {
      stdin.append(path.getKey()).append(path.getValue() ? "/" : "").append('\0');
    }
    String out =
        run(
            repo,
            stdin.toString(),
            "git",
            "check-ignore",
            "--no-index",
            "-v",
            "-n",
            "-z",
            "--stdin");
    // -z: source, line number, pattern and path, each ended by NUL.
    String[] fields = out.split("\0", -1);
    Map<String, Boolean> verdicts = new HashMap<>();
    for (int i = 0; i + 3 < fields.length; i += 4) {
      String pattern = fields[i + 2];
      String path = fields[i + 3];
      if (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      verdicts.put(path, !pattern.isEmpty() && !pattern.startsWith("!"));
    }
    return verdicts;
  }

  private static String run(Path dir, String stdin, String... command)
      throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
    if (stdin != null) {
      process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }
}
