package org.notebake.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each equal string, for what a build holds many of: the questions bodies ask the index
 * and their answers, the names of what templates read. A string kept is the first one seen; safe to
 * share between threads.
 *
 * <pre>{@code
 * OneCopy texts = new OneCopy();
 * texts.of(new String("none")) == texts.of("none")   // true
 * }</pre>
 */
public final class OneCopy {
  private final Map<String, String> copies = new ConcurrentHashMap<>();

  /** The copy of {@code text} this holds, {@code text} itself the first time. */
  public String of(String text) {
    String known = copies.get(text); // a look-up first: most texts were seen, and it takes no lock
    return known != null ? known : copies.computeIfAbsent(text, t -> t);
  }

  /** Forgets every copy (the strings handed out stay as they are). */
  public void clear() {
    copies.clear();
  }
}
