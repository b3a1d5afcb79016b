package org.notebake.links;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's own address, parsed from {@code site.host}: its host and base path. A site served from
 * {@code https://avery.example.org/notes/} has base path {@code /notes/}, so a link to {@code
 * /notes/a.html} means the site file {@code a.html}.
 *
 * <pre>{@code
 * SiteAddress site = SiteAddress.of("https://avery.example.org/notes/");
 * site.withoutOwnOrigin("https://avery.example.org/notes/a.html#x"); // "/notes/a.html#x"
 * site.belowBase("/notes/a.html");                                   // Optional[a.html]
 * }</pre>
 *
 * @param host lowercase host, empty when unknown
 * @param path the base path, starting and ending with '/'
 */
public record SiteAddress(String host, String path) {
  /** A site whose address is not known: no absolute address is its own. */
  public static final SiteAddress UNKNOWN = new SiteAddress("", "/");

  // A backslash ends the authority too: browsers read it as '/' in http(s) URLs.
  private static final Pattern ORIGIN =
      Pattern.compile(
          "^https?://(?:[^/\\\\?#@]*@)?([^/\\\\?#:]+)(?::\\d+)?", Pattern.CASE_INSENSITIVE);

  /** The address {@code siteHost} ({@code site.host}) names; {@link #UNKNOWN} for none. */
  public static SiteAddress of(String siteHost) {
    if (siteHost == null) {
      return UNKNOWN;
    }
    Matcher origin = ORIGIN.matcher(siteHost.trim());
    if (!origin.find()) {
      return UNKNOWN;
    }
    String rest = siteHost.trim().substring(origin.end()).replaceAll("[?#].*", "");
    String path = rest.startsWith("/") ? rest : "/" + rest;
    return new SiteAddress(
        origin.group(1).toLowerCase(Locale.ROOT), path.endsWith("/") ? path : path + "/");
  }

  /** The lowercase host of an absolute http(s) URL; empty for anything else. */
  public static Optional<String> hostOf(String url) {
    Matcher origin = ORIGIN.matcher(url.trim());
    return origin.find() ? Optional.of(origin.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /**
   * Turns an absolute URL on this site's host into a root-relative one ({@code
   * https://avery.example.org/a.html#x} becomes {@code /a.html#x}); any other URL is returned as
   * is.
   */
  public String withoutOwnOrigin(String url) {
    Matcher origin = ORIGIN.matcher(url);
    if (host.isEmpty() || !origin.find() || !origin.group(1).equalsIgnoreCase(host)) {
      return url;
    }
    String rest = url.substring(origin.end());
    return rest.startsWith("/") ? rest : "/" + rest;
  }

  /** The site-relative form of a root-relative path; empty when it lies outside the base path. */
  public Optional<String> belowBase(String rootRelativePath) {
    String withSlash = rootRelativePath.endsWith("/") ? rootRelativePath : rootRelativePath + "/";
    if (withSlash.equals(path)) {
      return Optional.of("");
    }
    return rootRelativePath.startsWith(path)
        ? Optional.of(rootRelativePath.substring(path.length()))
        : Optional.empty();
  }
}
