package org.notebake.site.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Deletes a folder tree that carries the {@link OutputMarker}, and nothing else: an unmarked folder
 * is refused, and symbolic links inside are removed as links, never followed.
 *
 * <pre>{@code
 * MarkedTree.delete(parent.resolve(".site.old-1764350000000-k3j9"));
 * }</pre>
 *
 * <p>Where the platform offers a {@link SecureDirectoryStream} (Linux, macOS), each level is opened
 * relative to its parent's open handle, so swapping a folder for a link while we delete cannot
 * redirect the deletion elsewhere.
 */
public final class MarkedTree {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  private static final Set<PosixFilePermission> OWNER_RWX =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private MarkedTree() {}

  /**
   * Deletes {@code root} and all below it, if {@code root} is a marked real directory. The marker
   * goes last, just before the folder itself: a build killed while deleting leaves a marked
   * leftover, which the next build's recovery finishes ({@link LeftoverRecovery}); one whose marker
   * went first would be a look-alike it must keep, for the user to delete by hand.
   */
  static void delete(Path root) throws IOException {
    delete(root, () -> {});
  }

  /** As {@link #delete(Path)}; {@code beforeEach} runs before each deletion (tests). */
  static void delete(Path root, Runnable beforeEach) throws IOException {
    deleteMarkedBy(root, OutputMarker.isPresent(root), OutputMarker.NAME, beforeEach);
  }

  /**
   * The same for a folder another part of notebake made and marked with its own file {@code marker}
   * (a local preview's folder): refused without it.
   */
  public static void delete(Path root, String marker) throws IOException {
    deleteMarkedBy(root, Files.isRegularFile(root.resolve(marker), NOFOLLOW), marker, () -> {});
  }

  private static void deleteMarkedBy(Path root, boolean marked, String marker, Runnable beforeEach)
      throws IOException {
    if (!marked) {
      throw new OutputRefusedException(
          root,
          "notebake did not create this folder (it has no " + marker + " file)",
          "notebake deletes only folders it created; remove it yourself if it is not needed");
    }
    Path parent = root.toAbsolutePath().getParent();
    try (DirectoryStream<Path> parentStream = Files.newDirectoryStream(parent)) {
      if (parentStream instanceof SecureDirectoryStream<Path> secure) {
        Path name = root.getFileName();
        makeWritable(secure.getFileAttributeView(name, PosixFileAttributeView.class, NOFOLLOW));
        try (SecureDirectoryStream<Path> tree = secure.newDirectoryStream(name, NOFOLLOW)) {
          Path markerName = Path.of(marker);
          deleteContents(tree, markerName, beforeEach);
          beforeEach.run();
          tree.deleteFile(markerName);
        }
        beforeEach.run();
        secure.deleteDirectory(name);
        return;
      }
    }
    deleteByWalking(root, root.resolve(marker), beforeEach);
  }

  /** Deletes what {@code dir} holds but {@code kept} (null: everything). */
  private static void deleteContents(
      SecureDirectoryStream<Path> dir, Path kept, Runnable beforeEach) throws IOException {
    for (Path entry : dir) {
      Path name = entry.getFileName();
      if (name.equals(kept)) {
        continue;
      }
      BasicFileAttributes attributes =
          dir.getFileAttributeView(name, BasicFileAttributeView.class, NOFOLLOW).readAttributes();
      if (attributes.isDirectory()) {
        makeWritable(dir.getFileAttributeView(name, PosixFileAttributeView.class, NOFOLLOW));
        try (SecureDirectoryStream<Path> child = dir.newDirectoryStream(name, NOFOLLOW)) {
          deleteContents(child, null, beforeEach);
        }
        beforeEach.run();
        dir.deleteDirectory(name);
      } else {
        beforeEach.run();
        dir.deleteFile(name); // a symbolic link is deleted itself, its target is untouched
      }
    }
  }

  /**
   * A read-only folder cannot be emptied: a user's, in a folder replaced with --force, or the
   * output folder itself made read-only (chmod, a copy from a read-only medium), which after the
   * swap is the old tree's top. It is ours to delete, so it gets its owner's write and search
   * permission back first.
   */
  private static void makeWritable(PosixFileAttributeView view) throws IOException {
    if (view == null) {
      return;
    }
    Set<PosixFilePermission> permissions = view.readAttributes().permissions();
    if (!permissions.containsAll(OWNER_RWX)) {
      Set<PosixFilePermission> more = EnumSet.copyOf(OWNER_RWX);
      more.addAll(permissions);
      view.setPermissions(more);
    }
  }

  private static void deleteByWalking(Path root, Path marker, Runnable beforeEach)
      throws IOException {
    // Without FOLLOW_LINKS the walk reports a link to a directory as a file, so it is unlinked.
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            makeWritable(Files.getFileAttributeView(dir, PosixFileAttributeView.class, NOFOLLOW));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (!file.equals(marker)) {
              beforeEach.run();
              Files.delete(file);
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            if (dir.equals(root)) {
              beforeEach.run();
              Files.delete(marker);
            }
            beforeEach.run();
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
