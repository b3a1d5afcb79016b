package org.notebake.vault;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.vault.SourceFile.Kind;

/**
 * One depth-first walk of a content folder; holds the state of a single {@link VaultScanner#scan}.
 */
final class VaultWalk {

  private static final Comparator<SourceFile> ORDER =
      Comparator.comparing(SourceFile::relativePath).thenComparing(file -> file.path().toString());

  /** gitignore-style patterns, in any folder, for what the site must never see. */
  static final String IGNORE_FILE = ".notebakeignore";

  /**
   * The ignore files each folder may hold, read alike: what git leaves out of the repository is
   * never published either (Quartz leaves it out too, through globby's {@code gitignore}).
   */
  static final List<String> IGNORE_FILES = List.of(".gitignore", IGNORE_FILE);

  /** JBake's marker: a folder that holds it is skipped whole, whatever it contains. */
  static final String JBAKE_IGNORE_FILE = ".jbakeignore";

  private static final long MAX_IGNORE_FILE_BYTES = 64 * 1024;

  private final Path root;

  /**
   * Whether this is a JBake site's content folder ({@link FileClassifier#kindOf(String, boolean)}).
   */
  private final boolean jbakeContent;

  private final Diagnostics diagnostics;
  private final Deque<Scope> scopes = new ArrayDeque<>();
  private final List<SourceFile> notes = new ArrayList<>();
  private final List<SourceFile> attachments = new ArrayList<>();
  private final List<String> ofOtherTypes = new ArrayList<>();
  private final List<String> lfsPointers = new ArrayList<>();
  private int hidden;
  private int ignored;
  private int unsupported;
  private int symlinks;

  /** Real paths of the files and folders the walk reached without a link. */
  private final Set<Path> walkedFiles = new HashSet<>();

  private final Set<Path> walkedFolders = new HashSet<>();

  /** Links inside the content folder, followed once the walk has seen what they point at. */
  private final List<Link> links = new ArrayList<>();

  /** Whether the walk is below a link now (whose targets must have been reached without one). */
  private boolean viaLink;

  /**
   * A link found by the walk: its path and name, the real target, and the ignore files in force
   * where it is.
   */
  private record Link(
      String relative,
      String name,
      Target target,
      List<Scope> scopes,
      Set<Path> ancestors,
      int depth) {}

  /**
   * The patterns of one ignore file and the folder (relative to the root) that holds it, and whose
   * they are: notebake's never-scanned list, git's or notebake's own ignore file.
   */
  private record Scope(String folder, IgnorePatterns patterns, Whose kind) {}

  /** Whose patterns a scope holds: each kind is read apart ({@link #isIgnored}). */
  private enum Whose {
    NEVER,
    GIT,
    NOTEBAKE
  }

  /**
   * @param neverScanned gitignore patterns, relative to the root, for what is skipped whatever the
   *     ignore files say: Obsidian's templates folder, Quartz's ignorePatterns
   */
  VaultWalk(
      Path realRoot, List<String> neverScanned, boolean jbakeContent, Diagnostics diagnostics) {
    this.root = realRoot;
    this.jbakeContent = jbakeContent;
    this.diagnostics = diagnostics;
    if (!neverScanned.isEmpty()) {
      scopes.push(
          new Scope("", IgnorePatterns.parse(String.join("\n", neverScanned)), Whose.NEVER));
    }
  }

  Vault walk() {
    Set<Path> ancestors = new HashSet<>();
    ancestors.add(root);
    walkedFolders.add(root);
    directory(root, "", ancestors, 0);
    followLinks();
    notes.sort(ORDER);
    attachments.sort(ORDER);
    ofOtherTypes.sort(null);
    lfsPointers.sort(null);
    return new Vault(
        root,
        notes,
        attachments,
        new Vault.Skipped(hidden, ignored, unsupported, symlinks, ofOtherTypes, lfsPointers));
  }

  /** Visits a folder given by its real path; {@code ancestors} are the real folders above it. */
  private void directory(Path realDir, String relativeDir, Set<Path> ancestors, int depth) {
    if (depth > VaultScanner.MAX_DEPTH) {
      diagnostics.warning(
          relativeDir,
          0,
          0,
          "folder is nested more than " + VaultScanner.MAX_DEPTH + " levels deep; it is skipped");
      return;
    }
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(realDir)) {
      stream.forEach(entries::add);
    } catch (IOException e) {
      diagnostics.warning(
          displayPath(relativeDir),
          0,
          0,
          "folder cannot be read: "
              + org.notebake.diagnostics.OsCause.of(e)
              + "; its files are skipped. Check its permissions");
      return;
    }
    entries.sort(Comparator.comparing(Path::toString));
    // Git's ignore file first, so that a .notebakeignore beside it can bring a path back (!name).
    int scoped = 0;
    for (String name : IGNORE_FILES) {
      scoped += readIgnoreFile(realDir.resolve(name), relativeDir) ? 1 : 0;
    }
    for (Path entry : entries) {
      entry(entry, relativeDir, ancestors, depth);
    }
    for (int i = 0; i < scoped; i++) {
      scopes.pop();
    }
  }

  /** Reads a folder's .notebakeignore, if any; true if its patterns now apply. */
  private boolean readIgnoreFile(Path file, String relativeDir) {
    if (!Files.isRegularFile(file)) {
      return false;
    }
    String name = file.getFileName().toString();
    String shown = relativeDir.isEmpty() ? name : relativeDir + "/" + name;
    try {
      if (Files.size(file) > MAX_IGNORE_FILE_BYTES) {
        diagnostics.error(shown, 0, 0, "is larger than 64 KiB; is it really an ignore file?");
        return false;
      }
      IgnorePatterns patterns = IgnorePatterns.parse(Files.readString(file));
      scopes.push(
          new Scope(relativeDir, patterns, name.equals(IGNORE_FILE) ? Whose.NOTEBAKE : Whose.GIT));
      return true;
    } catch (IOException | java.io.UncheckedIOException e) {
      // Not knowing what to leave out could publish it: stop the build instead.
      diagnostics.error(shown, 0, 0, "cannot be read as UTF-8 text (" + e + "); fix or remove it");
      return false;
    }
  }

  /**
   * True if the never-scanned patterns leave this entry out, whatever the ignore files say; else
   * what the deepest .notebakeignore that speaks of it says; else what the .gitignore files say. So
   * a .notebakeignore's {@code !name} brings back what git leaves out, and a .gitignore's {@code
   * !*.md} ("track only Markdown") never brings back what notebake leaves out.
   */
  private boolean isIgnored(String relative, boolean folder) {
    boolean never = false;
    Boolean notebake = null;
    boolean git = false;
    for (java.util.Iterator<Scope> it = scopes.descendingIterator(); it.hasNext(); ) {
      Scope scope = it.next();
      String below =
          scope.folder().isEmpty() ? relative : relative.substring(scope.folder().length() + 1);
      Optional<Boolean> says = scope.patterns().match(below, folder);
      if (says.isEmpty()) {
        continue;
      }
      switch (scope.kind()) {
        case NEVER -> never = says.get();
        case NOTEBAKE -> notebake = says.get();
        case GIT -> git = says.get();
      }
    }
    return never || (notebake != null ? notebake : git);
  }

  private void entry(Path entry, String relativeDir, Set<Path> ancestors, int depth) {
    String name = Normalizer.normalize(entry.getFileName().toString(), Normalizer.Form.NFC);
    String relative = relativeDir.isEmpty() ? name : relativeDir + "/" + name;
    if (FileClassifier.isHidden(name)) {
      hidden++;
      return;
    }
    if (FileClassifier.isJunk(name)) {
      ignored++;
      return;
    }
    Optional<Target> target = target(entry, relative);
    if (target.isEmpty()) {
      return;
    }
    Path real = target.get().real();
    BasicFileAttributes attributes = target.get().attributes();
    if (isIgnored(relative, attributes.isDirectory())
        || attributes.isDirectory() && Files.exists(real.resolve(JBAKE_IGNORE_FILE))) {
      ignored++;
      return;
    }
    if (viaLink && !(attributes.isDirectory() ? walkedFolders : walkedFiles).contains(real)) {
      notFollowed(relative, real);
      return;
    }
    if (target.get().link() && !viaLink) {
      links.add(
          new Link(
              relative,
              name,
              target.get(),
              new ArrayList<>(scopes),
              new HashSet<>(ancestors),
              depth));
      return;
    }
    if (!viaLink) {
      (attributes.isDirectory() ? walkedFolders : walkedFiles).add(real);
    }
    if (attributes.isDirectory()) {
      descend(real, relative, ancestors, depth);
    } else if (attributes.isRegularFile()) {
      file(real, relative, name, attributes);
    } else {
      ignored++;
    }
  }

  private void descend(Path realDir, String relative, Set<Path> ancestors, int depth) {
    if (ancestors.contains(realDir)) {
      symlinks++;
      diagnostics.warning(
          relative,
          0,
          0,
          "symbolic link loops back to an enclosing folder; it is not followed. Remove the link");
      return;
    }
    ancestors.add(realDir);
    directory(realDir, relative, ancestors, depth + 1);
    ancestors.remove(realDir);
  }

  /**
   * Follows the links inside the content folder, now that the walk has reached everything without
   * them: a link is a second name for a file or folder the walk reads anyway, and is followed only
   * then, and only to a file of its own kind. A link into what the walk leaves out (an ignored or
   * templates folder) would publish it under another path; a {@code .txt} link to a note would
   * publish the note's source.
   */
  private void followLinks() {
    viaLink = true;
    Deque<Scope> own = new ArrayDeque<>(scopes);
    for (Link link : links) {
      scopes.clear();
      scopes.addAll(link.scopes());
      Path real = link.target().real();
      if (link.target().attributes().isDirectory()) {
        if (walkedFolders.contains(real)) {
          descend(real, link.relative(), link.ancestors(), link.depth());
        } else {
          notFollowed(link.relative(), real);
        }
      } else if (walkedFiles.contains(real)
          && FileClassifier.kindOf(link.name(), jbakeContent)
              .equals(FileClassifier.kindOf(real.getFileName().toString(), jbakeContent))) {
        file(real, link.relative(), link.name(), link.target().attributes());
      } else {
        notFollowed(link.relative(), real);
      }
    }
    scopes.clear();
    scopes.addAll(own);
    viaLink = false;
  }

  private void notFollowed(String relative, Path real) {
    symlinks++;
    diagnostics.warning(
        relative,
        0,
        0,
        "symbolic link points to "
            + root.relativize(real)
            + ", which notebake does not read there (an ignored or templates folder) or not as"
            + " this kind of file; it is not followed. Remove the link");
  }

  private void file(Path real, String relative, String name, BasicFileAttributes attributes) {
    long size = attributes.size();
    Optional<Kind> kind = FileClassifier.kindOf(name, jbakeContent);
    if (kind.isEmpty() || SourceFile.isDrawing(name)) { // a drawing is data, not a note
      ignored++;
      ofOtherTypes.add(relative);
      return;
    }
    SourceFile file =
        new SourceFile(real, relative, kind.get(), size, attributes.lastModifiedTime().toMillis());
    switch (kind.get()) {
      case NOTE, HTML -> notes.add(file);
      case ATTACHMENT -> {
        if (size <= LFS_POINTER_MAX && isLfsPointer(real)) {
          lfsPointers.add(relative);
          diagnostics.warning(
              relative,
              0,
              0,
              "is a Git LFS pointer, not the file itself (the vault was cloned or copied without its"
                  + " LFS files), so it is not published; run git lfs pull in the vault, then bake"
                  + " again");
        } else {
          attachments.add(file);
        }
      }
      case UNSUPPORTED -> {
        unsupported++;
        ofOtherTypes.add(relative); // a JBake site's [guide](guide.adoc) is told why it breaks
        diagnostics.add(
            org.notebake.diagnostics.Diagnostic.warning(
                    relative,
                    0,
                    0,
                    FileClassifier.markupName(file.extension())
                        + " content is not rendered by notebake; convert it to Markdown or move it"
                        + " out of the content folder")
                .withRule(UNRENDERED_RULE));
      }
    }
  }

  /** The rule of the warning about markup notebake does not render (AsciiDoc, Org, ...). */
  static final String UNRENDERED_RULE = "vault.unrendered-markup";

  /** Git LFS's pointer files are about 130 bytes; the specification allows at most 1024. */
  private static final int LFS_POINTER_MAX = 1024;

  private static final byte[] LFS_POINTER =
      "version https://git-lfs.github.com/spec/".getBytes(java.nio.charset.StandardCharsets.UTF_8);

  /** True if the small file at {@code real} starts as a Git LFS pointer does. */
  private static boolean isLfsPointer(Path real) {
    try (java.io.InputStream in = Files.newInputStream(real)) {
      return java.util.Arrays.equals(in.readNBytes(LFS_POINTER.length), LFS_POINTER);
    } catch (java.io.IOException e) {
      return false; // unreadable: its reader says so when it is used
    }
  }

  /** The real path and attributes behind an entry, or empty when a link must not be followed. */
  private Optional<Target> target(Path entry, String relative) {
    try {
      BasicFileAttributes own =
          Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!own.isSymbolicLink()) {
        return Optional.of(new Target(entry, own, false));
      }
      return followLink(entry, relative);
    } catch (IOException e) {
      diagnostics.warning(
          relative,
          0,
          0,
          "cannot be read: " + org.notebake.diagnostics.OsCause.of(e) + "; it is skipped");
      return Optional.empty();
    }
  }

  private Optional<Target> followLink(Path link, String relative) throws IOException {
    Path real;
    try {
      real = link.toRealPath();
    } catch (IOException e) {
      symlinks++;
      diagnostics.warning(
          relative,
          0,
          0,
          "symbolic link is broken or loops ("
              + e.getClass().getSimpleName()
              + "); it is not followed. Fix or remove the link");
      return Optional.empty();
    }
    // Path.startsWith compares whole names, so /vault-private is not inside /vault.
    if (!real.startsWith(root)) {
      symlinks++;
      diagnostics.warning(
          relative,
          0,
          0,
          "symbolic link points outside the content folder (to "
              + real
              + "); it is not followed. Move the target into the content folder or remove the"
              + " link");
      return Optional.empty();
    }
    // A link must not be a way into .obsidian/ or .trash/, which the walk itself never enters.
    for (Path name : root.relativize(real)) {
      if (FileClassifier.isHidden(name.toString())) {
        symlinks++;
        diagnostics.warning(
            relative,
            0,
            0,
            "symbolic link points into the hidden \""
                + name
                + "\" inside the content folder; it is not followed. Remove the link");
        return Optional.empty();
      }
    }
    return Optional.of(
        new Target(real, Files.readAttributes(real, BasicFileAttributes.class), true));
  }

  private String displayPath(String relativeDir) {
    return relativeDir.isEmpty() ? root.toString() : relativeDir;
  }

  /** What an entry is: its real path and attributes, and whether it was reached by a link. */
  private record Target(Path real, BasicFileAttributes attributes, boolean link) {}
}
