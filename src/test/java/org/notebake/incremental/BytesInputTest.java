package org.notebake.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A memo file is read whole, in pieces, never through a link. */
class BytesInputTest {
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
}
