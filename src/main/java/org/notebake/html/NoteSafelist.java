package org.notebake.html;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The tags and attributes a note's HTML may keep. jsoup's {@link Safelist} expresses the tag and
 * attribute lists; it cannot express {@code data-*} and {@code aria-*} prefixes, nor our URL rules
 * (relative links kept as written, {@code data:image/...} for images only), so {@link
 * #isSafeAttribute} adds those before deferring to the lists; nor custom elements, which {@link
 * #isSafeTag} adds.
 */
final class NoteSafelist extends Safelist {
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "poster");

  NoteSafelist() {
    addTags(
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "blockquote",
        "pre",
        "code",
        "em",
        "strong",
        "b",
        "i",
        "u",
        "del",
        "s",
        "ins",
        "mark",
        "sub",
        "sup",
        "small",
        "q",
        "cite",
        "time",
        "var",
        "samp",
        "kbd",
        "abbr",
        "dfn",
        "wbr",
        "a",
        "img",
        "table",
        "caption",
        "colgroup",
        "col",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "th",
        "td",
        "hr",
        "br",
        "div",
        "span",
        "section",
        "aside",
        "details",
        "summary",
        "figure",
        "figcaption",
        "dl",
        "dt",
        "dd",
        "audio",
        "video",
        "source",
        "track",
        "input");
    addAttributes(":all", "class", "id", "title", "align", "lang", "dir", "role");
    // name: the anchor of pages written before ids (<a name="license">), which browsers still
    // scroll to; it adds no named property to window that an id does not (DOM clobbering).
    addAttributes("a", "href", "name");
    addAttributes("img", "src", "alt", "width", "height", "loading", "decoding");
    addAttributes(
        "video",
        "src",
        "poster",
        "controls",
        "loop",
        "muted",
        "preload",
        "width",
        "height",
        "playsinline");
    addAttributes("audio", "src", "controls", "loop", "muted", "preload");
    addAttributes("source", "src", "type", "media");
    addAttributes("track", "src", "kind", "srclang", "label", "default");
    addAttributes("input", "type", "checked", "disabled");
    addAttributes("details", "open");
    addAttributes("ol", "start", "reversed", "type");
    addAttributes("li", "value");
    addAttributes("table", "width");
    addAttributes("col", "span", "width");
    addAttributes("colgroup", "span", "width");
    addAttributes("th", "colspan", "rowspan", "scope", "width", "height");
    addAttributes("td", "colspan", "rowspan", "width", "height");
    addAttributes("blockquote", "cite");
    addAttributes("q", "cite");
    addAttributes("del", "cite", "datetime");
    addAttributes("ins", "cite", "datetime");
    addAttributes("time", "datetime");
  }

  /**
   * HTML's own tags as listed, and any custom element ({@code <photo-strip>}): a browser gives such
   * a name no meaning and parses it as a plain element, so a site's script may define it. Its
   * attributes are the global ones and {@code data-*}, as on any tag.
   */
  @Override
  public boolean isSafeTag(String tag) {
    return super.isSafeTag(tag) || isCustomElement(tag);
  }

  /**
   * A valid custom element name (HTML's rule, in ASCII): a lowercase letter, then letters, digits,
   * {@code .}, {@code _} or {@code -} with at least one hyphen, and none of the names SVG and
   * MathML took before the rule.
   */
  static boolean isCustomElement(String name) {
    return CUSTOM_ELEMENT.matcher(name).matches() && !RESERVED.contains(name);
  }

  private static final java.util.regex.Pattern CUSTOM_ELEMENT =
      java.util.regex.Pattern.compile("[a-z][a-z0-9._]*-[a-z0-9._-]*");

  private static final Set<String> RESERVED =
      Set.of(
          "annotation-xml",
          "color-profile",
          "font-face",
          "font-face-src",
          "font-face-uri",
          "font-face-format",
          "font-face-name",
          "missing-glyph");

  @Override
  public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
    String key = attribute.getKey().toLowerCase(Locale.ROOT);
    if (key.startsWith("on") || key.equals("style")) {
      return false; // event handlers and CSS never come from a note, whatever the tag
    }
    if (key.startsWith("data-") || key.startsWith("aria-")) {
      return true;
    }
    if (URL_ATTRIBUTES.contains(key) && !isSafeUrl(tagName, key, attribute.getValue())) {
      return false;
    }
    return super.isSafeAttribute(tagName, element, attribute);
  }

  private static boolean isSafeUrl(String tagName, String key, String value) {
    return tagName.equals("img") && key.equals("src")
        ? UrlPolicy.allowsImageSource(value)
        : UrlPolicy.allowsLink(value);
  }
}
