package org.notebake.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A memo file read whole, a piece at a time ({@link MemoInput} then reads it).
 *
 * <pre>{@code
 * byte[] all = BytesInput.readFile(file);
 * MemoInput in = MemoInput.of(all, 0, all.length - 8);
 * }</pre>
 */
public final class BytesInput {
  private BytesInput() {}

  /** Pieces a memo file is read and written in (see {@link #readFile}). */
  static final int PIECE = 1 << 16;

  /**
   * The whole of {@code file} (never through a link), read a piece at a time: one read of the whole
   * file, as {@code Files.readAllBytes} makes, goes through a direct buffer of the file's size that
   * the thread then keeps (26 MB for a 10,000-page memo, at a build's peak of memory).
   */
  public static byte[] readFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      long size = Files.size(file);
      if (size > Integer.MAX_VALUE - 16) {
        throw new IOException("too large for a memo: " + size + " bytes");
      }
      byte[] all = new byte[(int) size];
      int filled = 0;
      while (true) {
        if (filled == all.length) {
          int next = in.read();
          if (next < 0) {
            return all;
          }
          all = Arrays.copyOf(all, Math.max(all.length * 2, all.length + PIECE)); // it grew
          all[filled++] = (byte) next;
        }
        int n = in.read(all, filled, Math.min(PIECE, all.length - filled));
        if (n < 0) {
          return filled == all.length ? all : Arrays.copyOf(all, filled);
        }
        filled += n;
      }
    }
  }
}
