package org.notebake.incremental;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * The build cache folder beside the output ({@code .site.notebake-cache}), shared by the memos:
 * made and marked by notebake, never used when someone else's folder is in its place, and written
 * one whole file at a time.
 *
 * <pre>{@code
 * if (CacheFolder.prepare(folder)) {
 *   CacheFolder.replace(folder, "bodies.bin", out -> out.write(bytes));
 * }
 * }</pre>
 */
final class CacheFolder {
  /** The file that marks a folder as notebake's cache. */
  static final String MARKER = ".notebake-cache";

  private CacheFolder() {}

  /** Writes a file of the cache. */
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** True if {@code folder} is notebake's cache (it has the marker). */
  static boolean isOurs(Path folder) {
    return Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
        && Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Creates and marks {@code folder} if it is missing; false if something that is not notebake's
   * cache is there (it is left alone). One at a time: two memos saved side by side must not see
   * each other's folder before its marker is written.
   */
  static synchronized boolean prepare(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      Files.createDirectories(folder);
      Files.writeString(
          folder.resolve(MARKER), "notebake's build cache; safe to delete at any time\n");
      org.notebake.text.HiddenSibling.keepOutOfGit(folder);
      return true;
    }
    if (!isOurs(folder)) {
      return false;
    }
    org.notebake.text.HiddenSibling.keepOutOfGit(folder);
    return true;
  }

  /**
   * Writes {@code name} in {@code folder} through a temporary file moved over it, so a reader (or a
   * build killed while writing) sees the old file or the new one, never half of one.
   */
  static void replace(Path folder, String name, Writer writer) throws IOException {
    Path temporary = Files.createTempFile(folder, "." + name, ".tmp");
    try {
      try (OutputStream out =
          new BufferedOutputStream(new Pieces(Files.newOutputStream(temporary)), 1 << 16)) {
        writer.write(out);
      }
      try {
        Files.move(
            temporary,
            folder.resolve(name),
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Passes a large write on a piece at a time: written whole, a memo's 26 MB would go through a
   * direct buffer of that size, which the thread then keeps ({@link BytesInput#readFile}).
   */
  private static final class Pieces extends FilterOutputStream {
    Pieces(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, bytes.length);
      for (int at = offset, end = offset + length; at < end; at += BytesInput.PIECE) {
        out.write(bytes, at, Math.min(BytesInput.PIECE, end - at));
      }
    }
  }
}
