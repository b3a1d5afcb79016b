package org.notebake.site.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output stamps bake keeps in its cache folder: a file that is not one is ignored, cheaply. */
class OutputMemoryFileTest {
  @TempDir Path dir;

  /**
   * A file of 300 MB in place of {@code output-stamps.bin} (a disk image copied over the cache, a
   * file grown by a faulty disk) was read whole, then copied, before its checksum was looked at:
   * the bake stopped out of memory in its 370 MiB heap instead of reading the live site.
   */
  @Test
  void aHugeFileInPlaceOfTheStampsIsIgnoredWithoutBeingHeldInMemory() throws Exception {
    Path file = dir.resolve("output-stamps.bin");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(700L << 20); // more than this JVM's 1 GiB heap holds twice
    }

    OutputMemory memory = OutputMemory.load(file);

    assertThat(memory.filesOf(dir.resolve("site"))).isEmpty();
  }
}
