package org.notebake.html;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the {@link HtmlPass}es know about the page being processed and the site around it.
 *
 * <pre>{@code
 * new PageContext("essays/signals.html", "content/essays/signals.md", "https://avery.example.org/",
 *     writtenPaths::contains);
 * }</pre>
 *
 * @param outputPath the page's path in the site, with '/' separators and no leading slash
 * @param sourcePath the note the page was made from, for diagnostics; null for generated pages
 * @param siteHost the site's absolute base URL; null or blank when unknown
 * @param siteFileExists whether the site will write this site-relative path ({@code
 *     "essays/a.html"}, no leading slash)
 * @param template the template file the page is made with, relative to the templates folder; null
 *     when not known
 */
public record PageContext(
    String outputPath,
    String sourcePath,
    String siteHost,
    Predicate<String> siteFileExists,
    String template) {

  public PageContext {
    Objects.requireNonNull(outputPath, "outputPath");
    Objects.requireNonNull(siteFileExists, "siteFileExists");
  }

  /** A page whose template is not known (or does not matter to the passes). */
  public PageContext(
      String outputPath, String sourcePath, String siteHost, Predicate<String> siteFileExists) {
    this(outputPath, sourcePath, siteHost, siteFileExists, null);
  }
}
