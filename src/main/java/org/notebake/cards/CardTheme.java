package org.notebake.cards;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colours a share card is drawn in, read from the theme's light palette: the first {@code
 * --bg}, {@code --fg}, {@code --muted}, {@code --accent}, {@code --accent-soft} and {@code --line}
 * custom properties of {@code css/site.css}, so a site that restyles its theme gets cards in its
 * own colours.
 *
 * <pre>{@code
 * CardTheme.fromCss(":root { --bg: #fbfbf9; --fg: #1d232a; }").background(); // #fbfbf9
 * }</pre>
 */
public record CardTheme(
    Color background, Color text, Color muted, Color accent, Color accentSoft, Color line) {

  /** The built-in theme's light palette, for a stylesheet that does not say. */
  public static final CardTheme DEFAULT =
      new CardTheme(
          new Color(0xfbfbf9),
          new Color(0x1d232a),
          new Color(0x56606b),
          new Color(0x0b5a87),
          new Color(0xe6f0f6),
          new Color(0xdcdfe3));

  private static final Pattern PROPERTY =
      Pattern.compile("--([a-z-]+)\\s*:\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\s*[;}]");

  /**
   * The palette of a stylesheet: each colour from its first declaration (the light one, before any
   * dark media query), the default where a property is missing or not a hex colour.
   */
  public static CardTheme fromCss(String css) {
    Map<String, Color> found = new LinkedHashMap<>();
    Matcher m = PROPERTY.matcher(css);
    while (m.find()) {
      found.putIfAbsent(m.group(1), hex(m.group(2)));
    }
    return new CardTheme(
        found.getOrDefault("bg", DEFAULT.background),
        found.getOrDefault("fg", DEFAULT.text),
        found.getOrDefault("muted", DEFAULT.muted),
        found.getOrDefault("accent", DEFAULT.accent),
        found.getOrDefault("accent-soft", DEFAULT.accentSoft),
        found.getOrDefault("line", DEFAULT.line));
  }

  private static Color hex(String digits) {
    String six =
        digits.length() == 3
            ? ""
                + digits.charAt(0)
                + digits.charAt(0)
                + digits.charAt(1)
                + digits.charAt(1)
                + digits.charAt(2)
                + digits.charAt(2)
            : digits;
    return new Color(Integer.parseInt(six, 16));
  }

  /** The colours as text, for the cache key: a new palette draws new cards. */
  String fingerprint() {
    StringBuilder out = new StringBuilder();
    for (Color c : new Color[] {background, text, muted, accent, accentSoft, line}) {
      out.append(String.format("%06x;", c.getRGB() & 0xffffff));
    }
    return out.toString();
  }
}
