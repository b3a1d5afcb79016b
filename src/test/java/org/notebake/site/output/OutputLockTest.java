package org.notebake.site.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {
  @TempDir Path temp;

  @Test
  void theLockFileIsRemovedWhenTheLockIsReleased() {
    Path output = temp.resolve("site");

    try (OutputLock lock = OutputLock.acquire(output)) {
      assertThat(OutputLock.fileFor(output)).exists();
      assertThatThrownBy(() -> OutputLock.acquire(output))
          .isInstanceOf(OutputRefusedException.class)
          .hasMessageContaining("another notebake build is writing");
    }

    assertThat(OutputLock.fileFor(output)).doesNotExist();
  }

  @Test
  void aLockFileLeftByAKilledBuildIsTakenOverAndRemoved() throws IOException {
    Path output = temp.resolve("site");
    Files.writeString(OutputLock.fileFor(output), "left by a killed build");

    OutputLock.acquire(output).close();

    assertThat(temp).isEmptyDirectory();
  }

  @Test
  void aLockHeldByAnotherProcessStaysHeldAfterTheCheck() throws Exception {
    Path output = temp.resolve("site");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                KilledBuildMain.class.getName(),
                output.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      assertThat(new String(child.getInputStream().readNBytes(6))).isEqualTo("READY ");

      assertThatThrownBy(() -> OutputLock.acquire(output))
          .isInstanceOf(OutputRefusedException.class)
          .hasMessageContaining("another notebake build is writing");
    } finally {
      child.destroyForcibly().waitFor();
    }
  }

  @Test
  void aLockOnAFileThatLostItsNameIsNotTrusted() throws IOException {
    Path file = OutputLock.fileFor(temp.resolve("site"));
    try (FileChannel opened =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      assertThat(OutputLock.stillNamed(file, opened)).isTrue();

      Files.delete(file); // the holder released it...
      Files.writeString(file, ""); // ...and a third build made a new one
      opened.truncate(0);

      assertThat(OutputLock.stillNamed(file, opened)).isFalse();
    }
  }
}
