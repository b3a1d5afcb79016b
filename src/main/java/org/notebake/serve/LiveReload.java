package org.notebake.serve;

import java.util.List;

/**
 * What {@code notebake serve} adds to each HTML page it sends, and only there: the baked files
 * never hold any of it. A small script listens to the server's events and reloads the tab after a
 * rebuild; while the last build failed, an overlay lists its errors ({@code file:line: message}); a
 * private note's page shown with {@code --drafts} carries a "not published" banner.
 *
 * <pre>{@code
 * LiveReload.inject("<html><body><p>x</p></body></html>", List.of(), false)
 * // <html><body><p>x</p><script src="/__notebake/reload.js" data-notebake-serve></script></body></html>
 * }</pre>
 */
public final class LiveReload {
  /** Where the server's own files live; no site path starts with it (it is not a slug). */
  public static final String PREFIX = "/__notebake/";

  /** The marker every injected element carries, which tests look for in baked output. */
  public static final String MARKER = "data-notebake-serve";

  private LiveReload() {}

  /** The page with the reload script, and the overlay and banner when they apply. */
  public static String inject(String html, List<String> errors, boolean draft) {
    StringBuilder added = new StringBuilder();
    if (draft) {
      added.append(banner());
    }
    if (!errors.isEmpty()) {
      added.append(overlay(errors));
    }
    added.append("<script src=\"").append(PREFIX).append("reload.js\" ").append(MARKER);
    added.append("></script>");
    int end = lastBodyEnd(html);
    if (end < 0) {
      return html + added;
    }
    return html.substring(0, end) + added + html.substring(end);
  }

  /**
   * Where the last {@code </body>} (any case) starts, or -1. Compared in place: lowercasing the
   * page first cost a copy of it on every request, and changes its length where a letter such as
   * U+0130 lowercases to two, which put the script at the wrong place.
   */
  static int lastBodyEnd(String html) {
    for (int at = html.lastIndexOf('<'); at >= 0; at = html.lastIndexOf('<', at - 1)) {
      if (html.regionMatches(true, at, "</body>", 0, 7)) {
        return at;
      }
    }
    return -1;
  }

  private static String banner() {
    return "<div "
        + MARKER
        + " role=\"status\" style=\"position:fixed;top:0;left:0;right:0;z-index:2147483646;"
        + "background:#b00020;color:#fff;font:600 14px/1.6 system-ui,sans-serif;"
        + "text-align:center;padding:4px\">Draft: not published. This private note is shown"
        + " only by notebake serve --drafts.</div>";
  }

  /** The errors of the last build, over the last good page. */
  static String overlay(List<String> errors) {
    StringBuilder out =
        new StringBuilder("<div ")
            .append(MARKER)
            .append(" id=\"notebake-overlay\" role=\"alert\" style=\"position:fixed;inset:0;")
            .append("z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;")
            .append("font:14px/1.5 ui-monospace,monospace;padding:2em\">")
            .append("<p style=\"font-weight:700;color:#ff8a80\">The last build failed; this is")
            .append(" the last good site. Fix these and save:</p><ul>");
    for (String error : errors) {
      out.append("<li class=\"notebake-error\">").append(escape(error)).append("</li>");
    }
    return out.append("</ul></div>").toString();
  }

  /** Text for HTML element content and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The script: reloads on a {@code reload} event; on an {@code errors} event shows the overlay,
   * built with text nodes only (an error message quoting a note is never read as HTML).
   */
  public static String script() {
    return """
        (function () {
          var source = new EventSource("/__notebake/events");
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("errors", function (e) {
            var lines = JSON.parse(e.data);
            var old = document.getElementById("notebake-overlay");
            if (old) { old.remove(); }
            var box = document.createElement("div");
            box.id = "notebake-overlay";
            box.setAttribute("role", "alert");
            box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;"
              + "background:rgba(20,20,20,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;"
              + "padding:2em";
            var head = document.createElement("p");
            head.style.cssText = "font-weight:700;color:#ff8a80";
            head.textContent = "The last build failed; this is the last good site. Fix these and save:";
            box.appendChild(head);
            var list = document.createElement("ul");
            lines.forEach(function (line) {
              var item = document.createElement("li");
              item.className = "notebake-error";
              item.textContent = line;
              list.appendChild(item);
            });
            box.appendChild(list);
            document.body.appendChild(box);
          });
        })();
        """;
  }
}
