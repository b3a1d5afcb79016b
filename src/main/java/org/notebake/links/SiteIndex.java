package org.notebake.links;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.Note;
import org.notebake.publish.NoteKey;
import org.notebake.vault.SourceFile;

/**
 * Everything a link may point at, built once all notes are read: published notes (by path, name and
 * alias) with their headings and block ids, the names of private notes (only to say "not published"
 * instead of "missing"), attachments, and the files of types notebake does not publish (only to say
 * which file a link found).
 */
public final class SiteIndex {
  private final NoteLookup<Note> notes;
  private final NoteLookup<String> privateNotes;
  private final NoteLookup<Attachment> attachments;
  private final Map<String, Note> byUri;
  private final Function<NoteKey, NoteFacts> facts;
  private final List<String> displayNames;
  private final String attachmentFolder;
  private final java.util.Set<String> assets;
  private final Map<String, String> altTexts;
  private final java.util.Set<String> withheldFileNames;

  /** Private notes (paths relative to the content folder) that exist but cannot be read. */
  private final java.util.Set<String> unreadableNotes;

  /** serve --drafts: the private notes the preview shows (paths relative to the content folder). */
  private final java.util.Set<String> draftNotes;

  private final NoteLookup<String> otherFiles;
  private final java.util.Set<String> lfsPointers;
  private final java.util.Set<String> folders;

  /** The tag pages the published notes' own tags make ({@link #withTagPages}), by slug. */
  private final java.util.Set<String> tagPages;

  /**
   * The notes whose text was edited since the tables were built ({@link #afterEdits}), by path: a
   * look-up that finds one of them answers with it as it is now.
   */
  private final Map<String, Note> edited;

  private final java.util.function.Consumer<Note> reads;
  private final Lookups lookups;

  /**
   * Receives each question a rendering asked the index and its answer, both as text: {@link
   * #answer} answers the question again in a later build's index, so a memoised body whose
   * questions all get their old answers resolves its links as it did.
   */
  @FunctionalInterface
  public interface Lookups {
    void asked(String question, String answer);
  }

  private SiteIndex(String attachmentFolder, Function<NoteKey, NoteFacts> facts) {
    this.attachmentFolder = attachmentFolder;
    this.facts = facts;
    this.notes = new NoteLookup<>();
    this.privateNotes = new NoteLookup<>();
    this.attachments = new NoteLookup<>();
    this.byUri = new HashMap<>();
    this.displayNames = new ArrayList<>();
    this.assets = new java.util.HashSet<>();
    this.altTexts = new HashMap<>();
    this.withheldFileNames = new java.util.HashSet<>();
    this.unreadableNotes = new java.util.HashSet<>();
    this.draftNotes = new java.util.HashSet<>();
    this.otherFiles = new NoteLookup<>();
    this.lfsPointers = new java.util.HashSet<>();
    this.folders = new java.util.HashSet<>();
    this.tagPages = new java.util.HashSet<>();
    this.edited = Map.of();
    this.reads = note -> {};
    this.lookups = (question, answer) -> {};
  }

  private SiteIndex(SiteIndex shared, java.util.function.Consumer<Note> reads, Lookups lookups) {
    this(shared, shared.edited, shared.facts, reads, lookups);
  }

  private SiteIndex(
      SiteIndex shared,
      Map<String, Note> edited,
      Function<NoteKey, NoteFacts> facts,
      java.util.function.Consumer<Note> reads,
      Lookups lookups) {
    this.attachmentFolder = shared.attachmentFolder;
    this.facts = facts;
    this.notes = shared.notes;
    this.privateNotes = shared.privateNotes;
    this.attachments = shared.attachments;
    this.byUri = shared.byUri;
    this.displayNames = shared.displayNames;
    this.assets = shared.assets;
    this.altTexts = shared.altTexts;
    this.withheldFileNames = shared.withheldFileNames;
    this.unreadableNotes = shared.unreadableNotes;
    this.draftNotes = shared.draftNotes;
    this.otherFiles = shared.otherFiles;
    this.lfsPointers = shared.lfsPointers;
    this.folders = shared.folders;
    this.tagPages = shared.tagPages;
    this.edited = edited;
    this.reads = reads;
    this.lookups = lookups;
  }

  /**
   * This index after edits of notes' text alone (serve's short way, {@code LastBuild.sameButBody}:
   * each edited note has the path, names, aliases, address and tags it had), without building it
   * again: the same tables and answers, the {@code edited} notes found as they are now, and every
   * note's headings read by {@code facts}. At 10,000 notes building the index anew took 20-50 ms of
   * an edit's 200-400.
   */
  public SiteIndex afterEdits(
      java.util.Collection<Note> edited, Function<NoteKey, NoteFacts> facts) {
    Map<String, Note> now = new HashMap<>(this.edited);
    edited.forEach(note -> now.put(note.path(), note));
    return new SiteIndex(this, Map.copyOf(now), facts, note -> {}, (question, answer) -> {});
  }

  /** {@code note} as it is now: the edited note of its path, if it was edited. */
  private Note now(Note note) {
    Note now = edited.get(note.path());
    return now == null ? note : now;
  }

  /**
   * The same index, telling {@code reads} of every published note whose name resolved or whose
   * headings and blocks were read through it: what a note's rendering depended on (used by the
   * incremental build's memo). Names that resolved to nothing are the index's names as a whole.
   */
  public SiteIndex reporting(java.util.function.Consumer<Note> reads) {
    return new SiteIndex(this, reads, (question, answer) -> {});
  }

  /**
   * As {@link #reporting}, also telling {@code lookups} every question asked through it and the
   * answer given: everything a rendering learnt of the names in the vault (which note or file a
   * link finds, that none does, the suggestion for it).
   */
  public SiteIndex recording(java.util.function.Consumer<Note> reads, Lookups lookups) {
    return new SiteIndex(this, reads, lookups);
  }

  /**
   * This index's answer to a question a {@link #recording} view was asked (in this build or an
   * earlier one), as text; a question it does not know gets an answer no question ever had.
   */
  public String answer(String question) {
    String[] q = question.split("\u0000", -1);
    try {
      return switch (q[0]) {
        case "note" -> describeNote(findNote(q[1], q[2], q[3]));
        case "private" -> yes(isPrivateNote(q[1], q[2]));
        case "unreadable" -> describe(unreadableNote(q[1], q[2]));
        case "folder" -> describe(folder(q[1], q[2]));
        case "folderPage" -> describe(folderPageOf(q[1]).map(Note::path));
        case "tag" -> yes(tagPages.contains(q[1]));
        case "other" -> describe(otherFile(q[1], q[2]));
        case "attachment" -> describeAttachment(findAttachment(q[1], q[2]));
        case "attachmentAt" -> describeFile(attachments.exact(NoteLookup.join(q[1], q[2])));
        case "asset" -> yes(isAsset(q[1]));
        case "withheld" -> yes(isWithheldFile(q[1]));
        case "lfs" -> yes(isLfsPointer(q[1]));
        case "alt" -> describe(Optional.ofNullable(altTexts.get(q[1])));
        case "suggest" -> describe(suggestion(q[1]));
        default -> UNKNOWN;
      };
    } catch (ArrayIndexOutOfBoundsException e) {
      return UNKNOWN;
    }
  }

  private static final String UNKNOWN = "\u0000unknown question";

  /** How every question of {@link #hasTagPage} begins, as a recording view records it. */
  public static final String TAG_QUESTION = "tag\u0000";

  private static String question(String... parts) {
    return String.join("\u0000", parts);
  }

  private static String yes(boolean answer) {
    return answer ? "yes" : "no";
  }

  private static String describe(Optional<String> answer) {
    return answer.map(a -> "=" + a).orElse("none");
  }

  private static String describeNote(Optional<NoteLookup.Found<Note>> found) {
    return found
        .map(f -> "=" + f.value().path() + "\u0000" + String.join("\u0000", f.others()))
        .orElse("none");
  }

  /** A file as a body may show it: where it is, its address, its size and time. */
  private static String describeFile(Optional<Attachment> file) {
    return file.map(a -> "=" + a.stamp()).orElse("none");
  }

  /**
   * @param published the published notes
   * @param facts a note's headings and block ids, read only when a link asks for a heading or block
   *     of it; called from several threads, so it should remember its answers
   * @param withheld private notes (their names only are kept)
   * @param files every attachment of the vault
   * @param attachmentFolder the vault's attachment folder, "" for none
   */
  public static SiteIndex build(
      List<Note> published,
      Function<NoteKey, NoteFacts> facts,
      List<SourceFile> withheld,
      List<Attachment> files,
      String attachmentFolder) {
    SiteIndex index = new SiteIndex(attachmentFolder, facts);
    published.forEach(index::addNote);
    published.forEach(note -> index.addFolders(note.path()));
    for (SourceFile file : withheld) {
      index.privateNotes.add(
          withoutExtension(file.relativePath()), List.of(file.name()), file.relativePath());
      index.addFolders(file.relativePath());
    }
    for (Attachment file : files) {
      String path = file.source().relativePath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      index.attachments.add(path, List.of(name), file);
      index.addFolders(path);
    }
    return index;
  }

  private void addNote(Note note) {
    List<String> names = new ArrayList<>();
    names.add(note.source().name());
    names.addAll(note.aliases());
    notes.add(withoutExtension(note.path()), names, note);
    byUri.put(note.uri(), note);
    displayNames.add(note.source().name());
    displayNames.addAll(note.aliases());
  }

  static String withoutExtension(String path) {
    int dot = path.lastIndexOf('.');
    int slash = path.lastIndexOf('/');
    return dot > slash + 1 ? path.substring(0, dot) : path;
  }

  /**
   * A published note by link target: "Note", "folder/Note", an alias, or a file name with its
   * extension ("Note.md", a JBake page's "old.htm"); else, for a target ending in .html or .htm,
   * the page at that address relative to the linking note's page ("other.html", as a JBake site
   * links its posts).
   */
  public Optional<NoteLookup.Found<Note>> findNote(String target, Note from) {
    String folder = folderOf(from.path());
    String pageFolder = folderOf(from.uri());
    Optional<NoteLookup.Found<Note>> found = findNote(target, folder, pageFolder);
    if (!edited.isEmpty()) {
      found = found.map(f -> new NoteLookup.Found<>(now(f.value()), f.others()));
    }
    lookups.asked(question("note", target, folder, pageFolder), describeNote(found));
    found.ifPresent(f -> reads.accept(f.value()));
    return found;
  }

  private Optional<NoteLookup.Found<Note>> findNote(
      String target, String folder, String pageFolder) {
    Optional<NoteLookup.Found<Note>> found = notes.find(withoutNoteType(target), folder);
    if (found.isEmpty() && isPage(target)) {
      String path = target.replace('\\', '/');
      String address = NoteLookup.join(path.startsWith("/") ? "" : pageFolder, path);
      found =
          Optional.ofNullable(byUri.get(address)).map(n -> new NoteLookup.Found<>(n, List.of()));
    }
    if (found.isEmpty() && target.length() > 1 && target.endsWith("/") && target.startsWith("/")) {
      // Hugo's pretty address of a page, [second](/post/second/): the note whose page that is
      // (post/second.html, or post/second/ with uri.noExtension), not a folder of its own.
      String address = NoteLookup.join("", target.substring(1));
      Note page = byUri.get(address + "/");
      if (page == null) {
        page = byUri.get(address + ".html");
      }
      found = Optional.ofNullable(page).map(n -> new NoteLookup.Found<>(n, List.of()));
    }
    return found;
  }

  /**
   * True if the target names a note that exists but is private: by name, path, or file name with
   * its extension (a JBake page without a header, {@code old.htm}, is private too).
   */
  public boolean isPrivateNote(String target, Note from) {
    String folder = folderOf(from.path());
    boolean found = isPrivateNote(target, folder);
    lookups.asked(question("private", target, folder), yes(found));
    return found;
  }

  private boolean isPrivateNote(String target, String folder) {
    return privateNotes.find(withoutNoteType(target), folder).isPresent();
  }

  /**
   * The path of the private note the target names if that note exists but cannot be read (its
   * permissions): it is withheld for that, not because its author chose so.
   */
  public Optional<String> unreadableNote(String target, Note from) {
    return recorded("unreadable", target, from, this::unreadableNote);
  }

  private Optional<String> unreadableNote(String target, String folder) {
    return privateNotes
        .find(withoutNoteType(target), folder)
        .map(NoteLookup.Found::value)
        .filter(unreadableNotes::contains);
  }

  /**
   * serve --drafts: remembers the private notes the preview shows, so that a published note
   * embedding one is told what a bake tells it ({@link #isDraft}).
   */
  public SiteIndex withDrafts(java.util.Collection<String> paths) {
    draftNotes.addAll(paths);
    return this;
  }

  /** True if {@code note} is a private note a preview with drafts shows; false in any bake. */
  public boolean isDraft(Note note) {
    boolean draft = !draftNotes.isEmpty() && draftNotes.contains(note.path());
    lookups.asked(question("draft", note.path()), yes(draft));
    return draft;
  }

  /** Remembers the private notes that cannot be read (paths relative to the content folder). */
  public SiteIndex withUnreadableNotes(java.util.Collection<String> paths) {
    unreadableNotes.addAll(paths);
    return this;
  }

  /** The target without the extension of a note's file, which notes are indexed without. */
  static String withoutNoteType(String target) {
    String name = target.substring(target.lastIndexOf('/') + 1);
    return SourceFile.isNoteName(name) ? target.substring(0, target.lastIndexOf('.')) : target;
  }

  private static boolean isPage(String target) {
    String type = typeOf(target);
    return type.equals("html") || type.equals("htm");
  }

  /** The extension of the target's last segment, lower-cased; "" for none. */
  private static String typeOf(String target) {
    int dot = target.lastIndexOf('.');
    return dot > target.lastIndexOf('/') + 1
        ? target.substring(dot + 1).toLowerCase(java.util.Locale.ROOT)
        : "";
  }

  /**
   * Remembers the files the vault holds but does not publish for their type (paths relative to the
   * content folder: {@code blog/demo/main.css}), so that a link to one is told so.
   */
  public SiteIndex withOtherFiles(java.util.Collection<String> paths) {
    for (String path : paths) {
      otherFiles.add(path, List.of(path.substring(path.lastIndexOf('/') + 1)), path);
      if (SourceFile.isDrawing(path) && path.toLowerCase(java.util.Locale.ROOT).endsWith(".md")) {
        // Obsidian links a drawing without its .md: [[Board.excalidraw]].
        String bare = path.substring(0, path.length() - 3);
        otherFiles.add(bare, List.of(bare.substring(bare.lastIndexOf('/') + 1)), path);
      }
      addFolders(path);
    }
    return this;
  }

  /** Remembers every folder above {@code path}, a file's path relative to the content folder. */
  private void addFolders(String path) {
    for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
      if (!folders.add(NoteLookup.key(path.substring(0, slash)))) {
        return; // its parents are in already
      }
    }
  }

  /**
   * The folder of the vault that {@code target} names, as a link from {@code from} would find it
   * ({@code TTPs/}, {@code /notes/TTPs}): relative to the note's folder, else to the vault's root.
   */
  public Optional<String> folder(String target, Note from) {
    return recorded("folder", target, from, this::folder);
  }

  private Optional<String> folder(String target, String from) {
    String path = target.replace('\\', '/');
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    if (path.isEmpty()) {
      return Optional.empty();
    }
    List<String> tries = new ArrayList<>();
    if (!path.startsWith("/")) {
      tries.add(NoteLookup.join(from, path));
    }
    tries.add(NoteLookup.join("", path));
    return tries.stream()
        .filter(f -> !f.isEmpty() && folders.contains(NoteLookup.key(f)))
        .findFirst();
  }

  /**
   * The published note that is {@code folder}'s page: its {@code index} note, else its {@code
   * README} (as GitHub shows a folder).
   */
  public Optional<Note> folderPage(String folder) {
    Optional<Note> page = folderPageOf(folder).map(this::now);
    lookups.asked(question("folderPage", folder), describe(page.map(Note::path)));
    page.ifPresent(reads);
    return page;
  }

  private Optional<Note> folderPageOf(String folder) {
    return notes.exact(folder + "/index").or(() -> notes.exact(folder + "/README"));
  }

  /** As {@link #withOtherFiles}, for attachments that are Git LFS pointers, not the files. */
  public SiteIndex withLfsPointers(java.util.Collection<String> paths) {
    lfsPointers.addAll(paths);
    return withOtherFiles(paths);
  }

  /** True if {@code path} (as {@link #otherFile} answers) is a Git LFS pointer. */
  public boolean isLfsPointer(String path) {
    boolean pointer = lfsPointers.contains(path);
    lookups.asked(question("lfs", path), yes(pointer));
    return pointer;
  }

  /**
   * The file of a type notebake does not publish that {@code target} names, as a link from {@code
   * from} would find it, if any: its path relative to the content folder.
   */
  public Optional<String> otherFile(String target, Note from) {
    return recorded("other", target, from, this::otherFile);
  }

  /**
   * Asks {@code find} for {@code target} from {@code from}'s folder, recording the question and its
   * answer (a path or none) for the next build's check that the answer still holds.
   */
  private Optional<String> recorded(
      String kind,
      String target,
      Note from,
      java.util.function.BiFunction<String, String, Optional<String>> find) {
    String folder = folderOf(from.path());
    Optional<String> found = find.apply(target, folder);
    lookups.asked(question(kind, target, folder), describe(found));
    return found;
  }

  private Optional<String> otherFile(String target, String folder) {
    return otherFiles.find(target, folder).map(NoteLookup.Found::value);
  }

  /**
   * An attachment: relative path, the attachment folder (the note's own one for {@code
   * ./attachments}), then by vault path or name, shortest path first; {@code others} then names the
   * other files of that name.
   */
  public Optional<NoteLookup.Found<Attachment>> findAttachment(String target, Note from) {
    String folder = folderOf(from.path());
    Optional<NoteLookup.Found<Attachment>> found = findAttachment(target, folder);
    lookups.asked(question("attachment", target, folder), describeAttachment(found));
    return found;
  }

  private String describeAttachment(Optional<NoteLookup.Found<Attachment>> found) {
    return describeFile(found.map(NoteLookup.Found::value))
        + found.map(f -> "\u0000" + String.join("\u0000", f.others())).orElse("");
  }

  private Optional<NoteLookup.Found<Attachment>> findAttachment(String target, String from) {
    Optional<Attachment> relative = attachments.exact(NoteLookup.join(from, target));
    if (relative.isPresent()) {
      return relative.map(a -> new NoteLookup.Found<>(a, List.of()));
    }
    if (!attachmentFolder.isEmpty()) {
      // "./attachments" is Obsidian's "in subfolder under current folder": next to each note.
      String folder =
          attachmentFolder.startsWith("./")
              ? NoteLookup.join(from, attachmentFolder.substring(2))
              : attachmentFolder;
      Optional<Attachment> inFolder = attachments.exact(NoteLookup.join(folder, target));
      if (inFolder.isPresent()) {
        return inFolder.map(a -> new NoteLookup.Found<>(a, List.of()));
      }
    }
    return attachments.find(target, from);
  }

  /**
   * The attachment at exactly {@code path} (relative to {@code folder}, {@code ..} allowed, a
   * leading {@code /} for the content root), as HTML addresses files: no search by name.
   */
  public Optional<Attachment> attachmentAt(String folder, String path) {
    Optional<Attachment> found = attachments.exact(NoteLookup.join(folder, path));
    lookups.asked(question("attachmentAt", folder, path), describeFile(found));
    return found;
  }

  /** True if the site's own assets hold {@code path} (relative to the site root). */
  public boolean isAsset(String path) {
    boolean asset = assets.contains(NoteLookup.join("", path));
    lookups.asked(question("asset", path), yes(asset));
    return asset;
  }

  /**
   * Remembers the alt text photos have in their sidecars or albums, by path relative to the content
   * folder, so that an embed without one ({@code ![[wall.jpg]]}) uses it.
   */
  public SiteIndex withAltTexts(Map<String, String> byPath) {
    altTexts.putAll(byPath);
    return this;
  }

  /**
   * Remembers the photos their sidecars withhold (paths relative to the content folder), so that a
   * link or embed naming one is told it is private rather than missing.
   */
  public SiteIndex withWithheldFiles(java.util.Collection<String> paths) {
    paths.forEach(p -> withheldFileNames.add(p.substring(p.lastIndexOf('/') + 1)));
    return this;
  }

  /** True if {@code target} (a name or path as a link writes it) names a withheld photo. */
  public boolean isWithheldFile(String target) {
    boolean withheld = withheldFileNames.contains(target.substring(target.lastIndexOf('/') + 1));
    lookups.asked(question("withheld", target), yes(withheld));
    return withheld;
  }

  /** The alt text a photo's sidecar or album gives it, if any. */
  public java.util.Optional<String> altText(Attachment photo) {
    String path = photo.source().relativePath();
    Optional<String> alt = Optional.ofNullable(altTexts.get(path));
    lookups.asked(question("alt", path), describe(alt));
    return alt;
  }

  /**
   * Remembers the tag pages the site makes from the published notes' tags as their front matter
   * writes them ({@code tags: [plugin/emitter]} makes {@code plugin} and {@code plugin/emitter}),
   * so that a link to {@code tags/plugin}, as Quartz writes one, finds its page. Tags written in
   * the text ({@code #plugin}) are found by rendering: {@link #withTagPages(Collection)} adds them
   * once every note is rendered.
   */
  public SiteIndex withTagPages() {
    for (Note note : byUri.values()) {
      withTagPages(note.tags());
    }
    return this;
  }

  /**
   * Remembers the tag pages {@code tags} make (each nested tag's parents too); returns the slugs of
   * those it did not know.
   */
  public java.util.Set<String> withTagPages(java.util.Collection<String> tags) {
    java.util.Set<String> added = new java.util.TreeSet<>();
    for (String tag : tags) {
      String slug = org.notebake.text.Slugs.tag(tag);
      for (int slash = slug.indexOf('/'); slash > 0; slash = slug.indexOf('/', slash + 1)) {
        if (tagPages.add(slug.substring(0, slash))) {
          added.add(slug.substring(0, slash));
        }
      }
      if (!slug.isEmpty() && tagPages.add(slug)) {
        added.add(slug);
      }
    }
    return added;
  }

  /** True if the site makes a page for {@code tag} ({@link #withTagPages}). */
  public boolean hasTagPage(String tag) {
    String slug = org.notebake.text.Slugs.tag(tag);
    boolean page = !slug.isEmpty() && tagPages.contains(slug);
    lookups.asked(question("tag", slug), yes(page));
    return page;
  }

  /** Remembers the site's asset paths ({@code img/a.png}), which root-relative links may name. */
  public SiteIndex withAssets(java.util.Collection<String> paths) {
    assets.addAll(paths);
    return this;
  }

  /**
   * The element id that {@code fragment} names in a published note: a heading as written ("Design",
   * case and spacing ignored), as its id ("design"), as a path ("Setup#Design", a Design under
   * Setup) or with its punctuation left out as Obsidian's autocomplete writes it; or a block
   * ("^method-block"). See {@link HeadingPath}.
   */
  public Optional<String> anchor(Note target, String fragment) {
    NoteFacts facts = factsOf(target);
    if (facts == null) {
      return Optional.empty();
    }
    if (fragment.startsWith("^")) {
      String block = fragment.substring(1);
      return facts.blockIds().contains(block) ? Optional.of(fragment) : Optional.empty();
    }
    OptionalInt heading = HeadingPath.find(facts.headings(), fragment);
    if (heading.isPresent()) {
      return Optional.of(facts.headings().get(heading.getAsInt()).id());
    }
    // The note's own HTML: <h2 id="overview">, <a name="license"> (pages converted from HTML).
    return facts.htmlIds().contains(fragment) ? Optional.of(fragment) : Optional.empty();
  }

  /**
   * The first and last line of the note's body that {@code ![[Note#Heading]]} or {@code
   * ![[Note#^block]]} embeds, or empty when the fragment names neither (or a block whose lines are
   * not known, as a heading's id).
   */
  Optional<int[]> sectionLines(Note target, String fragment) {
    NoteFacts facts = factsOf(target);
    if (facts == null) {
      return Optional.empty();
    }
    if (fragment.startsWith("^")) {
      NoteFacts.Lines lines = facts.blockLines().get(fragment.substring(1));
      return lines == null
          ? Optional.empty()
          : Optional.of(new int[] {lines.first(), lines.last()});
    }
    OptionalInt heading = HeadingPath.find(facts.headings(), fragment);
    return heading.isPresent()
        ? Optional.of(HeadingPath.sectionLines(facts.headings(), heading.getAsInt()))
        : Optional.empty();
  }

  private NoteFacts factsOf(Note target) {
    Note published = byUri.get(target.uri());
    if (published != null) {
      reads.accept(published);
    }
    return published == null ? null : this.facts.apply(published.key());
  }

  /** The closest published note name, for "did you mean" in diagnostics. */
  public Optional<String> suggest(String target) {
    Optional<String> suggestion = suggestion(target);
    lookups.asked(question("suggest", target), describe(suggestion));
    return suggestion;
  }

  private Optional<String> suggestion(String target) {
    String wanted = NoteLookup.key(target);
    String best = null;
    // A quarter of the name at most, and less than a third: "UK" is not "Ck", nor "MySQL" "MSIL".
    int bestDistance = Math.max(1, wanted.length() / 4) + 1;
    for (String name : displayNames) {
      if (name.equals(target)) {
        continue; // a suggestion the same as the link would only puzzle
      }
      int d = Levenshtein.distance(wanted, NoteLookup.key(name), bestDistance);
      if (d < bestDistance && d * 3 < wanted.codePointCount(0, wanted.length())) {
        best = name;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
