package org.notebake.site.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.text.HiddenSibling;

/**
 * Cleans up after a build that was killed: removes marked {@code .<name>.staging-*} and {@code
 * .<name>.old-*} folders next to the output, and puts the previous site back if the build died
 * between moving it aside and moving the new one in (only the two-rename fallback of the swap has
 * that gap; see {@link DirectoryExchange}). Look-alikes without the marker are left alone and
 * reported, but for an empty one, which is removed: a build killed between deleting an old tree's
 * marker and the folder itself leaves just that ({@link MarkedTree#delete(Path)}).
 *
 * <pre>{@code
 * List<Diagnostic> warnings = LeftoverRecovery.recover(Path.of("/home/ana/site"));
 * // removes /home/ana/.site.staging-5k2x9 (marked), warns about /home/ana/.site.old-1-mine
 * }</pre>
 */
final class LeftoverRecovery {
  private LeftoverRecovery() {}

  /** Name of a fresh staging folder for {@code output}. */
  static String stagingName(Path output, String random) {
    return HiddenSibling.name(output, ".staging-" + random);
  }

  /** Name for the live site while it is being replaced; sorts by time among the same output. */
  static String oldName(Path output, long millis, String random) {
    return HiddenSibling.name(output, ".old-" + millis + "-" + random);
  }

  /**
   * Recovers and cleans the leftovers of earlier builds into {@code output}.
   *
   * @return one warning per leftover-looking folder that was not ours and so was kept
   */
  static List<Diagnostic> recover(Path output) throws IOException {
    Pattern names =
        Pattern.compile(
            Pattern.quote(HiddenSibling.name(output, ".")) + "(staging|old)-([0-9a-z-]+)");
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(output.getParent())) {
      for (Path sibling : siblings) {
        if (names.matcher(sibling.getFileName().toString()).matches()) {
          leftovers.add(sibling);
        }
      }
    }
    leftovers.sort(Comparator.comparing(Path::toString));
    List<Diagnostic> warnings = new ArrayList<>();
    Path restored = restoreInterruptedSwap(output, leftovers, names);
    if (restored != null) {
      warnings.add(
          Diagnostic.warning(
              output.toString(),
              0,
              0,
              "a build was stopped while it swapped the new site in, so the previous site was put"
                  + " back from "
                  + restored.getFileName()));
    }
    for (Path leftover : leftovers) {
      if (OutputMarker.isPresent(leftover)) {
        if (!undoneUpdate(output, leftover, warnings)) {
          continue; // its journal could not be followed: kept, with its backups
        }
        MarkedTree.delete(leftover);
      } else if (!removedIfEmpty(leftover)) {
        warnings.add(unmarkedWarning(leftover));
      }
    }
    warnings.sort(Comparator.comparing(Diagnostic::path)); // the folder listing has no order
    return List.copyOf(warnings);
  }

  /**
   * A staging folder with an update's journal ({@link InPlaceUpdate}) is a build killed while it
   * updated the site in place: unless its new marker is in, the update is undone.
   *
   * @return whether the leftover may be deleted now
   */
  private static boolean undoneUpdate(Path output, Path leftover, List<Diagnostic> warnings) {
    try {
      if (InPlaceUpdate.recover(output, leftover)) {
        warnings.add(
            Diagnostic.warning(
                output.toString(),
                0,
                0,
                "a build was stopped while it updated the site, so the previous site was put"
                    + " back"));
      }
      return true;
    } catch (IOException | RuntimeException e) {
      warnings.add(
          Diagnostic.warning(
              leftover.toString(),
              0,
              0,
              "a build was stopped while it updated the site, and putting the previous site back"
                  + " failed ("
                  + (e instanceof IOException io
                      ? org.notebake.diagnostics.OsCause.of(io)
                      : e.getMessage())
                  + "); this folder keeps the files it moved out of "
                  + output
                  + ", and the next bake tries again"));
      return false;
    }
  }

  /**
   * If the output is gone but a moved-aside site remains, the swap died halfway: undo it. A
   * moved-aside folder is put back even without a marker (a forced foreign folder is marked only
   * once the new site is in): renaming deletes nothing.
   *
   * @return the folder that was moved back, or null
   */
  private static Path restoreInterruptedSwap(Path output, List<Path> leftovers, Pattern names)
      throws IOException {
    if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    Path newestOld = null;
    long newestMillis = Long.MIN_VALUE;
    for (Path candidate : leftovers) {
      Matcher name = names.matcher(candidate.getFileName().toString());
      if (name.matches()
          && name.group(1).equals("old")
          && Files.isDirectory(candidate, LinkOption.NOFOLLOW_LINKS)) {
        long millis = parseMillis(name.group(2));
        if (millis >= newestMillis) {
          newestMillis = millis;
          newestOld = candidate;
        }
      }
    }
    if (newestOld != null) {
      Files.move(newestOld, output, StandardCopyOption.ATOMIC_MOVE);
      leftovers.remove(newestOld);
    }
    return newestOld;
  }

  private static long parseMillis(String suffix) {
    int dash = suffix.indexOf('-');
    try {
      return Long.parseLong(dash < 0 ? suffix : suffix.substring(0, dash));
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE; // ours always start with digits; an odd name just sorts first
    }
  }

  /**
   * An empty look-alike is what a build killed between deleting an old tree's marker and the folder
   * itself leaves: removing it loses nothing, and the directory's own removal fails if anything has
   * been put in it meanwhile.
   */
  private static boolean removedIfEmpty(Path leftover) {
    if (!Files.isDirectory(leftover, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try (java.util.stream.Stream<Path> inside = Files.list(leftover)) {
      if (inside.findAny().isPresent()) {
        return false;
      }
      Files.delete(leftover);
      return true;
    } catch (IOException e) {
      return false; // not empty after all, or not ours to remove: reported
    }
  }

  private static Diagnostic unmarkedWarning(Path sibling) {
    return Diagnostic.warning(
        sibling.toString(),
        0,
        0,
        "this folder looks like a leftover notebake build but has no "
            + OutputMarker.NAME
            + " file, so it was kept; delete it yourself if it is not yours to keep");
  }
}
