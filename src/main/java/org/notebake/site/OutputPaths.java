package org.notebake.site;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.text.FileNames;

/**
 * Every path the site will write, with where it came from: two sources that map to one URL are an
 * error naming both (also when they differ only by case, which collides on macOS and Windows).
 */
final class OutputPaths {
  private final Map<String, String> origins = new HashMap<>();
  private final Map<String, String> exact = new HashMap<>();
  private final UnaryOperator<String> shown;

  /** Paths whose origins are named in messages as they are claimed. */
  OutputPaths() {
    shown = UnaryOperator.identity();
  }

  /**
   * Paths of a site whose content is {@code content}: a message names an origin in a content folder
   * apart from the source as the author finds it, {@code content/resume.html}, not {@code
   * resume.html} ("writes resume.html, which resume.html writes too" named an output and a source
   * alike); a template or an asset as it is.
   */
  OutputPaths(Path source, Path content) {
    Path from = source.toAbsolutePath().normalize();
    Path to = content.toAbsolutePath().normalize();
    if (to.equals(from) || !to.startsWith(from)) {
      shown = UnaryOperator.identity();
      return;
    }
    String folder = from.relativize(to).toString().replace('\\', '/') + "/";
    shown = origin -> isFile(to, origin) ? folder + origin : origin;
  }

  private static boolean isFile(Path content, String origin) {
    try {
      return Files.exists(content.resolve(origin), LinkOption.NOFOLLOW_LINKS);
    } catch (InvalidPathException e) {
      return false;
    }
  }

  /**
   * @return false if the path was already taken (an error was reported)
   */
  synchronized boolean claim(String path, String origin, Diagnostics diagnostics) {
    String tooLong = FileNames.tooLong(path);
    if (tooLong != null) {
      diagnostics.error(
          origin,
          0,
          0,
          "would write "
              + path
              + ", whose name is "
              + FileNames.overLimit(tooLong)
              + "; give it a shorter file name"
              + (origin.endsWith(".md") ? " or a shorter slug in its front matter" : ""));
      return false;
    }
    String reserved = FileNames.reservedOnWindows(path);
    if (reserved != null) {
      // Linux and macOS write it: a warning, since only some checkouts of the site fail.
      diagnostics.warning(
          origin,
          0,
          0,
          "writes "
              + path
              + ", and "
              + reserved
              + " is a device name Windows reserves, so a Windows checkout of the site (and a host"
              + " that builds there) cannot hold it; rename it"
              + (origin.endsWith(".md") ? " or give it a slug in its front matter" : ""));
    }
    String key = path.toLowerCase(Locale.ROOT);
    String previous = origins.putIfAbsent(key, origin);
    if (previous != null && key.equals("index.html")) {
      diagnostics.error(
          origin,
          0,
          0,
          "claims the home page (permalink: /, dg-home: true or index.note), and "
              + shown.apply(previous)
              + " claims it too; keep one of them");
      return false;
    }
    if (previous != null) {
      diagnostics.add(
          org.notebake.diagnostics.Diagnostic.error(
                  origin,
                  0,
                  0,
                  "writes "
                      + path
                      + ", which "
                      + shown.apply(previous)
                      + " writes too; rename one of them or give one a permalink/slug in its"
                      + " front matter")
              .withRule(COLLISION));
      return false;
    }
    exact.put(path, origin);
    return true;
  }

  /** The rule of a path two sources would write, for {@code check --format json}. */
  static final String COLLISION = "output.collision";

  /**
   * Claims {@code path} for a page the templates make alone ({@code type}, JBake's name: {@code
   * tagsindex}, {@code archive}, ...) with {@code template}. When a note has it already, the error
   * is the note's, where the author can act: another address for the note, or the setting that
   * turns the generated page off (a JBake site's content/tags/index.md beside the tags index).
   *
   * @return false if the path was already taken (an error was reported)
   */
  synchronized boolean claimGenerated(
      String path, String type, String template, Diagnostics diagnostics) {
    String origin = "template " + template;
    String previous = origins.get(path.toLowerCase(Locale.ROOT));
    if (previous == null || previous.startsWith("template ")) {
      return claim(path, origin, diagnostics);
    }
    Generated page = Generated.of(type);
    diagnostics.add(
        org.notebake.diagnostics.Diagnostic.error(
                previous,
                0,
                0,
                "writes "
                    + path
                    + ", which the site's "
                    + page.name()
                    + " ("
                    + template
                    + ") writes too; give the note another address (a slug in its front matter)"
                    + (page.setting() == null
                        ? ""
                        : ", or set " + page.setting() + "=false to keep it there"))
            .withRule(COLLISION));
    return false;
  }

  /** What a generated page is called, and the setting that turns it off (null: none). */
  private record Generated(String name, String setting) {
    static Generated of(String type) {
      return switch (type) {
        case "masterindex" -> new Generated("home page", "render.index");
        case "archive" -> new Generated("archive", "render.archive");
        case "feed", "jsonfeed" -> new Generated("feed", "render.feed");
        case "sitemap" -> new Generated("sitemap", "render.sitemap");
        case "error404" -> new Generated("404 page", "render.error404");
        case "tag" -> new Generated("tag page", "render.tags");
        case "tagsindex" -> new Generated("tags index", "render.tagsindex");
        default -> new Generated(type + " page", null);
      };
    }
  }

  /**
   * Claims the path of a redirect page ({@link Redirects}), claimed after everything else: when the
   * site writes something there already (a page, or another note's redirect: Hugo's own docs give
   * two notes one alias), that stays, and the redirect is not made, with a warning at its note's
   * key. Nothing is lost but the redirect, so it is no error.
   *
   * @return false if the path was already taken (a warning was reported)
   */
  synchronized boolean claimRedirect(Redirects.Redirect redirect, Diagnostics diagnostics) {
    String key = redirect.path().toLowerCase(Locale.ROOT);
    String where = redirect.path();
    String previous = origins.get(key);
    if (previous == null) {
      // A file where the redirect needs a folder (essays/signals.html/index.html), or a folder
      // where it needs a file: the file system holds one of them only.
      for (int slash = key.indexOf('/'); slash > 0 && previous == null; ) {
        where = redirect.path().substring(0, slash);
        previous = origins.get(key.substring(0, slash));
        slash = key.indexOf('/', slash + 1);
      }
      if (previous == null && folders().contains(key)) {
        where = redirect.path() + "/";
        previous = "other pages";
      }
    }
    if (previous == null) {
      if (claim(redirect.path(), redirect.note().path(), diagnostics)) {
        addFolders(key);
        return true;
      }
      return false;
    }
    diagnostics.add(
        org.notebake.diagnostics.Diagnostic.warning(
                redirect.note().path(),
                redirect.line(),
                1,
                "\""
                    + redirect.written()
                    + "\" makes no redirect: the site writes "
                    + where
                    + " for "
                    + (previous.equals(redirect.note().path())
                        ? "this note"
                        : shown.apply(previous))
                    + " already; remove it from this note's front matter")
            .withRule("redirect.taken"));
    return false;
  }

  /** The folders of every path claimed, in lower case; made when a redirect first asks. */
  private Set<String> folders;

  private Set<String> folders() {
    if (folders == null) {
      folders = new java.util.HashSet<>();
      origins.keySet().forEach(this::addFolders);
    }
    return folders;
  }

  private void addFolders(String key) {
    for (int slash = key.lastIndexOf('/'); slash > 0; slash = key.lastIndexOf('/', slash - 1)) {
      if (!folders().add(key.substring(0, slash))) {
        return; // and so are its parents
      }
    }
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
