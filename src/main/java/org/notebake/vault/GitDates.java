package org.notebake.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When each file of a vault that is a git repository (or lies in one) was committed first: the date
 * of a note that names none, as Quartz dates it from git before the file system. A file's
 * modification time is the day of the clone on a fresh checkout or in CI, so every undated note was
 * dated that day, and the feeds' order changed on each run.
 *
 * <pre>{@code
 * GitDates dates = GitDates.of(vault);
 * dates.added("essays/traces.md"); // the author time of the commit that added it, if any
 * }</pre>
 *
 * <p>One {@code git log} for the whole vault, run the first time a date is asked for (a vault whose
 * notes all have dates never runs it) and never again. Renames count as adding. A vault outside a
 * repository, a machine without git, or a log that fails or takes over {@link #TIMEOUT_SECONDS}
 * gives no dates: the modification time stays the fallback. git runs read-only, with the
 * repository's file-system monitor, signature checks (its gpg program), external diff, text
 * conversion, credential helpers, every transport and a partial clone's lazy fetch off, since a
 * vault's own configuration is not ours to run; its output goes to a temporary file, so a git that
 * hangs is stopped at the timeout. A shallow clone dates every file by its one commit.
 */
public final class GitDates {
  static final long TIMEOUT_SECONDS = 60;

  /** A log larger than this (hundreds of thousands of files) gives no dates. */
  static final long MAX_LOG_BYTES = 256L << 20;

  private static final char COMMIT = '\u0001';

  private final Path folder;
  private volatile Map<String, Instant> added;

  private final String executable;
  private final long timeoutSeconds;

  private GitDates(Path folder) {
    this(folder, "git", TIMEOUT_SECONDS);
  }

  /** Dates read with {@code executable} as git, stopped after {@code timeoutSeconds} (tests). */
  GitDates(Path folder, String executable, long timeoutSeconds) {
    this.folder = folder;
    this.executable = executable;
    this.timeoutSeconds = timeoutSeconds;
  }

  /** The dates of the files below {@code folder}, by their paths relative to it. */
  public static GitDates of(Path folder) {
    return new GitDates(folder);
  }

  /** No dates at all (tests, previews of a single note). */
  public static GitDates none() {
    GitDates none = new GitDates(null);
    none.added = Map.of();
    return none;
  }

  /** When the file at {@code relativePath} ({@code /} separated) was first committed. */
  public Optional<Instant> added(String relativePath) {
    Map<String, Instant> dates = added;
    if (dates == null) {
      synchronized (this) {
        if (added == null) {
          added = read(folder, executable, timeoutSeconds);
        }
        dates = added;
      }
    }
    return Optional.ofNullable(dates.get(relativePath));
  }

  private static Map<String, Instant> read(Path folder, String executable, long timeoutSeconds) {
    ProcessBuilder git =
        new ProcessBuilder(
                executable,
                "-c",
                "core.fsmonitor=false",
                "-c",
                "log.showSignature=false",
                "-c",
                "protocol.allow=never",
                "-c",
                "core.sshCommand=false",
                "-c",
                "credential.helper=",
                "-c",
                "core.quotePath=false",
                "--no-pager",
                "log",
                "--no-show-signature",
                "--no-ext-diff",
                "--no-textconv",
                "--no-renames",
                "--diff-filter=A",
                "--name-only",
                "--relative",
                "-z",
                "--format=" + COMMIT + "%at",
                "--",
                ".")
            .directory(folder.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    // A partial clone's missing object would be fetched from its "promisor" remote, running the
    // repository's sshCommand or credential helper: no lazy fetch, no transport at all.
    git.environment().put("GIT_NO_LAZY_FETCH", "1");
    git.environment().put("GIT_OPTIONAL_LOCKS", "0");
    git.environment().put("GIT_TERMINAL_PROMPT", "0");
    git.environment().put("GIT_ASKPASS", "false");
    git.environment().put("SSH_ASKPASS", "false");
    Path log = null;
    Process process = null;
    try {
      // Into a file, not a pipe: a git that hangs must not hang the bake past the timeout.
      log = Files.createTempFile("notebake-git-dates", ".log");
      process = git.redirectOutput(log.toFile()).start();
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        return Map.of();
      }
      if (process.exitValue() != 0 || Files.size(log) > MAX_LOG_BYTES) {
        return Map.of();
      }
      return parse(Files.readString(log, StandardCharsets.UTF_8));
    } catch (IOException | java.io.UncheckedIOException e) {
      return Map.of(); // no git on this machine, or a log that is not text
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    } finally {
      if (process != null) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
      if (log != null) {
        try {
          Files.deleteIfExists(log);
        } catch (IOException e) {
          // left in the system's temporary folder: it holds file names, nothing of their text
        }
      }
    }
  }

  /**
   * {@code git log -z --name-only --format=\u0001%at}, newest commit first: a commit's time, then a
   * newline before its first path, each field ended by a NUL. The oldest commit naming a path wins.
   */
  static Map<String, Instant> parse(String log) {
    Map<String, Instant> dates = new HashMap<>();
    Instant time = null;
    boolean first = false;
    int start = 0;
    while (start < log.length()) {
      int end = log.indexOf('\0', start);
      if (end < 0) {
        end = log.length();
      }
      String field = log.substring(start, end);
      start = end + 1;
      if (!field.isEmpty() && field.charAt(0) == COMMIT) {
        time = seconds(field.substring(1));
        first = true;
        continue;
      }
      if (first && field.startsWith("\n")) {
        field = field.substring(1);
      }
      first = false;
      if (time != null && !field.isEmpty()) {
        dates.put(field, time);
      }
    }
    return Map.copyOf(dates);
  }

  private static Instant seconds(String text) {
    try {
      return Instant.ofEpochSecond(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
