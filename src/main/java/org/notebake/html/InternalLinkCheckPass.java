package org.notebake.html;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.links.Hrefs;
import org.notebake.links.SiteAddress;
import org.notebake.text.FileNames;

/**
 * Checks every {@code href} and {@code src} that stays on this site, including those a template
 * wrote: it must name a file the site will write, and a fragment of the page itself must be one of
 * its ids. A fragment of another page is handed to the {@link FragmentIndex}, which checks it once
 * every page's ids are known. Links to other sites and schemes are left to the reader's browser.
 *
 * <pre>
 * content/essays/a.md:4:11: error: link "../essays/sigals.html" on page essays/a.html points to no
 *     page of the site; fix the link or publish its target
 * </pre>
 *
 * <p>Problems are reported at the note when the page has one, at the line where the note writes the
 * link (its address, else its text, as a wikilink writes it) when the locator finds it; otherwise
 * at the output page, with the line and column of the element when the pipeline tracked positions.
 */
public final class InternalLinkCheckPass implements HtmlPass {

  private static final List<String> URL_ATTRIBUTES = List.of("href", "src");

  private final FragmentIndex fragments;
  private final FragmentIndex.SourceLocator locator;
  private final FragmentIndex.TemplateLocator templates;
  private final Function<String, String> privateNotes;

  /**
   * Records each page's ids and its links to other pages' fragments in {@code fragments}; {@code
   * locator} finds the line of a broken link in the page's note.
   */
  public InternalLinkCheckPass(FragmentIndex fragments, FragmentIndex.SourceLocator locator) {
    this(fragments, locator, FragmentIndex.TemplateLocator.NONE, page -> null);
  }

  /**
   * As {@link #InternalLinkCheckPass(FragmentIndex, FragmentIndex.SourceLocator)}; a broken link
   * that no note writes is reported at the line of the site's template that does, if {@code
   * templates} finds one, rather than at the generated page.
   */
  public InternalLinkCheckPass(
      FragmentIndex fragments,
      FragmentIndex.SourceLocator locator,
      FragmentIndex.TemplateLocator templates) {
    this(fragments, locator, templates, page -> null);
  }

  /**
   * As {@link #InternalLinkCheckPass(FragmentIndex, FragmentIndex.SourceLocator,
   * FragmentIndex.TemplateLocator)}; a link to no page, where {@code privateNotes} names the note
   * (its path) whose page it would be, says that note is not published (a note's raw {@code <a
   * href="plans.html">} to a draft, which no resolver sees).
   */
  public InternalLinkCheckPass(
      FragmentIndex fragments,
      FragmentIndex.SourceLocator locator,
      FragmentIndex.TemplateLocator templates,
      Function<String, String> privateNotes) {
    this.fragments = fragments;
    this.locator = locator;
    this.templates = templates;
    this.privateNotes = privateNotes;
  }

  @Override
  public void apply(Document page, PageContext context, Diagnostics diagnostics) {
    SiteAddress base = SiteAddress.of(context.siteHost());
    Set<String> ownIds = IdCollector.ids(page);
    java.util.Map<String, Integer> brokenBefore = new java.util.HashMap<>();
    fragments.pageIds(context.outputPath(), ownIds);
    for (Element element : page.getAllElements()) {
      if (!element.hasAttr("href") && !element.hasAttr("src")) {
        continue;
      }
      for (String attribute : URL_ATTRIBUTES) {
        String url = element.attr(attribute);
        Optional<Problem> problem =
            SiteLink.resolve(url, context.outputPath(), base)
                .flatMap(link -> problem(link, attribute, context, ownIds, element, url));
        if (problem.isPresent()) {
          report(
              element,
              new Broken(
                  attribute.equals("href") ? "link" : "src",
                  url,
                  brokenBefore.merge(url, 1, Integer::sum) - 1,
                  problem.get()),
              context,
              diagnostics);
        }
      }
    }
  }

  private Optional<Problem> problem(
      SiteLink link,
      String attribute,
      PageContext context,
      Set<String> ownIds,
      Element element,
      String url) {
    if (link.leavesSite()) {
      return Problem.plain(" leads outside the site; make it relative to the page or absolute");
    }
    Optional<String> target =
        link.candidates().stream().filter(context.siteFileExists()).findFirst();
    if (target.isEmpty()
        && element.hasClass("tag")
        && link.candidates().stream().anyMatch(c -> FileNames.tooLong(c) != null)) {
      return Optional.empty(); // a tag too long for a file name: said at the tag, once
    }
    if (target.isEmpty() && TEMPLATE_EXPRESSION.matcher(url).find()) {
      // A Jekyll page's href="{{ post.url }}": no address, and no file to fix it in the vault.
      return Problem.plain(
          " is another generator's template expression (Jekyll's Liquid, Hugo's), which notebake"
              + " does not run; write the address it stands for, or leave the link out");
    }
    if (target.isEmpty()) {
      Optional<String> note =
          attribute.equals("href")
              ? java.util.stream.Stream.concat(
                      link.candidates().stream(), notePagesNamed(link, context).stream())
                  .map(privateNotes)
                  .filter(Objects::nonNull)
                  .findFirst()
              : Optional.empty();
      if (note.isPresent()) {
        return Problem.plain(
            " points to the page of "
                + note.get()
                + ", a note that is not published; publish the note or remove the link");
      }
      if (namesAPageFromTheRoot(url, context)) {
        return Optional.of(
            new Problem(
                (attribute.equals("href") ? " points to no page of the site" : " points to no file")
                    + FROM_ROOT,
                true));
      }
      if (attribute.equals("href") && namesANote(link)) {
        // A note's raw <a href="CoT.md">: only wikilinks and Markdown links are resolved to the
        // page a note becomes, so "publish its target" would mislead when the note is published.
        String path = link.candidates().get(0);
        String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length());
        return Problem.plain(
            String.format(
                " names a note file, which the site does not hold: an HTML link in a note is not"
                    + " resolved to the note's page as a wikilink is; write [[%s|its text]] instead,"
                    + " outside the HTML block (Markdown inside one stays as written)",
                name));
      }
      Optional<String> page =
          attribute.equals("href") ? pageOfTheNoteNamed(link, context) : Optional.empty();
      if (page.isPresent()) {
        // Quartz resolves <a href="./Field-Notes"> to the note Field-Notes.md; notebake leaves a
        // note's HTML as written, so the link is broken although its note is published.
        return Problem.plain(
            String.format(
                " points to no page of the site; the note it names is published at %s, but a link"
                    + " in a note's HTML is not made into a note's address as a wikilink is: write"
                    + " href=\"%s\"",
                page.get(), shortestHref(context.outputPath(), page.get())));
      }
      String asset = assetType(link);
      if (asset != null) {
        return Problem.plain(
            String.format(
                " points to no file of the site; a .%s file is published only from the site's"
                    + " assets/ folder (the notes' folders publish notes and their attachments):"
                    + " move it there or fix the link",
                asset));
      }
      return Problem.plain(
          attribute.equals("href")
              ? " points to no page of the site; fix the link or publish its target"
              : " points to no file of the site; fix the path or publish the file");
    }
    if (link.fragment().isEmpty()) {
      return Optional.empty();
    }
    if (!target.get().equals(context.outputPath())) {
      fragments.link(
          new FragmentIndex.Link(
              context.outputPath(),
              context.sourcePath(),
              position(element),
              attribute.equals("href") ? "link" : "src",
              url,
              target.get(),
              link.fragment()));
      return Optional.empty();
    }
    if (ownIds.contains(link.fragment())) {
      return Optional.empty();
    }
    return Problem.plain(
        String.format(
            " points to \"#%s\", which is no heading or anchor on %s; fix the fragment or the"
                + " heading it names",
            link.fragment(), target.get()));
  }

  /**
   * Said of a link on a page in a folder that names a file of the site when read from the site's
   * root: a JBake template's {@code href="${post.uri}"}, right on the index, broken on the pages of
   * a paginated index ({@code 2/index.html}) and on tag pages.
   */
  private static final String FROM_ROOT =
      "; read from the site's root it names one: write ${content.rootpath} in front of it in the"
          + " template, or make it relative to this page";

  /** Liquid's and Go templates' output and tags: {@code {{ x }}}, {@code {% x %}}. */
  private static final java.util.regex.Pattern TEMPLATE_EXPRESSION =
      java.util.regex.Pattern.compile("\\{\\{.*}}|\\{%.*%}");

  private static boolean namesAPageFromTheRoot(String url, PageContext context) {
    if (!context.outputPath().contains("/") || url.startsWith("/")) {
      return false;
    }
    return SiteLink.resolve(url, "index.html", SiteAddress.of(context.siteHost()))
        .map(root -> root.candidates().stream().anyMatch(context.siteFileExists()))
        .orElse(false);
  }

  /**
   * The page a note would have at the path the link names, as notebake makes its address (each part
   * slugged, the page's extension): {@code ./Field-Notes} on {@code dispatches.html} names {@code
   * field-notes.html}; empty when the site writes no such page.
   */
  private static Optional<String> pageOfTheNoteNamed(SiteLink link, PageContext context) {
    return notePagesNamed(link, context).stream().filter(context.siteFileExists()).findFirst();
  }

  /**
   * Where a note at the path the link names would be published ({@code x.html}, {@code
   * x/index.html}), for a link that names it as Quartz writes it: without an extension. A link with
   * one ({@code tags.html}, a template's) names a page or a file as it is, not a note.
   */
  private static List<String> notePagesNamed(SiteLink link, PageContext context) {
    if (link.candidates().isEmpty()) {
      return List.of();
    }
    String path = link.candidates().get(0);
    if (path.substring(path.lastIndexOf('/') + 1).contains(".")) {
      return List.of();
    }
    String own = context.outputPath();
    int dot = own.lastIndexOf('.');
    String extension = dot > own.lastIndexOf('/') ? own.substring(dot) : ".html";
    String slugged = org.notebake.text.Slugs.path(path);
    return slugged.isEmpty()
        ? List.of()
        : List.of(slugged + extension, slugged + "/index" + extension);
  }

  /** From the page at {@code from} to {@code to}, through their common folder. */
  static String shortestHref(String from, String to) {
    String[] a = from.split("/");
    String[] b = to.split("/");
    int common = 0;
    while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
      common++;
    }
    StringBuilder href = new StringBuilder("../".repeat(a.length - 1 - common));
    for (int i = common; i < b.length; i++) {
      href.append(i > common ? "/" : "").append(b[i]);
    }
    return href.toString();
  }

  private static boolean namesANote(SiteLink link) {
    return !link.candidates().isEmpty()
        && link.candidates().get(0).toLowerCase(java.util.Locale.ROOT).endsWith(".md");
  }

  /** The extension of a link's file if it is one a site serves as it is, else null. */
  private static String assetType(SiteLink link) {
    if (link.candidates().isEmpty()) {
      return null;
    }
    String path = link.candidates().get(0);
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    return Hrefs.servedAsItIs(type) ? type : null;
  }

  private static FragmentIndex.Position position(Element element) {
    Range.Position start = element.sourceRange().start();
    return start.isTracked()
        ? new FragmentIndex.Position(start.lineNumber(), start.columnNumber())
        : new FragmentIndex.Position(0, 0);
  }

  /**
   * What is wrong with an address: {@code text} goes on after the page in the message, for people
   * only; {@code fromRoot} says the address names a file of the site when read from the site's root
   * ({@link #FROM_ROOT}), so the template that writes it may write a document's {@code uri} without
   * {@code content.rootpath} ({@link FragmentIndex.TemplateLocator}).
   */
  private record Problem(String text, boolean fromRoot) {
    /** Any other problem, as {@link #problem} answers it. */
    static Optional<Problem> plain(String text) {
      return Optional.of(new Problem(text, false));
    }
  }

  /** A broken address on a page: the page's {@code nth} (from 0) to it, and what is wrong. */
  private record Broken(String kind, String url, int nth, Problem problem) {}

  private void report(
      Element element, Broken broken, PageContext context, Diagnostics diagnostics) {
    String url = broken.url();
    String message =
        String.format(
            "%s \"%s\" on page %s%s",
            broken.kind(), url, context.outputPath(), broken.problem().text());
    if (context.sourcePath() != null) {
      // Where the note writes it: its address, or its text in a wikilink (which writes neither the
      // address nor the page's name); line 0 when the template wrote the link.
      FragmentIndex.Position at =
          url.isBlank()
              ? new FragmentIndex.Position(0, 0)
              : locator.find(context.sourcePath(), url);
      if (at.line() > 0) {
        String written = locator.written(context.sourcePath(), url);
        message =
            String.format(
                "%s \"%s\" on page %s%s",
                broken.kind(), written, context.outputPath(), broken.problem().text());
      }
      String decoded = SiteLink.percentDecode(url);
      if (at.line() == 0 && !decoded.equals(url)) {
        // The page holds the address percent-encoded, the note as its author typed it: (/^TK).
        at = locator.find(context.sourcePath(), decoded);
      }
      String text = element.text().strip();
      if (at.line() == 0 && !text.isEmpty()) {
        // As a wikilink writes it, [[Page|text]] or [[text]]: a word of the note's prose that a
        // template's link happens to show is not where the link is.
        at = locator.find(context.sourcePath(), "|" + text + "]]");
        if (at.line() == 0) {
          at = locator.find(context.sourcePath(), "[[" + text);
        }
        if (at.line() == 0 && element.hasClass("tag") && text.startsWith("#")) {
          // An inline tag, as the note writes it: #name (its page may be one the site could not
          // make, a tag too long for a file name).
          at = locator.find(context.sourcePath(), text);
        }
      }
      if (at.line() == 0 && atTemplate(broken, context, diagnostics)) {
        return;
      }
      diagnostics.add(
          org.notebake.diagnostics.Diagnostic.error(
                  context.sourcePath(),
                  at.line(),
                  at.column(),
                  at.line() > 0
                      ? message
                      : message + " (the note's text does not hold it: its template may write it)")
              .withRule("link.broken"));
      return;
    }
    if (atTemplate(broken, context, diagnostics)) {
      return;
    }
    Range.Position start = element.sourceRange().start();
    int line = start.isTracked() ? start.lineNumber() : 0;
    int column = start.isTracked() ? start.columnNumber() : 0;
    diagnostics.add(
        org.notebake.diagnostics.Diagnostic.error(context.outputPath(), line, column, message)
            .withRule("link.broken"));
  }

  /**
   * Reports at the site's template that writes {@code url}, if one does: on this page, and to the
   * fragment index, which tells each place in a template once for every page.
   */
  private boolean atTemplate(Broken broken, PageContext context, Diagnostics diagnostics) {
    if (broken.url().isBlank()) {
      return false;
    }
    return templates
        .find(broken.url(), context.template(), broken.nth(), broken.problem().fromRoot())
        .map(
            at -> {
              FragmentIndex.TemplateLink link =
                  new FragmentIndex.TemplateLink(
                      at,
                      broken.kind(),
                      broken.url(),
                      context.outputPath(),
                      broken.problem().text());
              diagnostics.add(link.diagnostic());
              fragments.templateLink(link);
              return true;
            })
        .orElse(false);
  }
}
