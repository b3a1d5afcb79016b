package org.notebake.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A {@link java.io.ByteArrayInputStream} without its locks, for reading a memo file already in
 * memory: a {@link java.io.DataInputStream}'s {@code readInt} reads a byte at a time, and a
 * 10,000-page memo is two million ints, each read four times under a lock.
 *
 * <pre>{@code
 * DataInputStream in = new DataInputStream(new BytesInput(all, 0, length));
 * }</pre>
 */
public final class BytesInput extends InputStream {
  private final byte[] bytes;
  private final int end;
  private int position;

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

  /** Reads {@code bytes[offset]} up to {@code bytes[offset + length - 1]}. */
  public BytesInput(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    this.bytes = bytes;
    this.position = offset;
    this.end = offset + length;
  }

  @Override
  public int read() {
    return position < end ? bytes[position++] & 0xff : -1;
  }

  @Override
  public int read(byte[] into, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, into.length);
    if (position >= end) {
      return -1; // as ByteArrayInputStream, even for no bytes asked
    }
    int n = Math.min(length, end - position);
    System.arraycopy(bytes, position, into, offset, n);
    position += n;
    return n;
  }

  @Override
  public byte[] readNBytes(int length) {
    if (length < 0) {
      throw new IllegalArgumentException("length < 0");
    }
    int n = Math.min(length, end - position);
    byte[] out = Arrays.copyOfRange(bytes, position, position + n);
    position += n;
    return out;
  }

  @Override
  public long skip(long n) {
    long skipped = Math.max(0, Math.min(n, end - position));
    position += (int) skipped;
    return skipped;
  }

  @Override
  public int available() {
    return end - position;
  }
}
