package org.notebake.links;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's own address, parsed from {@code site.host}: its host and base path. A site served from
 * {@code https://avery.example.org/notes/} has base path {@code /notes/}, so a link to {@code
 * /notes/a.html} means the site file {@code a.html}, and {@code
 * https://avery.example.org/notes/files/cv.pdf} is the site's {@code /files/cv.pdf}.
 *
 * <pre>{@code
 * SiteAddress site = SiteAddress.of("https://avery.example.org/notes/");
 * site.sitePath("HTTP://Avery.Example.org/notes/files/cv.pdf#p2"); // Optional[/files/cv.pdf#p2]
 * site.sitePath("https://www.avery.example.org/notes/a.html");    // Optional.empty (another host)
 * site.sitePath("https://avery.example.org/cv/");                 // Optional.empty (outside)
 * }</pre>
 *
 * @param host lowercase host, empty when unknown
 * @param path the base path, starting and ending with '/'
 */
public record SiteAddress(String host, String path) {
  /** An http(s) address as prose and Markdown hold it: up to a blank, a bracket or a quote. */
  private static final Pattern WRITTEN =
      Pattern.compile("https?://[^\\s()<>\\[\\]\"'`]+", Pattern.CASE_INSENSITIVE);

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
   * https://avery.example.org/a.html#x} becomes {@code /a.html#x}, a backslash in its path a slash,
   * as a browser reads it); any other URL is returned as is.
   */
  public String withoutOwnOrigin(String url) {
    Matcher origin = ORIGIN.matcher(url);
    if (host.isEmpty() || !origin.find() || !origin.group(1).equalsIgnoreCase(host)) {
      return url;
    }
    String rest = slashed(url.substring(origin.end()));
    return rest.startsWith("/") ? rest : "/" + rest;
  }

  /**
   * A path's backslashes (before its query or fragment) as the slashes a browser reads them as in
   * an http(s) address: {@code garden\private\plan.md} is {@code garden/private/plan.md}, and is
   * checked as that page.
   */
  private static String slashed(String rest) {
    int end = rest.length();
    for (int i = 0; i < rest.length(); i++) {
      if (rest.charAt(i) == '?' || rest.charAt(i) == '#') {
        end = i;
        break;
      }
    }
    return rest.substring(0, end).replace('\\', '/') + rest.substring(end);
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

  /**
   * The path from the site's root, with its query and fragment, that an absolute http(s) address of
   * this site names: its host (in any case) and below its base path. Empty for any other address,
   * one of another host ({@code www.} is another) or of this host outside the base path (another
   * site on it, as {@code https://jo.github.io} is beside a garden at {@code
   * https://jo.github.io/garden/}). One with a user or password in it is left as written too, for
   * the privacy scan to find in the page.
   */
  public Optional<String> sitePath(String url) {
    String written = url.strip();
    String rootRelative = withoutOwnOrigin(written);
    Matcher origin = ORIGIN.matcher(written);
    if (rootRelative.equals(written) || !origin.find() || origin.group().contains("@")) {
      return Optional.empty();
    }
    String[] pathAndRest = rootRelative.split("(?=[?#])", 2);
    String rest = pathAndRest.length > 1 ? pathAndRest[1] : "";
    return belowBase(pathAndRest[0]).map(below -> "/" + below + rest);
  }

  /**
   * The address of this site written whole in {@code text} around offset {@code at}: the path
   * {@code /files/cv.pdf} found at {@code at} in {@code
   * [cv](https://avery.example.org/files/cv.pdf)} is written as that address, which starts at the
   * returned offset. Empty when {@code at} is in no address of this site.
   */
  public Optional<Written> writtenAround(String text, int at) {
    if (at < 0) {
      return Optional.empty();
    }
    Matcher address = WRITTEN.matcher(text);
    while (address.find() && address.start() <= at) {
      if (at < address.end() && sitePath(address.group()).isPresent()) {
        return Optional.of(new Written(address.start(), address.group()));
      }
    }
    return Optional.empty();
  }

  /** An address of the site as a text writes it, from offset {@code start}. */
  public record Written(int start, String address) {}
}
