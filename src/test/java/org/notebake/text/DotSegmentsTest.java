package org.notebake.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DotSegmentsTest {
  @Test
  void everyLeadingParentAndCurrentFolderGoes() {
    assertThat(DotSegments.dropLeading("../../pics/a.png")).isEqualTo("pics/a.png");
    assertThat(DotSegments.dropLeading("./../.././x")).isEqualTo("x");
    assertThat(DotSegments.dropLeading("../../../../etc/passwd")).isEqualTo("etc/passwd");
  }

  @Test
  void dotsWithNoSlashAfterThemStay() {
    assertThat(DotSegments.dropLeading("")).isEmpty();
    assertThat(DotSegments.dropLeading("..")).isEqualTo("..");
    assertThat(DotSegments.dropLeading(".")).isEqualTo(".");
    assertThat(DotSegments.dropLeading("../")).isEmpty();
    assertThat(DotSegments.dropLeading("../..")).isEqualTo("..");
  }

  @Test
  void aNameOfDotsIsAName() {
    assertThat(DotSegments.dropLeading(".../x")).isEqualTo(".../x");
    assertThat(DotSegments.dropLeading(".hidden/x")).isEqualTo(".hidden/x");
  }

  @Test
  void onlyTheFrontIsTouched() {
    assertThat(DotSegments.dropLeading("notes/../a.png")).isEqualTo("notes/../a.png");
    // A slash between them is no dot segment: callers that also drop a leading slash say so.
    assertThat(DotSegments.dropLeading("..//x")).isEqualTo("/x");
    assertThat(DotSegments.dropLeading("/../x")).isEqualTo("/../x");
  }
}
