package org.notebake.html;

import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the {@link HtmlPass}es know about the page being processed and the site around it.
 *
 * <pre>{@code
 * new PageContext("essays/signals.html", "content/essays/signals.md", "https://avery.example.org/",
 *     writtenPaths::contains, idsByPage::get);
 * }</pre>
 *
 * @param outputPath the page's path in the site, with '/' separators and no leading slash
 * @param sourcePath the note the page was made from, for diagnostics; null for generated pages
 * @param siteHost the site's absolute base URL; null or blank when unknown
 * @param siteFileExists whether the site will write this site-relative path ({@code
 *     "essays/a.html"}, no leading slash)
 * @param idsOfPage the element ids of another output page, for fragment checks; returns null when
 *     that page's ids are unknown
 */
public record PageContext(
    String outputPath,
    String sourcePath,
    String siteHost,
    Predicate<String> siteFileExists,
    Function<String, Set<String>> idsOfPage) {

  public PageContext {
    Objects.requireNonNull(outputPath, "outputPath");
    Objects.requireNonNull(siteFileExists, "siteFileExists");
    Objects.requireNonNull(idsOfPage, "idsOfPage");
  }

  /** Where a problem on this page is reported: the note if there is one, else the output page. */
  public String diagnosticPath() {
    return sourcePath != null ? sourcePath : outputPath;
  }
}
