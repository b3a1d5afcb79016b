package org.notebake.html;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which URLs a note may carry in {@code href} and {@code src}.
 *
 * <p>The value is first normalised the way a browser's URL parser does (leading and trailing spaces
 * and control characters stripped, tabs and newlines removed anywhere), because that is how {@code
 * " ja&Tab;vascript:"} turns back into {@code javascript:} in a browser. Only then is the scheme
 * compared, so obfuscated schemes meet the same check as plain ones.
 */
public final class UrlPolicy {
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
  private static final Pattern SAFE_IMAGE_DATA =
      Pattern.compile("^data:image/(png|gif|jpeg|webp)[;,]", Pattern.CASE_INSENSITIVE);

  private UrlPolicy() {}

  /** A link target: http(s), mailto, tel, or a relative path or fragment. */
  public static boolean allowsLink(String url) {
    String normalised = normalise(url);
    if (normalised == null) {
      return false;
    }
    return scheme(normalised).map(LINK_SCHEMES::contains).orElse(true);
  }

  /**
   * The lowercase scheme of a link target {@link #allowsLink} refuses ({@code sms} of {@code
   * sms:+1...}), which the sanitiser takes from the link; empty for one it keeps, or one without a
   * scheme.
   */
  public static Optional<String> refusedScheme(String url) {
    if (allowsLink(url)) {
      return Optional.empty();
    }
    return scheme(stripEnds(url).replaceAll("[\\t\\n\\r]", ""));
  }

  /** An image source: anything {@link #allowsLink} allows, plus inline raster images. */
  static boolean allowsImageSource(String url) {
    String normalised = normalise(url);
    if (normalised == null) {
      return false;
    }
    return allowsLink(normalised) || SAFE_IMAGE_DATA.matcher(normalised).find();
  }

  /** The lowercase scheme of {@code url}, empty for a relative URL. */
  static Optional<String> scheme(String url) {
    Matcher matcher = SCHEME.matcher(url);
    return matcher.find()
        ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT))
        : Optional.empty();
  }

  /**
   * Applies the browser's stripping, or returns null when a control character remains: no honest
   * link contains one, and refusing it is simpler than predicting every parser's reading.
   */
  private static String normalise(String url) {
    String stripped = stripEnds(url).replaceAll("[\\t\\n\\r]", "");
    for (int i = 0; i < stripped.length(); i++) {
      if (isControl(stripped.charAt(i))) {
        return null;
      }
    }
    return stripped;
  }

  private static String stripEnds(String url) {
    int start = 0;
    int end = url.length();
    while (start < end && isControlOrSpace(url.charAt(start))) {
      start++;
    }
    while (end > start && isControlOrSpace(url.charAt(end - 1))) {
      end--;
    }
    return url.substring(start, end);
  }

  private static boolean isControlOrSpace(char c) {
    return c <= ' ' || isControl(c);
  }

  private static boolean isControl(char c) {
    return c < ' ' || (c >= 0x7f && c <= 0x9f);
  }
}
