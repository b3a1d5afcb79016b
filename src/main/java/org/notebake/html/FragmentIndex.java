package org.notebake.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;

/**
 * The ids of every page of the site and the links that name a fragment of another page, so that
 * {@code other.html#nope} is checked once every page is known. Pages are processed in parallel and
 * a link may name a page processed later: {@link InternalLinkCheckPass} records both here, and
 * {@link #report} checks the links after the last page.
 *
 * <pre>
 * content/essays/a.md:7:12: warning: link "signals.html#gain" on page essays/a.html points to
 *     "#gain", which is no heading or anchor on essays/signals.html; fix the fragment or the
 *     heading it names
 * </pre>
 */
public final class FragmentIndex {
  private final Map<String, Set<String>> idsByPage = new ConcurrentHashMap<>();
  private final ConcurrentLinkedQueue<Link> links = new ConcurrentLinkedQueue<>();

  /** Where in a note a link was written; {@code line} 0 when it cannot be found. */
  public record Position(int line, int column) {}

  /**
   * A place in one of the site's own files: {@code path} relative to the site, as diagnostics say.
   */
  public record Located(String path, Position position) {}

  /**
   * Finds the site's own template that writes a link on a page made with {@code template} (null:
   * not known): that template, the templates it includes, then any other that holds the address;
   * the {@code nth} place (from 0) for the page's nth broken link to that address, the last place
   * when there are fewer.
   */
  @FunctionalInterface
  public interface TemplateLocator {
    /** Finds nothing (a site without templates of its own). */
    TemplateLocator NONE = (url, template, nth) -> java.util.Optional.empty();

    java.util.Optional<Located> find(String url, String template, int nth);
  }

  /** Finds the line of {@code text} in the note at {@code sourcePath} (a page's own note). */
  @FunctionalInterface
  public interface SourceLocator {
    /** Finds nothing: every position is line 0 (pages without notes to look in). */
    SourceLocator NOWHERE = (sourcePath, text) -> new Position(0, 0);

    Position find(String sourcePath, String text);
  }

  /**
   * A link from one page to a fragment of another.
   *
   * @param page the page the link is on
   * @param sourcePath that page's note, or null for a page made by templates alone
   * @param position where the element is on a template-made page (line 0 when not tracked)
   */
  public record Link(
      String page,
      String sourcePath,
      Position position,
      String kind,
      String url,
      String target,
      String fragment) {}

  /** The ids {@code page} recorded, or null if it did not go through the pipeline. */
  public Set<String> ids(String page) {
    return idsByPage.get(page);
  }

  /** The links to other pages' fragments {@code page} recorded, in no particular order. */
  public List<Link> linksFrom(String page) {
    return links.stream().filter(l -> l.page().equals(page)).toList();
  }

  /**
   * Records what a page recorded in an earlier build, for a page that was not processed again (its
   * bytes came from a memo).
   */
  public void replay(String page, Set<String> ids, List<Link> from) {
    idsByPage.put(page, Set.copyOf(ids));
    links.addAll(from);
  }

  /** Remembers the ids of a page that went through the pipeline. */
  void pageIds(String page, Set<String> ids) {
    idsByPage.put(page, ids);
  }

  /** Remembers a link to a fragment of another page, checked by {@link #report}. */
  void link(Link link) {
    links.add(link);
  }

  /**
   * Warns of every recorded link whose fragment is no id of its target page, at the note's line
   * (found by {@code locator}) or the template page's element. Links to pages that did not go
   * through the pipeline (a PDF, a page that failed) are not checked.
   */
  public void report(Diagnostics diagnostics, SourceLocator locator) {
    List<Link> all = new ArrayList<>(links);
    all.sort(
        Comparator.comparing(Link::page)
            .thenComparingInt(l -> l.position().line())
            .thenComparingInt(l -> l.position().column())
            .thenComparing(Link::url));
    for (Link link : all) {
      Set<String> ids = idsByPage.get(link.target());
      if (ids == null || ids.contains(link.fragment())) {
        continue;
      }
      String message =
          String.format(
              "%s \"%s\" on page %s points to \"#%s\", which is no heading or anchor on %s; fix"
                  + " the fragment or the heading it names",
              link.kind(), link.url(), link.page(), link.fragment(), link.target());
      Position at =
          link.sourcePath() == null ? link.position() : locator.find(link.sourcePath(), link.url());
      String file = link.sourcePath() == null ? link.page() : link.sourcePath();
      diagnostics.add(
          Diagnostic.warning(file, at.line(), at.column(), message).withRule("link.anchor"));
    }
  }

  /**
   * The first place {@code text} occurs in {@code source}, as a 1-based line and column; line 0
   * when it does not occur (the link was made by the template, not written in the note) or is
   * empty.
   */
  public static Position positionOf(String source, String text) {
    // Empty text (the last segment of "/docs/") occurs everywhere, so it says nothing.
    return positionAt(source, text.isEmpty() ? -1 : source.indexOf(text));
  }

  /** Every place {@code text} occurs in {@code source}, in order (none for empty text). */
  public static java.util.List<Position> positionsOf(String source, String text) {
    java.util.List<Position> all = new java.util.ArrayList<>();
    for (int at = text.isEmpty() ? -1 : source.indexOf(text);
        at >= 0;
        at = source.indexOf(text, at + text.length())) {
      all.add(positionAt(source, at));
    }
    return all;
  }

  private static Position positionAt(String source, int at) {
    if (at < 0) {
      return new Position(0, 0);
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at; i++) {
      if (source.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, source.codePointCount(lineStart, at) + 1);
  }
}
