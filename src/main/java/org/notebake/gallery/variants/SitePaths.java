package org.notebake.gallery.variants;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Which site path a URL on a page names. */
final class SitePaths {
  private SitePaths() {}

  /**
   * The site-relative path {@code url} names from the page at {@code pagePath}: a relative URL, a
   * root-relative one under the site's path, or an absolute one under {@code host}; null for
   * anything else.
   *
   * <pre>{@code
   * resolve("essays/a.html", "../gallery/b.jpg", null); // "gallery/b.jpg"
   * resolve("index.html", "https://x.example.org/p/b.jpg", "https://x.example.org/p/"); // "b.jpg"
   * }</pre>
   */
  static String resolve(String pagePath, String url, String host) {
    String bare = url.split("[?#]", 2)[0];
    List<String> parts = new ArrayList<>();
    if (host != null && !host.isBlank()) {
      String base = host.endsWith("/") ? host : host + "/";
      String basePath = path(base);
      if (bare.startsWith(base)) {
        return normalise(parts, bare.substring(base.length()));
      }
      if (basePath != null && bare.startsWith(basePath) && !bare.startsWith("//")) {
        return normalise(parts, bare.substring(basePath.length()));
      }
    }
    if (bare.isEmpty() || bare.startsWith("/") || bare.contains(":")) {
      return null;
    }
    parts.addAll(List.of(pagePath.split("/")));
    parts.remove(parts.size() - 1);
    return normalise(parts, bare);
  }

  /**
   * The last segment of the path {@link #resolve} would give for {@code url} on any page and host
   * (what follows its last '/'), found without resolving: null when the URL ends in {@code /},
   * {@code .} or {@code ..}, where only resolving tells. A page's links are mostly not photos; a
   * name no photo has rules them out at once.
   *
   * <pre>{@code
   * lastName("../gallery/b%20c.jpg?x=1"); // "b c.jpg"
   * }</pre>
   */
  static String lastName(String url) {
    int end = 0;
    while (end < url.length() && url.charAt(end) != '?' && url.charAt(end) != '#') {
      end++;
    }
    String segment = url.substring(url.lastIndexOf('/', end - 1) + 1, end);
    if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
      return null;
    }
    String decoded = decode(segment);
    return decoded.substring(decoded.lastIndexOf('/') + 1);
  }

  private static String path(String base) {
    try {
      String path = new URI(base).getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static String normalise(List<String> parts, String relative) {
    for (String part : relative.split("/")) {
      if (part.equals("..")) {
        // Above the root stays at the root, as URL resolution does (RFC 3986, 5.2.4).
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.add(decode(part));
      }
    }
    return String.join("/", parts);
  }

  private static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    try {
      return java.net.URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment;
    }
  }
}
