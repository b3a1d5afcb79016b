package org.notebake.incremental;

import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.zip.Checksum;

/**
 * Reads a memo file as {@link DataInputStream} would, from bytes in memory or from a stream a piece
 * at a time, without its chain of streams: a {@code DataInputStream} over a checked, limited,
 * buffered stream reads each int a byte at a time through four streams (one of them locked), which
 * was most of the time a bake took to read its memos. Numbers are read straight from the piece in
 * hand, and a string is decoded from it without being copied first.
 *
 * <pre>{@code
 * MemoInput in = MemoInput.checked(raw, size - 4, crc);  // the first size - 4 bytes, into crc
 * int count = in.readInt();
 * String html = in.text(in.readInt());                    // UTF-8 of that many bytes
 * boolean whole = in.atEnd();                             // then the checksum: read from raw
 * }</pre>
 *
 * <p>{@link #checked} never reads past the length it is given; {@link #available()} is what is left
 * of it, as the limited stream it replaces said.
 */
public final class MemoInput implements DataInput {
  private final InputStream source; // null: all bytes are in the array
  private final Checksum checksum;
  private long unread; // bytes of the source not yet taken into the piece
  private final byte[] piece;
  private int position;
  private int end;

  private MemoInput(
      InputStream source, Checksum checksum, long unread, byte[] piece, int position, int end) {
    this.source = source;
    this.checksum = checksum;
    this.unread = unread;
    this.piece = piece;
    this.position = position;
    this.end = end;
  }

  /** Reads {@code bytes[offset]} up to {@code bytes[offset + length - 1]} (never changed). */
  public static MemoInput of(byte[] bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    return new MemoInput(null, null, 0, bytes, offset, offset + length);
  }

  /**
   * Reads the next {@code length} bytes of {@code source}, and no more, adding each to {@code
   * checksum} as it is taken from the source.
   */
  public static MemoInput checked(InputStream source, long length, Checksum checksum) {
    return checked(source, length, checksum, BytesInput.PIECE);
  }

  static MemoInput checked(InputStream source, long length, Checksum checksum, int pieceSize) {
    if (length < 0 || pieceSize < 8) {
      throw new IllegalArgumentException("length " + length + ", piece " + pieceSize);
    }
    return new MemoInput(
        Objects.requireNonNull(source),
        Objects.requireNonNull(checksum),
        length,
        new byte[pieceSize],
        0,
        0);
  }

  /** Bytes left to read, at most {@link Integer#MAX_VALUE}. */
  public int available() {
    return (int) Math.min(end - position + unread, Integer.MAX_VALUE);
  }

  /** Whether every byte has been read. */
  public boolean atEnd() {
    return position == end && unread == 0;
  }

  /** Makes {@code n} bytes (at most 8) ready in the piece, or fails at the end. */
  private void need(int n) throws IOException {
    if (end - position >= n) {
      return;
    }
    if (source == null || end - position + unread < n) {
      throw new EOFException();
    }
    int left = end - position;
    System.arraycopy(piece, position, piece, 0, left);
    position = 0;
    end = left;
    while (end < n) {
      end += take(piece, end, (int) Math.min(piece.length - end, unread));
    }
  }

  /** Takes between 1 and {@code length} bytes of the source into {@code into}: how many. */
  private int take(byte[] into, int offset, int length) throws IOException {
    int n = source.read(into, offset, length);
    if (n <= 0) {
      throw new EOFException("the file is shorter than it was");
    }
    checksum.update(into, offset, n);
    unread -= n;
    return n;
  }

  @Override
  public void readFully(byte[] into) throws IOException {
    readFully(into, 0, into.length);
  }

  @Override
  public void readFully(byte[] into, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, into.length);
    if (length > end - position + unread) {
      throw new EOFException();
    }
    int inHand = Math.min(length, end - position);
    System.arraycopy(piece, position, into, offset, inHand);
    position += inHand;
    for (int done = inHand; done < length; ) {
      done += take(into, offset + done, length - done);
    }
  }

  /**
   * The next {@code length} bytes as UTF-8 (malformed bytes become U+FFFD, as {@code new String}
   * makes them).
   *
   * @throws IOException if fewer are left, or {@code length} is negative
   */
  public String text(int length) throws IOException {
    if (length < 0 || length > available()) {
      throw new IOException("corrupt length " + length);
    }
    if (end - position >= length) {
      String text = new String(piece, position, length, StandardCharsets.UTF_8);
      position += length;
      return text;
    }
    byte[] bytes = new byte[length];
    readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public int skipBytes(int n) throws IOException {
    int skipped = (int) Math.max(0, Math.min(n, end - position + unread));
    int left = skipped;
    while (left > end - position) {
      left -= end - position;
      position = 0;
      end = take(piece, 0, (int) Math.min(piece.length, unread));
    }
    position += left;
    return skipped;
  }

  @Override
  public boolean readBoolean() throws IOException {
    need(1);
    return piece[position++] != 0;
  }

  @Override
  public byte readByte() throws IOException {
    need(1);
    return piece[position++];
  }

  @Override
  public int readUnsignedByte() throws IOException {
    need(1);
    return piece[position++] & 0xff;
  }

  @Override
  public short readShort() throws IOException {
    return (short) readUnsignedShort();
  }

  @Override
  public int readUnsignedShort() throws IOException {
    need(2);
    int value = (piece[position] & 0xff) << 8 | (piece[position + 1] & 0xff);
    position += 2;
    return value;
  }

  @Override
  public char readChar() throws IOException {
    return (char) readUnsignedShort();
  }

  @Override
  public int readInt() throws IOException {
    need(4);
    byte[] p = piece;
    int at = position;
    position = at + 4;
    return (p[at] & 0xff) << 24
        | (p[at + 1] & 0xff) << 16
        | (p[at + 2] & 0xff) << 8
        | (p[at + 3] & 0xff);
  }

  @Override
  public long readLong() throws IOException {
    need(8);
    long high = readInt() & 0xffffffffL;
    return high << 32 | (readInt() & 0xffffffffL);
  }

  @Override
  public float readFloat() throws IOException {
    return Float.intBitsToFloat(readInt());
  }

  @Override
  public double readDouble() throws IOException {
    return Double.longBitsToDouble(readLong());
  }

  /** Not in any memo. */
  @Override
  public String readLine() {
    throw new UnsupportedOperationException("a memo has no lines");
  }

  /** As {@link DataInputStream#readUTF}: modified UTF-8 after its unsigned length. */
  @Override
  public String readUTF() throws IOException {
    return DataInputStream.readUTF(this);
  }
}
