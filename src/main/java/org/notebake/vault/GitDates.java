package org.notebake.vault;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
 * repository's file-system monitor, signature checks (its gpg program), external diff and text
 * conversion off, since a vault's own configuration is not ours to run. A shallow clone dates every
 * file by its one commit.
 */
public final class GitDates {
  static final long TIMEOUT_SECONDS = 60;

  private static final char COMMIT = '\u0001';

  private final Path folder;
  private volatile Map<String, Instant> added;

  private GitDates(Path folder) {
    this.folder = folder;
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
          added = read(folder);
        }
        dates = added;
      }
    }
    return Optional.ofNullable(dates.get(relativePath));
  }

  private static Map<String, Instant> read(Path folder) {
    ProcessBuilder git =
        new ProcessBuilder(
                "git",
                "-c",
                "core.fsmonitor=false",
                "-c",
                "log.showSignature=false",
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
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    git.environment().put("GIT_OPTIONAL_LOCKS", "0");
    git.environment().put("GIT_TERMINAL_PROMPT", "0");
    try {
      Process process = git.start();
      process.getOutputStream().close();
      byte[] out = readAll(process.getInputStream());
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return Map.of();
      }
      return process.exitValue() == 0 ? parse(new String(out, StandardCharsets.UTF_8)) : Map.of();
    } catch (IOException e) {
      return Map.of(); // no git on this machine
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    in.transferTo(bytes);
    return bytes.toByteArray();
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
