package org.notebake.html;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;

/**
 * Cleans the HTML rendered from one note, which may contain raw HTML written by hand, before it
 * reaches a template. Allow-list based: prose and structure tags, our renderer's classes and {@code
 * data-*} attributes, and links to http(s), mailto, tel or relative paths survive; scripts, styles,
 * frames, forms, event handlers and {@code javascript:}-style URLs do not.
 *
 * <pre>{@code
 * new NoteHtmlSanitizer().clean("<p onclick=\"x()\">Hi <a href=\"../a.html#b\">a</a></p><script>x()</script>")
 *   // -> <p>Hi <a href="../a.html#b">a</a></p>
 * }</pre>
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class NoteHtmlSanitizer {
  private final NoteSafelist safelist = new NoteSafelist();

  /** A cleaned body and its plain text (for summaries and reading time), from one parse. */
  public record Cleaned(String html, String text) {}

  /** Returns {@code bodyHtml} with everything outside the allow-list removed; deterministic. */
  public String clean(String bodyHtml) {
    return cleanWithText(bodyHtml).html();
  }

  /** Like {@link #clean}, also returning the visible text, so callers need not parse again. */
  public Cleaned cleanWithText(String bodyHtml) {
    Document dirty = Jsoup.parseBodyFragment(bodyHtml, "");
    Document clean = new Cleaner(safelist).clean(dirty);
    keepOnlyTaskCheckboxes(clean);
    clean
        .outputSettings()
        // ASCII with character references: a body's text then stays one byte a character in
        // memory until the page is written (the page pipeline writes real UTF-8).
        .charset(StandardCharsets.US_ASCII)
        .escapeMode(Entities.EscapeMode.base)
        .prettyPrint(false);
    return new Cleaned(clean.body().html(), clean.body().text());
  }

  /**
   * Task lists are the only reason a note has an {@code input}; any other kind, or an enabled
   * checkbox, would make the static page look like a form.
   */
  private static void keepOnlyTaskCheckboxes(Document clean) {
    for (Element input : clean.select("input")) {
      if (input.attr("type").equalsIgnoreCase("checkbox")) {
        input.attr("disabled", true);
      } else {
        input.remove();
      }
    }
  }
}
