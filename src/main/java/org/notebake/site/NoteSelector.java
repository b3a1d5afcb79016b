package org.notebake.site;

import java.util.ArrayList;
import java.util.List;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.diagnostics.Location;
import org.notebake.publish.Note;
import org.notebake.publish.NoteFactory;
import org.notebake.publish.PublishPolicy;
import org.notebake.publish.PublishSettingsCheck;
import org.notebake.vault.NoteReader;
import org.notebake.vault.ParsedNote;
import org.notebake.vault.SourceFile;

/**
 * Reads every note's front matter and keeps those the author chose to publish. A private note's
 * text goes no further than this stage: only its file (for "is a private note" diagnostics)
 * survives.
 */
final class NoteSelector {
  private NoteSelector() {}

  record Selection(List<Note> published, List<SourceFile> withheld) {}

  /**
   * @param draftsOnly the tool whose site this is when it publishes every note not marked draft
   *     ("Quartz", "Hugo"), else null: a vault of which nothing is published is told so whatever
   *     its notes say (some drafts say nothing of the rest), and how notebake differs
   * @param publishFolders where {@code publish.folders} is set, where that warning points
   */
  static Selection select(
      List<SourceFile> notes,
      NoteReader reader,
      PublishPolicy policy,
      NoteFactory factory,
      Diagnostics diagnostics,
      String draftsOnly,
      Location publishFolders) {
    Choices choices = new Choices();
    List<Note> read =
        Parallel.map(
            notes, file -> readIfPublished(file, reader, policy, factory, diagnostics, choices));
    List<Note> chosen = new ArrayList<>();
    List<SourceFile> withheld = new ArrayList<>();
    java.util.Set<java.nio.file.Path> privateFiles = new java.util.HashSet<>();
    boolean[] resources = new boolean[notes.size()];
    for (int i = 0; i < notes.size(); i++) {
      resources[i] =
          inHeadlessBundle(notes.get(i), choices.headlessBundles)
              || inPrivateSection(notes.get(i), choices.privateSections);
      if (read.get(i) == null || resources[i]) {
        withheld.add(notes.get(i));
        privateFiles.add(notes.get(i).path());
      }
    }
    for (int i = 0; i < notes.size(); i++) {
      Note note = read.get(i);
      if (note == null || resources[i]) {
        continue;
      }
      if (privateFiles.contains(note.source().path())) {
        // A symbolic link's second path for a note that is private at its own (publish.folders
        // publishes the link's folder, not the note's): private by any path.
        withheld.add(notes.get(i));
        diagnostics.warning(
            notes.get(i).relativePath(),
            0,
            0,
            "is a symbolic link to a note that is private where it is; it stays private. Publish"
                + " the note itself (publish: true) or remove the link");
      } else {
        chosen.add(note);
      }
    }
    withheld.sort(
        java.util.Comparator.comparing(SourceFile::relativePath)
            .thenComparing(file -> file.path().toString()));
    if (chosen.isEmpty()
        && withheld.size() > choices.unreadable.get()
        && (draftsOnly != null || choices.withheld.get() == 0 || choices.notDrafts.get() > 0)) {
      // No note is published, and none chose to be private, or some say they are no draft, or the
      // vault is a Quartz garden or Hugo site (which publish every note not marked draft, so a
      // draft or a headless bundle among its notes says nothing of the rest): a vault that has not
      // been told how.
      PublishSettingsCheck.warnIfNothingPublished(
          withheld.size(), draftsOnly, publishFolders, diagnostics);
    }
    return new Selection(List.copyOf(chosen), withheld);
  }

  private static boolean inHeadlessBundle(SourceFile file, java.util.Set<String> bundles) {
    for (String folder : bundles) {
      if (file.relativePath().startsWith(folder)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code file} is below a Hugo section whose {@code _index.md} cascades a withholding
   * word to its pages ({@code cascade: {draft: true}}, {@code cascade: {build: {render: never}}}).
   */
  private static boolean inPrivateSection(SourceFile file, java.util.Set<String> sections) {
    String path = file.relativePath();
    for (String folder : sections) {
      if (path.startsWith(folder) && !path.equals(folder + SECTION_PAGE)) {
        return true;
      }
    }
    return false;
  }

  /** A Hugo section's own page, which holds what it cascades to the pages below it. */
  private static final String SECTION_PAGE = "_index.md";

  /**
   * Whether a section's {@code cascade} (a map, or a list of maps with a {@code _target}) says its
   * pages are private. A {@code _target} is not read: any cascade that withholds, withholds every
   * page below, which is never less private than Hugo.
   */
  static boolean cascadeWithholds(org.notebake.vault.FrontMatter fm) {
    for (String key : fm.keys()) {
      if (!key.equalsIgnoreCase("cascade")) {
        continue;
      }
      Object value = fm.value(key).orElse(null);
      List<?> maps = value instanceof List<?> list ? list : java.util.Arrays.asList(value);
      for (Object map : maps) {
        if (map instanceof java.util.Map<?, ?> values) {
          java.util.Map<String, Object> named = new java.util.LinkedHashMap<>();
          values.forEach((k, v) -> named.put(String.valueOf(k), v));
          if (PublishPolicy.choseToWithhold(org.notebake.vault.FrontMatter.of(named))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * What the withheld notes said of themselves: how many chose to be private ({@code draft: true},
   * {@code publish: false}...) and how many say they are no draft ({@code draft: false}).
   */
  private static final class Choices {
    final java.util.concurrent.atomic.AtomicInteger withheld =
        new java.util.concurrent.atomic.AtomicInteger();
    final java.util.concurrent.atomic.AtomicInteger notDrafts =
        new java.util.concurrent.atomic.AtomicInteger();

    /**
     * Folders of Hugo's headless bundles ({@code index.md} saying {@code headless: true}): the
     * other notes in them are its resources, which Hugo never renders as pages either.
     */
    final java.util.Set<String> headlessBundles =
        java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Folders of Hugo sections whose {@code _index.md} cascades a withholding word. */
    final java.util.Set<String> privateSections =
        java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Notes meant for the site that cannot be read: their errors say why nothing is published. */
    final java.util.concurrent.atomic.AtomicInteger unreadable =
        new java.util.concurrent.atomic.AtomicInteger();
  }

  private static Note readIfPublished(
      SourceFile file,
      NoteReader reader,
      PublishPolicy policy,
      NoteFactory factory,
      Diagnostics diagnostics,
      Choices choices) {
    Diagnostics reading = new Diagnostics();
    ParsedNote parsed = reader.read(file, reading);
    boolean meantForTheSite =
        !parsed.malformed()
            || policy.publishesByLocation(file.relativePath())
            || PublishClaim.inHeader(file);
    for (Diagnostic d : reading.sorted()) {
      diagnostics.add(meantForTheSite || !d.isError() ? d : privateNote(d));
    }
    if (parsed.malformed() && meantForTheSite) {
      choices.unreadable.incrementAndGet();
    }
    if (file.kind() == SourceFile.Kind.HTML
        && !parsed.malformed()
        && parsed.frontMatter().format() == org.notebake.vault.FrontMatter.Format.NONE
        && policy.headerlessHtmlIsNoPage()) {
      org.notebake.publish.HeaderlessFiles.tellHtml(file.relativePath(), diagnostics);
      return null;
    }
    int slash = file.relativePath().lastIndexOf('/');
    if (slash > 0
        && file.relativePath().endsWith("/index.md")
        && Boolean.TRUE.equals(parsed.frontMatter().value("headless").orElse(null))) {
      choices.headlessBundles.add(file.relativePath().substring(0, slash + 1));
    }
    String path = file.relativePath();
    if ((path.equals(SECTION_PAGE) || path.endsWith("/" + SECTION_PAGE))
        && cascadeWithholds(parsed.frontMatter())) {
      choices.privateSections.add(path.substring(0, path.length() - SECTION_PAGE.length()));
    }
    if (!policy.isPublished(file.relativePath(), parsed, diagnostics)) {
      if (!parsed.malformed()
          && (PublishPolicy.choseToWithhold(parsed.frontMatter())
              || PublishPolicy.choseToWithhold(parsed.ignored()))) {
        choices.withheld.incrementAndGet();
      } else if (!parsed.malformed() && PublishPolicy.saysNoDraft(parsed.frontMatter())) {
        choices.notDrafts.incrementAndGet();
      }
      return null;
    }
    return factory.create(file, parsed.frontMatter(), parsed.body(), diagnostics);
  }

  /**
   * A note that would never be published (outside publish.folders, no publish: true line) cannot
   * block the site: its unreadable front matter or bytes are a warning, and it stays private.
   */
  private static Diagnostic privateNote(Diagnostic error) {
    return Diagnostic.warning(
        error.path(),
        error.line(),
        error.column(),
        error.message()
            + " (the note is private, so this does not stop the build; it stays private until"
            + " fixed)");
  }
}
