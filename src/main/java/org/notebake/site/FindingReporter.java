package org.notebake.site;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.privacy.AllowList;
import org.notebake.privacy.Finding;
import org.notebake.privacy.InlineAllows;
import org.notebake.privacy.PositionMapper;
import org.notebake.publish.Note;

/**
 * Turns the privacy gate's findings into diagnostics at the line of the note they came from,
 * dropping those the note allows ({@code %%privacy:allow …%%} or {@code privacy-allow:}). Text on a
 * list page or feed may stand in several notes: it is allowed only if every note holding it does.
 */
final class FindingReporter {
  /** A finding, the output it was seen in, and the note behind that output (null for lists). */
  record Hit(Finding finding, String outputPath, String sourcePath) {}

  private record Located(Note note, int line, int column) {}

  private final Map<String, Note> notes;
  private final Diagnostics diagnostics;
  private final Map<String, AllowList> noteAllows = new HashMap<>();
  private final Map<String, String> sources = new HashMap<>();

  FindingReporter(Map<String, Note> notes, Diagnostics diagnostics) {
    this.notes = notes;
    this.diagnostics = diagnostics;
  }

  /** Reports every finding not allowed; returns how many distinct places were reported. */
  int report(Collection<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(Comparator.comparing(Hit::outputPath).thenComparing(h -> h.finding().start()));
    Set<String> reported = new HashSet<>();
    for (Hit hit : sorted) {
      report(hit).ifPresent(reported::add);
    }
    return reported.size();
  }

  /** Reports a finding unless its notes allow it; returns where it was reported. */
  private Optional<String> report(Hit hit) {
    Finding f = hit.finding();
    List<Located> places = new ArrayList<>();
    locate(hit.sourcePath(), f.match()).ifPresent(places::add);
    if (places.isEmpty()) {
      // Text on a list page or feed: it may stand in several notes; it is allowed only if every
      // note holding it allows it.
      for (Note note : notes.values()) {
        locate(note.path(), f.match()).ifPresent(places::add);
      }
    }
    Optional<Located> offending =
        places.stream().filter(at -> !allowsFor(at.note()).allows(f)).findFirst();
    if (!places.isEmpty() && offending.isEmpty()) {
      return Optional.empty();
    }
    String message =
        f.description()
            + " \""
            + f.masked()
            + "\" would be published (rule "
            + f.rule()
            + "); remove it, or allow it in privacy.allow or with "
            + "%%privacy:allow …%% in the note";
    Note source = hit.sourcePath() == null ? null : notes.get(hit.sourcePath());
    if (offending.isEmpty() && places.isEmpty() && source != null) {
      // On the note's own page but not found verbatim in its source (markup splits it, as in
      // **912** 555 0142): the note is still the place to fix it, or to allow it.
      if (allowsFor(source).allows(f)) {
        return Optional.empty();
      }
      offending = Optional.of(new Located(source, 0, 0));
    }
    if (offending.isPresent()) {
      Located at = offending.get();
      diagnostics.add(
          Diagnostic.error(at.note().path(), at.line(), at.column(), message)
              .withRule("privacy." + f.rule()));
      return Optional.of(at.note().path() + ":" + at.line() + ":" + at.column() + ":" + f.rule());
    } else {
      diagnostics.add(
          Diagnostic.error(
                  hit.outputPath(),
                  0,
                  0,
                  message
                      + " (found in the site output, "
                      + "not in any published note: check templates, assets and file names)")
              .withRule("privacy." + f.rule()));
      return Optional.of(hit.outputPath() + ":" + f.rule() + ":" + f.match());
    }
  }

  private Optional<Located> locate(String sourcePath, String match) {
    Note note = sourcePath == null ? null : notes.get(sourcePath);
    if (note == null) {
      return Optional.empty();
    }
    return PositionMapper.locate(sourceOf(note), match)
        .map(p -> new Located(note, p.line(), p.column()));
  }

  /** A finding on a list page is looked for in every note: each file is read once. */
  private String sourceOf(Note note) {
    return sources.computeIfAbsent(note.path(), p -> rawText(note));
  }

  private static String rawText(Note note) {
    try {
      return Files.readString(note.source().path());
    } catch (IOException e) {
      return note.body();
    }
  }

  private AllowList allowsFor(Note note) {
    return noteAllows.computeIfAbsent(
        note.path(),
        p -> {
          List<String> entries = new ArrayList<>(InlineAllows.parse(sourceOf(note)));
          entries.addAll(note.frontMatter().strings("privacy-allow"));
          return AllowList.of(entries);
        });
  }
}
