package org.notebake.gallery;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.Attributes2;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Writes a new SVG while the parser reads the old one: an element the allow-list names is written
 * with its allowed attributes; anything else is left out with everything inside it. Comments,
 * processing instructions ({@code <?xml-stylesheet?>}) and the DOCTYPE are never written.
 *
 * <p>The output has fixed settings, so the same input gives the same bytes: UTF-8, no XML
 * declaration, {@code xmlns} and {@code xmlns:xlink} on the root only, attributes in document order
 * quoted with {@code "}, {@code <}, {@code >}, {@code &} and line breaks escaped.
 */
final class SvgRebuilder extends DefaultHandler2 {
  private final int maxDepth;
  private final Function<String, InlineImage> dataImages;
  private final StringBuilder out = new StringBuilder(4096);
  private final StringBuilder text = new StringBuilder(256);

  /** Where the pieces of {@link #text} are in the file. */
  private final List<SanitizedSvg.Piece> pieces = new ArrayList<>();

  private final Set<String> removed = new LinkedHashSet<>();

  /** For each open element: whether it is written. */
  private final Deque<Boolean> kept = new ArrayDeque<>();

  private int depth;
  private int skipDepth = -1;
  private boolean startTagOpen;
  private boolean inStyle;
  private final StringBuilder style = new StringBuilder();
  private Locator locator;

  /**
   * @param dataImages what an inline {@code data:image/...} becomes: a photo stripped of its
   *     metadata, an SVG rebuilt as this one is, or nothing, and why
   * @param hiddenClasses classes the SVG's style sheets hide ({@link HiddenClasses})
   */
  SvgRebuilder(int maxDepth, Function<String, InlineImage> dataImages, Set<String> hiddenClasses) {
    this.maxDepth = maxDepth;
    this.dataImages = dataImages;
    this.hiddenClasses = hiddenClasses;
  }

  private final Set<String> hiddenClasses;

  String svg() {
    return out.toString();
  }

  /** The text and the attribute values people can read, for the privacy scan. */
  String text() {
    return text.toString();
  }

  /** See {@link SanitizedSvg#sourceAt}. */
  List<SanitizedSvg.Piece> pieces() {
    return pieces;
  }

  /** Marks the piece of text appended from {@code start} with where the parser stands. */
  private void mark(int start) {
    if (locator != null) {
      pieces.add(new SanitizedSvg.Piece(start, text.length(), locator.getLineNumber()));
    }
  }

  /** What was left out, in the order first met: {@code <script>}, {@code onload=}. */
  /** The line of the first thing left out, 0 when nothing was or the parser did not say. */
  private int removedLine;

  int removedLine() {
    return removedLine;
  }

  private void remove(String what) {
    if (removed.isEmpty() && locator != null) {
      removedLine = Math.max(0, locator.getLineNumber());
    }
    removed.add(what);
  }

  Set<String> removed() {
    return removed;
  }

  /** A problem this rebuilder found, as opposed to one the parser found; its message is final. */
  static final class Refusal extends SAXParseException {
    private static final long serialVersionUID = 1L;

    Refusal(String message, Locator locator) {
      super(message, locator);
    }
  }

  /**
   * The DTD named by a DOCTYPE (Inkscape's {@code svg11.dtd}) is read as empty; any other external
   * file an entity names is refused.
   */
  @Override
  public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
      throws SAXException {
    if ("[dtd]".equals(name)) {
      return new InputSource(new StringReader(""));
    }
    throw new Refusal(
        "entity \""
            + name
            + "\" refers to \""
            + systemId
            + "\"; an SVG may not read other files,"
            + " remove the entity",
        locator);
  }

  @Override
  public void externalEntityDecl(String name, String publicId, String systemId)
      throws SAXException {
    throw new Refusal(
        "the DOCTYPE declares the external entity \""
            + name
            + "\" ("
            + systemId
            + "); an SVG may not read other files, remove the DOCTYPE",
        locator);
  }

  @Override
  public void fatalError(SAXParseException e) throws SAXException {
    throw e;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes attributes)
      throws SAXException {
    depth++;
    if (depth > maxDepth) {
      throw new Refusal("elements are nested deeper than " + maxDepth + " levels", locator);
    }
    if (skipDepth >= 0) {
      return;
    }
    if (depth == 1 && !(SvgAllowList.SVG.equals(uri) && local.equals("svg"))) {
      throw new Refusal(
          "the root element is <"
              + qName
              + "> in namespace \""
              + uri
              + "\", not an SVG <svg xmlns=\""
              + SvgAllowList.SVG
              + "\">; an SVG needs that namespace to display",
          locator);
    }
    if (inStyle
        || !SvgAllowList.element(uri, local)
        || (SvgAllowList.ANIMATIONS.contains(local)
            && !SvgAllowList.safeAnimationTarget(value(attributes, "attributeName")))) {
      if (worthSaying(uri, local)) {
        remove("<" + qName + ">");
      }
      skipDepth = depth;
      return;
    }
    if (depth > 1 && !DEFINITIONS.contains(local) && hidden(attributes)) {
      // An editor's hidden layer (Inkscape's style="display:none"): not drawn, and no reader's.
      remove("a hidden layer (display:none)");
      skipDepth = depth;
      return;
    }
    closeStartTag();
    out.append('<').append(local);
    if (depth == 1) {
      out.append(" xmlns=\"").append(SvgAllowList.SVG).append('"');
      out.append(" xmlns:xlink=\"").append(SvgAllowList.XLINK).append('"');
    }
    for (int i = 0; i < attributes.getLength(); i++) {
      writeAttribute(local, attributes, i);
    }
    startTagOpen = true;
    inStyle = local.equals("style");
    if (!local.equals("tspan") && !local.equals("a") && !local.equals("textPath")) {
      text.append('\n');
    }
  }

  private void writeAttribute(String element, Attributes attributes, int i) {
    String uri = attributes.getURI(i);
    String local = attributes.getLocalName(i);
    String value = attributes.getValue(i);
    if (attributes instanceof Attributes2 a2 && !a2.isSpecified(i)) {
      // A default from a DTD <!ATTLIST>: not in the file, never written.
      remove(attributes.getQName(i) + "= (a DTD default)");
      return;
    }
    if (!SvgAllowList.attribute(uri, local)) {
      String lower = local.toLowerCase(Locale.ROOT);
      if (lower.startsWith("on") || lower.equals("href") || lower.equals("src")) {
        remove(attributes.getQName(i) + "=");
      }
      return;
    }
    boolean inline = false;
    if (SvgAllowList.isLink(uri, local)) {
      // An inline SVG is drawn by an <image> as a picture alone, never run; a <use> or <a> of one
      // is a document of its own.
      boolean svgImage = element.equals("image") && SvgAllowList.isDataSvg(value);
      if (!svgImage && !SvgAllowList.safeHref(value)) {
        // The value is not repeated: a build log is no place for a mailto: address.
        remove(attributes.getQName(i) + "= (" + notKept(element, value) + ")");
        return;
      }
      if (svgImage || SvgAllowList.isDataImage(value)) {
        InlineImage image = dataImages.apply(value);
        for (String what : image.removed()) {
          remove(what.endsWith(IN_INLINE_SVG) ? what : what + IN_INLINE_SVG);
        }
        if (image.url() == null) {
          remove(attributes.getQName(i) + "= (" + image.dropped() + ")");
          return;
        }
        value = image.url();
        inline = true;
        if (!image.text().isBlank()) {
          int start = text.length();
          text.append(image.text()).append('\n');
          mark(start);
        }
      }
    } else if (!SvgAllowList.safeCss(value) || (local.equals("style") && value.indexOf('<') >= 0)) {
      remove(attributes.getQName(i) + "= (CSS that loads or runs something)");
      return;
    }
    String name = SvgAllowList.XLINK.equals(uri) ? "xlink:" + local : local;
    if (SvgAllowList.XML.equals(uri)) {
      name = "xml:" + local;
    }
    out.append(' ').append(name).append("=\"");
    escape(value, true);
    out.append('"');
    if (!SvgAllowList.geometry(uri, local) && !inline) {
      int start = text.length();
      text.append(' ').append(value).append('\n');
      mark(start);
    }
  }

  private static final String IN_INLINE_SVG = " (in an inline SVG)";

  /** Why a link is left out, without its value. */
  private static String notKept(String element, String value) {
    if (!SvgAllowList.isDataUrl(value)) {
      return "a link out of the file";
    }
    if (SvgAllowList.isDataUrlOf(value, "image/svg+xml")) {
      return element.equals("image")
          ? "an inline SVG not written as plain base64 (percent-encoded, or with a #fragment);"
              + " export the drawing again"
          : "an inline SVG in a <"
              + element
              + ">, where it would be a document of its own; only an <image> may show one";
    }
    return "an inline file of a type an SVG may not show; only PNG, JPEG, GIF, WebP and, in an"
        + " <image>, SVG are kept";
  }

  /**
   * Editors leave their own elements and attributes behind (Inkscape's {@code sodipodi:namedview},
   * RDF metadata): those go without a word. What could run, load or link is named in the warning.
   */
  private static boolean worthSaying(String uri, String local) {
    return "http://www.w3.org/1999/xhtml".equals(uri)
        || SAID.contains(local.toLowerCase(Locale.ROOT));
  }

  private static final Set<String> SAID =
      Set.of(
          "script",
          "foreignobject",
          "iframe",
          "embed",
          "object",
          "handler",
          "listener",
          "set",
          "animate",
          "animatetransform",
          "animatemotion",
          "use",
          "image",
          "feimage",
          "a",
          "style",
          "cursor",
          "font-face-uri",
          "color-profile",
          "tref",
          "include",
          "link",
          "base");

  /** Elements display does not apply to: drawn where they are used, whatever it says. */
  private static final Set<String> DEFINITIONS =
      Set.of(
          "defs",
          "symbol",
          "marker",
          "pattern",
          "clipPath",
          "mask",
          "filter",
          "linearGradient",
          "radialGradient");

  private static final java.util.regex.Pattern HIDING =
      java.util.regex.Pattern.compile(
          "(?:^|;)\\s*(?:display\\s*:\\s*none\\b|visibility\\s*:\\s*(?:hidden|collapse)\\b"
              + "|opacity\\s*:\\s*(?:0+(?:\\.0*)?|\\.0+)%?\\s*(?:!important\\s*)?(?:;|$))");

  /**
   * Whether the element is not drawn: display none, visibility hidden or an opacity no one sees, as
   * attribute, style, or a class the SVG's style sheet hides (Illustrator's {@code
   * .st0{display:none;}}).
   */
  private boolean hidden(Attributes attributes) {
    String style =
        value(attributes, "style").replaceAll("(?s)/\\*.*?(\\*/|$)", "").toLowerCase(Locale.ROOT);
    for (String name : value(attributes, "class").split("\\s+")) {
      if (hiddenClasses.contains(name)) {
        return true;
      }
    }
    return value(attributes, "display").strip().equalsIgnoreCase("none")
        || value(attributes, "visibility")
            .strip()
            .toLowerCase(Locale.ROOT)
            .matches("hidden|collapse")
        || value(attributes, "opacity").strip().matches("(0+(\\.0*)?|\\.0+)%?")
        || faint(value(attributes, "opacity"))
        || HIDING.matcher(style).find()
        || faint(styleOpacity(style));
  }

  /** The value of a style's last {@code opacity} declaration, or null. */
  private static String styleOpacity(String style) {
    java.util.regex.Matcher m = STYLE_OPACITY.matcher(style);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    return last;
  }

  private static final java.util.regex.Pattern STYLE_OPACITY =
      java.util.regex.Pattern.compile("(?:^|;)\\s*opacity\\s*:\\s*([^;!]*)");

  /** An opacity no one sees, as the HTML's hiding rules read it (Inkscape's {@code 0.0001}). */
  private static boolean faint(String value) {
    return value != null
        && org.notebake.html.HiddenContent.faintOpacity(value.strip().toLowerCase(Locale.ROOT));
  }

  private static String value(Attributes attributes, String name) {
    String value = attributes.getValue("", name);
    return value == null ? "" : value;
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    if (skipDepth >= 0) {
      if (depth == skipDepth) {
        skipDepth = -1;
      }
      depth--;
      return;
    }
    if (inStyle) {
      inStyle = false;
      // CSS never needs a '<': one there is an attempt to close the element early.
      if (style.indexOf("<") < 0 && SvgAllowList.safeCss(style.toString())) {
        closeStartTag();
        escape(style.toString(), false);
        int start = text.length();
        text.append(SvgAllowList.withoutFontData(style.toString())).append('\n');
        mark(start);
      } else {
        remove("<style> with @import, url() or script");
      }
      style.setLength(0);
    }
    if (startTagOpen) {
      out.append("/>");
      startTagOpen = false;
    } else {
      out.append("</").append(local).append('>');
    }
    depth--;
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (skipDepth >= 0 || depth == 0) {
      return;
    }
    if (inStyle) {
      style.append(ch, start, length);
      return;
    }
    closeStartTag();
    String s = new String(ch, start, length);
    escape(s, false);
    int at = text.length();
    text.append(s);
    mark(at);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    characters(ch, start, length);
  }

  private void closeStartTag() {
    if (startTagOpen) {
      out.append('>');
      startTagOpen = false;
    }
  }

  private void escape(String s, boolean attribute) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        default -> out.append(c);
      }
    }
  }
}
