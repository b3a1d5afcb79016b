package org.notebake.serve;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notebake.publish.DraftPreview;
import org.notebake.site.output.MarkedTree;

/**
 * Preview folders that a serve stopped with {@code kill -9} (or a power cut) left in the system's
 * temporary folder, with the pages of any drafts it showed: the next serve removes them. Only a
 * real folder of this user, marked by notebake, whose marker names a process that no longer runs; a
 * folder of a serve still running, of another user, a link, or one marked by a notebake too old to
 * name its process is left alone.
 *
 * <pre>{@code
 * Path root = DraftPreview.createRoot();
 * List<Path> removed = LeftPreviews.removeDead(root); // its siblings whose serve is gone
 * }</pre>
 */
final class LeftPreviews {
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  private static final Pattern PID = Pattern.compile("(?m)^pid=(\\d+)$");
  private static final Pattern STARTED = Pattern.compile("(?m)^started=(\\S+)$");

  private LeftPreviews() {}

  /**
   * Locks {@code root}'s marker for as long as its serve runs; the system releases the lock when
   * the process ends, however it ends. A locked marker is a live serve's whatever its id and start
   * say: a serve in another process-id namespace (a container sharing /tmp) is no process here, and
   * a clock set since it started (NTP, a resume) moves the start every other process reads for it.
   *
   * @return the channel holding the lock, to close after the folder is deleted; null where the file
   *     system has no locks (the id and start alone decide then)
   */
  static FileChannel hold(Path root) {
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(root.resolve(DraftPreview.MARKER), StandardOpenOption.WRITE, NOFOLLOW);
      channel.lock();
      return channel;
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      return null;
    }
  }

  static void closeQuietly(FileChannel channel) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // the lock goes with the process anyway
    }
  }

  /**
   * True if a live serve holds {@code marker} ({@link #hold}). Asked only of a marker whose process
   * looks gone: closing any channel on a file drops every lock this process has on it, so the
   * markers of this process's own serves are never opened here.
   */
  private static boolean isHeld(Path marker) {
    try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.READ, NOFOLLOW)) {
      FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true);
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true; // held by this process
    } catch (IOException | RuntimeException e) {
      return true; // cannot tell: kept
    }
  }

  /** Removes the dead serves' folders beside {@code own} (a new preview folder); lists them. */
  static List<Path> removeDead(Path own) {
    List<Path> removed = new ArrayList<>();
    Path parent = own.getParent();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, "notebake-serve-*")) {
      UserPrincipal me = Files.getOwner(own, NOFOLLOW);
      for (Path folder : siblings) {
        if (!folder.equals(own) && isDead(folder, me)) {
          try {
            MarkedTree.delete(folder, DraftPreview.MARKER);
            removed.add(folder);
          } catch (IOException | RuntimeException e) {
            // another serve removing it at the same time, or a file we may not delete: left
          }
        }
      }
    } catch (IOException e) {
      // the temporary folder cannot be listed: nothing to tidy
    }
    return removed;
  }

  /**
   * A process killed but not yet reaped by its parent still "is alive" to Java; Linux says it is a
   * zombie ({@code Z}) in {@code /proc/PID/stat}, after the name in parentheses.
   */
  private static boolean isZombie(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      int end = stat.lastIndexOf(')');
      return end > 0 && stat.length() > end + 2 && stat.charAt(end + 2) == 'Z';
    } catch (IOException | RuntimeException e) {
      return false; // not Linux, or gone: the other checks decide
    }
  }

  private static boolean isDead(Path folder, UserPrincipal me) {
    try {
      if (!Files.isDirectory(folder, NOFOLLOW) || !me.equals(Files.getOwner(folder, NOFOLLOW))) {
        return false;
      }
      Path marker = folder.resolve(DraftPreview.MARKER);
      if (!Files.isRegularFile(marker, NOFOLLOW) || Files.size(marker) > 4096) {
        return false;
      }
      String text = Files.readString(marker);
      Matcher pid = PID.matcher(text);
      Matcher started = STARTED.matcher(text);
      if (!pid.find() || !started.find()) {
        return false;
      }
      Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(pid.group(1)));
      if (process.isEmpty() || !process.get().isAlive() || isZombie(process.get().pid())) {
        return !isHeld(marker);
      }
      // The id may have gone to another process since: the same one started at the same instant.
      Optional<Instant> start = process.get().info().startInstant();
      return start.isPresent()
          && !started.group(1).equals("unknown")
          && !start.get().toString().equals(started.group(1))
          && !isHeld(marker);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
