package org.notebake.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on one output folder, held from {@link StagedOutput#open} to its commit or
 * abandon, so that two builds into the same folder (a {@code serve} rebuild and a {@code bake},
 * say) cannot delete each other's staging folder or interleave their swaps.
 *
 * <pre>{@code
 * try (OutputLock lock = OutputLock.acquire(Path.of("/home/ana/site"))) { ... }
 * // holds /home/ana/.site.lock; a second acquire fails with OutputRefusedException
 * }</pre>
 *
 * <p>The lock file stays behind, empty: deleting it would let a waiting build lock a file that no
 * longer has a name. The operating system drops the lock when a killed build's process ends.
 */
final class OutputLock implements AutoCloseable {
  /**
   * Lock files this JVM holds. Needed because the OS lock is per process: a second channel in the
   * same JVM would get an OverlappingFileLockException, and closing that channel would release the
   * first holder's lock on POSIX systems.
   */
  private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;

  private OutputLock(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** Locks {@code output}, or refuses at once if another build holds it. */
  static OutputLock acquire(Path output) {
    Path file = output.resolveSibling("." + output.getFileName() + ".lock");
    if (!HELD_IN_THIS_JVM.add(file)) {
      throw busy(output);
    }
    try {
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      FileLock lock = tryLock(channel);
      if (lock == null) {
        channel.close();
        throw busy(output);
      }
      return new OutputLock(file, channel);
    } catch (IOException e) {
      HELD_IN_THIS_JVM.remove(file);
      throw new UncheckedIOException("cannot lock " + file, e);
    } catch (RuntimeException e) {
      HELD_IN_THIS_JVM.remove(file);
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return null; // cannot happen after the in-JVM check, but then it is just as busy
    }
  }

  /** Releases the lock; the empty lock file stays. */
  @Override
  public void close() {
    try {
      channel.close(); // closing the channel releases its lock
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the lock " + file, e);
    } finally {
      HELD_IN_THIS_JVM.remove(file);
    }
  }

  private static OutputRefusedException busy(Path output) {
    return new OutputRefusedException(
        output,
        "another notebake build is writing this output folder right now",
        "wait for it to finish or stop it, then build again");
  }
}
