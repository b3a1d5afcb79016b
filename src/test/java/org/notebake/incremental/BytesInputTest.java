package org.notebake.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random reads give what a {@link ByteArrayInputStream} over the same bytes gives. */
class BytesInputTest {
  @Test
  void randomReadsAgreeWithByteArrayInputStream() throws IOException {
    Random random = new Random(3);
    for (int round = 0; round < 300; round++) {
      byte[] all = new byte[random.nextInt(200)];
      random.nextBytes(all);
      int offset = all.length == 0 ? 0 : random.nextInt(all.length);
      int length = random.nextInt(all.length - offset + 1);
      InputStream ours = new BytesInput(all, offset, length);
      InputStream theirs = new ByteArrayInputStream(all, offset, length);
      while (true) {
        assertThat(ours.available()).as("round %d", round).isEqualTo(theirs.available());
        int op = random.nextInt(4);
        if (op == 0) {
          int a = ours.read();
          assertThat(a).isEqualTo(theirs.read());
          if (a < 0) {
            break;
          }
        } else if (op == 1) {
          int n = random.nextInt(20);
          byte[] x = new byte[n + 3];
          byte[] y = new byte[n + 3];
          assertThat(ours.read(x, 1, n)).isEqualTo(theirs.read(y, 1, n));
          assertThat(x).isEqualTo(y);
        } else if (op == 2) {
          int n = random.nextInt(20);
          assertThat(ours.readNBytes(n)).isEqualTo(theirs.readNBytes(n));
        } else {
          long n = random.nextInt(10) - 2;
          assertThat(ours.skip(n)).isEqualTo(theirs.skip(n));
        }
      }
    }
  }

  @Test
  void aFileIsReadWholeInPieces(@TempDir Path dir) throws IOException {
    Random random = new Random(5);
    for (int size :
        new int[] {0, 1, BytesInput.PIECE - 1, BytesInput.PIECE, 3 * BytesInput.PIECE + 7}) {
      byte[] bytes = new byte[size];
      random.nextBytes(bytes);
      Path file = Files.write(dir.resolve("memo-" + size), bytes);
      assertThat(BytesInput.readFile(file)).as("%d bytes", size).isEqualTo(bytes);
    }
  }

  @Test
  void aLinkIsNotReadThrough(@TempDir Path dir) throws IOException {
    Path target = Files.writeString(dir.resolve("secret"), "secret");
    Path link = Files.createSymbolicLink(dir.resolve("pages.bin"), target);
    assertThatThrownBy(() -> BytesInput.readFile(link)).isInstanceOf(IOException.class);
  }

  @Test
  void dataInputReadsIntsAcrossTheWholeRange() throws IOException {
    byte[] all = {0, 0, 0, 1, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe, 9};
    DataInputStream in = new DataInputStream(new BytesInput(all, 0, 8));
    assertThat(in.readInt()).isEqualTo(1);
    assertThat(in.readInt()).isEqualTo(-2);
    assertThat(in.available()).isZero();
  }
}
