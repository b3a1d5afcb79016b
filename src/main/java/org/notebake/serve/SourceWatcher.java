package org.notebake.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders recursively (folders created later are watched too) and calls back once a burst
 * of changes has settled: an editor's save is often a write, a rename and a delete, and a {@code
 * git checkout} is thousands of them, but each burst is one rebuild.
 *
 * <pre>{@code
 * SourceWatcher watcher = new SourceWatcher(List.of(site), List.of(output), 80, this::rebuild);
 * watcher.start();   // a daemon thread; close() stops it
 * }</pre>
 *
 * <p>Hidden folders are not watched (Git's objects, staging folders next to an output), except
 * Obsidian's settings folder, whose {@code app.json} is configuration; its workspace files, which
 * Obsidian rewrites whenever a pane moves, are not changes.
 */
public final class SourceWatcher implements AutoCloseable {
  private final List<Path> roots;
  private final List<Path> excluded;
  private final long quietMillis;
  private final Runnable onChange;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private Thread thread;

  /** What changed since {@link #takeChanges} last ran; unknown at first and after lost events. */
  private final Set<Path> changes = new HashSet<>();

  private boolean changesUnknown = true;

  /**
   * @param roots folders to watch (missing ones are skipped)
   * @param excluded folders never watched, such as the output and the preview's own
   * @param quietMillis how long no change must come before {@code onChange} runs
   */
  public SourceWatcher(List<Path> roots, List<Path> excluded, long quietMillis, Runnable onChange) {
    this.roots = roots.stream().map(p -> p.toAbsolutePath().normalize()).distinct().toList();
    this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.quietMillis = quietMillis;
    this.onChange = onChange;
    try {
      this.service = roots.isEmpty() ? null : roots.get(0).getFileSystem().newWatchService();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot watch the site's folders", e);
    }
  }

  /** Registers every folder and starts watching on a daemon thread. */
  public void start() {
    for (Path root : roots) {
      if (Files.isDirectory(root) && !isInsideAnother(root)) {
        registerTree(root);
      }
    }
    thread = new Thread(this::loop, "notebake-watch");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The entries (files and folders) that changed since the last call, each once; null when that is
   * not known: before the first call, after the system dropped events, after a folder was created
   * (what was made in it before it was watched went unseen). The next call starts afresh.
   */
  public synchronized Set<Path> takeChanges() {
    Set<Path> out = changesUnknown ? null : Set.copyOf(changes);
    changes.clear();
    changesUnknown = false;
    return out;
  }

  private synchronized void changed(Path entry) {
    if (entry == null) {
      changesUnknown = true;
    } else {
      changes.add(entry);
    }
  }

  /** The number of folders watched (for the start-up line and tests). */
  public synchronized int folderCount() {
    return folders.size();
  }

  private boolean isInsideAnother(Path root) {
    return roots.stream().anyMatch(other -> !other.equals(root) && root.startsWith(other));
  }

  private void registerTree(Path top) {
    try {
      Files.walkFileTree(
          top,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              if (!dir.equals(top) && !watched(dir)) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              register(dir);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE; // unreadable: the build reports it
            }
          });
    } catch (IOException e) {
      // The folder went away while it was walked: its parent's events say so.
    }
  }

  private synchronized void register(Path dir) throws IOException {
    folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
  }

  /** Whether a folder is worth watching: not excluded, not hidden (but .obsidian is). */
  private boolean watched(Path dir) {
    Path normalized = dir.toAbsolutePath().normalize();
    if (excluded.stream().anyMatch(normalized::startsWith)) {
      return false;
    }
    String name = String.valueOf(dir.getFileName());
    return !name.startsWith(".") || name.equals(".obsidian");
  }

  /** Whether a changed entry matters to the site. */
  private boolean matters(Path changed) {
    String name = String.valueOf(changed.getFileName());
    Path parent = changed.getParent();
    boolean inObsidian = parent != null && String.valueOf(parent.getFileName()).equals(".obsidian");
    if (inObsidian) {
      return !name.startsWith("workspace");
    }
    if (org.notebake.vault.VaultScanner.isIgnoreFile(name)) {
      // A new .notebakeignore leaves notes out: the preview kept showing them (red team).
      Path normalized = changed.toAbsolutePath().normalize();
      return excluded.stream().noneMatch(normalized::startsWith);
    }
    if (name.startsWith(".") && !name.equals(".obsidian")) {
      return false; // lock files, staging folders, editors' swap files
    }
    if (name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".tmp")) {
      return false;
    }
    Path normalized = changed.toAbsolutePath().normalize();
    return excluded.stream().noneMatch(normalized::startsWith);
  }

  private void loop() {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean changed = drain(key);
        // Settle: keep collecting until nothing came for quietMillis.
        for (WatchKey next = service.poll(quietMillis, TimeUnit.MILLISECONDS);
            next != null;
            next = service.poll(quietMillis, TimeUnit.MILLISECONDS)) {
          changed |= drain(next);
        }
        if (changed) {
          onChange.run();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop
    }
  }

  /** Reads one key's events, registers new folders; true if any event matters. */
  private boolean drain(WatchKey key) {
    Path dir;
    synchronized (this) {
      dir = folders.get(key);
    }
    boolean changed = false;
    List<Path> created = new ArrayList<>();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        changed = true; // events were lost: rebuild anyway
        changed(null);
        continue;
      }
      if (dir == null) {
        changed(null); // a folder no longer watched: what changed in it is not known
        continue;
      }
      Path child = dir.resolve((Path) event.context());
      if (!matters(child)) {
        continue;
      }
      changed = true;
      changed(child);
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(child) && watched(child)) {
        created.add(child);
        changed(null);
      }
    }
    if (!key.reset()) {
      synchronized (this) {
        folders.remove(key);
      }
    }
    created.forEach(this::registerTree);
    return changed;
  }

  @Override
  public void close() {
    try {
      if (service != null) {
        service.close();
      }
    } catch (IOException e) {
      // closing a watch service does not fail in practice; nothing is left to stop
    }
    if (thread != null) {
      thread.interrupt();
    }
  }
}
