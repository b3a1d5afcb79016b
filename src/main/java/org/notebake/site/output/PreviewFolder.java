package org.notebake.site.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.OsCause;

/**
 * serve's site folder, updated in place: a build stages only the files whose bytes differ from what
 * the folder holds, and its commit moves each into place (one rename a file, so a page is served
 * whole, old or new) and deletes the files the build no longer makes. A rebuild after one edit
 * touches a few files instead of linking the whole site into a new folder and swapping it (the
 * bake's way, {@link StagedOutput}: about 150 ms a rebuild at 1,000 notes).
 *
 * <pre>{@code
 * PreviewFolder folder = new PreviewFolder(previewRoot.resolve("site"));  // the session's own
 * try (SiteOutput out = folder.open()) {
 *   out.writeBytes("index.html", html);    // staged only if index.html changed
 *   out.commit(() -> tabs.reload());
 * }
 * }</pre>
 *
 * <p>The folder must be one this process made for the preview and nobody else writes: it keeps what
 * it wrote in memory (path, size, checksum) and trusts it without reading, and deletes only paths
 * it wrote. A build that is not committed leaves the folder as it was.
 */
public final class PreviewFolder {
  private static final String PENDING = ".pending-";

  private final Path folder;
  private final OutputMemory sources = new OutputMemory();

  /** What the folder holds: the files the last commit left, by path. */
  private volatile Map<String, Held> held = Map.of();

  private record Held(long size, String checksum) {}

  /**
   * @param folder an empty or missing folder inside the preview's own temporary folder
   */
  public PreviewFolder(Path folder) {
    this.folder = folder.toAbsolutePath().normalize();
  }

  public Path folder() {
    return folder;
  }

  /** Starts a build; only one may be open at a time. */
  public synchronized SiteOutput open() {
    try {
      Files.createDirectories(folder);
      Path pending = Files.createTempDirectory(folder.getParent(), PENDING).toRealPath();
      OutputMarker.write(pending, Manifest.empty()); // MarkedTree deletes marked folders only
      return new Build(new StagingRoot(pending));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot prepare the preview folder " + folder + ": " + OsCause.of(e), e);
    }
  }

  private final class Build implements SiteOutput {
    private final StagingRoot pending;
    private final Map<String, Held> made = new ConcurrentHashMap<>();
    private final Map<Path, FileStamp> copied = new ConcurrentHashMap<>();
    private final Map<String, Held> before = held;
    private boolean finished;
    private int files;

    @Override
    public int files() {
      return files;
    }

    Build(StagingRoot pending) {
      this.pending = pending;
    }

    @Override
    public Path writeBytes(String relativePath, byte[] bytes) {
      String checksum = Manifest.checksum(bytes);
      if (unchanged(relativePath, bytes.length, checksum)) {
        return folder.resolve(relativePath);
      }
      return pending.write(relativePath, out -> out.write(bytes), checksum);
    }

    @Override
    public Path copy(Path from, String relativePath) {
      try {
        BasicFileAttributes attributes =
            Files.readAttributes(from, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile()) {
          throw new IOException(from + " is not a regular file");
        }
        String checksum = sources.checksumOf(from, attributes, copied);
        if (unchanged(relativePath, attributes.size(), checksum)) {
          return folder.resolve(relativePath);
        }
        return pending.write(
            relativePath,
            out -> {
              try (InputStream in = Files.newInputStream(from, LinkOption.NOFOLLOW_LINKS)) {
                in.transferTo(out);
              }
            });
      } catch (IOException e) {
        throw StagingRoot.writeFailure(relativePath, e);
      }
    }

    /**
     * As {@link #copy}; a card new to the folder is linked from its cache rather than copied, as a
     * bake does ({@link StagedOutput#linkOwn}): serve's first build at 1,000 notes puts 1,000 cards
     * in place.
     */
    @Override
    public Path linkOwn(Path from, String relativePath) {
      try {
        BasicFileAttributes attributes =
            Files.readAttributes(from, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isRegularFile() && attributes.fileKey() != null) {
          String checksum = sources.checksumOf(from, attributes, copied);
          if (unchanged(relativePath, attributes.size(), checksum)) {
            return folder.resolve(relativePath);
          }
          if (pending.link(relativePath, from, FileStamp.of(attributes, checksum))) {
            return pending.root().resolve(relativePath);
          }
        }
      } catch (IOException e) {
        throw StagingRoot.writeFailure(relativePath, e);
      }
      return copy(from, relativePath);
    }

    @Override
    public boolean keep(String relativePath, long size, String checksum) {
      return unchanged(relativePath, size, checksum);
    }

    /**
     * Records {@code relativePath} as made with these bytes; true if the folder holds them already
     * (and no earlier write of this build staged other bytes for it).
     */
    private boolean unchanged(String relativePath, long size, String checksum) {
      Held now = new Held(size, checksum);
      made.put(relativePath, now);
      return now.equals(before.get(relativePath)) && !pending.wrote(relativePath);
    }

    @Override
    public List<Diagnostic> warnings() {
      return List.of();
    }

    @Override
    public void commit(Runnable inPlace) {
      if (finished) {
        throw new IllegalStateException("preview build already committed or closed");
      }
      finished = true;
      Map<String, FileStamp> staged = new TreeMap<>(pending.written());
      try {
        for (String path : staged.keySet()) {
          place(path);
        }
        List<String> gone = new ArrayList<>();
        for (String path : before.keySet()) {
          if (!made.containsKey(path)) {
            gone.add(path);
          }
        }
        gone.sort(null);
        for (String path : gone) {
          remove(path);
        }
      } catch (IOException e) {
        held = Map.of(); // unknown now: the next build writes every file again
        throw new UncheckedIOException(
            "cannot update the preview folder " + folder + ": " + OsCause.of(e), e);
      } finally {
        deletePending();
      }
      held = Map.copyOf(made);
      files = held.size();
      sources.rememberSources(copied);
      inPlace.run();
    }

    /** Moves the staged file of {@code path} into the folder, in one rename. */
    private void place(String path) throws IOException {
      Path target = inside(path);
      makeFolders(target.getParent(), path);
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        removeTree(target, path + "/"); // a folder of our pages where a page goes now
      }
      Files.move(
          pending.resolve(path),
          target,
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    }

    /** Creates {@code dir} and its parents inside the folder; a file of ours in the way goes. */
    private void makeFolders(Path dir, String path) throws IOException {
      if (dir.equals(folder) || Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        return;
      }
      makeFolders(dir.getParent(), path);
      String relative = Manifest.relative(folder, dir);
      if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
        if (!before.containsKey(relative)) {
          throw new IOException(
              dir + " is in the way of " + path + " and is not a file this preview wrote");
        }
        Files.delete(dir); // a page of the last build where a folder goes now
      }
      Files.createDirectory(dir);
    }

    /** Deletes the files of ours below {@code dir}, then the folders left empty. */
    private void removeTree(Path dir, String prefix) throws IOException {
      for (String path : before.keySet()) {
        if (path.startsWith(prefix) && !made.containsKey(path)) {
          Files.deleteIfExists(inside(path));
        }
      }
      try (var walk = Files.walk(dir)) {
        for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
          if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(p); // fails (and says so) if a file not ours is left in it
          }
        }
      }
    }

    /** Deletes {@code path}, then each parent folder it leaves empty. */
    private void remove(String path) throws IOException {
      Path file = inside(path);
      if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
          || !Files.isDirectory(file.getParent(), LinkOption.NOFOLLOW_LINKS)) {
        return; // a folder of this build's pages took its place, or a page took its folder's
      }
      Files.deleteIfExists(file);
      for (Path dir = file.getParent(); !dir.equals(folder); dir = dir.getParent()) {
        try {
          Files.delete(dir);
        } catch (DirectoryNotEmptyException | NoSuchFileException e) {
          break;
        }
      }
    }

    private Path inside(String path) {
      Path target = folder.resolve(path).normalize();
      if (!target.startsWith(folder) || target.equals(folder)) {
        throw new IllegalArgumentException(path + " does not name a file inside " + folder);
      }
      return target;
    }

    private void deletePending() {
      try {
        MarkedTree.delete(pending.root());
      } catch (IOException | UncheckedIOException e) {
        // Inside the preview's temporary folder, which serve deletes when it stops.
      }
    }

    @Override
    public void close() {
      if (!finished) {
        finished = true;
        deletePending();
      }
    }
  }
}
