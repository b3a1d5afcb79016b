package org.notebake.site.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.notebake.diagnostics.OsCause;
import org.notebake.text.HiddenSibling;

/**
 * Maps site-relative paths into the staging folder and refuses any that would land outside it:
 * absolute paths, {@code ..} segments, and symbolic links on the way, which a build never makes and
 * so can only come from someone else.
 *
 * <pre>{@code
 * new StagingRoot(staging).resolve("notes/a.html"); // staging/notes/a.html, notes/ created
 * new StagingRoot(staging).resolve("../a.html");    // OutputRefusedException
 * }</pre>
 *
 * <p>Folders it has made or checked are remembered, so writing a thousand pages into one folder
 * looks at that folder once, and a new file is created without looking first: {@code CREATE_NEW}
 * never follows a link, and only when something is already there is it checked.
 */
final class StagingRoot {
  private final Path root;
  private final Set<Path> checkedFolders = ConcurrentHashMap.newKeySet();

  /** What each write left, by site path: the marker's list is made from it without a re-read. */
  private final Map<String, FileStamp> written = new ConcurrentHashMap<>();

  /**
   * @param root the staging folder, absolute and real
   */
  StagingRoot(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** The stamp of every file written or linked so far, by site path. */
  /** Whether {@code relativePath} was written (or linked) here. */
  boolean wrote(String relativePath) {
    return written.containsKey(relativePath);
  }

  Map<String, FileStamp> written() {
    return Map.copyOf(written);
  }

  /**
   * Puts {@code liveFile}, a file of the live site whose bytes are the ones this build writes at
   * {@code relativePath}, into the staging folder as a hard link: no bytes are written. The link is
   * kept only if it leads to the very file that was verified ({@code verified}: same identity, size
   * and time); otherwise, or where hard links cannot be made, nothing is left behind and the caller
   * writes the bytes. A later write of the same path goes through a temporary file renamed over the
   * link, so the live site's file is never written to.
   *
   * @return whether the link was made and kept
   */
  boolean link(String relativePath, Path liveFile, FileStamp verified) {
    Path target = target(relativePath);
    try {
      Files.createLink(target, liveFile);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false; // already written, no hard links here, or the live file is gone: write it
    }
    try {
      BasicFileAttributes now =
          Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (verified.sameFileAs(now)) {
        written.put(relativePath, verified);
        return true;
      }
      Files.delete(target); // the link this call just made, to a file that changed since
      return false;
    } catch (IOException e) {
      throw writeFailure(relativePath, e);
    }
  }

  /** The path of {@code relativePath} under the root, its parent folders created. */
  Path resolve(String relativePath) {
    Path target = target(relativePath);
    refuseLink(target, relativePath);
    return target;
  }

  /**
   * The path of {@code relativePath} under the root, its parent folders created (and each checked
   * not to be a link the first time); the file itself is not looked at.
   */
  private Path target(String relativePath) {
    Path relative = parse(relativePath);
    Path current = root;
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      current = current.resolve(relative.getName(i));
      if (!checkedFolders.contains(current)) {
        refuseLink(current, relativePath);
        createFolder(current, relativePath);
        checkedFolders.add(current);
      }
    }
    current = current.resolve(relative.getName(relative.getNameCount() - 1));
    if (!current.normalize().startsWith(root) || current.equals(root)) {
      throw escape(relativePath, "it does not name a file inside the staging folder");
    }
    return current;
  }

  private void refuseLink(Path path, String relativePath) {
    if (Files.isSymbolicLink(path)) {
      throw escape(relativePath, path + " is a symbolic link, which the build did not make");
    }
  }

  /**
   * Writes {@code relativePath}. A new file is written in place: nobody reads the staging folder
   * before the commit, and a build that fails half-way abandons it. A second write of the same path
   * goes through a temporary sibling renamed over the first. Neither is ever opened through a link.
   */
  Path write(String relativePath, StreamWriter content) {
    return write(relativePath, content, null);
  }

  /**
   * As {@link #write(String, StreamWriter)}; {@code checksum} is that of the bytes {@code content}
   * writes, or null to have it computed on the way.
   */
  Path write(String relativePath, StreamWriter content, String checksum) {
    if (checksum == null) {
      ChecksumStream.Sum sum = new ChecksumStream.Sum();
      Path target = write(relativePath, out -> content.writeTo(sum.wrap(out)), "");
      written.put(relativePath, stamp(target, relativePath, sum.value()));
      return target;
    }
    Path target = writeUnstamped(relativePath, content);
    if (!checksum.isEmpty()) {
      written.put(relativePath, stamp(target, relativePath, checksum));
    }
    return target;
  }

  private static FileStamp stamp(Path target, String relativePath, String checksum) {
    try {
      return FileStamp.read(target, checksum);
    } catch (IOException e) {
      throw writeFailure(relativePath, e);
    }
  }

  private Path writeUnstamped(String relativePath, StreamWriter content) {
    Path target = target(relativePath);
    OutputStream out;
    try {
      out =
          Files.newOutputStream(
              target,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE,
              LinkOption.NOFOLLOW_LINKS);
    } catch (FileAlreadyExistsException e) {
      refuseLink(target, relativePath);
      return replaceAtomically(target, content);
    } catch (IOException e) {
      throw writeFailure(relativePath, e);
    }
    try (out) {
      content.writeTo(out);
      return target;
    } catch (IOException e) {
      try {
        Files.deleteIfExists(target); // made by the CREATE_NEW above, so ours to remove
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw writeFailure(relativePath, e);
    }
  }

  /** Names the site path and the operating system's reason, not only the staging path. */
  static UncheckedIOException writeFailure(String relativePath, IOException e) {
    return new UncheckedIOException("cannot write " + relativePath + ": " + OsCause.of(e), e);
  }

  /** Writes the content to a temporary sibling of {@code target}, then renames it over it. */
  private Path replaceAtomically(Path target, StreamWriter content) {
    Path temporary = HiddenSibling.of(target, ".tmp-" + StagedOutput.randomSuffix());
    try {
      try (OutputStream out =
          Files.newOutputStream(
              temporary,
              StandardOpenOption.CREATE_NEW,
              StandardOpenOption.WRITE,
              LinkOption.NOFOLLOW_LINKS)) {
        content.writeTo(out);
      }
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw writeFailure(root.relativize(target).toString(), e);
    }
  }

  private Path parse(String relativePath) {
    if (relativePath == null || relativePath.isEmpty()) {
      throw escape(String.valueOf(relativePath), "the path is empty");
    }
    if (relativePath.startsWith("/") || relativePath.contains("\\")) {
      throw escape(relativePath, "output paths are relative and use '/' separators");
    }
    Path relative;
    try {
      relative = root.getFileSystem().getPath(relativePath);
    } catch (InvalidPathException e) {
      throw escape(relativePath, "it is not a valid file name here (" + e.getReason() + ")");
    }
    if (relative.isAbsolute() || relative.getRoot() != null) {
      throw escape(relativePath, "output paths are relative");
    }
    for (Path segment : relative) {
      String name = segment.toString();
      if (name.equals("..") || name.equals(".")) {
        throw escape(relativePath, "'" + name + "' segments could leave the staging folder");
      }
    }
    if (relative.getNameCount() == 1 && relative.toString().equals(OutputMarker.NAME)) {
      throw escape(relativePath, OutputMarker.NAME + " is notebake's own marker file");
    }
    String first = relative.getName(0).toString();
    if (first.startsWith(OutputMarker.NAME + ".") || first.startsWith(InPlaceUpdate.JOURNAL)) {
      throw escape(relativePath, first + " is a name notebake keeps for itself while it writes");
    }
    return relative;
  }

  private static void createFolder(Path folder, String relativePath) {
    if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      Files.createDirectory(folder);
    } catch (FileAlreadyExistsException e) {
      // Another rendering thread may have just made it; anything but a real folder is refused.
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        throw new UncheckedIOException(
            "cannot create the folder for " + relativePath + ": a file of that name is in the way",
            e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the folder for " + relativePath + ": " + OsCause.of(e), e);
    }
  }

  private OutputRefusedException escape(String relativePath, String why) {
    return new OutputRefusedException(
        root,
        "refusing to write \"" + relativePath + "\": " + why,
        "this is a bug in notebake or a plugin; report it with the note that produced this path");
  }

  /** Produces a file's bytes; may fail with an I/O error. */
  @FunctionalInterface
  interface StreamWriter {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Closes the new staging folder to other users until its site is checked: a build killed before
   * then leaves pages no privacy check has read beside the output, where a web server that serves
   * the output's folder could serve them. Where the file system has no POSIX permissions, nothing.
   */
  void closeToOthers() throws IOException {
    java.nio.file.attribute.PosixFileAttributeView view =
        Files.getFileAttributeView(root, java.nio.file.attribute.PosixFileAttributeView.class);
    if (view != null) {
      madeWith = view.readAttributes().permissions();
      view.setPermissions(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
    }
  }

  /**
   * Gives the checked staging folder back the permissions it was made with, before it goes live.
   */
  void openAsMade() throws IOException {
    if (madeWith != null) {
      Files.setPosixFilePermissions(root, madeWith);
      madeWith = null;
    }
  }

  /** The permissions the folder was made with (the user's umask), while it is closed to others. */
  private Set<java.nio.file.attribute.PosixFilePermission> madeWith;
}
