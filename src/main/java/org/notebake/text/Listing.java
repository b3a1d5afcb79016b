package org.notebake.text;

import java.util.List;

/**
 * The first few of a list of names, and how many more there are, as a diagnostic says them.
 *
 * <pre>{@code
 * Listing.some(List.of("a.md", "b.md", "c.md", "d.md"), 2); // "a.md, b.md and 2 more"
 * Listing.some(List.of("a.md", "b.md"), 2);                 // "a.md, b.md"
 * }</pre>
 */
public final class Listing {
  private Listing() {}

  public static String some(List<String> names, int shown) {
    String first = String.join(", ", names.subList(0, Math.min(shown, names.size())));
    return names.size() > shown ? first + " and " + (names.size() - shown) + " more" : first;
  }
}
