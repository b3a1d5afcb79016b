package org.notebake.markdown;

import java.util.ServiceLoader;

/**
 * What tells whether raw HTML hides what it holds, for {@link HiddenHtml}: the HTML sanitiser's own
 * rules, which live in the {@code html} package (above this one, which it uses for links); found
 * with {@link ServiceLoader} so that this package depends on none of its classes.
 */
public interface HiddenElements {
  /**
   * True if the element a single start tag opens ({@code <span hidden>}, {@code <template>}) hides
   * what it holds.
   */
  boolean hidesContentOf(String startTag);

  /**
   * The outermost element that hides its content and that {@code html} (an HTML block) opens and
   * leaves open, with how many elements of its name are then open; null if none.
   */
  Open openHidden(String html);

  /** An element left open at the end of an HTML block, {@code depth} of its name open. */
  record Open(String name, int depth) {}

  /** The one on the class path. */
  static HiddenElements load() {
    return ServiceLoader.load(HiddenElements.class, HiddenElements.class.getClassLoader())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("notebake is missing its HTML rules"));
  }
}
