package org.notebake.site.output;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.notebake.diagnostics.OsCause;

/**
 * Carries the files and folders a user added to a baked site ({@code .git/}, {@code CNAME}, {@code
 * .nojekyll}, ...) into the new site before it is swapped in, so a bake never loses them.
 *
 * <pre>{@code
 * UserFiles.carry(live, List.of(".git", "CNAME"), staging);
 * // staging/CNAME is a hard link to live/CNAME; staging/.git/ has the same folders, its files linked
 * }</pre>
 *
 * <p>Files are hard-linked (same bytes, no copy, no extra space), folders are made anew with their
 * permissions, symbolic links are made anew pointing where they pointed. Where the file system has
 * no hard links the file is copied. The live site is only read: if the build dies while carrying,
 * the staging folder with its links is deleted and every original is still in place. A user's file
 * whose path the new site also writes is never overwritten: the bake is refused, naming both.
 */
final class UserFiles {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private UserFiles() {}

  /**
   * Carries {@code entries} (site-relative, '/'-separated) from {@code live} into {@code staging}.
   *
   * @throws OutputRefusedException naming every entry that collides with the new site or cannot be
   *     carried; nothing is carried then
   */
  static void carry(Path output, Path live, List<String> entries, Path staging) throws IOException {
    List<String> collisions = new ArrayList<>();
    for (String entry : entries) {
      findCollisions(live, staging, entry, collisions);
    }
    if (!collisions.isEmpty()) {
      throw new OutputRefusedException(
          output,
          "the output holds files notebake did not write at paths the new site writes too ("
              + String.join(", ", collisions)
              + "), and notebake never overwrites your files",
          "move or rename your files, or change the notes that produce those paths, then bake"
              + " again");
    }
    for (String entry : entries) {
      carryOne(output, live.resolve(entry), staging.resolve(entry), entry);
    }
  }

  private static void findCollisions(Path live, Path staging, String entry, List<String> found)
      throws IOException {
    Path target = staging.resolve(entry);
    for (Path parent = target.getParent(); !parent.equals(staging); parent = parent.getParent()) {
      if (Files.exists(parent, NOFOLLOW) && !Files.isDirectory(parent, NOFOLLOW)) {
        found.add(entry + " (the new site has a file " + Manifest.relative(staging, parent) + ")");
        return;
      }
    }
    if (!Files.exists(target, NOFOLLOW)) {
      return;
    }
    Path source = live.resolve(entry);
    if (Files.isDirectory(source, NOFOLLOW) && Files.isDirectory(target, NOFOLLOW)) {
      try (Stream<Path> children = Files.list(source)) {
        for (Path child : (Iterable<Path>) children::iterator) {
          findCollisions(live, staging, Manifest.relative(live, child), found);
        }
      }
      return;
    }
    found.add(entry);
  }

  private static void carryOne(Path output, Path source, Path target, String entry)
      throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(source, BasicFileAttributes.class, NOFOLLOW);
    } catch (IOException e) {
      throw cannotCarry(output, entry, OsCause.of(e));
    }
    if (attributes.isSymbolicLink()) {
      Files.createDirectories(target.getParent());
      Files.createSymbolicLink(target, Files.readSymbolicLink(source));
    } else if (attributes.isDirectory()) {
      carryFolder(output, source, target, entry);
    } else if (attributes.isRegularFile()) {
      Files.createDirectories(target.getParent());
      linkOrCopy(output, source, target, entry);
    } else {
      throw cannotCarry(output, entry, "it is a special file (a pipe, socket or device)");
    }
  }

  private static void carryFolder(Path output, Path source, Path target, String entry)
      throws IOException {
    boolean made = !Files.isDirectory(target, NOFOLLOW);
    if (made) {
      Files.createDirectories(target);
    }
    try (Stream<Path> children = Files.list(source)) {
      for (Path child : (Iterable<Path>) children::iterator) {
        String name = child.getFileName().toString();
        carryOne(output, child, target.resolve(name), entry + "/" + name);
      }
    } catch (IOException e) {
      throw cannotCarry(output, entry, OsCause.of(e));
    }
    if (made) {
      copyFolderAttributes(source, target);
    }
  }

  private static void linkOrCopy(Path output, Path source, Path target, String entry) {
    try {
      Files.createLink(target, source);
      return;
    } catch (UnsupportedOperationException | FileSystemException e) {
      // No hard links here (FAT, some network shares) or not allowed: copy instead.
    } catch (IOException e) {
      throw cannotCarry(output, entry, OsCause.of(e));
    }
    try {
      Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES, NOFOLLOW);
    } catch (IOException e) {
      throw cannotCarry(output, entry, OsCause.of(e));
    }
  }

  /** Permissions last, so a read-only folder is filled before it becomes read-only. */
  private static void copyFolderAttributes(Path source, Path target) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(target, PosixFileAttributeView.class, NOFOLLOW);
    if (view != null) {
      PosixFileAttributes from = Files.readAttributes(source, PosixFileAttributes.class, NOFOLLOW);
      view.setPermissions(from.permissions());
    }
    Files.setLastModifiedTime(target, Files.getLastModifiedTime(source, NOFOLLOW));
  }

  /**
   * After the swap: moves into the new site what the user added to the old one after it was carried
   * (a git commit running during the swap, say), so deleting the old tree loses nothing. Whatever
   * the old marker lists is notebake's and stays behind; whatever the new site already has is kept
   * as it is.
   */
  static void catchUp(Path old, Path live) throws IOException {
    Manifest manifest;
    try {
      manifest = OutputMarker.read(old);
    } catch (Manifest.Invalid e) {
      return; // not a site we baked: it was replaced with --force, as a whole
    }
    moveMissing(old, live, "", manifest.files().keySet(), manifest.folders());
  }

  /**
   * Moves what is in {@code from} but neither listed nor in {@code to}. A folder holding listed
   * files is gone through, never moved whole: its listed pages stay behind.
   */
  private static void moveMissing(
      Path from, Path to, String prefix, Set<String> files, Set<String> folders)
      throws IOException {
    List<Path> children;
    try (Stream<Path> listing = Files.list(from)) {
      children = listing.toList();
    }
    for (Path child : children) {
      String name = child.getFileName().toString();
      String path = prefix + name;
      if (files.contains(path) || (prefix.isEmpty() && name.equals(OutputMarker.NAME))) {
        continue;
      }
      Path target = to.resolve(name);
      boolean folder = Files.isDirectory(child, NOFOLLOW);
      if (folder && (folders.contains(path) || Files.isDirectory(target, NOFOLLOW))) {
        moveMissing(child, target, path + "/", files, folders);
      } else if (!Files.exists(target, NOFOLLOW)) {
        Files.createDirectories(to);
        Files.move(child, target, StandardCopyOption.ATOMIC_MOVE);
      }
    }
  }

  private static OutputRefusedException cannotCarry(Path output, String entry, String why) {
    return new OutputRefusedException(
        output,
        "cannot carry " + entry + ", which notebake did not write, into the new site: " + why,
        "move it out of the output folder (or fix what is wrong with it), then bake again;"
            + " notebake never deletes files it did not write");
  }
}
