package org.notebake.serve;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
        return true;
      }
      // The id may have gone to another process since: the same one started at the same instant.
      Optional<Instant> start = process.get().info().startInstant();
      return start.isPresent()
          && !started.group(1).equals("unknown")
          && !start.get().toString().equals(started.group(1));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
