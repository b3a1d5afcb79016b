package org.notebake.site;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.notebake.diagnostics.Diagnostics;

/**
 * Every path the site will write, with where it came from: two sources that map to one URL are an
 * error naming both (also when they differ only by case, which collides on macOS and Windows).
 */
final class OutputPaths {
  private final Map<String, String> origins = new HashMap<>();
  private final Map<String, String> exact = new HashMap<>();

  /**
   * @return false if the path was already taken (an error was reported)
   */
  synchronized boolean claim(String path, String origin, Diagnostics diagnostics) {
    String key = path.toLowerCase(Locale.ROOT);
    String previous = origins.putIfAbsent(key, origin);
    if (previous != null && key.equals("index.html")) {
      diagnostics.error(
          origin,
          0,
          0,
          "claims the home page (permalink: / or index.note), and "
              + previous
              + " claims it too; keep one of them");
      return false;
    }
    if (previous != null) {
      diagnostics.error(
          origin,
          0,
          0,
          "writes "
              + path
              + ", which "
              + previous
              + " writes too; rename one of them or give one a permalink/slug in its front matter");
      return false;
    }
    exact.put(path, origin);
    return true;
  }

  synchronized boolean contains(String path) {
    return exact.containsKey(path);
  }

  /** Every path claimed, as claimed. */
  synchronized Set<String> all() {
    return Set.copyOf(exact.keySet());
  }

  synchronized int size() {
    return exact.size();
  }
}
