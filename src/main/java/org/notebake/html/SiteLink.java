package org.notebake.html;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.notebake.links.SiteAddress;

/**
 * A link from one output page to a file of the same site, resolved the way a browser would:
 * relative to the page's folder, query ignored, percent-escapes decoded, and a folder meaning its
 * {@code index.html}.
 *
 * @param candidates site-relative paths the link may be served from, best first; empty when the
 *     link climbs above the site root
 * @param fragment the decoded fragment without '#', empty when there is none
 */
record SiteLink(List<String> candidates, String fragment) {

  boolean leavesSite() {
    return candidates.isEmpty();
  }

  /**
   * Resolves {@code url} found on {@code pagePath}; empty when the URL is not a path within this
   * site (another scheme or host, protocol-relative, empty, or a bare {@code #}).
   */
  static Optional<SiteLink> resolve(String url, String pagePath, SiteAddress base) {
    String written = url.trim();
    String value = base.withoutOwnOrigin(written);
    if (value.isEmpty()
        || value.equals("#")
        || value.startsWith("//")
        || UrlPolicy.scheme(value).isPresent()) {
      return Optional.empty();
    }
    int hash = value.indexOf('#');
    String fragment = hash < 0 ? "" : percentDecode(value.substring(hash + 1));
    String beforeHash = hash < 0 ? value : value.substring(0, hash);
    int query = beforeHash.indexOf('?');
    String path = percentDecode(query < 0 ? beforeHash : beforeHash.substring(0, query));
    if (!value.equals(written) && base.belowBase(path).isEmpty()) {
      // https://jo.github.io from a site at https://jo.github.io/garden/: an address of its own
      // host, written whole, outside the site, as any other site's (Quartz and Hugo link it so).
      return Optional.empty();
    }
    return Optional.of(new SiteLink(candidates(path, pagePath, base), fragment));
  }

  private static List<String> candidates(String path, String pagePath, SiteAddress base) {
    if (path.isEmpty()) {
      return List.of(pagePath);
    }
    String folder = pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
    Optional<String> joined =
        path.startsWith("/") ? base.belowBase(path) : Optional.of(folder + path);
    Optional<String> normalised = joined.flatMap(SiteLink::normalise);
    if (normalised.isEmpty()) {
      return List.of();
    }
    String target = normalised.get();
    if (target.isEmpty() || target.endsWith("/")) {
      return List.of(target + "index.html");
    }
    // A server answers "essays" with a redirect to "essays/" when that folder has an index.
    return List.of(target, target + "/index.html");
  }

  /** Applies "." and ".." segments; empty when ".." climbs above the root. */
  private static Optional<String> normalise(String path) {
    Deque<String> segments = new ArrayDeque<>();
    String[] parts = path.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean last = i == parts.length - 1;
      if (part.equals("..")) {
        if (segments.pollLast() == null) {
          return Optional.empty();
        }
      } else if (!part.equals(".") && (!part.isEmpty() || last)) {
        segments.addLast(part);
      }
      if (last && (part.equals(".") || part.equals(".."))) {
        segments.addLast("");
      }
    }
    return Optional.of(String.join("/", segments));
  }

  /** Decodes %XX as UTF-8; unlike URLDecoder it leaves '+' alone, as paths require. */
  static String percentDecode(String value) {
    if (value.indexOf('%') < 0) {
      return value;
    }
    StringBuilder decoded = new StringBuilder(value.length());
    ByteArrayOutputStream pending = new ByteArrayOutputStream();
    for (int i = 0; i < value.length(); i++) {
      int hex = value.charAt(i) == '%' ? hexByte(value, i + 1) : -1;
      if (hex >= 0) {
        pending.write(hex); // consecutive escapes form one multi-byte character
        i += 2;
        continue;
      }
      decoded.append(pending.toString(StandardCharsets.UTF_8)).append(value.charAt(i));
      pending.reset();
    }
    return decoded.append(pending.toString(StandardCharsets.UTF_8)).toString();
  }

  private static int hexByte(String value, int at) {
    if (at + 2 > value.length()) {
      return -1;
    }
    int high = Character.digit(value.charAt(at), 16);
    int low = Character.digit(value.charAt(at + 1), 16);
    return high < 0 || low < 0 ? -1 : high * 16 + low;
  }
}
