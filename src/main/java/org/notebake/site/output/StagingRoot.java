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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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

  /**
   * @param root the staging folder, absolute and real
   */
  StagingRoot(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
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
   * before the swap, and a build that fails half-way abandons it. A second write of the same path
   * goes through a temporary sibling renamed over the first. Neither is ever opened through a link.
   */
  Path write(String relativePath, StreamWriter content) {
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
    Path temporary =
        target.resolveSibling("." + target.getFileName() + ".tmp-" + StagedOutput.randomSuffix());
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
}
