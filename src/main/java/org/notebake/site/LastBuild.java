package org.notebake.site;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.links.Attachment;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.Note;
import org.notebake.publish.NoteFactory;
import org.notebake.publish.NoteKey;
import org.notebake.publish.PublishPolicy;
import org.notebake.render.Backlink;
import org.notebake.render.RenderedNote;
import org.notebake.vault.SourceFile;
import org.notebake.vault.Vault;

/**
 * serve's memory of what its last build planned from, so that a rebuild after an edit of notes'
 * text alone redoes only those notes, and the notes that read them, instead of scanning, reading
 * and rendering the whole vault again (at 10,000 notes that is most of a rebuild).
 *
 * <p>The watcher names the files that changed. The short way is taken only when each of them is a
 * note of the last build, published or private, still there, and nothing else changed (an
 * attachment, a template, the configuration, a new or deleted file: the whole build runs); and only
 * when each changed note reads as before but for its text and dates (front matter, title, tags,
 * address equal; still published or still private), and each body rendered again has the same facts
 * (links and their context, headings, tags, embeds, attachments) and says nothing, as it said
 * nothing before. Then backlinks, tag pages, covers and every other note's body are what they were,
 * and the rest of the build (documents, templates, the privacy gate, the output) runs as always on
 * the notes with their new bodies. A change that does not qualify is found before anything is
 * written and the build takes the long way; {@code IncrementalBuildTest} holds both to a clean
 * bake's output after random edits.
 *
 * <pre>{@code
 * LastBuild last = new LastBuild();                          // one per serve session
 * new SiteBuilder(config, diagnostics).withLastBuild(last, watcher.takeChanges()).build(...);
 * }</pre>
 */
public final class LastBuild {
  /** What the last build's plan was made from, up to the rendered notes. */
  record Kept(
      String salt,
      Vault vault,
      NoteSelector.Selection selection,
      PublishPolicy policy,
      NoteFactory factory,
      Albums albums,
      List<Attachment> everyFile,
      MemoizedBodies bodies,
      Map<NoteKey, RenderedNote> rendered,
      Map<NoteKey, List<Backlink>> backlinks,
      List<Attachment> siteImages,
      Map<String, AssetCopier.AssetSource> assets,
      List<Diagnostic> said,
      boolean filesWhereNamed) {

    /** This state after edits of notes' text: the same vault, other notes, bodies and words. */
    Kept after(
        NoteSelector.Selection selection,
        MemoizedBodies bodies,
        Map<NoteKey, RenderedNote> rendered,
        Map<NoteKey, List<Backlink>> backlinks,
        List<Diagnostic> said) {
      return new Kept(
          salt,
          vault,
          selection,
          policy,
          factory,
          albums,
          everyFile,
          bodies,
          rendered,
          backlinks,
          siteImages,
          assets,
          List.copyOf(said),
          filesWhereNamed);
    }
  }

  /** The notes whose files changed: published ones as the last build had them, private ones. */
  record Changed(List<Note> published, List<SourceFile> withheld) {}

  private Kept kept;
  private int shortBuilds;

  /** How many builds took the short way. */
  public synchronized int shortBuilds() {
    return shortBuilds;
  }

  synchronized void counted() {
    shortBuilds++;
  }

  private org.notebake.cards.ShareCards.Result cards;
  private Object cardsStamp;

  /** The cards a build made without a word, and the stamp of their cache folder after. */
  synchronized void keepCards(org.notebake.cards.ShareCards.Result made, Object stamp) {
    cards = stamp == null ? null : made;
    cardsStamp = stamp;
  }

  /**
   * The last build's cards if their folder's stamp is still {@code stamp}: no card was added,
   * deleted or replaced there since (the cache writes through a rename), else null.
   */
  synchronized org.notebake.cards.ShareCards.Result cards(Object stamp) {
    return cards != null && stamp != null && stamp.equals(cardsStamp) ? cards : null;
  }

  /** A folder's identity and modification time, null if it cannot be read. */
  static Object stampOf(Path folder) {
    try {
      java.nio.file.attribute.BasicFileAttributes a =
          Files.readAttributes(folder, java.nio.file.attribute.BasicFileAttributes.class);
      return List.of(String.valueOf(a.fileKey()), a.lastModifiedTime().toString(), a.size());
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private org.notebake.jbake.JBakeSite site;
  private final org.notebake.privacy.gate.QuietTexts quiet =
      new org.notebake.privacy.gate.QuietTexts();

  /**
   * The texts earlier builds under {@code salt} found nothing in (file names, share cards' texts):
   * one such build's rules are the next one's.
   */
  org.notebake.privacy.gate.QuietTexts quietTexts(String salt) {
    quiet.adopt(salt);
    return quiet;
  }

  private Filing filing;

  /** The last build's pages claimed, tags filed and covers found. */
  synchronized void keepFiling(Filing made) {
    filing = made;
  }

  /** The last build's filing, forgotten here, or null. */
  synchronized Filing takeFiling() {
    Filing out = filing;
    filing = null;
    return out;
  }

  /** The site (JBake's model) the last build made of its documents. */
  synchronized void keepSite(org.notebake.jbake.JBakeSite made) {
    site = made;
  }

  /**
   * The last build's site, forgotten here (the next build may fill its models again in place, see
   * {@link org.notebake.jbake.JBakeSite#after}), or null.
   */
  synchronized org.notebake.jbake.JBakeSite takeSite() {
    org.notebake.jbake.JBakeSite out = site;
    site = null;
    return out;
  }

  /** The last build's state, forgotten here: a build that fails on the way leaves none. */
  synchronized Kept take() {
    Kept out = kept;
    kept = null;
    return out;
  }

  synchronized void keep(Kept state) {
    kept = state;
  }

  /**
   * The notes among {@code changed} (paths as the watcher saw them), or null when some change is
   * not a note's edit: a file that is not a note of the last build, a folder, a deleted file of the
   * vault. A path that neither exists nor was in the vault (an editor's temporary file, come and
   * gone) changed nothing.
   */
  static Changed notesAmong(Kept kept, Path content, Set<Path> changed) {
    Path root = content.toAbsolutePath().normalize();
    if (!kept.filesWhereNamed()) {
      return null; // a note read through a link: an edit of one file can change two notes
    }
    Map<String, Note> published = new HashMap<>();
    kept.selection().published().forEach(n -> published.put(n.path(), n));
    Map<String, SourceFile> withheld = new HashMap<>();
    kept.selection().withheld().forEach(f -> withheld.put(f.relativePath(), f));
    List<Note> notes = new ArrayList<>();
    List<SourceFile> privateNotes = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Path path : changed) {
      Path file = path.toAbsolutePath().normalize();
      if (!file.startsWith(root) || file.equals(root)) {
        return null; // configuration, templates, assets or data outside the content folder
      }
      if (org.notebake.vault.VaultScanner.isIgnoreFile(String.valueOf(file.getFileName()))) {
        return null; // which notes the vault has changed, whether the file came or went
      }
      // As the vault names it: NFC (a Mac may have written "café" as e and a combining accent).
      String relative = relativeName(root, file);
      if (!seen.add(relative)) {
        continue;
      }
      boolean isFile = Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
      if (isFile && published.containsKey(relative)) {
        Note note = published.get(relative);
        if (!isSameFile(file, note.source().path())) {
          return null; // two files of one name but for their normalisation
        }
        notes.add(note);
      } else if (isFile && withheld.containsKey(relative)) {
        if (!isSameFile(file, withheld.get(relative).path())) {
          return null;
        }
        privateNotes.add(withheld.get(relative));
      } else if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
          || wasInVault(kept.vault(), relative)) {
        return null;
      }
    }
    return new Changed(notes, privateNotes);
  }

  /**
   * Whether a body rendered again has the shape it had: the same tags, block ids, headings (where
   * they stand may move: only the notes that embed a section read that, and they are rendered again
   * too) and links to the same places (what the text around a link says, its backlink's context,
   * may change: {@code Backlinks.renewed}).
   */
  static boolean sameShape(NoteFacts before, NoteFacts now) {
    if (!before.tags().equals(now.tags())
        || !before.blockIds().equals(now.blockIds())
        || !before.htmlIds().equals(now.htmlIds())
        || before.headings().size() != now.headings().size()
        || before.links().size() != now.links().size()) {
      return false;
    }
    for (int i = 0; i < before.headings().size(); i++) {
      NoteFacts.Heading a = before.headings().get(i);
      NoteFacts.Heading b = now.headings().get(i);
      if (a.level() != b.level()
          || !a.text().equals(b.text())
          || !a.id().equals(b.id())
          || !java.util.Objects.equals(a.linked(), b.linked())) {
        return false;
      }
    }
    for (int i = 0; i < before.links().size(); i++) {
      NoteFacts.OutgoingLink a = before.links().get(i);
      NoteFacts.OutgoingLink b = now.links().get(i);
      if (!a.target().equals(b.target())
          || !java.util.Objects.equals(a.fragment(), b.fragment())
          || a.embed() != b.embed()) {
        return false;
      }
    }
    return true;
  }

  /** {@code file} with its size and time now, null if it cannot be read. */
  static SourceFile asNow(SourceFile file) {
    try {
      java.nio.file.attribute.BasicFileAttributes now =
          Files.readAttributes(file.path(), java.nio.file.attribute.BasicFileAttributes.class);
      return new SourceFile(
          file.path(),
          file.relativePath(),
          file.kind(),
          now.size(),
          now.lastModifiedTime().toMillis());
    } catch (java.io.IOException e) {
      return null;
    }
  }

  /**
   * Whether every note of {@code vault} is the file its path names, none read through a symbolic
   * link (the watcher would name the link's target only, or nothing).
   */
  static boolean filesWhereNamed(Vault vault, Path content) {
    Path root;
    try {
      root = content.toRealPath();
    } catch (java.io.IOException e) {
      return false;
    }
    for (SourceFile note : vault.notes()) {
      if (!relativeName(root, note.path()).equals(note.relativePath())) {
        return false;
      }
    }
    return true;
  }

  /** {@code file}'s path under {@code root} as the vault names it: slashes, NFC. */
  private static String relativeName(Path root, Path file) {
    return java.text.Normalizer.normalize(
        root.relativize(file).toString().replace('\\', '/'), java.text.Normalizer.Form.NFC);
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (java.io.IOException e) {
      return false;
    }
  }

  /** Whether the vault had {@code relative} as a file or as a folder of files. */
  private static boolean wasInVault(Vault vault, String relative) {
    String folder = relative + "/";
    for (List<SourceFile> files : List.of(vault.notes(), vault.attachments())) {
      for (SourceFile f : files) {
        if (f.relativePath().equals(relative) || f.relativePath().startsWith(folder)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code now} is {@code before} with another text only: the same file, front matter and
   * everything read from them, but for the dates, which may be the file's time (a note without a
   * date is dated by its last save): every list and neighbour link that a date orders is planned
   * again anyway, with the documents.
   */
  static boolean sameButBody(Note before, Note now) {
    return before.path().equals(now.path())
        && before.source().kind() == now.source().kind()
        && before.frontMatter().equals(now.frontMatter())
        && before.title().equals(now.title())
        && before.type().equals(now.type())
        && before.tags().equals(now.tags())
        && before.aliases().equals(now.aliases())
        && before.uri().equals(now.uri());
  }
}
