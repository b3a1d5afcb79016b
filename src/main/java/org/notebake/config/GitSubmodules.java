package org.notebake.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a folder a site names lies in a git submodule that is not checked out: a clone without
 * {@code --recursive} leaves each submodule an empty folder, and a site whose theme is one loses
 * its templates that way (flowlogix/website's {@code template.folder} is in one).
 *
 * <pre>{@code
 * // .gitmodules: [submodule "theme"] path = theme       theme/ is empty
 * GitSubmodules.notCheckedOut(site, site.resolve("theme/templates"));  // "theme"
 * }</pre>
 */
final class GitSubmodules {
  private GitSubmodules() {}

  /** Larger .gitmodules files are not read: one lists a few paths. */
  private static final long MAX_BYTES = 1 << 20;

  /** Sections of .gitmodules, {@code path = theme} or {@code path = "my theme"}. */
  private static final Pattern PATH =
      Pattern.compile("^\\s*path\\s*=\\s*(?:\"([^\"]*)\"|([^#;]*?))\\s*(?:[#;].*)?$");

  /**
   * The submodule path (as .gitmodules writes it) that holds {@code folder} and is empty or
   * missing, in the repository {@code source} is in; null if there is none, or no repository.
   */
  static String notCheckedOut(Path source, Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    Path dir = repositoryWithModules(source);
    if (dir == null) {
      return null;
    }
    for (String path : paths(dir.resolve(".gitmodules"))) {
      Path module = dir.resolve(path).normalize();
      if (module.startsWith(dir) && absolute.startsWith(module) && isEmpty(module)) {
        return path;
      }
    }
    return null;
  }

  /**
   * The submodule paths (as .gitmodules writes them) inside {@code content} that are empty or
   * missing, in the repository {@code source} is in: a clone without {@code --recursive} leaves
   * them so, and their notes and files are not in the vault. One in a hidden folder ({@code
   * .obsidian/plugins/tools}) is not named: the vault never reads it, checked out or not.
   */
  static List<String> emptyInside(Path source, Path content) {
    Path folder = content.toAbsolutePath().normalize();
    Path dir = repositoryWithModules(source);
    List<String> empty = new ArrayList<>();
    if (dir != null) {
      for (String path : paths(dir.resolve(".gitmodules"))) {
        Path module = dir.resolve(path).normalize();
        if (module.startsWith(folder)
            && !module.equals(folder)
            && !hidden(folder.relativize(module))
            && isEmpty(module)) {
          empty.add(path);
        }
      }
    }
    return empty;
  }

  /**
   * The folder of the repository {@code source} is in whose top holds a .gitmodules file; null if
   * there is none, or the repository's top has none.
   */
  private static Path repositoryWithModules(Path source) {
    for (Path dir = source.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(".gitmodules"))) {
        return dir;
      }
      if (Files.exists(dir.resolve(".git"))) {
        return null; // the repository's top, without submodules
      }
    }
    return null;
  }

  /** Whether a folder of the path starts with '.', as the folders the vault's walk skips do. */
  private static boolean hidden(Path relative) {
    for (Path name : relative) {
      if (name.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The {@code path =} values of a .gitmodules file; none if it cannot be read. */
  static List<String> paths(Path modules) {
    List<String> paths = new ArrayList<>();
    try {
      if (Files.size(modules) > MAX_BYTES) {
        return paths;
      }
      for (String line : Files.readAllLines(modules, StandardCharsets.UTF_8)) {
        Matcher m = PATH.matcher(line);
        if (m.matches()) {
          String path = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
          if (!path.isEmpty() && path.indexOf('\0') < 0) {
            paths.add(path);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      return List.of(); // unreadable or not text: no hint, the folder's own message stands
    }
    return paths;
  }

  private static boolean isEmpty(Path module) {
    if (!Files.isDirectory(module)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(module)) {
      return entries.findAny().isEmpty();
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
