package org.notebake.links;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Links between site pages, always relative so a site works under any sub-path and from file://.
 */
public final class Hrefs {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private Hrefs() {}

  /** Files a site serves as they are, which only its assets/ folder publishes. */
  private static final java.util.Set<String> SERVED_AS_THEY_ARE =
      java.util.Set.of(
          "css", "js", "mjs", "map", "woff", "woff2", "ttf", "otf", "wasm", "webmanifest");

  /**
   * True if a file of this type (an extension, lower case: {@code css}) is one a site serves as it
   * is (stylesheets, scripts, fonts), which notebake publishes only from the site's assets/.
   */
  public static boolean servedAsItIs(String type) {
    return SERVED_AS_THEY_ARE.contains(type);
  }

  /**
   * From the page at {@code fromUri} to {@code targetUri}: {@code essays/a.html} → {@code
   * ../x.png}.
   */
  public static String relative(String fromUri, String targetUri) {
    int depth = (int) fromUri.chars().filter(c -> c == '/').count();
    return "../".repeat(depth) + encode(targetUri);
  }

  /**
   * Whether the pages at {@code a} and {@code b} are in the same folder, where a relative link
   * means the same on both.
   */
  public static boolean sameFolder(String a, String b) {
    int slash = a.lastIndexOf('/');
    return slash == b.lastIndexOf('/') && a.regionMatches(0, b, 0, slash + 1);
  }

  /**
   * A URL written for the page at {@code fromUri}, written instead for the page at {@code toUri}:
   * it names what it named, the way a browser resolves it. Absolute URLs ({@code https:}, {@code
   * data:}, {@code //host}, {@code /root}) stay as they are, and so does a path that climbs above
   * the site.
   *
   * <pre>{@code
   * rebase("../img/a.png", "blog/2020/p.html", "index.html")  // "blog/img/a.png"
   * rebase("#notes", "blog/2020/p.html", "tags/x.html")       // "../blog/2020/p.html#notes"
   * }</pre>
   */
  public static String rebase(String url, String fromUri, String toUri) {
    String value = url.strip();
    if (sameFolder(fromUri, toUri)
        || value.startsWith("/")
        || value.startsWith("\\")
        || SCHEME.matcher(value).find()) {
      return url;
    }
    int end = indexOfAny(value, '?', '#');
    String path = value.substring(0, end);
    List<String> target = folder(fromUri);
    if (path.isEmpty()) {
      target.add(encode(fromUri.substring(fromUri.lastIndexOf('/') + 1))); // the page itself
    } else if (!walk(target, path)) {
      return url; // above the site: nothing to name, and the link check says so on its own page
    }
    List<String> from = folder(toUri);
    int common = 0;
    while (common < from.size()
        && common < target.size() - 1
        && sameSegment(from.get(common), target.get(common))) {
      common++;
    }
    String rebased =
        "../".repeat(from.size() - common)
            + String.join("/", target.subList(common, target.size()));
    return (rebased.isEmpty() ? "./" : rebased) + value.substring(end);
  }

  /** The encoded folder segments of a page's site path. */
  private static List<String> folder(String uri) {
    List<String> segments = new ArrayList<>();
    int slash = uri.lastIndexOf('/');
    if (slash > 0) {
      for (String segment : uri.substring(0, slash).split("/")) {
        segments.add(encode(segment));
      }
    }
    return segments;
  }

  /**
   * Follows {@code path} from the folder {@code segments}, ending with the file's name (empty for a
   * folder); false when ".." climbs above the root.
   */
  private static boolean walk(List<String> segments, String path) {
    String[] parts = path.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean last = i == parts.length - 1;
      if (part.equals("..")) {
        if (segments.isEmpty()) {
          return false;
        }
        segments.remove(segments.size() - 1);
      } else if (!part.equals(".") && !(part.isEmpty() && !last)) {
        segments.add(part);
      }
      if (last && (part.equals(".") || part.equals(".."))) {
        segments.add("");
      }
    }
    return true;
  }

  /** Two path segments, percent-encoded or not, that name the same folder. */
  private static boolean sameSegment(String a, String b) {
    return a.equals(b) || decode(a).equals(decode(b));
  }

  private static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    try {
      return java.net.URLDecoder.decode(
          segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment; // broken escapes compare as written
    }
  }

  private static int indexOfAny(String text, char a, char b) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == a || text.charAt(i) == b) {
        return i;
      }
    }
    return text.length();
  }

  /** Percent-encodes what a slugged path may still hold that is not safe in a URL. */
  static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}%#?".indexOf(c) < 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
