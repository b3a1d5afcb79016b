package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.notebake.diagnostics.Diagnostics;

class OutputPathsTest {
  /**
   * A name over 255 bytes cannot be written on Linux, macOS or Windows: said at the note, while
   * planning, not as a failed write at the end naming the output folder. Bytes, not characters: 85
   * CJK letters are 255 bytes, 86 are too many.
   */
  @Test
  void aNameTooLongToWriteIsAnErrorAtItsSource() {
    OutputPaths paths = new OutputPaths();
    Diagnostics diagnostics = new Diagnostics();

    assertThat(paths.claim("essays/" + "a".repeat(250) + ".html", "essays/a.md", diagnostics))
        .isTrue();
    assertThat(paths.claim("essays/" + "b".repeat(251) + ".html", "essays/b.md", diagnostics))
        .isFalse();
    assertThat(paths.claim("观".repeat(85) + "/x.html", "c.md", diagnostics)).isTrue();
    assertThat(paths.claim("观".repeat(86) + "/x.html", "d.md", diagnostics)).isFalse();
    assertThat(paths.claim("files/" + "e".repeat(252) + ".pdf", "files/e.pdf", diagnostics))
        .isFalse();

    assertThat(diagnostics.sorted())
        .extracting(d -> d.path() + ": " + d.message())
        .containsExactly(
            "d.md: would write "
                + "观".repeat(86)
                + "/x.html, whose name is 258 bytes, over the 255 a file name may have on most"
                + " file systems; give it a shorter file name or a shorter slug in its front"
                + " matter",
            "essays/b.md: would write essays/"
                + "b".repeat(251)
                + ".html, whose name is 256 bytes, over the 255 a file name may have on most"
                + " file systems; give it a shorter file name or a shorter slug in its front"
                + " matter",
            "files/e.pdf: would write files/"
                + "e".repeat(252)
                + ".pdf, whose name is 256 bytes, over the 255 a file name may have on most"
                + " file systems; give it a shorter file name");
    assertThat(paths.all()).hasSize(2);
  }
}
