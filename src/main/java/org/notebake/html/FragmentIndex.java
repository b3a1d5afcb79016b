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
import org.notebake.text.Listing;

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
  private final ConcurrentLinkedQueue<TemplateLink> templateLinks = new ConcurrentLinkedQueue<>();

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
   * when there are fewer. With {@code fromRoot} (the link names a page when read from the site's
   * root), a link no template holds as written may be a document's {@code uri} written without
   * {@code content.rootpath}: {@code href="${post.uri}"} in the page's template or its includes.
   */
  @FunctionalInterface
  public interface TemplateLocator {
    /** Finds nothing (a site without templates of its own). */
    TemplateLocator NONE = (url, template, nth, fromRoot) -> java.util.Optional.empty();

    java.util.Optional<Located> find(String url, String template, int nth, boolean fromRoot);
  }

  /**
   * A broken link a template writes, on one page: reported once per place in the template however
   * many pages and addresses it breaks on ({@link #report}).
   *
   * @param problem what is wrong, as the message goes on after the page ({@code " points to no page
   *     of the site; ..."})
   */
  public record TemplateLink(Located at, String kind, String url, String page, String problem) {
    /** The error as one page reports it. */
    public Diagnostic diagnostic() {
      return Diagnostic.error(
              at.path(),
              at.position().line(),
              at.position().column(),
              String.format("%s \"%s\" on page %s%s", kind, url, page, problem))
          .withRule("link.broken");
    }
  }

  /** Finds the line of {@code text} in the note at {@code sourcePath} (a page's own note). */
  @FunctionalInterface
  public interface SourceLocator {
    /** Finds nothing: every position is line 0 (pages without notes to look in). */
    SourceLocator NOWHERE = (sourcePath, text) -> new Position(0, 0);

    Position find(String sourcePath, String text);

    /**
     * How the note writes {@code url}, which {@link #find} found: the same, or the form the page
     * does not hold ({@code /examples/fir.ino}, which a page in a folder holds as {@code
     * ../examples/fir.ino}). A message quotes it, so that a search of the vault finds it.
     */
    default String written(String sourcePath, String url) {
      return url;
    }
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
   * Remembers a broken link a template writes, which the page has reported on its own ({@link
   * TemplateLink#diagnostic}: a page that said something is made again by the next build); {@link
   * #report} tells each place in a template once.
   */
  void templateLink(TemplateLink link) {
    templateLinks.add(link);
  }

  /**
   * Warns of every recorded link whose fragment is no id of its target page, at the note's line
   * (found by {@code locator}) or the template page's element. Links to pages that did not go
   * through the pipeline (a PDF, a page that failed) are not checked.
   */
  public void report(Diagnostics diagnostics, SourceLocator locator) {
    reportTemplateLinks(diagnostics);
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
   * Replaces the pages' reports of the broken links templates write by one error for each place in
   * a template and what is wrong there: a menu's broken link on 174 pages is one error, and so is
   * an index template's {@code href="${post.uri}"}, broken for every post on every page of a
   * paginated index but the first (4,920 errors on one real site).
   */
  private void reportTemplateLinks(Diagnostics diagnostics) {
    if (templateLinks.isEmpty()) {
      return;
    }
    Map<List<Object>, List<TemplateLink>> byPlace = new java.util.LinkedHashMap<>();
    java.util.Set<Diagnostic> each = new java.util.HashSet<>();
    for (TemplateLink link : templateLinks) {
      each.add(link.diagnostic());
      byPlace
          .computeIfAbsent(List.of(link.at(), link.kind(), link.problem()), k -> new ArrayList<>())
          .add(link);
    }
    List<Diagnostic> told = new ArrayList<>();
    for (List<TemplateLink> place : byPlace.values()) {
      told.add(told(place));
    }
    diagnostics.regroup(each::contains, told);
  }

  /** One error for the links one place in a template breaks, on one page or many. */
  private static Diagnostic told(List<TemplateLink> place) {
    List<TemplateLink> sorted =
        place.stream()
            .distinct()
            .sorted(Comparator.comparing(TemplateLink::page).thenComparing(TemplateLink::url))
            .toList();
    TemplateLink first = sorted.get(0);
    java.util.Set<String> urls = new java.util.TreeSet<>();
    java.util.Set<String> pages = new java.util.TreeSet<>();
    sorted.forEach(
        l -> {
          urls.add(l.url());
          pages.add(l.page());
        });
    if (sorted.size() == 1) {
      return first.diagnostic();
    }
    String message;
    if (urls.size() == 1) {
      message =
          String.format(
              "%s \"%s\" on %d pages (%s)%s",
              first.kind(),
              first.url(),
              pages.size(),
              Listing.some(List.copyOf(pages), 2),
              first.problem());
    } else {
      message =
          String.format(
              "%s \"%s\" on page %s%s (this place writes %d of them: %d addresses on %d %s)",
              first.kind(),
              first.url(),
              first.page(),
              first.problem(),
              sorted.size(),
              urls.size(),
              pages.size(),
              pages.size() == 1 ? "page" : "pages");
    }
    Located at = first.at();
    return Diagnostic.error(at.path(), at.position().line(), at.position().column(), message)
        .withRule("link.broken");
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

  /** The 1-based line and column of offset {@code at} in {@code source}; line 0 when negative. */
  public static Position positionAt(String source, int at) {
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
