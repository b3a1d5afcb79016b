package org.notebake.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.notebake.diagnostics.OsCause;
import org.notebake.text.HiddenSibling;

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
 * <p>The lock file is deleted when the lock is released. A build could have opened the file just
 * before that and then lock a file that no longer has a name; so each holder gives the file it
 * locked a random length and checks it through the name: if the name now leads elsewhere (or
 * nowhere), the lock is worthless and it tries again. A killed build leaves its lock file behind
 * (the operating system drops the lock itself), and the next build takes it over and removes it.
 */
final class OutputLock implements AutoCloseable {
  /**
   * Lock files this JVM holds. Needed because the OS lock is per process: a second channel in the
   * same JVM would get an OverlappingFileLockException, and closing that channel would release the
   * first holder's lock on POSIX systems.
   */
  private static final Set<Path> HELD_IN_THIS_JVM = ConcurrentHashMap.newKeySet();

  /**
   * The locked byte lies past the token, so reading the token back through another handle works
   * even where locks are mandatory (Windows).
   */
  private static final long LOCKED_BYTE = 1 << 20;

  private static final int ATTEMPTS = 20;
  private static final SecureRandom TOKENS = new SecureRandom();

  private final Path file;
  private final FileChannel channel;

  private OutputLock(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  /** The lock file for {@code output}: {@code .<name>.lock} next to it. */
  static Path fileFor(Path output) {
    return HiddenSibling.of(output, ".lock");
  }

  /** Locks {@code output}, or refuses at once if another build holds it. */
  static OutputLock acquire(Path output) {
    Path file = fileFor(output);
    if (!HELD_IN_THIS_JVM.add(file)) {
      throw busy(output);
    }
    try {
      for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
        FileChannel channel =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.READ,
                StandardOpenOption.WRITE,
                LinkOption.NOFOLLOW_LINKS);
        FileLock lock = tryLock(channel);
        if (lock == null) {
          channel.close();
          throw busy(output);
        }
        if (stillNamed(file, channel)) {
          return new OutputLock(file, channel);
        }
        channel.close(); // a releasing build deleted the file we opened: take the new one
      }
      throw busy(output);
    } catch (IOException e) {
      HELD_IN_THIS_JVM.remove(file);
      throw new UncheckedIOException("cannot lock " + file + ": " + OsCause.of(e), e);
    } catch (RuntimeException e) {
      HELD_IN_THIS_JVM.remove(file);
      throw e;
    }
  }

  /**
   * Whether the name {@code file} still leads to the file {@code channel} has open and locked. The
   * file is given a random length, read back through the channel and through the name. It is not
   * opened a second time: on POSIX systems closing any handle to a file drops the process's locks
   * on it. Two holders would need to draw the same of 65,536 lengths in the same microsecond race.
   */
  static boolean stillNamed(Path file, FileChannel channel) throws IOException {
    int length = 1 + TOKENS.nextInt(65_536);
    channel.truncate(0);
    ByteBuffer zeros = ByteBuffer.allocate(length);
    while (zeros.hasRemaining()) {
      channel.write(zeros, zeros.position());
    }
    if (channel.size() != length) {
      return false;
    }
    try {
      BasicFileAttributes named =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return named.isRegularFile() && named.size() == length;
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock(LOCKED_BYTE, 1, false);
    } catch (OverlappingFileLockException e) {
      return null; // cannot happen after the in-JVM check, but then it is just as busy
    }
  }

  /** Deletes the lock file, then releases the lock. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(file); // while still locked: nobody can be holding this name
    } catch (IOException e) {
      // Only tidiness is lost: the next build takes the leftover file over.
    }
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
