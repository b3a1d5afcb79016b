package org.notebake.site.output;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.OsCause;

/**
 * A site being built in a sibling staging folder, put in place only by {@link #commit()}: a failed
 * or killed build leaves the previous site as it was (a killed update is undone by the next build),
 * no page of an earlier build survives a successful one, and no file the user added to the site is
 * touched.
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
 * filesystem. Into a site notebake baked, it receives only the files whose bytes changed (the
 * others are kept where they are), and the commit updates the site in place ({@link InPlaceUpdate}:
 * changed files renamed in, files the new site lacks moved out, the new marker last, with a journal
 * that undoes a killed update). A first site, or a folder replaced with {@code --force}, is built
 * whole there and swapped in: one atomic exchange of the two folders on Linux ({@link
 * DirectoryExchange}) or two renames elsewhere. The site's {@value OutputMarker#NAME} lists every
 * file notebake wrote ({@link Manifest}); see docs/output.md. Files are written into the staging
 * folder (a rewrite of the same path through a temporary name moved over it), never through a
 * symbolic link, and never outside the staging folder. Opening first runs {@code LeftoverRecovery}
 * to clean up after builds that were killed. An {@code OutputLock} (file {@code .<name>.lock} next
 * to the output) makes a second build into the same folder fail at once instead of disturbing the
 * first. Files may be written from several threads at once; {@link #commit()} and {@link
 * #abandon()} belong to one.
 */
public final class StagedOutput implements SiteOutput {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final OutputTarget target;
  private final OutputLock lock;
  private final StagingRoot staging;
  private final List<Diagnostic> warnings;
  private final OutputMemory memory;

  /** Sources copied in this build, by stamp (for the next build's {@link OutputMemory}). */
  private final Map<Path, FileStamp> sources = new java.util.concurrent.ConcurrentHashMap<>();

  /** The live site's files, checked at open: unchanged ones are kept instead of written. */
  private final Map<String, LiveSite.Verified> live;

  /**
   * Whether the live site is one notebake baked, brought up to date where it is at the commit
   * ({@link InPlaceUpdate}); otherwise the staging folder becomes the site.
   */
  private final boolean inPlace;

  /** The live site's files this build keeps as they are (in place only), by site path. */
  private final Map<String, LiveSite.Verified> kept =
      new java.util.concurrent.ConcurrentHashMap<>();

  private volatile boolean finished;

  /** The files of the site put in place by the commit. */
  private int files;

  private StagedOutput(
      OutputTarget target,
      OutputLock lock,
      StagingRoot staging,
      List<Diagnostic> warnings,
      LiveSite site,
      OutputMemory memory) {
    this.target = target;
    this.lock = lock;
    this.staging = staging;
    this.warnings = new ArrayList<>(warnings);
    this.inPlace = site.state() == LiveSite.State.OURS;
    this.live = inPlace ? site.verified() : Map.of();
    this.memory = memory;
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
    return open(target, new OutputMemory());
  }

  /**
   * As {@link #open(OutputTarget)}; {@code memory} holds what an earlier commit of this process
   * knew of the live site's files (a serve rebuild), and gets what this commit swaps in.
   */
  public static StagedOutput open(OutputTarget target, OutputMemory memory) {
    Path output = target.path();
    try {
      Files.createDirectories(output.getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the folder " + output.getParent() + ": " + OsCause.of(e), e);
    }
    OutputLock lock = OutputLock.acquire(output);
    boolean opened = false;
    try {
      List<Diagnostic> warnings = LeftoverRecovery.recover(output);
      LiveSite site = LiveSite.inspect(output, memory.filesOf(output));
      refuseUnlessReplaceable(target, site);
      Path root = output.resolveSibling(LeftoverRecovery.stagingName(output, randomSuffix()));
      Files.createDirectory(root);
      StagingRoot staging = new StagingRoot(root);
      staging.closeToOthers();
      OutputMarker.write(root, Manifest.empty());
      opened = true;
      return new StagedOutput(target, lock, staging, warnings, site, memory);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot prepare a staging folder next to " + output + ": " + OsCause.of(e), e);
    } finally {
      if (!opened) {
        lock.close();
      }
    }
  }

  /**
   * Finishes what a killed build left next to {@code output}, as {@code notebake check} does before
   * it renders: puts the previous site back if the build died in the middle of a swap, deletes
   * marked staging and old folders. Does nothing if another build holds the output.
   *
   * @return warnings: what was restored, and leftover-looking folders that were kept
   */
  public static List<Diagnostic> recover(Path output) {
    Path path = OutputPolicy.outputPath(output);
    if (path.getParent() == null || !Files.isDirectory(path.getParent())) {
      return List.of();
    }
    OutputLock lock;
    try {
      lock = OutputLock.acquire(path);
    } catch (OutputRefusedException | UncheckedIOException e) {
      return List.of(); // a build is running (it recovers itself) or the folder is not writable
    }
    try (lock) {
      return LeftoverRecovery.recover(path);
    } catch (IOException e) {
      return List.of(
          Diagnostic.warning(
              path.toString(),
              0,
              0,
              "cannot clean up after an interrupted build: "
                  + OsCause.of(e)
                  + "; the next bake tries again"));
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
   * ours (so were kept), and a staging folder or old site that could not be deleted after the
   * commit.
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

  /**
   * Writes {@code bytes} to {@code relativePath}, replacing an earlier write. Where the live site
   * has a file of notebake's with these very bytes at that path, it is hard-linked instead: an
   * unchanged page costs a link, not a write.
   */
  public Path writeBytes(String relativePath, byte[] bytes) {
    requireOpen();
    String checksum = Manifest.checksum(bytes);
    if (keepUnchanged(relativePath, bytes.length, checksum)) {
      return whereKept(relativePath);
    }
    return staging.write(relativePath, out -> out.write(bytes), checksum);
  }

  /**
   * Copies the regular file {@code from} (never a link) to {@code relativePath}; linked from the
   * live site instead where that has the same bytes there.
   */
  public Path copy(Path from, String relativePath) {
    requireOpen();
    if (linkedFromLive(from, relativePath)) {
      return whereKept(relativePath);
    }
    return staging.write(
        relativePath,
        out -> {
          try (InputStream in = Files.newInputStream(from, LinkOption.NOFOLLOW_LINKS)) {
            in.transferTo(out);
          }
        });
  }

  /**
   * Whether the live site's file at {@code relativePath}, the same bytes as {@code from}, was
   * linked.
   */
  private boolean linkedFromLive(Path from, String relativePath) {
    LiveSite.Verified before = live.get(relativePath);
    if (before == null) {
      return false;
    }
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(from, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attributes.size() == before.stamp().size()
          && keepUnchanged(
              relativePath, attributes.size(), memory.checksumOf(from, attributes, sources));
    } catch (IOException e) {
      throw StagingRoot.writeFailure(relativePath, e);
    }
  }

  /**
   * As {@link #copy}, for a file of notebake's cache that is only ever replaced, never written in
   * place: a new file becomes a hard link to it (on the same file system), since making a file
   * costs the file system far more than naming one more time a file it has (a clean bake at 1,000
   * notes makes 1,000 share cards). The link is kept only if it leads to the very file whose bytes
   * were summed; otherwise the bytes are copied.
   */
  @Override
  public Path linkOwn(Path from, String relativePath) {
    requireOpen();
    if (linkedFromLive(from, relativePath)) {
      return whereKept(relativePath);
    }
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(from, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (attributes.isRegularFile() && attributes.fileKey() != null) {
        FileStamp stamp = FileStamp.of(attributes, memory.checksumOf(from, attributes, sources));
        if (staging.link(relativePath, from, stamp)) {
          return staging.root().resolve(relativePath);
        }
      }
    } catch (IOException e) {
      throw StagingRoot.writeFailure(relativePath, e);
    }
    return copy(from, relativePath);
  }

  /**
   * Keeps the live site's file at {@code relativePath} (links it into the staging folder) if it was
   * verified at open with this size and checksum; reads and writes nothing. False if it was not:
   * then write the bytes.
   */
  public boolean keep(String relativePath, long size, String checksum) {
    requireOpen();
    return keepUnchanged(relativePath, size, checksum);
  }

  /**
   * Keeps the live site's file at {@code relativePath}, where it is, if it was verified at open
   * with this size and checksum (the same bytes, as far as the marker's checksum tells). False if
   * it was not, or a write of this build staged other bytes for it: then write the bytes.
   */
  private boolean keepUnchanged(String relativePath, long size, String checksum) {
    LiveSite.Verified before = live.get(relativePath); // only a site of ours has any
    if (before == null
        || before.stamp().key() == null // no file identity (Windows): could not be checked
        || before.stamp().size() != size
        || !before.stamp().checksum().equals(checksum)
        || staging.wrote(relativePath)) {
      return false;
    }
    kept.put(relativePath, before);
    return true;
  }

  /** Where a kept file is: in the live site. */
  private Path whereKept(String relativePath) {
    return target.path().resolve(live.get(relativePath).name());
  }

  /**
   * Puts the new site in place. The live site must be missing, empty, a site notebake baked whose
   * listed files are unchanged, or (with {@code --force}) anything else. A site notebake baked is
   * updated where it is ({@link InPlaceUpdate}), the user's files untouched; otherwise the marker
   * of the new site lists every file this build wrote, the two folders are exchanged in one step
   * where the platform can ({@link DirectoryExchange}), or by two renames, and the old tree is
   * deleted.
   *
   * @throws OutputRefusedException if the output changed into something we may not replace, or a
   *     user's file is in the way of the new site
   */
  public void commit() {
    commit(() -> {});
  }

  /**
   * As {@link #commit()}; {@code swapped} runs as soon as the new site is in place, before the
   * previous one is deleted (serve tells open tabs to reload then, not a hundred milliseconds
   * later).
   */
  public void commit(Runnable swapped) {
    requireOpen();
    Path output = target.path();
    Path root = staging.root();
    Path old = null;
    try {
      // Files unchanged since open (same identity, size and time) are not read again.
      LiveSite live = LiveSite.inspect(output, this.live);
      refuseUnlessReplaceable(target, live);
      Map<String, LiveSite.Verified> files = new HashMap<>();
      Manifest written =
          Manifest.of(
              root,
              staging.written(),
              (path, stamp) -> files.put(path, new LiveSite.Verified(path, stamp)));
      memory.forget();
      if (inPlace) {
        update(live, written, files);
      } else {
        OutputMarker.write(root, written);
        staging.openAsMade();
        old = swap(root, output, live.state());
      }
      memory.remember(output, files);
      memory.rememberSources(sources);
      this.files = files.size();
      finished = true;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot "
              + (inPlace ? "update the site in " : "swap the new site into ")
              + output
              + ": "
              + OsCause.of(e),
          e);
    }
    try {
      swapped.run();
    } finally {
      try {
        if (old != null) {
          deleteOldSite(old);
        } else if (inPlace) {
          deleteStaging();
        }
      } finally {
        lock.close();
      }
    }
  }

  /**
   * Brings the live site, one of ours, up to date where it is ({@link InPlaceUpdate}): the files of
   * {@code staged} go in, the kept ones stay, the rest of ours go. {@code files} gets the kept
   * files' stamps besides the staged ones'.
   */
  private void update(LiveSite live, Manifest staged, Map<String, LiveSite.Verified> files)
      throws IOException {
    Path output = target.path();
    if (live.state() != LiveSite.State.OURS) {
      // Its unchanged files were to stay where they are, and they are not there any more.
      throw new OutputRefusedException(
          output,
          "the output folder was removed or replaced while the site was built",
          "bake again");
    }
    java.util.SortedMap<String, Manifest.Entry> site = new java.util.TreeMap<>(staged.files());
    for (String path : kept.keySet()) {
      LiveSite.Verified now = live.verified().get(path);
      if (now == null) { // a site of ours lists every file it kept: never silently one page less
        throw new OutputRefusedException(
            output, path + ", which notebake wrote, is gone since the build began", "bake again");
      }
      if (!site.containsKey(path)) {
        site.put(path, new Manifest.Entry(now.stamp().size(), now.stamp().checksum()));
        files.put(path, now);
      }
    }
    InPlaceUpdate.Plan plan =
        InPlaceUpdate.plan(output, live, staged.files(), Manifest.listing(site));
    if (!plan.isEmpty()) {
      InPlaceUpdate.apply(plan, output, staging.root(), beforeEachChange);
    }
  }

  /** The staging folder, emptied by an update in place; a failure to delete it is a warning. */
  private void deleteStaging() {
    try {
      InPlaceUpdate.forget(staging.root());
      MarkedTree.delete(staging.root());
    } catch (IOException | RuntimeException e) {
      warnings.add(
          Diagnostic.warning(
              staging.root().toString(),
              0,
              0,
              "the staging folder could not be deleted ("
                  + (e instanceof IOException io ? OsCause.of(io) : e.getMessage())
                  + "); the next build removes it, or delete it yourself"));
    }
  }

  /**
   * Puts {@code root} at {@code output}; returns where the previous site went, or null if there was
   * none.
   */
  private static Path swap(Path root, Path output, LiveSite.State state) throws IOException {
    if (state == LiveSite.State.MISSING) {
      Files.move(root, output, StandardCopyOption.ATOMIC_MOVE);
      return null;
    }
    if (DirectoryExchange.exchange(root, output)) {
      return root; // the old site now sits at the staging folder's name
    }
    Path old =
        output.resolveSibling(
            LeftoverRecovery.oldName(output, System.currentTimeMillis(), randomSuffix()));
    // A kill between these two renames leaves no site at the output; the next bake or check
    // finds the .old- folder and moves it back (LeftoverRecovery).
    Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(root, output, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      restore(old, output, e);
      throw e;
    }
    return old;
  }

  /**
   * An empty folder or one the user let us replace becomes ours once it is out of the way, so the
   * old-tree delete and a crash recovery may remove it. The live site itself is never marked.
   */
  private static void markForDeletion(Path old) throws IOException {
    if (!OutputMarker.isPresent(old)) {
      OutputMarker.write(old, Manifest.empty());
    }
  }

  /** Puts the moved-aside site back; if even that fails, the next open's recovery will. */
  private static void restore(Path old, Path output, IOException swapFailure) {
    try {
      Files.move(old, output, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException restoreFailure) {
      swapFailure.addSuppressed(restoreFailure);
    }
  }

  /** The new site is live by now, so failing to delete the old one is only a warning. */
  private void deleteOldSite(Path old) {
    try {
      markForDeletion(old);
      MarkedTree.delete(old);
    } catch (IOException | UncheckedIOException e) {
      warnings.add(
          Diagnostic.warning(
              old.toString(),
              0,
              0,
              "the previous site could not be deleted ("
                  + (e instanceof IOException io ? OsCause.of(io) : e.getMessage())
                  + "); the next build removes it, or delete it yourself"));
    }
  }

  @Override
  public int files() {
    return files;
  }

  /** Runs before each change an update in place makes to the live site (tests: a kill there). */
  private Runnable beforeEachChange = () -> {};

  StagedOutput beforeEachChange(Runnable hook) {
    this.beforeEachChange = hook;
    return this;
  }

  /** Ends this build as a killed process would: the lock let go, nothing cleaned up (tests). */
  void die() {
    finished = true;
    lock.close();
  }

  /** Deletes the staging folder; the live site is not touched. */
  public void abandon() {
    if (finished) {
      return;
    }
    finished = true;
    try (lock) {
      if (Files.exists(staging.root(), LinkOption.NOFOLLOW_LINKS)) {
        // An update in place that failed was undone; if that failed too, its journal and backups
        // stay for the next build's recovery.
        InPlaceUpdate.recover(target.path(), staging.root());
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

  private static void refuseUnlessReplaceable(OutputTarget target, LiveSite live) {
    if (live.state() != LiveSite.State.FOREIGN) {
      return;
    }
    Path output = target.path();
    if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
      throw new OutputRefusedException(
          output, live.problem(), "choose a new folder, or remove this one yourself");
    }
    if (!target.replaceForeign()) {
      throw new OutputRefusedException(
          output, live.problem(), live.fix() == null ? OutputPolicy.FORCE_FIX : live.fix());
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
