package org.notebake.text;

import java.nio.file.Path;

/**
 * The hidden files and folders notebake keeps beside a path, named after it: the output folder
 * {@code /home/ana/site} has its lock in {@code /home/ana/.site.lock}, its share cards in {@code
 * .site.cards} and its build cache in {@code .site.notebake-cache}. The next build finds its caches
 * by these names, so a name, once given, never changes.
 *
 * <pre>{@code
 * HiddenSibling.of(Path.of("/home/ana/site"), ".cards"); // /home/ana/.site.cards
 * HiddenSibling.name(Path.of("/home/ana/site"), ".lock"); // .site.lock
 * }</pre>
 */
public final class HiddenSibling {
  private HiddenSibling() {}

  /**
   * The hidden sibling of {@code path} whose name is a dot, {@code path}'s name and {@code suffix}.
   */
  public static Path of(Path path, String suffix) {
    return path.resolveSibling(name(path, suffix));
  }

  /** The name {@link #of} gives. */
  public static String name(Path path, String suffix) {
    return "." + path.getFileName() + suffix;
  }
}
