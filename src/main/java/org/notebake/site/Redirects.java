package org.notebake.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.links.Hrefs;
import org.notebake.publish.Note;
import org.notebake.vault.FrontMatter;

/**
 * A note's old addresses, each a small page that sends the reader on to the note: Hugo's {@code
 * aliases} that start with {@code /} ({@code /posts/old-name/}) and Jekyll's {@code redirect_from},
 * so that a link sent out before a note was renamed or moved still works. An Obsidian alias ({@code
 * aliases: [o11y]}) is another name to link by, never an address: it makes no page, and what it
 * says is not published.
 *
 * <pre>{@code
 * aliases: [/posts/old-name/]       ->  posts/old-name/index.html  ->  essays/signals.html
 * redirect_from: [/2019/03/signals.html]  ->  2019/03/signals.html
 * }</pre>
 *
 * <p>An address that ends in {@code .html} or {@code .htm} is the file itself, any other a folder
 * with its {@code index.html}. One that is no path on the site ({@code ..}, a query, a scheme, a
 * character a file name cannot hold) is a warning at the key's line and makes nothing.
 */
final class Redirects {
  /** A redirect page: where it is written, the note it sends to, and the note's key and line. */
  record Redirect(String path, Note note, String written, int line) {
    /** The page: a refresh to the note, its canonical address, and a link for readers. */
    byte[] html(String lang, String canonical) {
      String href = Hrefs.relative(path, note.uri());
      String title = Entities.escape(note.title());
      String page =
          "<!DOCTYPE html>\n<html lang=\""
              + Entities.escape(lang)
              + "\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
              + title
              + "</title>\n<meta name=\"robots\" content=\"noindex\">\n<link rel=\"canonical\" href=\""
              + Entities.escape(canonical.isEmpty() ? href : canonical)
              + "\">\n<meta http-equiv=\"refresh\" content=\"0; url="
              + Entities.escape(href)
              + "\">\n</head>\n<body>\n<p><a href=\""
              + Entities.escape(href)
              + "\">"
              + title
              + "</a></p>\n</body>\n</html>\n";
      return page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private Redirects() {}

  /** The redirects the notes' front matter asks for, in the notes' order; warnings for the rest. */
  static List<Redirect> of(List<Note> notes, Diagnostics diagnostics) {
    List<Redirect> out = new ArrayList<>();
    for (Note note : notes) {
      FrontMatter fm = note.frontMatter();
      for (String key : List.of("aliases", "alias", "redirect_from")) {
        for (String written : fm.strings(key)) {
          if (key.startsWith("alias") && !written.strip().startsWith("/")) {
            continue; // Obsidian's other name for the note
          }
          String why = problem(written.strip());
          if (why != null) {
            diagnostics.add(
                org.notebake.diagnostics.Diagnostic.warning(
                        note.path(),
                        fm.line(key),
                        1,
                        key
                            + " \""
                            + written
                            + "\" is no address on the site ("
                            + why
                            + "), so no redirect is made for it; write a path from the site's root, such as"
                            + " /posts/old-name/")
                    .withRule("redirect.invalid"));
            continue;
          }
          String path = path(written.strip());
          if (!path.equals(note.uri())) {
            out.add(new Redirect(path, note, written, fm.line(key)));
          }
        }
      }
    }
    return out;
  }

  /** What makes {@code address} no path on the site, or null. */
  static String problem(String address) {
    String path = address.startsWith("/") ? address.replaceFirst("^/+", "") : address;
    if (path.isEmpty()) {
      return "it is the home page";
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f || "\\?#%:*\"<>|".indexOf(c) >= 0) {
        return "it holds " + (c < 0x20 || c == 0x7f ? "a control character" : "\"" + c + "\"");
      }
      if (Character.getType(c) == Character.FORMAT) {
        return "it holds an invisible character, U+" + String.format("%04X", (int) c);
      }
    }
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.equals(".") || segment.equals("..")) {
        return "it holds " + segment;
      }
      if (segment.startsWith(".")) {
        // /.git/hooks/post-checkout/ wrote into the output's own repository; no page is hidden.
        return "a part of it starts with a dot, " + segment + ", as hidden files do";
      }
      if (segment.isEmpty() && i < segments.length - 1) {
        return "it holds //";
      }
      if (!segment.equals(segment.strip())) {
        return "a part of it starts or ends with a space";
      }
    }
    return null;
  }

  /**
   * The file a redirect for {@code address} is written to, in Unicode's composed form as notes'
   * paths are: {@code /cafe\u0301/} (as a Mac may write it) and {@code /café/} are one file, which
   * a Mac's file system would hold as one.
   */
  static String path(String address) {
    String path =
        java.text.Normalizer.normalize(address, java.text.Normalizer.Form.NFC)
            .replaceFirst("^/+", "");
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return path;
    }
    return (path.endsWith("/") ? path : path + "/") + "index.html";
  }
}
