package org.notebake.markdown.obsidian.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MathPreambleTest {

  private static List<String> tex(MathPreamble preamble) {
    return preamble.definitions().stream().map(MathPreamble.Definition::tex).toList();
  }

  @Test
  void newcommandRenewcommandAndDefBecomeGlobalDefinitions() {
    MathPreamble p =
        MathPreamble.read(
            """
            \\newcommand{\\R}{\\mathbb{R}}
            \\renewcommand\\vec[1]{\\mathbf{#1}}
            \\newcommand*{\\norm}[1]{\\left\\lVert#1\\right\\rVert}
            \\providecommand{\\pair}[2]{(#1, #2)}
            \\def\\x#1{x_{#1}}
            \\edef\\y{y}
            \\global\\long\\def\\z{z}
            """);
    assertThat(tex(p))
        .containsExactly(
            "\\gdef\\R{\\mathbb{R}}",
            "\\gdef\\vec#1{\\mathbf{#1}}",
            "\\gdef\\norm#1{\\left\\lVert#1\\right\\rVert}",
            "\\gdef\\pair#1#2{(#1, #2)}",
            "\\gdef\\x#1{x_{#1}}",
            "\\xdef\\y{y}",
            "\\gdef\\z{z}");
    assertThat(p.definitions().get(1).line()).isEqualTo(2);
    assertThat(p.skipped()).isEmpty();
  }

  @Test
  void declareMathOperatorIsAnOperatorName() {
    MathPreamble p =
        MathPreamble.read(
            "\\DeclareMathOperator{\\argmax}{arg\\,max}\n\\DeclareMathOperator*{\\esssup}{ess\\,sup}\n");
    assertThat(tex(p))
        .containsExactly(
            "\\gdef\\argmax{\\operatorname{arg\\,max}}",
            "\\gdef\\esssup{\\operatorname*{ess\\,sup}}");
  }

  @Test
  void commentsAreLeftOutEvenInsideADefinition() {
    MathPreamble p =
        MathPreamble.read(
            """
            % my number: 912 555 0142
            \\newcommand{\\half}{\\frac{1}{2}} % a half
            \\newcommand{\\pct}{50\\%% of it
            }
            """);
    assertThat(tex(p)).containsExactly("\\gdef\\half{\\frac{1}{2}}", "\\gdef\\pct{50\\%}");
    assertThat(p.definitions().get(1).line()).isEqualTo(3);
    assertThat(p.toString()).doesNotContain("0142").doesNotContain("of it");
  }

  @Test
  void aBodyOverSeveralLinesIsOneDefinitionAtItsFirstLine() {
    MathPreamble p =
        MathPreamble.read(
            "\n\n\\newcommand{\\abs}[1]{\n  \\left|#1\n  \\right|\n}\n\\newcommand{\\N}{\\mathbb{N}}\n");
    assertThat(tex(p))
        .containsExactly("\\gdef\\abs#1{\n  \\left|#1\n  \\right|\n}", "\\gdef\\N{\\mathbb{N}}");
    assertThat(p.definitions().get(0).line()).isEqualTo(3);
    assertThat(p.definitions().get(1).line()).isEqualTo(7);
  }

  @Test
  void whatKatexCannotTakeIsSkippedAtItsLineAndTheRestIsRead() {
    MathPreamble p =
        MathPreamble.read(
            """
            \\usepackage{amsmath,amssymb}
            \\usepackage[all]{tikz}
            \\newenvironment{proof}{\\textit{Proof.}}{\\qed}
            \\newcommand{\\opt}[2][0]{#1 + #2}
            \\DeclarePairedDelimiter\\abs{\\lvert}{\\rvert}
            Some text
            \\newcommand{\\R}{\\mathbb{R}}
            """);
    assertThat(tex(p)).containsExactly("\\gdef\\R{\\mathbb{R}}");
    assertThat(p.skipped()).extracting(MathPreamble.Skipped::line).containsExactly(2, 3, 4, 5, 6);
    assertThat(p.skipped().get(0).why()).contains("\\usepackage[all]{tikz}", "tikz");
    assertThat(p.skipped().get(1).why()).contains("\\newenvironment", "environment");
    assertThat(p.skipped().get(2).why()).contains("\\opt", "optional argument");
    assertThat(p.skipped().get(3).why()).contains("\\DeclarePairedDelimiter");
    assertThat(p.skipped().get(4).why()).doesNotContain("Some text");
  }

  @Test
  void anUnclosedGroupCostsOnlyItsLine() {
    MathPreamble p = MathPreamble.read("\\newcommand{\\bad}{\\frac{1}\n\\newcommand{\\R}{x}\n");
    assertThat(p.skipped()).extracting(MathPreamble.Skipped::line).containsExactly(1);
    assertThat(tex(p)).containsExactly("\\gdef\\R{x}");
  }

  @Test
  void anEmptyPreambleHasNothing() {
    assertThat(MathPreamble.read("% only a comment\n\n").isEmpty()).isTrue();
    assertThat(MathPreamble.read("").skipped()).isEmpty();
  }
}
