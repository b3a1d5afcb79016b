package org.notebake.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {
  private static String print(DiagnosticPrinter printer, List<Diagnostic> all) {
    StringWriter text = new StringWriter();
    PrintWriter err = new PrintWriter(text);
    printer.print(all, err);
    err.flush();
    return text.toString();
  }

  private static List<Diagnostic> privateLinks(int count) {
    List<Diagnostic> all = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      all.add(
          Diagnostic.warning(
              "p" + (1000 + i) + ".md",
              4,
              1,
              "wikilink target \"secret"
                  + i
                  + "\" is a private note; the link is shown as plain text"));
    }
    return all;
  }

  @Test
  void aMessageRepeatedMoreThanTenTimesIsShownTenTimesThenCounted() {
    String text = print(new DiagnosticPrinter(true, true), privateLinks(200));

    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(11);
    assertThat(lines.get(0)).startsWith("p1001.md:4:1: warning: wikilink target \"secret1\"");
    assertThat(lines.get(9)).startsWith("p1010.md:4:1: warning: wikilink target \"secret10\"");
    assertThat(lines.get(10)).isEqualTo("… and 190 more like the line above (--verbose for all)");
  }

  @Test
  void theSameTemplateLinkBrokenOnEveryTagPageIsOneKind() {
    List<Diagnostic> all = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      all.add(
          Diagnostic.error(
              "tags/t" + i + ".html",
              1,
              5,
              "link \"/ru\" on page tags/t"
                  + i
                  + ".html points to no page of the site; fix the link or publish its target"));
    }
    assertThat(print(new DiagnosticPrinter(true, true), all).lines())
        .hasSize(11)
        .last()
        .isEqualTo("… and 20 more like the line above (--verbose for all)");
  }

  @Test
  void tenRepeatsAreAllShownWithoutACount() {
    assertThat(print(new DiagnosticPrinter(true, true), privateLinks(10)).lines()).hasSize(10);
    assertThat(print(new DiagnosticPrinter(true, true), privateLinks(11)))
        .endsWith("… and 1 more like the line above (--verbose for all)\n");
  }

  @Test
  void unfoldedPrintsEveryOne() {
    assertThat(print(new DiagnosticPrinter(true, false), privateLinks(200)).lines()).hasSize(200);
  }

  @Test
  void differentKindsAreFoldedSeparatelyAndErrorsStayWhenWarningsAreHidden() {
    List<Diagnostic> all = new ArrayList<>(privateLinks(12));
    all.add(Diagnostic.error("z.md", 1, 1, "front matter is not valid YAML"));
    String folded = print(new DiagnosticPrinter(true, true), all);
    assertThat(folded.lines())
        .hasSize(12)
        .last()
        .isEqualTo("z.md:1:1: error: front matter is not valid YAML");

    String quiet = print(new DiagnosticPrinter(false, true), all);
    assertThat(quiet).isEqualTo("z.md:1:1: error: front matter is not valid YAML\n");
  }

  @Test
  void countsWithTheRightPlural() {
    assertThat(DiagnosticPrinter.count(0, "error")).isEqualTo("0 errors");
    assertThat(DiagnosticPrinter.count(1, "warning")).isEqualTo("1 warning");
    assertThat(DiagnosticPrinter.count(2, "warning")).isEqualTo("2 warnings");
  }

  @Test
  void controlCharactersFromTheVaultCannotForgeALineOrColourTheTerminal() {
    Diagnostic forged =
        Diagnostic.warning(
            "notes/\u001B[31mred.md",
            4,
            5,
            "link target \"zz\nnotebake: baked everything fine\r\t\u009B\u202E\u2028\u007F\" matches nothing");

    assertThat(forged.format())
        .isEqualTo(
            "notes/\\u001B[31mred.md:4:5: warning: link target \"zz\\nnotebake: baked everything"
                + " fine\\r\\t\\u009B\\u202E\\u2028\\u007F\" matches nothing");
    assertThat(forged.format()).doesNotContainPattern("[\\p{Cntrl}\u2028\u202E]");
  }

  @Test
  void printableTextIsLeftAlone() {
    String text = "Café “quoted” 東京 \\n stays as written → ok";
    assertThat(Diagnostic.escape(text)).isSameAs(text);
  }
}
