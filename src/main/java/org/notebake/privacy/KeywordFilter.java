package org.notebake.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds which of a fixed set of ASCII keywords occur in a text, ignoring ASCII case, in one pass.
 * The secret rules use it to skip their regexes on text that cannot match them.
 *
 * <pre>{@code
 * KeywordFilter filter = KeywordFilter.of(List.of("akia", "ghp_", "password"));
 * boolean[] found = filter.find("My PASSWORD is...".toCharArray()); // [false, false, true]
 * }</pre>
 *
 * <p>Every keyword is indexed by its first two chars, so each char of the text costs one table
 * look-up, and only a matching pair is compared further. It works on a {@code char[]} rather than a
 * {@code String}: with notebake's C1-only JIT, {@code String.indexOf} on pages holding any char
 * beyond Latin-1 is not intrinsified, and calling it once per keyword was a fifth of the scan.
 * (Aho-Corasick libraries solve the general problem with a boxed map per state, which is slower for
 * a few dozen short keywords.)
 */
final class KeywordFilter {
  private static final int ASCII = 128;

  private final char[][] keywords;

  /** Keyword indexes by their first two chars ({@code c0 * 128 + c1}), or null. */
  private final int[][] byPair = new int[ASCII * ASCII][];

  private KeywordFilter(List<String> keywords) {
    this.keywords = new char[keywords.size()][];
    List<List<Integer>> pairs = new ArrayList<>();
    for (int i = 0; i < ASCII * ASCII; i++) {
      pairs.add(null);
    }
    for (int k = 0; k < keywords.size(); k++) {
      String keyword = keywords.get(k).toLowerCase(Locale.ROOT);
      if (keyword.length() < 2 || !keyword.chars().allMatch(c -> c < ASCII)) {
        throw new IllegalArgumentException(
            "a keyword needs two or more ASCII chars: \"" + keyword + "\"");
      }
      this.keywords[k] = keyword.toCharArray();
      int pair = keyword.charAt(0) * ASCII + keyword.charAt(1);
      if (pairs.get(pair) == null) {
        pairs.set(pair, new ArrayList<>());
      }
      pairs.get(pair).add(k);
    }
    for (int i = 0; i < pairs.size(); i++) {
      if (pairs.get(i) != null) {
        byPair[i] = pairs.get(i).stream().mapToInt(Integer::intValue).toArray();
      }
    }
  }

  /** A filter for {@code keywords}: each has two or more ASCII chars; case does not matter. */
  static KeywordFilter of(List<String> keywords) {
    return new KeywordFilter(keywords);
  }

  int size() {
    return keywords.length;
  }

  /** Which keywords occur in {@code text}, by their index in the list the filter was built from. */
  boolean[] find(char[] text) {
    boolean[] found = new boolean[keywords.length];
    int last = text.length - 1;
    for (int i = 0; i < last; i++) {
      char c0 = text[i];
      char c1 = text[i + 1];
      if (c0 >= ASCII || c1 >= ASCII) {
        continue;
      }
      int[] candidates = byPair[lower(c0) * ASCII + lower(c1)];
      if (candidates != null) {
        for (int k : candidates) {
          if (!found[k] && matchesAt(text, i, keywords[k])) {
            found[k] = true;
          }
        }
      }
    }
    return found;
  }

  private static boolean matchesAt(char[] text, int at, char[] keyword) {
    if (at + keyword.length > text.length) {
      return false;
    }
    for (int j = 2; j < keyword.length; j++) {
      if (lower(text[at + j]) != keyword[j]) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
