package org.notebake.site.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class StagingRootWriteFailureTest {
  @Test
  void aWriteFailureNamesTheSitePathAndTheCause() {
    assertThat(
            StagingRoot.writeFailure("notes/a.html", new IOException("No space left on device"))
                .getMessage())
        .isEqualTo("cannot write notes/a.html: no space left on device");
  }
}
