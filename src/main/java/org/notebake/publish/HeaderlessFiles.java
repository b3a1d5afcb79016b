package org.notebake.publish;

import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.diagnostics.ToldOnce;

/**
 * Tells a JBake site's content file that has no header and stays private, with how to publish it:
 * JBake 2.7 skips such a file unless jbake.properties sets {@code default.status} and {@code
 * default.type} (it logs "Parsing skipped (missing type or status value in header meta data)"), and
 * a page that went missing in the move should not change only the withheld count. Many such files
 * are told in one line, at the first, with how many more there are.
 *
 * <pre>
 * content/about.md: warning: has no header (status=published and a ~~~~~~ line, or YAML front
 *     matter) and jbake.properties sets no default.status=published, so it is not published; …
 *     (3 more files have no header: b.md, c.md and 1 more)
 * </pre>
 */
public final class HeaderlessFiles {
  static final String RULE = "publish.headerless";

  private static final String NO_HEADER =
      "has no header (status=published and a ~~~~~~ line, or YAML front matter) and"
          + " jbake.properties sets no ";

  private HeaderlessFiles() {}

  /**
   * Tells that the file at {@code path} has no header and stays private.
   *
   * @param defaultStatus whether the site sets {@code default.status=published}, so that only
   *     {@code default.type} is missing
   */
  static void tell(String path, boolean defaultStatus, Diagnostics diagnostics) {
    String message =
        defaultStatus
            ? NO_HEADER
                + "default.type, so it is not published (JBake 2.7 skips it too); to publish it,"
                + " add default.type=page to jbake.properties, or begin it with type=page and a"
                + " line ~~~~~~"
            : NO_HEADER
                + "default.status=published, so it is not published; to publish it, begin it with"
                + " status=published and a line ~~~~~~, or set default.status=published and"
                + " default.type=page in jbake.properties to publish every file without a header";
    diagnostics.add(Diagnostic.warning(path, 0, 0, message).withRule(RULE));
  }

  static final String HTML_RULE = "publish.headerless-html";

  /**
   * Tells that an HTML file of a vault, with no header, is no page: Obsidian shows no {@code .html}
   * file as a note (a draw.io export, {@code Flow.drawio.html}, was published as an empty essay at
   * the top of a real vault's home page), and JBake skips such a file too.
   */
  public static void tellHtml(String path, Diagnostics diagnostics) {
    diagnostics.add(
        Diagnostic.warning(
                path,
                0,
                0,
                "is an HTML file without a header, so it is no page (Obsidian shows no .html file"
                    + " as a note); to publish it as one, begin it with front matter (---,"
                    + " title: and publish: true, ---)")
            .withRule(HTML_RULE));
  }

  /** Replaces the warnings {@link #tell} made, one a file, by one for them all. */
  public static void tellOnce(Diagnostics diagnostics) {
    ToldOnce.group(diagnostics, RULE, "more file has no header", "more files have no header");
    ToldOnce.group(
        diagnostics, HTML_RULE, "more HTML file has no header", "more HTML files have no header");
  }
}
