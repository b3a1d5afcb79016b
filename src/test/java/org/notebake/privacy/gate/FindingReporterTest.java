package org.notebake.privacy.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.privacy.Finding;
import org.notebake.privacy.PrivacyRules;
import org.notebake.privacy.PrivacyScanner;
import org.notebake.publish.Note;
import org.notebake.vault.FrontMatter;
import org.notebake.vault.SourceFile;

/** Where the reporter finds a list page's finding, and what it keeps of the notes it reads. */
class FindingReporterTest {
  @TempDir Path dir;

  private final PrivacyScanner scanner = PrivacyScanner.create(PrivacyRules.builder().build());

  @Test
  void aFindingOnAListPageIsAtTheNoteHoldingItAndOnlyThatNoteIsKept() throws IOException {
    Map<String, Note> notes = new LinkedHashMap<>();
    for (int i = 0; i < 40; i++) {
      String text = i == 27 ? "# Otters\n\nCall Avery on 912 555 0142 after six.\n" : "# Otters\n";
      notes.put("notes/n" + i + ".md", note("notes/n" + i + ".md", text));
    }
    List<Finding> found = scanner.scan("Otters: call Avery on 912 555 0142 after six");
    assertThat(found).as("the list page's text holds a phone number").hasSize(1);
    Diagnostics diagnostics = new Diagnostics();
    FindingReporter reporter =
        new FindingReporter(notes, diagnostics, "the file privacy.allow", scanner);

    int reported =
        reporter.report(List.of(new FindingReporter.Hit(found.get(0), "index.html", null)));

    assertThat(reported).isEqualTo(1);
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith("notes/n27.md:3:15: error: phone number");
    // Every note was read to find it; a bake's end held all 40 (the whole vault's text) before.
    assertThat(reporter.sourcesHeld()).isEqualTo(1);
  }

  @Test
  void aFindingInTheTextIsAtItsLineThereNotAtAFrontMatterKeyThatHoldsItToo() throws IOException {
    // Every note of a vault had Author: Name <address> in its front matter, which never reaches a
    // page, and the same signature at its end, which does: that line is the one to edit.
    String text =
        "---\nAuthor: Avery Quinn <avery@example.org>\n---\n\n# Otters\n\nAvery Quinn"
            + " <avery@example.org> | 2023\n";
    Note note =
        withFrontMatter(note("notes/otters.md", text), FrontMatter.of(Map.of("Author", "x")));
    List<Finding> found = scanner.scan("Avery Quinn avery@example.org | 2023");
    assertThat(found).as("the page's text holds an address").hasSize(1);
    Diagnostics diagnostics = new Diagnostics();
    FindingReporter reporter =
        new FindingReporter(
            Map.of(note.path(), note), diagnostics, "the file privacy.allow", scanner);

    reporter.report(
        List.of(new FindingReporter.Hit(found.get(0), "notes/otters.html", note.path())));

    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::format)
        .singleElement()
        .asString()
        .startsWith("notes/otters.md:7:14: error: email address");
  }

  private static Note withFrontMatter(Note n, FrontMatter matter) {
    return new Note(
        n.source(),
        matter,
        n.body(),
        n.title(),
        n.type(),
        n.date(),
        n.updated(),
        n.tags(),
        n.aliases(),
        n.uri());
  }

  private Note note(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    SourceFile source = new SourceFile(file, path, SourceFile.Kind.NOTE, text.length(), 0);
    String uri = path.replace(".md", ".html");
    return new Note(
        source, FrontMatter.none(), text, "Otters", "page", null, null, List.of(), List.of(), uri);
  }
}
