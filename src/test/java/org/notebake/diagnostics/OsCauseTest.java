package org.notebake.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class OsCauseTest {
  @Test
  void theCommonErrorsAreNamedNotJustTheirPath() {
    assertThat(OsCause.of(new AccessDeniedException("/srv/.site.staging-1/a.html")))
        .isEqualTo("permission denied");
    assertThat(OsCause.of(new NoSuchFileException("/srv/.site.staging-1/a.html")))
        .isEqualTo("no such file or folder");
  }

  @Test
  void theSystemsOwnWordsAreKept() {
    assertThat(OsCause.of(new IOException("No space left on device")))
        .isEqualTo("no space left on device");
    assertThat(OsCause.of(new FileSystemException("/srv/x", null, "File name too long")))
        .isEqualTo("file name too long");
    assertThat(OsCause.of(new FileSystemException("/srv/x", null, "Read-only file system")))
        .isEqualTo("read-only file system");
  }
}
