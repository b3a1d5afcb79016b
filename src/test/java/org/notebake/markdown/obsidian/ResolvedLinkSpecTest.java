package org.notebake.markdown.obsidian;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.links.Embedding;
import org.notebake.links.NoteResolver;
import org.notebake.links.SiteAddress;
import org.notebake.links.SiteIndex;
import org.notebake.markdown.MarkdownConverter;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.Note;
import org.notebake.publish.NoteKey;
import org.notebake.vault.FrontMatter;
import org.notebake.vault.SourceFile;

/**
 * Runs src/test/resources/spec/resolved-links.txt through the production pipeline with the real
 * resolver: each example is the body of Notes/Reader.md in a vault that also holds the
 * Notes/Guide.md below. The expected output is the HTML, then every diagnostic, one a line.
 */
class ResolvedLinkSpecTest {

  private static final MarkdownConverter PIPELINE = new MarkdownConverter(false, Set.of());
  private static final String GUIDE =
      """
      ## Setup
      ### Install
      ## Upgrade
      ### Install
      Upgrade steps.
      ## How large can a vault be?
      ## Minecraft: The Game
      ### `move`
      Moves a file.
      """;

  static Stream<SpecExample> examples() {
    return SpecReader.read("resolved-links.txt").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsSpecified(SpecExample example) {
    // Spec files write a tab as "→", so the arrows of a cycle message read as tabs there too.
    assertThat(render(example.markdown()).replace('→', '\t'))
        .as("%s\n--- markdown ---\n%s", example, example.markdown())
        .isEqualTo(example.html());
  }

  private static String render(String readerBody) {
    Note guide = note("Notes/Guide.md", "notes/guide.html", GUIDE);
    Note reader = note("Notes/Reader.md", "notes/reader.html", readerBody);
    Map<NoteKey, NoteFacts> facts = new LinkedHashMap<>();
    for (Note note : List.of(guide, reader)) {
      facts.put(note.key(), PIPELINE.analyze(note.body()));
    }
    // Two withheld notes: Diary is private, Locked cannot be read (its permissions).
    List<SourceFile> withheld =
        List.of(
            note("Notes/Diary.md", "notes/diary.html", "").source(),
            note("Notes/Locked.md", "notes/locked.html", "").source());
    SiteIndex index =
        SiteIndex.build(List.of(guide, reader), facts::get, withheld, List.of(), "")
            .withUnreadableNotes(List.of("Notes/Locked.md"));
    Diagnostics diagnostics = new Diagnostics();
    Transcluder transcluder = new Transcluder(index, diagnostics);
    String html =
        PIPELINE
            .renderChecked(readerBody, transcluder.resolver(reader, null, reader.uri(), List.of()))
            .html();
    String reported =
        diagnostics.sorted().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    return reported.isEmpty() ? html : html + reported + "\n";
  }

  private static Note note(String path, String uri, String body) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    SourceFile source = new SourceFile(Path.of(path), path, SourceFile.Kind.NOTE, body.length(), 0);
    String title = name.substring(0, name.length() - 3);
    return new Note(
        source, FrontMatter.none(), body, title, "page", null, null, List.of(), List.of(), uri);
  }

  /** Renders embedded notes the way a bake does, through the same pipeline. */
  private record Transcluder(SiteIndex index, Diagnostics diagnostics)
      implements NoteResolver.Transcluder {
    @Override
    public String render(Note note, String fragment, String hostUri, List<Embedding> stack) {
      return PIPELINE
          .renderChecked(note.body(), resolver(note, fragment, hostUri, new ArrayList<>(stack)))
          .html();
    }

    NoteResolver resolver(Note note, String fragment, String hostUri, List<Embedding> stack) {
      return new NoteResolver(
          index,
          note,
          fragment,
          hostUri,
          stack,
          diagnostics,
          attachment -> {},
          this,
          "tags",
          ".html",
          SiteAddress.of("https://avery.example.org/"));
    }
  }
}
