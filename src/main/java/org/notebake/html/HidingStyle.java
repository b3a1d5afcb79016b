package org.notebake.html;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an inline {@code style} hides its element from a reader of the page, as a browser (and
 * Obsidian) reads it. The sanitiser removes every {@code style}, so text an author hid with one
 * would turn visible: such an element is left out instead ({@link HiddenContent}). The style is
 * read as CSS: comments and escapes ({@code display:/**}{@code /none}, {@code display:\6e one}) are
 * what a browser sees past.
 *
 * <pre>{@code
 * HidingStyle.hides("display: none")                    // true
 * HidingStyle.hides("opacity:.0")                       // true
 * HidingStyle.hides("position:absolute;left:-9999px")   // true: off the screen
 * HidingStyle.hides("color: red")                       // false
 * }</pre>
 */
final class HidingStyle {
  private HidingStyle() {}

  private static final Pattern COMMENT = Pattern.compile("/\\*.*?(?:\\*/|$)", Pattern.DOTALL);

  /** A CSS escape: up to six hex digits and one optional space, or any other character. */
  private static final Pattern ESCAPE = Pattern.compile("\\\\(?:([0-9a-fA-F]{1,6})[ \\t\\n]?|(.))");

  /** A length or number, as a property's first value gives it ({@code -9999px}, {@code .0}). */
  private static final Pattern NUMBER =
      Pattern.compile(
          "^([-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[-+]?\\d+)?)\\s*(px|em|rem|pt|%|vw|vh|in|cm|mm)?");

  /** Offsets that put an element out of sight: this far off the page, or more. */
  private static final double OFF_SCREEN_PX = 1000;

  /** True if the declarations of {@code style} hide their element. */
  static boolean hides(String style) {
    if (style == null || style.isBlank()) {
      return false;
    }
    Map<String, String> css = declarations(style);
    String display = css.getOrDefault("display", "");
    boolean clipped =
        css.entrySet().stream()
            .anyMatch(
                d ->
                    d.getKey().matches("overflow(-[xy])?")
                        && d.getValue().matches("(hidden|clip)\\b.*"));
    return display.startsWith("none")
        || css.getOrDefault("visibility", "").matches("(hidden|collapse)\\b.*")
        || css.getOrDefault("content-visibility", "").startsWith("hidden")
        || faint(css.get("opacity"))
        || css.getOrDefault("filter", "").matches(".*\\bopacity\\(\\s*0*(\\.0*)?%?\\s*\\).*")
        || tiny(css.get("font-size"))
        || transparent(css.get("color"))
        || transparent(css.get("-webkit-text-fill-color"))
        || css.getOrDefault("transform", "")
            .matches(".*\\bscale[xy3d]*\\(([^)]*,)?\\s*0(\\.0*)?\\s*[,)].*")
        || java.util.Arrays.stream(css.getOrDefault("scale", "").split("\\s+"))
            .anyMatch(part -> part.matches("(0+(\\.0*)?|\\.0+)%?"))
        || css.getOrDefault("clip", "").matches("rect\\((\\s*,?\\s*(0|1px|0px)){4}\\s*\\)")
        || css.getOrDefault("clip-path", "").matches("(inset\\(\\s*(50|100)%.*|circle\\(\\s*0.*)")
        || (clipped
            && (tiny(css.get("height"))
                || tiny(css.get("max-height"))
                || tiny(css.get("width"))
                || tiny(css.get("max-width"))))
        || offScreen(css);
  }

  /**
   * The declarations, names and values lower-cased, comments and escapes read: the last wins, but
   * never over an earlier {@code !important} one.
   */
  static Map<String, String> declarations(String style) {
    String plain = unescape(COMMENT.matcher(style).replaceAll("")).toLowerCase(Locale.ROOT);
    Map<String, String> css = new LinkedHashMap<>();
    java.util.Set<String> important = new java.util.HashSet<>();
    for (String declaration : plain.split(";")) {
      int colon = declaration.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = declaration.substring(0, colon).strip();
      String value = declaration.substring(colon + 1).strip();
      boolean weighty = value.matches(".*!\\s*important$");
      if (weighty) {
        value = value.replaceFirst("!\\s*important$", "").strip();
      } else if (important.contains(name)) {
        continue;
      }
      if (weighty) {
        important.add(name);
      }
      css.put(name, value);
    }
    return css;
  }

  private static String unescape(String css) {
    Matcher m = ESCAPE.matcher(css);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String replacement;
      if (m.group(1) != null) {
        int code = Integer.parseInt(m.group(1), 16);
        replacement =
            code == 0 || code > Character.MAX_CODE_POINT
                ? "\uFFFD"
                : new String(Character.toChars(code));
      } else {
        replacement = m.group(2);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** An opacity a reader cannot see: 0, below it (browsers clamp it), or nearly 0. */
  static boolean faint(String value) {
    if (value == null) {
      return false;
    }
    Matcher m = NUMBER.matcher(value);
    if (!m.find()) {
      return false;
    }
    double opacity = Double.parseDouble(m.group(1)) / ("%".equals(m.group(2)) ? 100 : 1);
    return opacity < 0.02;
  }

  /** A size no text is read at: under a pixel (a tenth of an em), or below 0. */
  private static boolean tiny(String value) {
    if (value == null) {
      return false;
    }
    Matcher m = NUMBER.matcher(value);
    if (!m.find()) {
      return false;
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "px" : m.group(2);
    return switch (unit) {
      case "em", "rem" -> n < 0.1;
      case "%" -> n < 10;
      default -> n < 1;
    };
  }

  /** {@code transparent}, or a colour whose alpha is 0 ({@code rgba(0,0,0,0)}, {@code #0000}). */
  private static boolean transparent(String color) {
    if (color == null) {
      return false;
    }
    return color.startsWith("transparent")
        || color.matches("(rgba?|hsla?)\\(.*[,/]\\s*0(\\.0*)?%?\\s*\\).*")
        || color.matches("#[0-9a-f]{3}0\\b.*")
        || color.matches("#[0-9a-f]{6}00\\b.*");
  }

  private static final Pattern TRANSLATE = Pattern.compile("\\btranslate(?:x|y|3d)?\\(([^)]*)\\)");

  /** Placed or indented a long way off the page ({@code left:-9999px}, {@code text-indent}). */
  private static boolean offScreen(Map<String, String> css) {
    Matcher translate = TRANSLATE.matcher(css.getOrDefault("transform", ""));
    while (translate.find()) {
      for (String part : translate.group(1).split(",")) {
        if (farOff(part.strip())) {
          return true;
        }
      }
    }
    String translated = css.get("translate");
    if (translated != null) {
      for (String part : translated.split("\\s+")) {
        if (farOff(part)) {
          return true;
        }
      }
    }
    for (String property :
        new String[] {"left", "top", "right", "margin-left", "margin-top", "text-indent"}) {
      String value = css.get(property);
      if (value != null && farOff(value)) {
        return true;
      }
    }
    return false;
  }

  /** A length this far up or left of where it would be, or further. */
  private static boolean farOff(String value) {
    Matcher m = NUMBER.matcher(value);
    if (!m.find()) {
      return false;
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "px" : m.group(2);
    double px =
        switch (unit) {
          case "em", "rem" -> n * 16;
          case "%", "vw", "vh" -> n * 20; // -100% is a page's width or height away
          case "pt" -> n * 4 / 3;
          case "in" -> n * 96;
          case "cm" -> n * 96 / 2.54;
          case "mm" -> n * 96 / 25.4;
          default -> n;
        };
    return px <= -OFF_SCREEN_PX;
  }
}
