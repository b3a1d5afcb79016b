package org.notebake.gallery;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a published SVG may hold: drawing, text, paint, filter and animation elements in the SVG
 * namespace, and their presentation attributes in no namespace. Everything else is dropped, so
 * nothing here lists what is dangerous; only what is known to be harmless is named.
 *
 * <p>Names are matched by namespace URI and exact (case-sensitive) local name, as an XML parser
 * reports them, never by prefix: {@code <svg:script xmlns:svg="http://www.w3.org/2000/svg">} is a
 * {@code script} in the SVG namespace, and {@code script} is not listed.
 */
final class SvgAllowList {
  static final String SVG = "http://www.w3.org/2000/svg";
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String XML = "http://www.w3.org/XML/1998/namespace";

  /**
   * No script, foreignObject, iframe-like or event elements (handler, listener), no elements that
   * load other files (cursor, color-profile, font-face-uri, tref), no metadata (it holds RDF about
   * the author and is never displayed).
   */
  private static final Set<String> ELEMENTS =
      Set.of(
          "svg",
          "g",
          "defs",
          "symbol",
          "use",
          "title",
          "desc",
          "switch",
          "a",
          "style",
          "path",
          "rect",
          "circle",
          "ellipse",
          "line",
          "polyline",
          "polygon",
          "text",
          "tspan",
          "textPath",
          "linearGradient",
          "radialGradient",
          "stop",
          "pattern",
          "clipPath",
          "mask",
          "marker",
          "image",
          "view",
          "filter",
          "feBlend",
          "feColorMatrix",
          "feComponentTransfer",
          "feComposite",
          "feConvolveMatrix",
          "feDiffuseLighting",
          "feDisplacementMap",
          "feDistantLight",
          "feDropShadow",
          "feFlood",
          "feFuncA",
          "feFuncB",
          "feFuncG",
          "feFuncR",
          "feGaussianBlur",
          "feImage",
          "feMerge",
          "feMergeNode",
          "feMorphology",
          "feOffset",
          "fePointLight",
          "feSpecularLighting",
          "feSpotLight",
          "feTile",
          "feTurbulence",
          "animate",
          "animateMotion",
          "animateTransform",
          "set",
          "mpath");

  /** Elements that animate another attribute, named by their {@code attributeName}. */
  static final Set<String> ANIMATIONS = Set.of("animate", "animateTransform", "set");

  /** Attributes in no namespace; SVG attribute names are case-sensitive. No {@code on*}. */
  private static final Set<String> ATTRIBUTES =
      Set.of(
          "id",
          "class",
          "style",
          "lang",
          "tabindex",
          "role",
          "aria-label",
          "aria-hidden",
          "aria-labelledby",
          "aria-describedby",
          "version",
          "baseProfile",
          "viewBox",
          "preserveAspectRatio",
          "width",
          "height",
          "x",
          "y",
          "x1",
          "y1",
          "x2",
          "y2",
          "cx",
          "cy",
          "r",
          "rx",
          "ry",
          "fx",
          "fy",
          "fr",
          "d",
          "points",
          "pathLength",
          "transform",
          "transform-origin",
          "href",
          // presentation
          "fill",
          "fill-opacity",
          "fill-rule",
          "stroke",
          "stroke-width",
          "stroke-opacity",
          "stroke-linecap",
          "stroke-linejoin",
          "stroke-miterlimit",
          "stroke-dasharray",
          "stroke-dashoffset",
          "opacity",
          "color",
          "display",
          "visibility",
          "overflow",
          "clip",
          "clip-path",
          "clip-rule",
          "mask",
          "filter",
          "marker-start",
          "marker-mid",
          "marker-end",
          "paint-order",
          "vector-effect",
          "shape-rendering",
          "image-rendering",
          "text-rendering",
          "color-interpolation",
          "color-interpolation-filters",
          "color-rendering",
          "mix-blend-mode",
          "isolation",
          "stop-color",
          "stop-opacity",
          "flood-color",
          "flood-opacity",
          "lighting-color",
          // text
          "font-family",
          "font-size",
          "font-size-adjust",
          "font-stretch",
          "font-style",
          "font-variant",
          "font-weight",
          "letter-spacing",
          "word-spacing",
          "text-anchor",
          "text-decoration",
          "dominant-baseline",
          "alignment-baseline",
          "baseline-shift",
          "writing-mode",
          "direction",
          "unicode-bidi",
          "dx",
          "dy",
          "rotate",
          "textLength",
          "lengthAdjust",
          "startOffset",
          "method",
          "spacing",
          "side",
          // paint servers, clipping, markers
          "gradientUnits",
          "gradientTransform",
          "spreadMethod",
          "offset",
          "patternUnits",
          "patternContentUnits",
          "patternTransform",
          "clipPathUnits",
          "maskUnits",
          "maskContentUnits",
          "markerUnits",
          "markerWidth",
          "markerHeight",
          "refX",
          "refY",
          "orient",
          // filters
          "filterUnits",
          "primitiveUnits",
          "in",
          "in2",
          "result",
          "mode",
          "type",
          "values",
          "tableValues",
          "slope",
          "intercept",
          "amplitude",
          "exponent",
          "operator",
          "k1",
          "k2",
          "k3",
          "k4",
          "order",
          "kernelMatrix",
          "divisor",
          "bias",
          "targetX",
          "targetY",
          "edgeMode",
          "kernelUnitLength",
          "preserveAlpha",
          "surfaceScale",
          "diffuseConstant",
          "specularConstant",
          "specularExponent",
          "scale",
          "xChannelSelector",
          "yChannelSelector",
          "stdDeviation",
          "radius",
          "baseFrequency",
          "numOctaves",
          "seed",
          "stitchTiles",
          "azimuth",
          "elevation",
          "z",
          "pointsAtX",
          "pointsAtY",
          "pointsAtZ",
          "limitingConeAngle",
          // animation (attributeName is checked on its own)
          "attributeName",
          "attributeType",
          "begin",
          "dur",
          "end",
          "min",
          "max",
          "restart",
          "repeatCount",
          "repeatDur",
          "calcMode",
          "keyTimes",
          "keySplines",
          "keyPoints",
          "from",
          "to",
          "by",
          "additive",
          "accumulate",
          "path",
          // conditional processing
          "systemLanguage",
          "requiredFeatures");

  /**
   * Attributes holding numbers and coordinates only, left out of the text the privacy scan reads:
   * path data such as {@code M912 555 0142 10} is not a phone number.
   */
  private static final Set<String> GEOMETRY =
      Set.of(
          "d",
          "points",
          "transform",
          "gradientTransform",
          "patternTransform",
          "viewBox",
          "values",
          "keyTimes",
          "keySplines",
          "keyPoints",
          "kernelMatrix",
          "tableValues",
          "stroke-dasharray",
          "rotate",
          "dx",
          "dy",
          "x",
          "y",
          "path",
          "from",
          "to",
          "by");

  /**
   * A raster image inline; with an inline SVG, the only non-fragment link a published SVG keeps.
   */
  private static final Pattern DATA_IMAGE =
      Pattern.compile("(?i)data:image/(png|jpeg|gif|webp);base64,[a-z0-9+/=\\s]*");

  /**
   * An SVG inline (Excalidraw's LaTeX labels): shown by an {@code <image>} only, rebuilt as the
   * file around it is ({@link SvgSanitizer}).
   */
  private static final Pattern DATA_SVG =
      Pattern.compile("(?i)data:image/svg\\+xml;base64,[a-z0-9+/=\\s]*");

  /**
   * An {@code @font-face} rule, in CSS read by {@link #safeCss} (comments out, escapes undone, no
   * blanks, lower case).
   */
  private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^{}]*}");

  /**
   * A font inline, as drawing tools embed theirs (Excalidraw's hand-drawn Virgil): WOFF2, WOFF,
   * TrueType or OpenType, base64, nothing else in the {@code url()}.
   */
  private static final Pattern FONT_DATA =
      Pattern.compile(
          "url\\((['\"]?)data:(?:font/(?:woff2|woff|ttf|otf|sfnt|collection)"
              + "|application/(?:font-woff2?|x-font-woff|x-font-ttf|x-font-otf|x-font-opentype"
              + "|font-sfnt|vnd\\.ms-opentype));base64,[a-z0-9+/=]*\\1\\)");

  /** A font's base64 in CSS as written, for the scan's text (it is no text a reader sees). */
  private static final Pattern FONT_PAYLOAD =
      Pattern.compile("(?i)(data:(?:font|application)/[a-z0-9.+-]+;base64,)[a-z0-9+/=\\s\\\\]*");

  /** Whitespace and control characters a URL parser strips or skips; they hide a scheme. */
  private static final Pattern URL_NOISE = Pattern.compile("[\\x00-\\x20\\x7f]+");

  /** CSS that loads or runs something: imports, non-fragment urls, old IE and Mozilla hooks. */
  private static final Pattern UNSAFE_CSS =
      Pattern.compile(
          "@import|expression\\(|javascript:|vbscript:|behavior:|-moz-binding"
              + "|image-set\\(|image\\(|src\\(|cross-fade\\(|element\\(|url\\((?!['\"]?#)");

  private SvgAllowList() {}

  static boolean element(String namespace, String local) {
    return SVG.equals(namespace) && ELEMENTS.contains(local);
  }

  /** Attributes in no namespace from the list, {@code xlink:href}, {@code xml:space/lang}. */
  static boolean attribute(String namespace, String local) {
    if (namespace == null || namespace.isEmpty()) {
      return ATTRIBUTES.contains(local);
    }
    return (XLINK.equals(namespace) && local.equals("href"))
        || (XML.equals(namespace) && (local.equals("space") || local.equals("lang")));
  }

  static boolean geometry(String namespace, String local) {
    return (namespace == null || namespace.isEmpty()) && GEOMETRY.contains(local);
  }

  static boolean isLink(String namespace, String local) {
    return local.equals("href")
        && (namespace == null || namespace.isEmpty() || XLINK.equals(namespace));
  }

  /** A link to an element of the same file, or a PNG, JPEG, GIF or WebP inline. */
  static boolean safeHref(String value) {
    String url = URL_NOISE.matcher(value).replaceAll("");
    return url.startsWith("#") || DATA_IMAGE.matcher(url).matches();
  }

  static boolean isDataImage(String value) {
    return DATA_IMAGE.matcher(URL_NOISE.matcher(value).replaceAll("")).matches();
  }

  /** An SVG inline, base64; see {@link #DATA_SVG}. */
  static boolean isDataSvg(String value) {
    return DATA_SVG.matcher(URL_NOISE.matcher(value).replaceAll("")).matches();
  }

  /** Whether a link's value is a {@code data:} URL, as a URL parser reads its scheme. */
  static boolean isDataUrl(String value) {
    return isDataUrlOf(value, "");
  }

  /** Whether a link's value is a {@code data:} URL whose type begins with {@code type}. */
  static boolean isDataUrlOf(String value, String type) {
    String prefix = "data:" + type;
    return URL_NOISE
        .matcher(value)
        .replaceAll("")
        .regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /**
   * True when an animation's {@code attributeName} is an ordinary presentation attribute: not an
   * event handler, not a link, not {@code style} (which could bring in a url), and a plain name.
   */
  static boolean safeAnimationTarget(String attributeName) {
    String name = attributeName.strip();
    int colon = name.indexOf(':');
    String local = colon < 0 ? name : name.substring(colon + 1);
    String lower = local.toLowerCase(Locale.ROOT);
    return name.matches("[A-Za-z][A-Za-z0-9-]*")
        && !lower.startsWith("on")
        && !lower.equals("href")
        && !lower.equals("style")
        && ATTRIBUTES.contains(local);
  }

  /**
   * True when a value (a style sheet, a style attribute, or any attribute a browser may read as
   * CSS, such as {@code fill="url(...)"}) loads nothing and runs nothing. CSS escapes and comments
   * are undone first, so {@code u\72l(} and {@code @imp/**}{@code /ort} are seen for what they are.
   */
  static boolean safeCss(String css) {
    String plain = decodeCssEscapes(withoutComments(css));
    String compact = URL_NOISE.matcher(plain).replaceAll("").toLowerCase(Locale.ROOT);
    compact = withoutInlineFonts(compact);
    return !UNSAFE_CSS.matcher(compact).find() && !compact.contains("data:");
  }

  /**
   * The CSS with each inline font of an {@code @font-face} rule taken out, so that the check that
   * follows sees the rest: a font is no script and loads nothing (browsers pass web fonts through a
   * sanitiser of their own, as they do any site's), while a {@code url()} to another file beside it
   * in the same {@code src}, or a {@code data:} URL of another type, is still refused.
   */
  private static String withoutInlineFonts(String compact) {
    if (!compact.contains("@font-face")) {
      return compact;
    }
    Matcher rule = FONT_FACE.matcher(compact);
    StringBuilder out = new StringBuilder(compact.length());
    while (rule.find()) {
      String fonts = FONT_DATA.matcher(rule.group()).replaceAll("url(#font)");
      rule.appendReplacement(out, Matcher.quoteReplacement(fonts));
    }
    return rule.appendTail(out).toString();
  }

  /** The CSS as written, an inline font's base64 left out: for the privacy scan's text. */
  static String withoutFontData(String css) {
    return css.contains("base64") ? FONT_PAYLOAD.matcher(css).replaceAll("$1") : css;
  }

  /**
   * The CSS with each {@code /* ... *}{@code /} removed; an opener nothing closes stays. Read once:
   * a pattern {@code /\*.*?\*}{@code /} read on to the end again from each unclosed opener, so a
   * style of a few hundred kilobytes of them took minutes.
   */
  static String withoutComments(String css) {
    StringBuilder out = new StringBuilder(css.length());
    int from = 0;
    for (int open = css.indexOf("/*"); open >= 0; open = css.indexOf("/*", from)) {
      int close = css.indexOf("*/", open + 2);
      if (close < 0) {
        break; // nor does any later opener have an end
      }
      out.append(css, from, open);
      from = close + 2;
    }
    return out.append(css, from, css.length()).toString();
  }

  /**
   * A hex escape ({@code \75}, {@code \000075 }) is the character it names; a backslash before any
   * other character is that character.
   */
  static String decodeCssEscapes(String css) {
    if (css.indexOf('\\') < 0) {
      return css;
    }
    StringBuilder out = new StringBuilder(css.length());
    int i = 0;
    while (i < css.length()) {
      char c = css.charAt(i);
      if (c != '\\' || i + 1 >= css.length()) {
        out.append(c);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < css.length() && j < i + 7 && Character.digit(css.charAt(j), 16) >= 0) {
        j++;
      }
      if (j > i + 1) {
        int cp = Integer.parseInt(css.substring(i + 1, j), 16);
        out.appendCodePoint(cp == 0 || cp > 0x10FFFF ? 0xFFFD : cp);
        if (j < css.length() && Character.isWhitespace(css.charAt(j))) {
          j++;
        }
        i = j;
      } else {
        out.append(css.charAt(i + 1));
        i += 2;
      }
    }
    return out.toString();
  }
}
