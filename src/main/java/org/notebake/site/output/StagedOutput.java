package org.notebake.site.output;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.notebake.diagnostics.Diagnostic;

/**
 * A site being built in a sibling staging folder, swapped into place only by {@link #commit()}: a
 * failed or killed build leaves the previous site untouched, and no page of an earlier build can
 * survive a successful one.
 *
 * <pre>{@code
 * try (StagedOutput staged = StagedOutput.open(OutputPolicy.check(vault, content, site, force))) {
 *   staged.writeString("index.html", html);
 *   staged.copy(photo, "img/photo.webp");
 *   staged.commit(); // without this, close() deletes the staging folder
 * }
 * }</pre>
 *
 * <p>The staging folder {@code .<name>.staging-<random>} sits next to the output, on the same
 * filesystem, so the swap is two renames. Files are written into the staging folder (a rewrite of
 * the same path through a temporary name moved over it), never through a symbolic link, and never
 * outside the staging folder. Opening first runs {@code LeftoverRecovery} to clean up after builds
 * that were killed. An {@code OutputLock} (file {@code .<name>.lock} next to the output) makes a
 * second build into the same folder fail at once instead of disturbing the first. Files may be
 * written from several threads at once; {@link #commit()} and {@link #abandon()} belong to one.
 */
public final class StagedOutput implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final OutputTarget target;
  private final OutputLock lock;
  private final StagingRoot staging;
  private final List<Diagnostic> warnings;
  private volatile boolean finished;

  private StagedOutput(
      OutputTarget target, OutputLock lock, StagingRoot staging, List<Diagnostic> warnings) {
    this.target = target;
    this.lock = lock;
    this.staging = staging;
    this.warnings = new ArrayList<>(warnings);
  }

  /**
   * Opens a staging folder for {@code output}, which must be missing, empty or made by notebake.
   *
   * @throws OutputRefusedException if the output is a link, a file or a foreign non-empty folder
   */
  public static StagedOutput open(Path output) {
    Path path = OutputPolicy.outputPath(output);
    if (path.getParent() == null) {
      throw new OutputRefusedException(path, "the output is a filesystem root", "choose a folder");
    }
    return open(new OutputTarget(path, false));
  }

  /** Opens a staging folder for an output accepted by {@link OutputPolicy#check}. */
  public static StagedOutput open(OutputTarget target) {
    Path output = target.path();
    refuseUnlessReplaceable(target);
    try {
      Files.createDirectories(output.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder " + output.getParent(), e);
    }
    OutputLock lock = OutputLock.acquire(output);
    boolean opened = false;
    try {
      List<Diagnostic> warnings = LeftoverRecovery.recover(output);
      Path root = output.resolveSibling(LeftoverRecovery.stagingName(output, randomSuffix()));
      Files.createDirectory(root);
      OutputMarker.write(root);
      opened = true;
      return new StagedOutput(target, lock, new StagingRoot(root), warnings);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare a staging folder next to " + output, e);
    } finally {
      if (!opened) {
        lock.close();
      }
    }
  }

  /** The staging folder, for engines that write their own files into it. */
  public Path root() {
    return staging.root();
  }

  /** The folder that {@link #commit()} replaces. */
  public Path output() {
    return target.path();
  }

  /**
   * Problems that did not stop the build: leftover-looking folders next to the output that were not
   * ours (so were kept), and an old site that could not be deleted after the swap.
   */
  public List<Diagnostic> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * The staging path for a site-relative path like {@code notes/a.html}, with its parent folders
   * created.
   *
   * @throws OutputRefusedException if the path is absolute, climbs with {@code ..}, names the
   *     marker, or passes through a symbolic link
   */
  public Path resolve(String relativePath) {
    requireOpen();
    return staging.resolve(relativePath);
  }

  /** Writes {@code text} as UTF-8 to {@code relativePath}, replacing an earlier write. */
  public Path writeString(String relativePath, String text) {
    return writeBytes(relativePath, text.getBytes(UTF_8));
  }

  /** Writes {@code bytes} to {@code relativePath}, replacing an earlier write. */
  public Path writeBytes(String relativePath, byte[] bytes) {
    requireOpen();
    return staging.write(relativePath, out -> out.write(bytes));
  }

  /** Copies the regular file {@code from} (never a link) to {@code relativePath}. */
  public Path copy(Path from, String relativePath) {
    requireOpen();
    return staging.write(
        relativePath,
        out -> {
          try (InputStream in = Files.newInputStream(from, LinkOption.NOFOLLOW_LINKS)) {
            in.transferTo(out);
          }
        });
  }

  /**
   * Swaps the staging folder into place: the live site (which must carry the marker, or be empty,
   * or be replaced with {@code --force}) is moved aside, the staging folder renamed to the output,
   * and the old tree deleted.
   *
   * @throws OutputRefusedException if the output changed into something we may not replace
   */
  public void commit() {
    requireOpen();
    Path output = target.path();
    refuseUnlessReplaceable(target);
    Path old;
    try {
      old = moveLiveSiteAside(output);
      try {
        Files.move(staging.root(), output, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        restore(old, output, e);
        throw e;
      }
      finished = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot swap the new site into " + output, e);
    }
    try {
      if (old != null) {
        deleteOldSite(old);
      }
    } finally {
      lock.close();
    }
  }

  /** Puts the moved-aside site back; if even that fails, the next open's recovery will. */
  private static void restore(Path old, Path output, IOException swapFailure) {
    if (old == null) {
      return;
    }
    try {
      Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException restoreFailure) {
      swapFailure.addSuppressed(restoreFailure);
    }
  }

  /** The new site is live by now, so failing to delete the old one is only a warning. */
  private void deleteOldSite(Path old) {
    try {
      MarkedTree.delete(old);
    } catch (IOException | UncheckedIOException e) {
      warnings.add(
          Diagnostic.warning(
              old.toString(),
              0,
              0,
              "the previous site could not be deleted ("
                  + e.getMessage()
                  + "); the next build removes it, or delete it yourself"));
    }
  }

  /** Deletes the staging folder; the live site is not touched. */
  public void abandon() {
    if (finished) {
      return;
    }
    finished = true;
    try (lock) {
      if (Files.exists(staging.root(), LinkOption.NOFOLLOW_LINKS)) {
        MarkedTree.delete(staging.root());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the staging folder " + staging.root(), e);
    }
  }

  /** Abandons the staging folder unless {@link #commit()} succeeded. */
  @Override
  public void close() {
    abandon();
  }

  private Path moveLiveSiteAside(Path output) throws IOException {
    if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    // An empty folder or one the user let us replace becomes ours, so the old-tree delete and
    // a crash recovery may remove it.
    OutputMarker.write(output);
    Path old =
        output.resolveSibling(
            LeftoverRecovery.oldName(output, System.currentTimeMillis(), randomSuffix()));
    Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
    return old;
  }

  private static void refuseUnlessReplaceable(OutputTarget target) {
    Path output = target.path();
    if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputRefusedException(
          output,
          "the output is a symbolic link or a file, not a folder notebake created",
          "choose a new folder, or remove this one yourself");
    }
    if (!target.replaceForeign()
        && !OutputMarker.isPresent(output)
        && !OutputPolicy.isEmptyDirectory(output)) {
      throw new OutputRefusedException(
          output,
          "the output folder is not empty and notebake did not create it (no "
              + OutputMarker.NAME
              + " file)",
          "choose an empty or new folder, or pass --force to replace it as a whole");
    }
  }

  private void requireOpen() {
    if (finished) {
      throw new IllegalStateException("staged output already committed or abandoned");
    }
  }

  /** A short random name part, so concurrent and repeated builds never pick the same name. */
  static String randomSuffix() {
    return Long.toUnsignedString(RANDOM.nextLong(), 36);
  }
}
