package org.notebake.site.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The file {@value #NAME} that marks a folder as created by notebake, and lists the files notebake
 * wrote into it (a {@link Manifest}). A folder without it is never deleted; a site whose files do
 * not match its list is not replaced without {@code --force}.
 *
 * <pre>{@code
 * OutputMarker.write(staging, Manifest.empty()); // a fresh staging folder: ours, nothing in it yet
 * OutputMarker.isPresent(staging);               // true
 * OutputMarker.read(site);                       // the files the last bake wrote, or Invalid
 * }</pre>
 */
final class OutputMarker {
  /** File name of the marker, at the top of every folder notebake owns. */
  static final String NAME = ".notebake-output";

  /**
   * The marker parsed last, by its bytes: a bake reads its output's marker up to three times
   * (before the build, when the staging folder opens, and at the commit), and parsing a list of
   * 20,000 files each time was 5% of a second bake. The same bytes parse to the same list, so only
   * a byte-for-byte equal marker is taken as parsed (comparing them costs a fraction of a
   * millisecond).
   */
  private static final AtomicReference<Read> lastRead = new AtomicReference<>();

  private record Read(byte[] bytes, Manifest manifest) {}

  private OutputMarker() {}

  /**
   * Writes the marker listing {@code manifest} into {@code dir}, replacing an earlier one through a
   * temporary name, never through a symbolic link.
   */
  static void write(Path dir, Manifest manifest) throws IOException {
    Path marker = dir.resolve(NAME);
    Path temporary = dir.resolve(NAME + ".tmp-" + StagedOutput.randomSuffix());
    try {
      Files.write(
          temporary,
          manifest.format(),
          StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE,
          LinkOption.NOFOLLOW_LINKS);
      Files.move(temporary, marker, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Whether {@code dir} is a real directory (not a link) carrying a regular marker file. */
  static boolean isPresent(Path dir) {
    return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(dir.resolve(NAME), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The files the marker in {@code dir} lists.
   *
   * @throws Manifest.Invalid if the marker is missing, too large, or not a list notebake wrote
   */
  static Manifest read(Path dir) throws IOException, Manifest.Invalid {
    Path marker = dir.resolve(NAME);
    if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
      throw new Manifest.Invalid("is missing");
    }
    try (InputStream in = Files.newInputStream(marker, LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = in.readNBytes((int) Manifest.MAX_BYTES + 1);
      if (bytes.length > Manifest.MAX_BYTES) {
        throw new Manifest.Invalid(
            "is larger than "
                + (Manifest.MAX_BYTES >> 20)
                + " MiB, more than any site notebake"
                + " bakes, so it was not read");
      }
      Read known = lastRead.get();
      if (known != null && Arrays.equals(known.bytes(), bytes)) {
        return known.manifest();
      }
      Manifest manifest = Manifest.parse(bytes);
      lastRead.set(new Read(bytes, manifest));
      return manifest;
    }
  }
}
