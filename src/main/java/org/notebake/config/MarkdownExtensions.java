package org.notebake.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * JBake's {@code markdown.extensions}: pegdown/flexmark names, {@code -NAME} to turn one off,
 * {@code ALL} for all. Only {@code HARDWRAPS} changes how notebake renders; names of features
 * CommonMark and its extensions always provide are honoured silently, the others are listed as
 * ignored so the site can be told once.
 *
 * <pre>{@code
 * MarkdownExtensions.parse(List.of("-HARDWRAPS")).hardWraps();              // false
 * MarkdownExtensions.parse(List.of("ALL", "SMARTYPANTS")).ignored();       // [SMARTYPANTS]
 * }</pre>
 *
 * @param hardWraps true when a single newline is a line break
 * @param ignored names (as written) that have no meaning here
 */
record MarkdownExtensions(boolean hardWraps, List<String> ignored) {
  /** Features notebake's Markdown always has (or, for NONE and the ALL forms, sets). */
  private static final Set<String> ALWAYS =
      Set.of(
          "NONE",
          "ALL",
          "ALL_OPTIONALS",
          "ALL_WITH_OPTIONALS",
          "AUTOLINKS",
          "FENCED_CODE_BLOCKS",
          "TABLES",
          "STRIKETHROUGH",
          "TASKLISTITEMS",
          "FOOTNOTES",
          "WIKILINKS",
          "ATXHEADERSPACE",
          "ANCHORLINKS",
          "EXTANCHORLINKS",
          "RELAXEDHRULES");

  static MarkdownExtensions parse(List<String> names) {
    // With no HARDWRAPS among the names JBake renders none: the list replaces its default.
    boolean hardWraps = false;
    List<String> ignored = new ArrayList<>();
    for (String written : names) {
      String name = written.strip().toUpperCase(Locale.ROOT);
      boolean off = name.startsWith("-");
      String bare = off ? name.substring(1).strip() : name;
      if (bare.equals("HARDWRAPS") || bare.equals("ALL") || bare.equals("ALL_WITH_OPTIONALS")) {
        hardWraps = !off;
      } else if (bare.equals("NONE")) {
        hardWraps = off && hardWraps;
      } else if (!off && !ALWAYS.contains(bare) && !ignored.contains(written.strip())) {
        ignored.add(written.strip());
      }
    }
    return new MarkdownExtensions(hardWraps, List.copyOf(ignored));
  }
}
