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

/**
 * Cleans up after a build that was killed: removes marked {@code .<name>.staging-*} and {@code
 * .<name>.old-*} folders next to the output, and puts the previous site back if the build died
 * between moving it aside and moving the new one in. Look-alikes without the marker are left alone
 * and reported.
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
    return "." + output.getFileName() + ".staging-" + random;
  }

  /** Name for the live site while it is being replaced; sorts by time among the same output. */
  static String oldName(Path output, long millis, String random) {
    return "." + output.getFileName() + ".old-" + millis + "-" + random;
  }

  /**
   * Recovers and cleans the leftovers of earlier builds into {@code output}.
   *
   * @return one warning per leftover-looking folder that was not ours and so was kept
   */
  static List<Diagnostic> recover(Path output) throws IOException {
    Pattern names =
        Pattern.compile(
            "\\."
                + Pattern.quote(output.getFileName().toString())
                + "\\.(staging|old)-([0-9a-z-]+)");
    List<Path> marked = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(output.getParent())) {
      for (Path sibling : siblings) {
        if (!names.matcher(sibling.getFileName().toString()).matches()) {
          continue;
        }
        if (OutputMarker.isPresent(sibling)) {
          marked.add(sibling);
        } else {
          warnings.add(unmarkedWarning(sibling));
        }
      }
    }
    marked.sort(Comparator.comparing(Path::toString));
    restoreInterruptedSwap(output, marked, names);
    for (Path leftover : marked) {
      MarkedTree.delete(leftover);
    }
    warnings.sort(Comparator.comparing(Diagnostic::path)); // the folder listing has no order
    return List.copyOf(warnings);
  }

  /** If the output is gone but a moved-aside site remains, the swap died halfway: undo it. */
  private static void restoreInterruptedSwap(Path output, List<Path> marked, Pattern names)
      throws IOException {
    if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Path newestOld = null;
    long newestMillis = Long.MIN_VALUE;
    for (Path candidate : marked) {
      Matcher name = names.matcher(candidate.getFileName().toString());
      if (name.matches() && name.group(1).equals("old")) {
        long millis = parseMillis(name.group(2));
        if (millis >= newestMillis) {
          newestMillis = millis;
          newestOld = candidate;
        }
      }
    }
    if (newestOld != null) {
      Files.move(newestOld, output, StandardCopyOption.ATOMIC_MOVE);
      marked.remove(newestOld);
    }
  }

  private static long parseMillis(String suffix) {
    int dash = suffix.indexOf('-');
    try {
      return Long.parseLong(dash < 0 ? suffix : suffix.substring(0, dash));
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE; // ours always start with digits; an odd name just sorts first
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
