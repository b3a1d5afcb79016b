package org.notebake.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosticsTest {
  @Test
  void formatsLikeACompiler() {
    assertThat(Diagnostic.error("essays/a.md", 14, 9, "what; how to fix").format())
        .isEqualTo("essays/a.md:14:9: error: what; how to fix");
    assertThat(Diagnostic.warning("a.md", 0, 0, "whole file").format())
        .isEqualTo("a.md: warning: whole file");
  }

  @Test
  void sortsByPlaceAndCountsEachProblemOnce() {
    Diagnostics all = new Diagnostics();
    all.error("b.md", 2, 1, "x");
    all.warning("a.md", 9, 1, "y");
    all.error("b.md", 2, 1, "x");
    assertThat(all.sorted()).extracting(Diagnostic::path).containsExactly("a.md", "b.md");
    assertThat(all.errorCount()).isEqualTo(1);
    assertThat(all.warningCount()).isEqualTo(1);
    assertThat(all.hasErrors()).isTrue();
  }
}
