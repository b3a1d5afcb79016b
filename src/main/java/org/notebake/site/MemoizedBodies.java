package org.notebake.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.NoteHtmlSanitizer;
import org.notebake.incremental.BodyMemo;
import org.notebake.incremental.Fingerprint;
import org.notebake.links.Attachment;
import org.notebake.links.SiteIndex;
import org.notebake.markdown.MarkdownConverter;
import org.notebake.progress.Progress;
import org.notebake.publish.Note;
import org.notebake.publish.NoteKey;
import org.notebake.render.BodyRenderer;
import org.notebake.render.DocumentBuilder;
import org.notebake.render.RenderedNote;
import org.notebake.text.OneCopy;
import org.notebake.vault.SourceFile;

/**
 * The Markdown stage through a {@link BodyMemo}: a note whose inputs are unchanged gets its body,
 * facts, diagnostics and attachments from the memo; any other is rendered on its own, with a
 * diagnostics list and an index view of its own, so that what it said and which notes it read are
 * remembered with it. The result is the same as rendering every note.
 */
final class MemoizedBodies {
  private final BodyMemo memo;
  private final MarkdownConverter markdown;
  private final NoteHtmlSanitizer sanitizer = new NoteHtmlSanitizer();
  private final SiteIndex index;
  private final SiteConfig config;
  private final Map<String, String> hashes;
  private final Map<String, Attachment> attachments;
  private final String names;

  /** Each rendered note's memo key, by path (what a later build keeps using: {@link #after}). */
  private final Map<String, String> keys;

  /** The notes each rendered note's body read, by path: its dependencies. */
  private final Map<String, java.util.Collection<String>> reads;

  /** What rendering each note said, by path. */
  private final Map<String, List<Diagnostic>> said;

  MemoizedBodies(
      BodyMemo memo,
      MarkdownConverter markdown,
      SiteIndex index,
      SiteConfig config,
      List<Note> published,
      List<SourceFile> withheld,
      List<Attachment> files,
      Set<String> assets,
      List<String> otherFiles,
      List<String> lfsPointers,
      Albums albums) {
    this.memo = memo;
    this.markdown = markdown;
    this.index = index;
    this.config = config;
    this.hashes = new HashMap<>();
    this.attachments = new HashMap<>();
    this.keys = new ConcurrentHashMap<>();
    this.reads = new ConcurrentHashMap<>();
    this.said = new ConcurrentHashMap<>();
    // Every note's whole text is hashed each build (serve's too): on every core.
    List<String> hashed = Parallel.map(published, MemoizedBodies::hash);
    for (int i = 0; i < published.size(); i++) {
      hashes.put(published.get(i).path(), hashed.get(i));
    }
    files.forEach(a -> attachments.put(a.source().relativePath(), a));
    // Sidecars and albums give embeds their alt text and can withhold a photo: inputs of every
    // body, though no note's text names them.
    this.names =
        new Fingerprint()
            .add(names(memo.salt(), published, withheld, files, assets))
            .add(otherFiles) // a link to one is told what it found
            .add(lfsPointers)
            .add(new java.util.TreeMap<>(albums.altTexts()).toString())
            .add(albums.withheld().stream().sorted().toList())
            .hex();
  }

  private MemoizedBodies(MemoizedBodies last, SiteIndex index) {
    this.memo = last.memo;
    this.markdown = last.markdown;
    this.index = index;
    this.config = last.config;
    this.hashes = new HashMap<>(last.hashes);
    this.attachments = last.attachments;
    this.names = last.names;
    this.keys = new ConcurrentHashMap<>(last.keys);
    this.reads = new ConcurrentHashMap<>(last.reads);
    this.said = new ConcurrentHashMap<>(last.said);
  }

  /** The index these bodies' links were resolved by, which the short way's next one starts from. */
  SiteIndex index() {
    return index;
  }

  /**
   * These bodies after {@code changed} notes' text changed, and nothing else ({@link LastBuild}):
   * the same names, attachments and memo, the notes' new hashes, links resolved by {@code index}.
   * Every other note's memo entry stays in use.
   */
  MemoizedBodies after(SiteIndex index, java.util.Collection<Note> changed) {
    MemoizedBodies next = new MemoizedBodies(this, index);
    changed.forEach(note -> next.hashes.put(note.path(), hash(note)));
    memo.keepUsing(next.keys.values());
    return next;
  }

  /** The paths of the notes whose bodies read one of {@code paths} (embed it, link a heading). */
  Set<String> readers(Set<String> paths) {
    Set<String> out = new java.util.TreeSet<>();
    reads.forEach(
        (note, read) -> {
          for (String path : read) {
            if (paths.contains(path)) {
              out.add(note);
              break;
            }
          }
        });
    return out;
  }

  /** One note rendered (or found in the memo), and what rendering it said. */
  record Body(RenderedNote note, List<Diagnostic> said) {}

  /** What rendering the note at {@code path} said (in the build these bodies are of). */
  List<Diagnostic> said(String path) {
    return said.getOrDefault(path, List.of());
  }

  Body body(Note note) {
    BodyMemo.Entry entry = entryFor(note);
    said.put(note.path(), entry.diagnostics());
    return new Body(renderedNote(note, entry), entry.diagnostics());
  }

  private RenderedNote renderedNote(Note note, BodyMemo.Entry entry) {
    return new RenderedNote(
        note.key(),
        new DocumentBuilder.Body(
            entry.html(), entry.summary(), entry.words(), entry.math(), entry.diagrams()),
        entry.facts(),
        entry.attachments().stream().map(attachments::get).toList());
  }

  /** What a note is: everything of it but its file's size, which its text already says. */
  static String hash(Note note) {
    return new Fingerprint()
        .add(note.source().relativePath())
        .add(note.source().kind())
        .addExcept(note, "source")
        .hex();
  }

  /**
   * Everything that decides how any link resolves: every published note's path, aliases, address
   * and tags, private notes' paths, attachments (with size and time) and assets.
   */
  private static String names(
      String salt,
      List<Note> published,
      List<SourceFile> withheld,
      List<Attachment> files,
      Set<String> assets) {
    Fingerprint names = new Fingerprint().add(salt);
    List<Note> notes = new ArrayList<>(published);
    notes.sort(Comparator.comparing(Note::path));
    for (Note note : notes) {
      // How a link finds it; what a note that finds it reads of it is in that note's dependencies.
      names.add(note.source().relativePath()).add(note.source().kind());
      names.add(note.aliases()).add(note.uri());
      names.add(note.tags()); // the tag pages a link to tags/<tag> finds (SiteIndex#hasTagPage)
    }
    names.add(withheld.stream().map(SourceFile::relativePath).sorted().toList());
    List<String> attached = new ArrayList<>();
    for (Attachment a : files) {
      attached.add(a.stamp());
    }
    attached.sort(null);
    names.add(attached);
    names.add(assets.stream().sorted().toList());
    return names.hex();
  }

  /**
   * The bodies of this build (reused or rendered) that asked for a tag's page, by note: the index
   * learns the tags only notes' text holds ({@code #plugin}) once every note is rendered, and the
   * names do not say them. {@link #stale} asks these questions again then.
   */
  private final Map<String, BodyMemo.Entry> askedOfTags = new ConcurrentHashMap<>();

  /** The notes whose body this build took from the memo. */
  private final Set<String> reused = ConcurrentHashMap.newKeySet();

  private static boolean isTagQuestion(String question) {
    return question.startsWith(SiteIndex.TAG_QUESTION);
  }

  /**
   * This build's index's answers to the questions memoised bodies asked: many bodies ask the same
   * ({@code [[Guest]]} from one folder, a suggestion for one name), each answered once.
   */
  private final Map<String, String> answers = new ConcurrentHashMap<>();

  /**
   * Whether the memoised body resolves its links as it did: under the names it was made or last
   * confirmed under, yes; under others (a note or file came or went), if each question its
   * rendering asked the index gets the answer it got then. Confirmed, it is remembered under these
   * names, so the next build does not ask again. Its questions of tag pages wait for {@link
   * #stale}.
   */
  private boolean answeredAlike(String key, BodyMemo.Entry hit) {
    if (hit.names().equals(names)) {
      return true;
    }
    for (Map.Entry<String, String> lookup : hit.lookups().entrySet()) {
      if (!isTagQuestion(lookup.getKey())
          && !answers.computeIfAbsent(lookup.getKey(), index::answer).equals(lookup.getValue())) {
        memo.unhit();
        return false;
      }
    }
    memo.put(key, hit.under(names));
    return true;
  }

  /**
   * Of {@code notes}, those whose body the index now answers otherwise about a tag page than when
   * it was rendered (the tags notes' text holds are known): {@link #again} renders them.
   */
  List<Note> stale(List<Note> notes) {
    List<Note> stale = new ArrayList<>();
    for (Note note : notes) {
      BodyMemo.Entry hit = askedOfTags.get(note.path());
      if (hit == null) {
        continue;
      }
      for (Map.Entry<String, String> lookup : hit.lookups().entrySet()) {
        if (isTagQuestion(lookup.getKey())
            && !index.answer(lookup.getKey()).equals(lookup.getValue())) {
          stale.add(note);
          break;
        }
      }
    }
    return stale;
  }

  /**
   * Every note's body; what rendering each said is {@link #said} (the build tells it once the
   * bodies are final: {@link #again} may render some anew).
   */
  Map<NoteKey, RenderedNote> render(List<Note> notes, Progress.Counter counter) {
    Map<NoteKey, RenderedNote> rendered = new ConcurrentHashMap<>();
    Parallel.forEach(
        notes,
        note -> {
          rendered.put(note.key(), body(note).note());
          counter.step();
        });
    texts.clear(); // the entries keep their copies; the table is not needed past rendering
    return rendered;
  }

  /**
   * {@code notes} rendered anew, whatever the memo holds: the index now answers what their
   * rendering asked otherwise (a tag page only the notes' text makes). The new entries replace
   * theirs.
   */
  Map<NoteKey, RenderedNote> again(List<Note> notes) {
    Map<NoteKey, RenderedNote> rendered = new ConcurrentHashMap<>();
    Parallel.forEach(
        notes,
        note -> {
          askedOfTags.remove(note.path()); // answered by the index as it is now
          if (reused.remove(note.path())) {
            memo.unhit(); // the memo's body was not used after all
          }
          BodyMemo.Entry entry = rendered(note, keyOf(note));
          said.put(note.path(), entry.diagnostics());
          rendered.put(note.key(), renderedNote(note, entry));
        });
    texts.clear();
    return rendered;
  }

  /**
   * One copy of each question bodies asked the index and of each answer, for this build's memo
   * entries: the 7,000 bodies of bench/run.sh's heavy vault held 408,000 questions and answers,
   * 57,000 of them distinct ({@code [[Guest]]} asked from one folder, the answer "none" 35,000
   * times), in 27 MB of a 389 MiB heap through the build as copies of their own.
   */
  private final OneCopy texts = new OneCopy(1 << 17);

  private String keyOf(Note note) {
    return new Fingerprint().add(memo.salt()).add(hashes.get(note.path())).hex();
  }

  private BodyMemo.Entry entryFor(Note note) {
    String key = keyOf(note);
    keys.put(note.path(), key);
    BodyMemo.Entry hit = memo.find(key, hashes::get);
    BodyMemo.Entry entry;
    if (hit != null
        && attachments.keySet().containsAll(hit.attachments())
        && answeredAlike(key, hit)) {
      reads.put(note.path(), hit.dependencies().keySet());
      reused.add(note.path());
      entry = hit;
    } else {
      reused.remove(note.path());
      entry = rendered(note, key);
    }
    if (config.tagPagesFolder() != null
        && entry.lookups().keySet().stream().anyMatch(MemoizedBodies::isTagQuestion)) {
      askedOfTags.put(note.path(), entry);
    } else {
      askedOfTags.remove(note.path());
    }
    return entry;
  }

  /** {@code note} rendered, remembered under {@code key}. */
  private BodyMemo.Entry rendered(Note note, String key) {
    keys.put(note.path(), key);
    Diagnostics own = new Diagnostics();
    Set<Note> read = ConcurrentHashMap.newKeySet();
    Map<String, String> lookups = new ConcurrentHashMap<>();
    BodyRenderer renderer =
        new BodyRenderer(
            markdown,
            sanitizer,
            index.recording(
                read::add, (question, answer) -> lookups.put(texts.of(question), texts.of(answer))),
            own,
            config.tagPagesFolder(),
            config.urls().extension(),
            config.urls().address());
    RenderedNote body = renderer.render(note);
    Map<String, String> dependencies = new HashMap<>();
    for (Note dependency : read) {
      String hash = hashes.get(dependency.path());
      dependencies.put(dependency.path(), hash == null ? "unpublished" : hash);
    }
    List<Diagnostic> said = new ArrayList<>();
    own.sorted().forEach(said::add);
    BodyMemo.Entry entry =
        new BodyMemo.Entry(
            dependencies,
            body.body().html(),
            body.body().summary(),
            body.body().words(),
            body.body().math(),
            body.body().diagrams(),
            body.facts(),
            said,
            body.attachments().stream().map(a -> a.source().relativePath()).sorted().toList(),
            names,
            lookups);
    memo.put(key, entry);
    reads.put(note.path(), entry.dependencies().keySet());
    return entry;
  }
}
