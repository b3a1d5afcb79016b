package org.notebake.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.notebake.links.Attachment;
import org.notebake.links.Hrefs;
import org.notebake.links.NoteLookup;
import org.notebake.links.SiteAddress;
import org.notebake.links.SiteIndex;
import org.notebake.publish.Note;

/**
 * Files a note's own HTML points at are published, exactly as embeds are: {@code <img
 * src="about/logo.png">}, {@code <a href="files/cv.pdf">}, {@code <source src>}, {@code <video
 * poster>}. A path is read relative to the note's folder, or to the content root when it starts
 * with {@code /}; the attribute then points at where the file is published. Files nothing points at
 * stay private, and a path that names no file is left for the page's link check to report. Any
 * other path from the site's root ({@code /img/x.jpg} of the assets, {@code /blog/y.html}) is made
 * relative to the page, as in Markdown. An address of the site's own written whole ({@code
 * https://avery.example.org/files/cv.pdf}) is its path from the root.
 *
 * <pre>{@code
 * // content/about.html holds <img src="about/Logo One.png">
 * references.publish(html, about, "about.html", used::add);
 * // <img src="about/logo-one.png">, and the attachment is marked used
 * }</pre>
 */
public final class HtmlFileReferences {
  private static final String[] ATTRIBUTES = {"src", "href", "poster"};
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final SiteIndex index;
  private final SiteAddress address;

  /** {@code address}: the site's own, whose absolute addresses are read as paths from its root. */
  public HtmlFileReferences(SiteIndex index, SiteAddress address) {
    this.index = index;
    this.address = address;
  }

  /**
   * The cleaned body {@code html} of {@code note}, shown on the page {@code hostUri}, with each
   * reference to an attachment pointing at its published copy; {@code used} hears of each.
   */
  public String publish(String html, Note note, String hostUri, Consumer<Attachment> used) {
    if (!html.contains("src=") && !html.contains("href=") && !html.contains("poster=")) {
      return html;
    }
    Document doc = Jsoup.parseBodyFragment(html, "");
    boolean changed = false;
    for (Element element : doc.body().select("[src], [href], [poster]")) {
      for (String attribute : ATTRIBUTES) {
        if (!element.hasAttr(attribute)) {
          continue;
        }
        String value = element.attr(attribute);
        Optional<String> published = published(value, note, hostUri, used);
        if (published.isPresent() && !published.get().equals(value)) {
          element.attr(attribute, published.get());
          changed = true;
        }
      }
    }
    if (!changed) {
      return html;
    }
    doc.outputSettings()
        .charset(StandardCharsets.US_ASCII)
        .escapeMode(Entities.EscapeMode.base)
        .prettyPrint(false);
    return doc.body().html();
  }

  private Optional<String> published(
      String url, Note note, String hostUri, Consumer<Attachment> used) {
    String value = address.sitePath(url).orElse(url.strip());
    if (value.isEmpty()
        || value.startsWith("#")
        || value.startsWith("//")
        || SCHEME.matcher(value).find()) {
      return Optional.empty();
    }
    int end = indexOfAny(value, '?', '#');
    String path = decode(value.substring(0, end));
    if (path == null || path.isEmpty() || path.endsWith("/")) {
      return fromTheRoot(value, hostUri);
    }
    String folder = path.startsWith("/") ? "" : folderOf(note.path());
    if (climbsOut(folder, path)) {
      // "../../x" above the content folder names nothing in it; the link check reports it.
      return Optional.empty();
    }
    Optional<Attachment> file = index.attachmentAt(folder, path);
    if (file.isEmpty() && !path.startsWith("/")) {
      // As Obsidian and Quartz read <img src="logo.svg">: by name, the attachment folder, a path.
      file = index.findAttachment(path, note).map(NoteLookup.Found::value);
    }
    file.ifPresent(used);
    if (file.isEmpty()) {
      return fromTheRoot(value, hostUri);
    }
    return file.map(a -> Hrefs.relative(hostUri, a.uri()) + value.substring(end));
  }

  /**
   * A path from the site's root that is no attachment ({@code /img/lake.jpg} of the assets, {@code
   * /blog/hill.html}, {@code /}), relative to the page as a Markdown link's is: left as written, it
   * worked only at a domain's root, not from a folder or a project page's path (a travel blog's
   * header images were missing where its Markdown images showed). The page's link check then
   * reports one that names nothing.
   */
  private static Optional<String> fromTheRoot(String value, String hostUri) {
    if (!value.startsWith("/") || value.startsWith("//")) {
      return Optional.empty();
    }
    int depth = (int) hostUri.chars().filter(c -> c == '/').count();
    // A page at the root gets "./", which keeps a path a path: without it /javascript:alert(1)
    // became a javascript: link that ran when clicked (a red team's; java<TAB>script: too, as
    // browsers drop tabs from addresses), and /a:b.html a link of scheme "a".
    return Optional.of((depth == 0 ? "./" : "../".repeat(depth)) + value.substring(1));
  }

  private static boolean climbsOut(String folder, String path) {
    int depth = folder.isEmpty() ? 0 : folder.split("/").length;
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        depth--;
        if (depth < 0) {
          return true;
        }
      } else if (!part.isEmpty() && !part.equals(".")) {
        depth++;
      }
    }
    return false;
  }

  private static int indexOfAny(String text, char a, char b) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == a || text.charAt(i) == b) {
        return i;
      }
    }
    return text.length();
  }

  /** {@code Logo%20One.png} → {@code Logo One.png}; null when the escapes are broken. */
  private static String decode(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String folderOf(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
