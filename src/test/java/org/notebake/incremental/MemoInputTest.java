package org.notebake.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * {@link MemoInput} reads what a {@link DataInputStream} over the same bytes reads: the same
 * values, the same failures, the same bytes left, whether the bytes are in memory or come from a
 * stream in short reads through a small piece; and a checked one adds exactly the bytes it was
 * given to its checksum, never reading past them.
 */
class MemoInputTest {
  private static final int ROUNDS = 3000;

  @Test
  void randomReadsAgreeWithDataInputStream() throws IOException {
    Random random = new Random(17);
    for (int round = 0; round < ROUNDS; round++) {
      byte[] all = randomBytes(random);
      int offset = all.length == 0 ? 0 : random.nextInt(all.length);
      int length = random.nextInt(all.length - offset + 1);
      long seed = random.nextLong();
      int pieceSize = 8 + random.nextInt(24);
      CRC32C crc = new CRC32C();
      InputStream source = new ShortReads(all, offset, length + 5, new Random(seed));
      MemoInput checked = MemoInput.checked(source, length, crc, pieceSize);
      MemoInput inMemory = MemoInput.of(all, offset, length);
      for (MemoInput ours : new MemoInput[] {checked, inMemory}) {
        DataInputStream theirs = new DataInputStream(new ByteArrayInputStream(all, offset, length));
        Random ops = new Random(seed);
        String where = "round " + round + (ours == checked ? ", checked" : ", in memory");
        replay(ours, theirs, ops, where);
        ours.skipBytes(Integer.MAX_VALUE);
        assertThat(ours.available()).as(where).isZero();
        assertThat(ours.atEnd()).as(where).isTrue();
      }
      CRC32C expected = new CRC32C();
      expected.update(all, offset, length);
      assertThat(crc.getValue())
          .as("round %d: the checksum of the bytes read", round)
          .isEqualTo(expected.getValue());
      byte[] after = source.readNBytes(5);
      assertThat(after)
          .as("round %d: the source's bytes after the length are left to it", round)
          .hasSize(Math.min(5, all.length - offset - length));
    }
  }

  /**
   * Reads until the end or the first end-of-file (after which what is left is not promised); every
   * step must give what DataInputStream gives, or fail as it does.
   */
  private static void replay(MemoInput ours, DataInputStream theirs, Random ops, String where)
      throws IOException {
    for (int step = 0; ; step++) {
      assertThat(ours.available()).as("%s, step %d", where, step).isEqualTo(theirs.available());
      if (theirs.available() == 0) {
        assertThat(ours.atEnd()).isTrue();
        assertThatThrownBy(ours::readByte).isInstanceOf(EOFException.class);
        assertThatThrownBy(ours::readInt).isInstanceOf(EOFException.class);
        return;
      }
      assertThat(ours.atEnd()).isFalse();
      int op = ops.nextInt(12);
      int argument = ops.nextInt(40) - 2;
      Object expected = outcome(op, theirs, argument);
      Object actual = outcome(op, ours, argument);
      assertThat(actual).as("%s, step %d, op %d", where, step, op).isEqualTo(expected);
      if (expected == EOFException.class) {
        return;
      }
    }
  }

  private static Object outcome(int op, java.io.DataInput in, int argument) {
    try {
      return apply(op, in, argument);
    } catch (IOException | RuntimeException e) {
      return e.getClass();
    }
  }

  private static Object apply(int op, java.io.DataInput in, int argument) throws IOException {
    return switch (op) {
      case 0 -> in.readInt();
      case 1 -> in.readLong();
      case 2 -> in.readBoolean();
      case 3 -> in.readUnsignedShort();
      case 4 -> in.readByte();
      case 5 -> in.readUTF();
      case 6 -> in.skipBytes(argument);
      case 7 -> in.readShort();
      case 8 -> in.readUnsignedByte();
      case 9 -> {
        byte[] into = new byte[Math.max(0, argument) + 2];
        in.readFully(into, 1, Math.max(0, argument));
        yield java.util.Arrays.toString(into);
      }
      case 10 -> {
        if (in instanceof MemoInput memo) {
          yield memo.text(argument);
        }
        DataInputStream data = (DataInputStream) in;
        if (argument < 0 || argument > data.available()) {
          throw new IOException("corrupt length " + argument);
        }
        yield new String(data.readNBytes(argument), StandardCharsets.UTF_8);
      }
      default -> in.readDouble();
    };
  }

  /** Random bytes, often with valid modified UTF-8 strings among them for readUTF to find. */
  private static byte[] randomBytes(Random random) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    int parts = random.nextInt(12);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(4)) {
        case 0 -> out.writeUTF(randomText(random, random.nextInt(30)));
        case 1 -> out.writeInt(random.nextInt());
        case 2 -> {
          byte[] text = randomText(random, random.nextInt(90)).getBytes(StandardCharsets.UTF_8);
          out.writeInt(text.length);
          out.write(text);
        }
        default -> {
          byte[] noise = new byte[random.nextInt(20)];
          random.nextBytes(noise);
          out.write(noise);
        }
      }
    }
    return bytes.toByteArray();
  }

  private static final String PIECES = "aZ09 <>/é€😀\u0000\u2028\uFFFD\uD800";

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(PIECES.charAt(random.nextInt(PIECES.length())));
    }
    return text.toString();
  }

  /** A stream that gives at most a few bytes a read, as a slow pipe or file system may. */
  private static final class ShortReads extends InputStream {
    private final byte[] bytes;
    private int position;
    private final int end;
    private final Random random;

    ShortReads(byte[] bytes, int offset, int length, Random random) {
      this.bytes = bytes;
      this.position = offset;
      this.end = Math.min(bytes.length, offset + length);
      this.random = random;
    }

    @Override
    public int read() {
      return position < end ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (position >= end) {
        return -1;
      }
      int n = Math.min(Math.min(length, end - position), 1 + random.nextInt(7));
      System.arraycopy(bytes, position, into, offset, n);
      position += n;
      return n;
    }
  }

  @Test
  void aSourceShorterThanItsLengthIsAnEndOfFile() throws IOException {
    byte[] bytes = {0, 0, 0, 7, 1, 2};
    MemoInput in = MemoInput.checked(new ByteArrayInputStream(bytes), 10, new CRC32C(), 8);
    assertThat(in.readInt()).isEqualTo(7);
    assertThat(in.available()).isEqualTo(6); // what it was told, not what the file holds
    assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class);
  }

  @Test
  void aLengthPastWhatIsLeftIsRefusedWithoutReading() throws IOException {
    MemoInput in = MemoInput.of(new byte[] {0, 0, 0, 3, 'a', 'b'}, 0, 6);
    assertThatThrownBy(() -> in.text(in.readInt())).hasMessage("corrupt length 3");
    assertThat(in.text(2)).isEqualTo("ab");
    assertThatThrownBy(() -> MemoInput.of(new byte[4], 0, 4).text(-1))
        .hasMessage("corrupt length -1");
  }

  @Test
  void theArrayReadIsNeverChanged() throws IOException {
    byte[] bytes = new byte[64];
    new Random(2).nextBytes(bytes);
    byte[] copy = bytes.clone();
    MemoInput in = MemoInput.of(bytes, 3, 50);
    while (in.available() >= 4) {
      in.readInt();
    }
    assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class);
    assertThat(bytes).isEqualTo(copy);
  }
}
