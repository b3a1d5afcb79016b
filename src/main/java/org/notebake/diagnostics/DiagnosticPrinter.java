package org.notebake.diagnostics;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prints a build's diagnostics the way a person can read them: errors always, warnings unless asked
 * to be quiet, and a message that repeats more than {@value #REPEATS_SHOWN} times (200 links to
 * private notes, say) shown {@value #REPEATS_SHOWN} times and then counted.
 *
 * <pre>
 * a.md:3:1: warning: wikilink target "Secret 1" is a private note; ...
 * ... 9 more ...
 * … and 190 more like the line above (--verbose for all)
 * </pre>
 *
 * @param warnings print warnings too, not only errors
 * @param fold print a repeated message {@value #REPEATS_SHOWN} times, then how many more there are
 */
public record DiagnosticPrinter(boolean warnings, boolean fold) {
  /** How many diagnostics of one kind are printed before the rest are only counted. */
  public static final int REPEATS_SHOWN = 10;

  // Two messages are "like" each other when they differ only in what they quote or count, or in
  // the page they are found on (the same template link on every tag page).
  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
  private static final Pattern PAGE = Pattern.compile("on page \\S+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** Prints {@code all} (sorted) to {@code err}, one line each, and returns how many it printed. */
  public int print(List<Diagnostic> all, PrintWriter err) {
    List<Diagnostic> shown = all.stream().filter(d -> warnings || d.isError()).toList();
    Map<String, Integer> total = new HashMap<>();
    if (fold) {
      shown.forEach(d -> total.merge(kind(d), 1, Integer::sum));
    }
    Map<String, Integer> printed = new HashMap<>();
    int lines = 0;
    for (Diagnostic d : shown) {
      if (!fold) {
        err.println(d.format());
        lines++;
        continue;
      }
      String kind = kind(d);
      int n = printed.merge(kind, 1, Integer::sum);
      if (n <= REPEATS_SHOWN) {
        err.println(d.format());
        lines++;
      }
      int more = total.get(kind) - REPEATS_SHOWN;
      if (n == REPEATS_SHOWN && more > 0) {
        err.println("… and " + more + " more like the line above (--verbose for all)");
        lines++;
      }
    }
    return lines;
  }

  private static String kind(Diagnostic d) {
    String unquoted = QUOTED.matcher(d.message()).replaceAll("\"\"");
    String shape = NUMBER.matcher(PAGE.matcher(unquoted).replaceAll("on page")).replaceAll("0");
    return d.severity() + ":" + shape;
  }

  /** "1 warning", "2 warnings", "0 errors". */
  public static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
