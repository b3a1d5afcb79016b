package org.notebake.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The word (a command, a configuration key) a misspelt one was probably meant to be: the closest by
 * edit distance (a swap of two neighbouring letters counts as one edit), if it is close enough to
 * be a typo.
 *
 * <pre>{@code
 * TypoSuggestion.closest("bkae", List.of("bake", "check", "help")) // Optional["bake"]
 * TypoSuggestion.closest("deploy", List.of("bake", "check", "help")) // empty
 * }</pre>
 */
public final class TypoSuggestion {
  private TypoSuggestion() {}

  public static Optional<String> closest(String typed, Collection<String> commands) {
    String word = typed.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String command : commands) {
      int d = distance(word, command);
      boolean close = d <= Math.max(1, command.length() / 3) || command.startsWith(word);
      if (close && !word.isEmpty() && d < bestDistance) {
        best = command;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
