package org.notebake.site.output;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The file {@value #NAME} that marks a folder as created by notebake, and so as one it may replace
 * or delete. A folder without it is never deleted.
 *
 * <pre>{@code
 * OutputMarker.write(staging);
 * OutputMarker.isPresent(staging); // true
 * }</pre>
 */
final class OutputMarker {
  /** File name of the marker, at the top of every folder notebake owns. */
  static final String NAME = ".notebake-output";

  // Fixed text, no timestamp, so rebuilds stay byte-identical.
  private static final byte[] TEXT =
      ("This folder was created by notebake and is replaced as a whole on every build.\n"
              + "Do not keep your own files in it.\n")
          .getBytes(UTF_8);

  private OutputMarker() {}

  /** Writes the marker into {@code dir}, never through a symbolic link. */
  static void write(Path dir) throws IOException {
    Path marker = dir.resolve(NAME);
    if (isPresent(dir)) {
      return;
    }
    Files.write(
        marker,
        TEXT,
        StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE,
        LinkOption.NOFOLLOW_LINKS);
  }

  /** Whether {@code dir} is a real directory (not a link) carrying a regular marker file. */
  static boolean isPresent(Path dir) {
    return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(dir.resolve(NAME), LinkOption.NOFOLLOW_LINKS);
  }
}
