package org.notebake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The summary's list of files the privacy scan cannot read stays one readable line. */
class UnscannedFilesTest {

  private static List<String> files(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "fonts/f" + i + ".woff (1 KB)").toList();
  }

  @Test
  void aFewFilesAreAllNamed() {
    assertThat(BuildRun.unscanned(files(BuildRun.UNSCANNED_SHOWN), false))
        .isEqualTo(String.join(", ", files(BuildRun.UNSCANNED_SHOWN)))
        .doesNotContain("more");
  }

  @Test
  void manyAreCutToTheFirstTenAndACount() {
    String line = BuildRun.unscanned(files(190), false);
    assertThat(line)
        .startsWith("fonts/f1.woff (1 KB), fonts/f2.woff (1 KB)")
        .contains("fonts/f10.woff (1 KB) and 180 more (--verbose lists them all)")
        .doesNotContain("fonts/f11.woff");
  }

  @Test
  void verboseNamesEveryOne() {
    assertThat(BuildRun.unscanned(files(190), true))
        .isEqualTo(String.join(", ", files(190)))
        .contains("fonts/f190.woff");
  }
}
