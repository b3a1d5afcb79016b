package org.notebake.text;

import java.nio.file.Path;

/**
 * The hidden files and folders notebake keeps beside a path, named after it: the output folder
 * {@code /home/ana/site} has its lock in {@code /home/ana/.site.lock}, its share cards in {@code
 * .site.cards} and its build cache in {@code .site.notebake-cache}. The next build finds its caches
 * by these names, so a name, once given, never changes. Each cache folder holds a {@code
 * .gitignore} of {@code *}.
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

  /**
   * Puts a {@code .gitignore} of {@code *} in a cache folder notebake made, unless one is there, so
   * that an output inside a repository ({@code docs/} for GitHub Pages) leaves no cache for {@code
   * git add .} to commit. Best effort: a cache works without it.
   */
  public static void keepOutOfGit(Path folder) {
    Path ignore = folder.resolve(".gitignore");
    if (java.nio.file.Files.exists(ignore, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try {
      java.nio.file.Files.writeString(
          ignore,
          "# notebake's cache: rebuilt when missing, never committed\n*\n",
          java.nio.file.StandardOpenOption.CREATE_NEW);
    } catch (java.io.IOException e) {
      // Another build wrote it first, or the folder is read-only: either way nothing to do.
    }
  }

  /** The name {@link #of} gives. */
  public static String name(Path path, String suffix) {
    return "." + path.getFileName() + suffix;
  }
}
