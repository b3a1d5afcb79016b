package org.notebake.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * Which elements of a note's HTML the author hid, so that their content never turns visible when
 * the sanitiser drops the hiding (a {@code hidden} attribute, a {@code style}) or unwraps a tag it
 * does not allow ({@code <template>}, {@code <noscript>}).
 *
 * <pre>{@code
 * HiddenContent.isHidden(<span hidden>secret</span>)              // true
 * HiddenContent.isHidden(<div style="display: none">secret</div>) // true
 * HiddenContent.isHidden(<template>secret</template>)             // true
 * HiddenContent.isHidden(<svg><text>label</text></svg>)          // true: never published
 * HiddenContent.isHidden(<span class="x">shown</span>)            // false
 * RawHtmlFindings.of("a\n<span hidden>").hidden()  // [Found(2, 1, 2, 15, false, "span", ...)]
 * }</pre>
 */
public final class HiddenContent {

  /**
   * Elements whose content a browser never shows as page text: inert ({@code template}), shown only
   * without scripts ({@code noscript}), metadata ({@code title}, SVG's {@code desc} and {@code
   * metadata}), a canvas's fallback (shown only where there is no canvas), MathML's annotations and
   * ruby's fallback parentheses ({@code rp}), or held by a form control the sanitiser removes
   * ({@code textarea}, {@code select}, {@code option}, {@code datalist}). Script and style content
   * never survives the cleaner anyway.
   */
  private static final Set<String> UNSHOWN =
      Set.of(
          "template",
          "noscript",
          "title",
          "desc",
          "metadata",
          "textarea",
          "select",
          "option",
          "optgroup",
          "datalist",
          "iframe",
          "noembed",
          "noframes",
          "canvas",
          "annotation",
          "annotation-xml",
          "rp");

  /**
   * Media whose text is their fallback, shown only where the video or sound cannot play; their
   * {@code <source>} and {@code <track>} are what they show.
   */
  private static final Set<String> MEDIA = Set.of("video", "audio");

  private static final Set<String> MEDIA_PARTS = Set.of("source", "track");

  private HiddenContent() {}

  /**
   * An SVG drawn in the HTML (the draw.io plugin writes one): no allowed markup, so the sanitiser
   * would unwrap it and leave its labels loose on the page, and its fallback text as a link.
   */
  private static final String SVG = "svg";

  /** True if the element's content is hidden from a reader of the page, or not published. */
  static boolean isHidden(Element element) {
    return UNSHOWN.contains(element.normalName())
        || element.normalName().equals(SVG)
        || element.hasAttr("hidden")
        || element.hasAttr("popover")
        || (element.normalName().equals("dialog") && !element.hasAttr("open"))
        || hidesByStyle(element.attr("style"));
  }

  /** True if an inline {@code style} hides its element ({@link HidingStyle}). */
  static boolean hidesByStyle(String style) {
    return HidingStyle.hides(style);
  }

  /**
   * True if {@code value} is an opacity no one sees: below 0.02, or below 0 ({@link HidingStyle}).
   */
  public static boolean faintOpacity(String value) {
    return HidingStyle.faint(value);
  }

  /**
   * True if CSS declarations ({@code display: none; color: red}) hide the element they apply to, as
   * a note's inline style would: for a vault's CSS snippets.
   */
  public static boolean styleHides(String declarations) {
    return HidingStyle.hides(declarations);
  }

  /**
   * The attribute Markdown's rendering gives an element whose class a vault's enabled CSS snippet
   * hides, beside {@code hidden}: the warning then names the snippet, not an attribute the author
   * never wrote.
   */
  private static final String BY_SNIPPET = "data-notebake-snippet-hides";

  /**
   * A hidden element in raw HTML: 1-based line and column where its start tag begins, and where the
   * element ends (past its end tag's {@code >}) or, when the piece of HTML holds no end tag ({@code
   * closed} false: a paragraph's inline HTML comes a tag at a time), where its start tag ends; its
   * name, and what to say.
   */
  public record Found(
      int line,
      int column,
      int endLine,
      int endColumn,
      boolean closed,
      String element,
      String message) {}

  private static final String BODY = "<body>";

  /**
   * {@code html} (a note's raw HTML) parsed with positions, for {@link #find(Document)} and {@link
   * UnknownElements#find(Document)}; {@link #column} gives a position's column in {@code html}.
   */
  static Document parse(String html) {
    return Parser.htmlParser().setTrackPosition(true).parseInput(BODY + html, "");
  }

  /**
   * The start tags in a note's raw HTML, as {@link #parse} parsed it, whose element {@link #remove}
   * leaves out with its content: where they are and why, for a warning the author can act on.
   */
  static List<Found> find(Document parsed) {
    List<Found> found = new ArrayList<>();
    List<Element> reported = new ArrayList<>();
    for (Element element : parsed.body().getAllElements()) {
      String why = element == parsed.body() ? null : why(element);
      if (why == null
          || !element.sourceRange().isTracked()
          || element.parents().stream().anyMatch(reported::contains)) {
        continue; // one warning for an element and all it holds
      }
      reported.add(element);
      Range.Position start = element.sourceRange().start();
      Range endTag = element.endSourceRange();
      boolean closed = endTag.isTracked() && !endTag.isImplicit();
      Range.Position end = closed ? endTag.end() : element.sourceRange().end();
      found.add(
          new Found(
              start.lineNumber(),
              column(start),
              end.lineNumber(),
              column(end),
              closed,
              element.normalName(),
              hasFallback(element)
                  ? "the text in <"
                      + element.normalName()
                      + "> is its fallback, shown only where the "
                      + element.normalName()
                      + " cannot play, so it is left out; move it out of the element to publish it"
                  : why.equals(SVG)
                      ? "<svg> is left out: a note's HTML publishes no SVG; save the drawing as a .svg"
                          + " file and embed it (![[drawing.svg]]), which is published cleaned"
                      : framedPage(element)
                          ? "<iframe> is left out: a note's HTML embeds no other web page, so the"
                              + " video or page it frames is not shown; link to it instead, e.g."
                              + " [Watch the video](https://...)"
                          : "<"
                              + element.normalName()
                              + "> is left out with its text: "
                              + why
                              + ", and text the note hid is never published; move the text out of it to"
                              + " publish it"));
    }
    return found;
  }

  /**
   * An iframe that holds no text of its own (a video player's embed code) hides nothing: what goes
   * missing is the page it frames, and saying that its text is never published would puzzle.
   */
  private static boolean framedPage(Element element) {
    return element.normalName().equals("iframe") && element.text().isBlank();
  }

  /** The column in the note's HTML: on the first line, less the {@code <body>} put before it. */
  static int column(Range.Position position) {
    return position.lineNumber() == 1
        ? position.columnNumber() - BODY.length()
        : position.columnNumber();
  }

  private static String why(Element element) {
    if (element.normalName().equals(SVG)) {
      return SVG;
    }
    if (UNSHOWN.contains(element.normalName())) {
      return "a page does not show its content as text";
    }
    if (element.hasAttr(BY_SNIPPET)) {
      return "a CSS snippet the vault enables (.obsidian/snippets) hides its class";
    }
    if (element.hasAttr("hidden")) {
      return "it has the hidden attribute";
    }
    if (element.hasAttr("popover")) {
      // Shown only when a script or a button opens it (a red team's door code, in a popover).
      return "it has the popover attribute (hidden until a script or button opens it)";
    }
    if (element.normalName().equals("dialog") && !element.hasAttr("open")) {
      return "a dialog without open is hidden";
    }
    if (hasFallback(element)) {
      return "it is the fallback shown only where the " + element.normalName() + " cannot play";
    }
    return hidesByStyle(element.attr("style")) ? "its style hides it" : null;
  }

  /** Removes every hidden element under {@code root}, content and all, and media's fallback. */
  static void remove(Element root) {
    for (Element element : root.getAllElements()) {
      if (element != root && isHidden(element)) {
        element.remove();
      } else if (MEDIA.contains(element.normalName())) {
        for (org.jsoup.nodes.Node child : List.copyOf(element.childNodes())) {
          if (!(child instanceof Element part && MEDIA_PARTS.contains(part.normalName()))) {
            child.remove();
          }
        }
      }
    }
  }

  /**
   * Elements whose content never reaches a page as text, though {@link #isHidden} need not say so:
   * the sanitiser drops them whole.
   */
  private static final Set<String> DROPPED = Set.of("script", "style", "video", "audio");

  /**
   * True if the element a single start tag opens ({@code <span hidden>}, {@code <template>}) hides
   * what it holds, for Markdown written between it and its end tag: that Markdown's tags, headings,
   * links and embeds must not count either.
   */
  public static boolean hidesContentOf(String startTag) {
    Element element = firstElement(startTag);
    return element != null && (isHidden(element) || DROPPED.contains(element.normalName()));
  }

  /**
   * The outermost element that hides its content and that {@code html} (an HTML block) opens and
   * leaves open, and how many elements of its name are open at its end counting it; null if none.
   */
  public static org.notebake.markdown.HiddenElements.Open openHidden(String html) {
    Document parsed = parse(html);
    for (Element element : parsed.body().getAllElements()) {
      if (element == parsed.body()
          || element.tag().isEmpty() // void: holds nothing
          || !(isHidden(element) || DROPPED.contains(element.normalName()))
          || !element.sourceRange().isTracked()) {
        continue;
      }
      Range end = element.endSourceRange();
      if (end.isTracked() && !end.isImplicit()) {
        continue; // closed in the block: the sanitiser removes it with what it holds
      }
      int depth = 0;
      for (Element inside : element.getAllElements()) {
        Range insideEnd = inside.endSourceRange();
        boolean open = !insideEnd.isTracked() || insideEnd.isImplicit();
        if (open && inside.normalName().equals(element.normalName())) {
          depth++;
        }
      }
      return new org.notebake.markdown.HiddenElements.Open(element.normalName(), depth);
    }
    return null;
  }

  /** These rules, for Markdown written inside hidden HTML (found with ServiceLoader). */
  public static final class Elements implements org.notebake.markdown.HiddenElements {
    @Override
    public boolean hidesContentOf(String startTag) {
      return HiddenContent.hidesContentOf(startTag);
    }

    @Override
    public Open openHidden(String html) {
      return HiddenContent.openHidden(html);
    }
  }

  private static Element firstElement(String tag) {
    Document parsed = Parser.htmlParser().parseInput(BODY + tag, "");
    Element body = parsed.body();
    if (body.childrenSize() > 0) {
      return body.child(0);
    }
    // An element the parser puts in the head (title, noscript, style, script, template).
    Element head = parsed.head();
    return head.childrenSize() > 0 ? head.child(head.childrenSize() - 1) : null;
  }

  /** True if {@code element} or its own text is hidden: {@link #remove} takes it out. */
  static boolean hides(Element element) {
    return isHidden(element) || hasFallback(element);
  }

  /** True if a video's or a sound's fallback text is in {@code element}. */
  private static boolean hasFallback(Element element) {
    if (!MEDIA.contains(element.normalName())) {
      return false;
    }
    for (org.jsoup.nodes.Node child : element.childNodes()) {
      boolean part = child instanceof Element e && MEDIA_PARTS.contains(e.normalName());
      if (!part && !(child instanceof org.jsoup.nodes.TextNode t && t.isBlank())) {
        return true;
      }
    }
    return false;
  }
}
