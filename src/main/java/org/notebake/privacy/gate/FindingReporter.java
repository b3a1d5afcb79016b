package org.notebake.privacy.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.privacy.AllowList;
import org.notebake.privacy.Finding;
import org.notebake.privacy.InlineAllows;
import org.notebake.privacy.PositionMapper;
import org.notebake.privacy.PrivacyScanner;
import org.notebake.publish.Note;
import org.notebake.text.Listing;
import org.notebake.vault.FrontMatter;

/**
 * Turns the privacy gate's findings into diagnostics: one per finding id, however many outputs hold
 * it, at the line of the note it came from (its text, its file name or its title), dropping what
 * the note allows ({@code %%privacy:allow …%%} or {@code privacy-allow:}). Text on a list page or
 * feed may stand in several notes: it is allowed only if every note holding it does.
 *
 * <pre>
 * daily/a.md:3:9: error: phone number "912 *** **42" would be published in 3 outputs (id
 * phone:3f9a2c; also in b.md:7); remove it, or allow it: add phone:3f9a2c to the file
 * privacy.allow beside jbake.properties, or %%privacy:allow phone:3f9a2c%% to the note
 * daily/912-555-0142.md:1: error: phone number "912-***-**42" would be published in 4 outputs
 * from its file name (id phone:3f9a2c); remove it, ...
 * </pre>
 */
public final class FindingReporter {
  /** A finding, the output it was seen in, and the note behind that output (null for lists). */
  public record Hit(Finding finding, String outputPath, String sourcePath) {}

  /** Where in a note a finding is: a line of its text, or its file name or title. */
  private record Located(Note note, int line, int column, String where) {
    String label() {
      return note.path()
          + (line > 0 ? ":" + line : "")
          + (where.isEmpty() ? "" : " (" + where.strip() + ")");
    }
  }

  private static final int LISTED_PLACES = 3;

  private final Map<String, Note> notes;
  private final Diagnostics diagnostics;
  private final PrivacyScanner scanner;
  private final Map<String, AllowList> noteAllows = new HashMap<>();
  private final Map<String, String> sources = new HashMap<>();

  /** What {@link #scanner} finds in a note's source, for the notes a finding is located in. */
  private final Map<String, List<Finding>> sourceFindings = new HashMap<>();

  /** The site's allow-list file as a hint names it: {@code the file privacy.allow beside …}. */
  private final String allowFile;

  /** Data files, the site's templates and its configuration: what else a page prints. */
  private PrintedInputs printed = PrintedInputs.NONE;

  /**
   * @param scanner the scanner that found the findings, to find each again in its note's source
   */
  public FindingReporter(
      Map<String, Note> notes, Diagnostics diagnostics, String allowFile, PrivacyScanner scanner) {
    this.notes = notes;
    this.diagnostics = diagnostics;
    this.allowFile = allowFile;
    this.scanner = scanner;
  }

  /** Every line shown: where no renderer is asked. */
  static final java.util.function.Function<String, java.util.BitSet> EVERY_LINE =
      source -> {
        java.util.BitSet all = new java.util.BitSet();
        all.set(0, Integer.MAX_VALUE);
        return all;
      };

  /** Which lines of a note's text its page shows; at first, every line. */
  private java.util.function.Function<String, java.util.BitSet> showing = EVERY_LINE;

  /**
   * Asks {@code showing} which lines of a note's text its page shows (the Markdown renderer's
   * {@code shownLines}), where one value stands on several.
   */
  FindingReporter showing(java.util.function.Function<String, java.util.BitSet> showing) {
    this.showing = showing;
    return this;
  }

  /** Looks for findings no note holds in {@code inputs} too. */
  FindingReporter printedFrom(PrintedInputs inputs) {
    this.printed = inputs;
    return this;
  }

  /** Reports every finding not allowed; returns how many distinct findings were reported. */
  public int report(Collection<Hit> hits) {
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(
        Comparator.comparing(Hit::outputPath)
            .thenComparing(h -> h.finding().start())
            .thenComparing(h -> h.finding().id()));
    Map<String, List<Hit>> byId = new LinkedHashMap<>();
    for (Hit hit : sorted) {
      byId.computeIfAbsent(hit.finding().id(), id -> new ArrayList<>()).add(hit);
    }
    List<Places> found = byId.values().stream().map(this::attribute).toList();
    sweep(found.stream().filter(Places::unattributed).toList());
    int reported = 0;
    for (Places places : found) {
      if (report(places)) {
        reported++;
      }
    }
    return reported;
  }

  /**
   * One value's hits and the notes it is in: those of its own pages first, then any other note
   * holding it when some hit is on no note's page ({@link #sweep}).
   */
  private record Places(
      List<Hit> hits, List<Located> places, List<Note> pagesOf, boolean unattributed) {
    Finding finding() {
      return hits.get(0).finding();
    }
  }

  private Places attribute(List<Hit> hits) {
    List<Located> places = new ArrayList<>();
    List<Note> pagesOf = new ArrayList<>();
    boolean unattributed = false;
    for (Hit hit : hits) {
      Note note = hit.sourcePath() == null ? null : notes.get(hit.sourcePath());
      Optional<Located> at =
          note == null ? Optional.empty() : locate(note, sourceOf(note), hit.finding(), true);
      if (at.isPresent()) {
        addOnce(places, at.get());
      } else {
        unattributed = true;
        if (note != null && !pagesOf.contains(note)) {
          pagesOf.add(note);
        }
      }
    }
    return new Places(hits, places, pagesOf, unattributed);
  }

  /**
   * Text on a list page, a feed or a file name, or page text the note does not hold verbatim: the
   * notes that hold it are the places to fix it, or to allow it. Every note is read once for all
   * such values, and only the sources of notes found holding one are kept: keeping every note's
   * source held the whole vault's text at once at the end of the build, twice its characters in a
   * note with any character past Latin-1 (pur3-pkb, 5,638 notes, 2026-12-06: about 190 MB of a 480
   * MiB peak, where the bake had 567 MiB).
   */
  private void sweep(List<Places> unattributed) {
    if (unattributed.isEmpty()) {
      return;
    }
    for (Note note : notes.values()) {
      String kept = sources.get(note.path());
      String source = kept != null ? kept : rawText(note);
      boolean holds = false;
      for (Places found : unattributed) {
        Optional<Located> at = locate(note, source, found.finding(), false);
        if (at.isPresent()) {
          addOnce(found.places(), at.get());
          holds = true;
        }
      }
      if (holds && kept == null) {
        sources.put(note.path(), source);
      }
    }
  }

  /** Reports one value found in one or more outputs, unless every note holding it allows it. */
  private boolean report(Places found) {
    List<Hit> hits = found.hits();
    Finding f = found.finding();
    List<Located> places = found.places();
    List<Note> pagesOf = found.pagesOf();
    List<Located> offending =
        places.stream().filter(at -> !allowsFor(at.note()).allows(f)).toList();
    if (!places.isEmpty() && offending.isEmpty()) {
      return false;
    }
    if (places.isEmpty()) {
      Optional<PrintedInputs.Place> input = printed.locate(f);
      if (input.isPresent()) {
        reportPrinted(found, input.get());
        return true;
      }
    }
    if (places.isEmpty() && pagesOf.size() == 1) {
      // On a note's own page but not in its source (markup splits it, as in **912** 555 0142):
      // the note is still the place to fix it, or to allow it.
      List<Note> notAllowing = pagesOf.stream().filter(n -> !allowsFor(n).allows(f)).toList();
      if (notAllowing.isEmpty()) {
        return false;
      }
      offending = notAllowing.stream().map(n -> new Located(n, 0, 0, " on its page")).toList();
    }
    StringBuilder message = wouldBePublished(f, hits);
    if (!offending.isEmpty()) {
      message.append(offending.get(0).where());
    }
    message.append(" (id ").append(f.id());
    if (offending.isEmpty()) {
      message.append("; found in ").append(hits.get(0).outputPath());
      message.append(", not in any published note: check templates, assets and file names");
    } else {
      List<String> others = offending.stream().skip(1).map(Located::label).toList();
      if (!others.isEmpty()) {
        message.append("; also in ").append(Listing.some(others, LISTED_PLACES));
      }
    }
    message.append(
        f.rule().equals(org.notebake.privacy.CalloutMarkers.RULE)
            ? "); it is no callout here, so the text after it is published too: start a quote line"
                + " with it (> "
                + f.match()
                + ") to keep what follows private, or allow it: add "
            : "); remove it, or allow it: add ");
    message
        .append(f.id())
        .append(" to ")
        .append(allowFile)
        .append(", or %%privacy:allow ")
        .append(f.id())
        .append("%% to the note");
    if (offending.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(hits.get(0).outputPath(), 0, 0, message.toString())
              .withRule("privacy." + f.rule())
              .withFinding(f.id()));
    } else {
      Located at = offending.get(0);
      diagnostics.add(
          Diagnostic.error(at.note().path(), at.line(), at.column(), message.toString())
              .withRule("privacy." + f.rule())
              .withFinding(f.id()));
    }
    return true;
  }

  /**
   * A value no note holds that a data file, a template or the configuration does: reported there,
   * since no note can allow it.
   */
  private void reportPrinted(Places found, PrintedInputs.Place at) {
    Finding f = found.finding();
    StringBuilder message = wouldBePublished(f, found.hits());
    message
        .append(" by a template that prints this file (id ")
        .append(f.id())
        .append("; first in ")
        .append(found.hits().get(0).outputPath())
        .append("); remove it, or allow it: add ")
        .append(f.id())
        .append(" to ")
        .append(allowFile);
    diagnostics.add(
        Diagnostic.error(at.file().toString(), at.line(), at.column(), message.toString())
            .withRule("privacy." + f.rule())
            .withFinding(f.id()));
  }

  /** {@code phone number "912 *** **42" would be published in 3 outputs}: a message's start. */
  private static StringBuilder wouldBePublished(Finding f, List<Hit> hits) {
    long outputs = hits.stream().map(Hit::outputPath).distinct().count();
    StringBuilder message =
        new StringBuilder(f.description())
            .append(" \"")
            .append(f.masked())
            .append("\" would be published");
    if (outputs > 1) {
      message.append(" in ").append(outputs).append(" outputs");
    }
    return message;
  }

  private static void addOnce(List<Located> places, Located at) {
    if (places.stream().noneMatch(p -> p.note().path().equals(at.note().path()))) {
      places.add(at);
    }
  }

  /**
   * Where a finding is in a note: where the scan finds it again in the note's source (the same id:
   * {@code password: str} earlier on does not hold the password further down), else its text as
   * written (the match, else the decoded value, else either with inline markup between its chars,
   * as a summary flattens {@code `912` 555 0142}), else its file name, else its title; in the
   * note's text first, then in its YAML front matter.
   *
   * @param ownPage whether the finding was on the note's own page, so that it is in the note even
   *     if its text is not there as it was rendered; otherwise the note's source is scanned only if
   *     its text is there, so that a finding on a list page does not scan every note
   */
  private Optional<Located> locate(Note note, String source, Finding f, boolean ownPage) {
    // YAML front matter reaches a page only through an allow-list (Author: Jo <jo@…> does not):
    // where the note's text holds the value too, that is the line that published it.
    String text = textOf(note, source);
    Optional<PositionMapper.Position> at =
        text == source
            ? position(note.path(), source, f, ownPage)
            : position(note.path() + "\u0000text", text, f, false)
                .or(() -> position(note.path(), source, f, ownPage));
    if (at.isPresent()) {
      return Optional.of(new Located(note, at.get().line(), at.get().column(), ""));
    }
    if (holds(note.path(), f)) {
      return Optional.of(new Located(note, 1, 0, " from its file name"));
    }
    if (note.title() != null && holds(note.title(), f)) {
      return Optional.of(new Located(note, 1, 0, " from its title"));
    }
    return Optional.empty();
  }

  /** The last source blanked and its text: the sweep asks for one note's once a finding. */
  private String lastSource;

  private String lastText;

  /** {@link #withoutYamlFrontMatter}, made once for a source however many findings ask. */
  private String textOf(Note note, String source) {
    if (source != lastSource) {
      lastSource = source;
      lastText = withoutYamlFrontMatter(note, source);
    }
    return lastText;
  }

  /**
   * The source with its YAML front matter blanked (every char but line ends a space), so that lines
   * and columns stay those of the source; the source itself when it has none.
   */
  private static String withoutYamlFrontMatter(Note note, String source) {
    if (note.frontMatter().format() != FrontMatter.Format.YAML || !source.startsWith("---")) {
      return source;
    }
    int lineEnd = source.indexOf('\n');
    while (lineEnd >= 0) {
      int next = source.indexOf('\n', lineEnd + 1);
      String line = source.substring(lineEnd + 1, next < 0 ? source.length() : next).strip();
      if (line.equals("---") || line.equals("...")) {
        int end = next < 0 ? source.length() : next;
        char[] blanked = source.toCharArray();
        for (int i = 0; i < end; i++) {
          if (blanked[i] != '\n' && blanked[i] != '\r') {
            blanked[i] = ' ';
          }
        }
        return new String(blanked);
      }
      lineEnd = next;
    }
    return source;
  }

  /** Where {@code f} is in {@code source}, the text scanned under {@code key} when it is there. */
  private Optional<PositionMapper.Position> position(
      String key, String source, Finding f, boolean ownPage) {
    Optional<PositionMapper.Position> at = PositionMapper.locate(source, f.match());
    if (at.isEmpty() && !f.value().equals(f.match())) {
      at = PositionMapper.locate(source, f.value());
    }
    if (at.isEmpty()) {
      at = PositionMapper.locateIgnoringMarkup(source, f.match());
    }
    if (at.isEmpty() && !f.value().equals(f.match())) {
      at = PositionMapper.locateIgnoringMarkup(source, f.value());
    }
    if (at.isEmpty()) {
      at = PositionMapper.locateDecoded(source, f.match());
    }
    if (at.isEmpty() && !f.value().equals(f.match())) {
      at = PositionMapper.locateDecoded(source, f.value());
    }
    if (at.isPresent() || ownPage) {
      Optional<PositionMapper.Position> scanned = scannedAt(key, source, f);
      at = scanned.isPresent() ? scanned : at;
    }
    return at;
  }

  /**
   * Where the scan finds a finding with the same id in {@code source}, if it does: of several, the
   * first on a line the page shows. (A private callout's marker at line 4 and a look-alike that is
   * no callout at line 11 have one id: told of line 4, a working callout, the author took the error
   * for a false alarm and was offered to allow what line 11 publishes.)
   */
  private Optional<PositionMapper.Position> scannedAt(String key, String source, Finding f) {
    List<Finding> found = sourceFindings.computeIfAbsent(key, p -> scanner.scan(source));
    List<PositionMapper.Position> same = new ArrayList<>();
    for (Finding candidate : found) {
      if (candidate.id().equals(f.id())) {
        same.add(PositionMapper.positionOf(source, candidate.start()));
      }
    }
    if (same.isEmpty()) {
      return Optional.empty();
    }
    if (same.stream().allMatch(at -> at.line() == same.get(0).line())) {
      return Optional.of(same.get(0)); // one line: no need to ask which the page shows
    }
    java.util.BitSet shown = shown(key, source);
    return Optional.of(
        same.stream().filter(at -> shown.get(at.line())).findFirst().orElse(same.get(0)));
  }

  /** The lines of a note's page that come from lines of {@code source}, by its key. */
  private final Map<String, java.util.BitSet> shownLines = new HashMap<>();

  private java.util.BitSet shown(String key, String source) {
    return shownLines.computeIfAbsent(
        key,
        k -> {
          try {
            return showing.apply(source);
          } catch (RuntimeException e) {
            return EVERY_LINE.apply(source); // beyond the parser: every line may be shown
          }
        });
  }

  /** Whether {@code text} holds the finding, compared as a file name is scanned. */
  private static boolean holds(String text, Finding f) {
    String folded = wordsOf(text);
    return folded.contains(wordsOf(f.match())) || folded.contains(wordsOf(f.value()));
  }

  private static String wordsOf(String text) {
    return text.toLowerCase(Locale.ROOT).replace('/', ' ').replace('-', ' ').replace('_', ' ');
  }

  /** How many notes' sources this reporter holds: those a finding is in. */
  int sourcesHeld() {
    return sources.size();
  }

  /** A note's source, read once for the notes a finding is in. */
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
