package org.notebake.markdown.obsidian.callout.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds removed-type callout markers inside raw HTML, where Markdown never reads them: a block that
 * starts with {@code <div>} runs to the next blank line, and one that starts with {@code <pre>},
 * {@code <textarea>}, {@code <script} or {@code <style} to its closing tag or the end of the note,
 * so
 *
 * <pre>
 * &lt;div&gt;
 * &gt; [!private]
 * &gt; the PIN
 * </pre>
 *
 * <p>is HTML with the callout as its text, and would be published. The block is cut where such a
 * marker starts a line: the marker, what the callout would hold and the rest of the block are never
 * published (as a marker nested too deep is, see {@link TooDeepMarkers}).
 */
final class RawHtmlMarkers {
  /** {@link CalloutBlockParser#TYPE} (which never reads past a line's end) starting a line. */
  private static final Pattern MARKER =
      Pattern.compile("^[> \\t]*+" + CalloutBlockParser.TYPE, Pattern.MULTILINE);

  private RawHtmlMarkers() {}

  /** {@code html} up to the first line a removed-type marker starts, or null if it has none. */
  static String cut(String html, Set<String> removedTypes) {
    if (html.indexOf("[!") < 0) {
      return null;
    }
    Matcher marker = MARKER.matcher(html);
    while (marker.find()) {
      if (CalloutTypes.isRemoved(marker.group(1), removedTypes)) {
        return html.substring(0, marker.start());
      }
    }
    return null;
  }
}
