package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vault's preamble.sty (Obsidian's Extended MathJax plugin) reaches the pages with maths as a
 * script of KaTeX definitions, through the privacy scan, and changes nothing where it is absent or
 * there is no maths.
 */
class MathPreambleSiteTest {
  @TempDir Path dir;

  private static final String EULER =
      """
      -- Notes/Euler.md --
      ---
      publish: true
      ---
      $\\R^n$ and $\\norm{x}$ and $\\argmax_x f$
      -- Notes/Plain.md --
      ---
      publish: true
      ---
      It costs $5 and $6.
      """;

  private static final String PREAMBLE =
      """
      -- preamble.sty --
      % Avery's macros; call me on 912 555 0142
      \\usepackage{amsmath}
      \\usepackage{tikz}
      \\newcommand{\\R}{\\mathbb{R}} % the reals
      \\newcommand{\\norm}[1]{\\left\\lVert#1\\right\\rVert}
      \\DeclareMathOperator*{\\argmax}{arg\\,max}
      """;

  @Test
  void theMacrosReachOnlyThePagesWithMaths() throws Exception {
    SiteFixture site = SiteFixture.of(dir.resolve("vault"), EULER + PREAMBLE);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    java.util.List<String> files = site.files();
    String script =
        files.stream()
            .filter(f -> f.matches("vendor/katex/preamble-[0-9a-f]{10}\\.js"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(files.toString()));
    assertThat(site.read("notes/euler.html"))
        .contains(
            "<script defer src=\"../vendor/katex/katex.min.js\"></script>\n"
                + "<script defer src=\"../"
                + script
                + "\"></script>\n"
                + "<script defer src=\"../vendor/katex/notebake-math.js\"></script>");
    assertThat(site.read("notes/plain.html")).doesNotContain("preamble");
    assertThat(site.read(script))
        .contains("\"\\\\gdef\\\\R{\\\\mathbb{R}}\"")
        .contains("\"\\\\gdef\\\\norm#1{\\\\left\\\\lVert#1\\\\right\\\\rVert}\"")
        .contains("\"\\\\gdef\\\\argmax{\\\\operatorname*{arg\\\\,max}}\"")
        .contains("katex.render = function");
    // Comments never leave the vault; tikz is a warning at its line, amsmath none.
    assertThat(site.everything()).doesNotContain("0142").doesNotContain("the reals");
    assertThat(r.err()).contains("preamble.sty:3: warning").doesNotContain("preamble.sty:2");
  }

  @Test
  void withoutMathsOrWithoutAPreambleTheSiteIsWhatItWas() throws Exception {
    String plain =
        """
        -- Notes/Plain.md --
        ---
        publish: true
        date: 2025-06-01
        ---
        No maths here.
        """;
    SiteFixture without = SiteFixture.of(dir.resolve("a/vault"), plain);
    assertThat(without.bake().exitCode()).isZero();
    SiteFixture with = SiteFixture.of(dir.resolve("b/vault"), plain + PREAMBLE);
    SiteFixture.Result r = with.bake();
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).doesNotContain("preamble");
    assertThat(tree(with.output())).isEqualTo(tree(without.output()));

    SiteFixture maths = SiteFixture.of(dir.resolve("c"), EULER);
    assertThat(maths.bake().exitCode()).isZero();
    assertThat(maths.everything()).doesNotContain("preamble");
  }

  @Test
  void aPhoneNumberAMacroShowsIsAnErrorAtItsLine() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            EULER
                + """
                -- preamble.sty --
                \\newcommand{\\R}{\\mathbb{R}}
                \\newcommand{\\office}{(415)\\,867\\text{-}5309}
                """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains("preamble.sty:2:").contains("phone number");
  }

  @Test
  void anIgnoredPreambleIsNotRead() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"), EULER + PREAMBLE + "-- .notebakeignore --\npreamble.sty\n");
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything()).doesNotContain("preamble");
    assertThat(r.err()).doesNotContain("tikz");
  }

  /** Every file's path and bytes (as text, to compare). */
  private static Map<String, String> tree(Path root) throws java.io.IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    try (var walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            root.relativize(file).toString(),
            new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
