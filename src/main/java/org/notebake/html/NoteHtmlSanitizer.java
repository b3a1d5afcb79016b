package org.notebake.html;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.select.Elements;
import org.notebake.text.DataUrl;

/**
 * Cleans the HTML rendered from one note, which may contain raw HTML written by hand, before it
 * reaches a template. Allow-list based: prose and structure tags, our renderer's classes and {@code
 * data-*} attributes, and links to http(s), mailto, tel or relative paths survive; scripts, styles,
 * frames, forms, event handlers and {@code javascript:}-style URLs do not. What the note hid
 * ({@code hidden}, {@code display:none}, {@code <template>}, {@code <noscript>}, ...) goes with its
 * content: dropping only the hiding would publish it.
 *
 * <pre>{@code
 * new NoteHtmlSanitizer().clean("<p onclick=\"x()\">Hi <a href=\"../a.html#b\">a</a></p><script>x()</script>")
 *   // -> <p>Hi <a href="../a.html#b">a</a></p>
 * }</pre>
 *
 * <p>Instances are immutable and may be shared between threads.
 */
public final class NoteHtmlSanitizer {
  private final NoteSafelist safelist = new NoteSafelist();

  /**
   * A cleaned body, its plain text (for reading time) and the text of its prose alone (for
   * summaries and descriptions: code blocks and diagrams' source left out), from one parse.
   */
  public record Cleaned(String html, String text, String prose, boolean summaryMarked) {
    public Cleaned(String html, String text, String prose) {
      this(html, text, prose, false);
    }
  }

  /** Hugo's {@code <!--more-->} as the Markdown renderer marks it on a note's own page. */
  private static final String SUMMARY_END = "span.summary-end";

  /**
   * The cleaned body: where the summary's end is marked, its prose is the text before the mark, and
   * the page is without it.
   */
  private static Cleaned cleaned(Element body, String text) {
    Element end = body.selectFirst(SUMMARY_END);
    if (end == null) {
      return new Cleaned(compact(body.html()), text, prose(body, text));
    }
    Element before = body.clone();
    Element cut = before.selectFirst(SUMMARY_END);
    for (Element at = cut; at != null && at != before; at = at.parent()) {
      while (at.nextSibling() != null) {
        at.nextSibling().remove();
      }
    }
    cut.remove();
    String summary = prose(before, before.text());
    body.select(SUMMARY_END).remove();
    return new Cleaned(compact(body.html()), body.text(), summary, true);
  }

  /** Returns {@code bodyHtml} with everything outside the allow-list removed; deterministic. */
  public String clean(String bodyHtml) {
    return cleanWithText(bodyHtml).html();
  }

  /** Like {@link #clean}, also returning the visible text, so callers need not parse again. */
  public Cleaned cleanWithText(String bodyHtml) {
    Document dirty = Jsoup.parseBodyFragment(bodyHtml, "");
    // Before the cleaner drops the hiding (hidden, style) or unwraps the tag, and shows the text.
    HiddenContent.remove(dirty.body());
    Document clean = new Cleaner(safelist).clean(dirty);
    // The theme's main content is id="main" on every page (the skip link's target): a note's own
    // element of that id made two, and the skip link led into the note.
    clean.body().select("[id=main]").removeAttr("id");
    keepOnlyTaskCheckboxes(clean);
    canonicalDataImages(clean);
    clean
        .outputSettings()
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base)
        .prettyPrint(false);
    return cleaned(clean.body(), clean.body().text());
  }

  /**
   * Like {@link #cleanWithText}, for HTML the Markdown renderers made from a note without raw HTML
   * ({@code MarkdownConverter.Rendered#rawHtml} false, nothing transcluded). Such HTML is well
   * formed and escaped, so when the allow-list keeps every element and attribute in it, cleaning
   * would give the same tree back: it is returned as rendered, with characters beyond ASCII as
   * references, instead of copied and written out again. Anything the allow-list would remove sends
   * it through {@link #cleanWithText}.
   */
  public Cleaned cleanRendered(String renderedHtml) {
    Document parsed = Jsoup.parseBodyFragment(renderedHtml, "");
    if (!keepsAll(parsed.body())) {
      return cleanWithText(renderedHtml);
    }
    String text = parsed.body().text();
    if (parsed.body().selectFirst(SUMMARY_END) != null) {
      parsed
          .outputSettings()
          .charset(StandardCharsets.UTF_8)
          .escapeMode(Entities.EscapeMode.base)
          .prettyPrint(false);
      return cleaned(parsed.body(), text);
    }
    return new Cleaned(compact(renderedHtml), text, prose(parsed.body(), text));
  }

  /**
   * The text of a body without its preformatted blocks (code, Mermaid's source), footnotes and
   * headings, which make poor summaries: a page's description is taken from what its reader reads
   * as prose. (A note that opens with {@code # Its title} had the title twice in every summary, and
   * a heading, or a callout's title, ran on into the paragraph under it; a footnote's number ran
   * into the word it follows, "tables1", and its text and back arrow filled the rest.) A body of
   * headings alone keeps them. A formula inside a sentence stays in it, apart from the words around
   * it as it is shown on its own line ({@code matrix $$X = UDV^T$$where} gave "UDV^Twhere"), as its
   * source ({@code $p$} reads "p"); a paragraph of formulas alone ({@code $Z = \frac{x -
   * \mu}{\sigma}$} on a line of its own) is one set apart, left out as {@code $$...$$} is. Embedded
   * notes are left out too: their words are another note's.
   */
  private static String prose(Element body, String text) {
    if (body.selectFirst(NOT_PROSE + ", " + TAGS + ", " + MATHS_IN_A_SENTENCE + ", " + MATHS)
        == null) {
      return text; // all of it is prose: the body's text, read once
    }
    Element copy = body.clone();
    copy.select(NOT_PROSE).remove();
    untag(copy.select(TAGS));
    removeFormulaLines(copy);
    setApart(copy.select(MATHS_IN_A_SENTENCE));
    String prose = copy.text();
    if (!prose.isBlank()) {
      return prose;
    }
    Element withHeadings = body.clone(); // headings and embeds alone: rare, a second copy only then
    withHeadings.select(ASIDES + ", " + EMBED_TITLES).remove();
    untag(withHeadings.select(TAGS));
    removeFormulaLines(withHeadings);
    return withHeadings.text();
  }

  /**
   * An inline tag ({@code #maths}), which Obsidian Publish and Quartz show as a pill, not as words
   * of the sentence: "Let a hold. #maths" described a note as "Let a hold. #maths".
   */
  private static final String TAGS = "a.tag, span.tag";

  /**
   * Leaves tags out of the prose: one standing apart (at a line's start or end, or among other
   * tags) goes, one inside a sentence ("notes on #observability and") keeps its name as a word.
   */
  private static void untag(Elements tags) {
    for (Element tag : tags) {
      if (hasWords(tag, -1) && hasWords(tag, 1)) {
        tag.replaceWith(new TextNode(tag.text().replaceFirst("^#", "")));
      } else {
        tag.remove();
      }
    }
  }

  /** Whether words other than tags stand beside {@code tag} on its line, before (-1) or after. */
  private static boolean hasWords(Element tag, int direction) {
    for (Node at = direction < 0 ? tag.previousSibling() : tag.nextSibling();
        at != null;
        at = direction < 0 ? at.previousSibling() : at.nextSibling()) {
      if (at instanceof Element e && e.normalName().equals("br")) {
        return false;
      }
      boolean isTag = at instanceof Element e && e.is(TAGS);
      String words = at instanceof TextNode t ? t.text() : at instanceof Element e ? e.text() : "";
      if (!isTag && !words.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** Any formula, written inline ({@code $x$}) or set apart. */
  private static final String MATHS = "span.math";

  /**
   * Removes the paragraphs that hold formulas and nothing else but line breaks and punctuation: a
   * formula on its own line, written {@code $...$} (Obsidian shows it inline, but a reader reads it
   * as a display formula, and a summary showed its raw TeX).
   */
  private static void removeFormulaLines(Element root) {
    for (Element paragraph : root.select("p:has(> " + MATHS + ")")) {
      boolean formulasOnly = true;
      for (Node child : paragraph.childNodes()) {
        formulasOnly &=
            child instanceof TextNode t
                ? FORMULA_PUNCTUATION.matcher(t.text()).matches()
                : child instanceof Element e && (e.normalName().equals("br") || e.is(MATHS));
      }
      if (formulasOnly) {
        paragraph.remove();
      }
    }
  }

  /** What may stand between formulas on their own line: blanks, and the comma or stop after one. */
  private static final java.util.regex.Pattern FORMULA_PUNCTUATION =
      java.util.regex.Pattern.compile("[\\s\u00A0.,;:]*");

  private static void setApart(Elements formulas) {
    for (Element formula : formulas) {
      formula.before(new TextNode(" "));
      formula.after(new TextNode(" "));
    }
  }

  /** Headings, and a callout's title: its heading, or its type's name ("Abstract"). */
  private static final String HEADINGS = "h1, h2, h3, h4, h5, h6, .callout-title";

  /**
   * Never prose: code and diagram source, a formula on its own lines (the browser draws both), and
   * footnotes with the markers that point to them.
   */
  private static final String ASIDES = "pre, div.math-display, section.footnotes, sup.footnote-ref";

  /**
   * An embedded note: another note's words (and its title), not this one's. ("The host begins.
   * Inner Inner start." described a note by the note it embeds.) A body of embeds alone is
   * described by what it embeds, without their titles.
   */
  private static final String EMBEDS = "div.transclusion";

  private static final String EMBED_TITLES = "div.transclusion-title";

  private static final String NOT_PROSE = ASIDES + ", " + HEADINGS + ", " + EMBEDS;

  /** {@code $$...$$} written inside a paragraph: shown on its own line, read as part of it. */
  private static final String MATHS_IN_A_SENTENCE = "span.math-display";

  /**
   * True if the cleaner and {@link #keepOnlyTaskCheckboxes} would leave everything under {@code
   * root} as it is: text, and elements whose tag and every attribute the allow-list keeps.
   */
  private boolean keepsAll(Element root) {
    ArrayDeque<Node> pending = new ArrayDeque<>(root.childNodes());
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node instanceof TextNode) {
        continue;
      }
      if (!(node instanceof Element el) || !safelist.isSafeTag(el.normalName())) {
        return false; // comments, data and disallowed tags would be dropped
      }
      for (Attribute attribute : el.attributes()) {
        if (!safelist.isSafeAttribute(el.tagName(), el, attribute)) {
          return false;
        }
      }
      if (el.normalName().equals("input") && !(isCheckbox(el) && el.hasAttr("disabled"))) {
        return false;
      }
      if (HiddenContent.hides(el)) {
        return false; // a video's fallback: allowed tags, and text a reader never sees
      }
      if (el.normalName().equals("img") && !isCanonicalOrNoDataUrl(el.attr("src"))) {
        return false;
      }
      for (int i = el.childNodeSize() - 1; i >= 0; i--) {
        pending.push(el.childNode(i));
      }
    }
    return true;
  }

  /**
   * {@code html} as it is held until its page is written (the page pipeline writes real UTF-8), in
   * the fewer bytes: Java keeps a string of Latin-1 characters at a byte each, and any other at two
   * bytes a character for the whole string. So a body of Latin-1 characters, or one mostly beyond
   * Latin-1 (Greek, Cyrillic, CJK: {@code &#x3b1;} takes seven bytes where the letter takes two),
   * stays as it is; prose with a curly quote or an emoji now and then has them as numeric
   * references and stays a byte a character. Safe anywhere in renderer and cleaner output, which
   * has no script or style content.
   */
  static String compact(String html) {
    // A char[], not the String: String.charAt on text beyond Latin-1 is a call per char under C1.
    char[] chars = html.toCharArray();
    int next = beyondAscii(chars, 0);
    if (next < 0) {
      return html;
    }
    boolean beyondLatin1 = false;
    long references = 0; // the bytes the references add, beyond the characters they replace
    for (int i = next; i < chars.length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        continue;
      }
      beyondLatin1 |= c > 0xff;
      int point = Character.codePointAt(chars, i);
      int length = Character.charCount(point);
      references += 4 + Integer.toHexString(point).length() - length;
      i += length - 1;
    }
    if (!beyondLatin1 || chars.length + references >= 2L * chars.length) {
      return html;
    }
    return asciiOnly(chars, next);
  }

  /** {@code html} with every character beyond ASCII as a numeric reference. */
  static String asciiOnly(String html) {
    char[] chars = html.toCharArray();
    int next = beyondAscii(chars, 0);
    return next < 0 ? html : asciiOnly(chars, next);
  }

  private static String asciiOnly(char[] chars, int next) {
    // ASCII runs are copied whole: prose with curly quotes and dashes has one every few words.
    StringBuilder out = new StringBuilder(chars.length + 64);
    int from = 0;
    while (next >= 0) {
      int c = Character.codePointAt(chars, next);
      out.append(chars, from, next - from).append("&#x").append(Integer.toHexString(c)).append(';');
      from = next + Character.charCount(c);
      next = beyondAscii(chars, from);
    }
    return out.append(chars, from, chars.length - from).toString();
  }

  /** The index of the first char at or after {@code from} beyond ASCII, or -1. */
  private static int beyondAscii(char[] chars, int from) {
    for (int i = from; i < chars.length; i++) {
      if (chars[i] >= 0x80) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Task lists are the only reason a note has an {@code input}; any other kind, or an enabled
   * checkbox, would make the static page look like a form.
   */
  /**
   * An image pasted as a {@code data:} URL, in the one form the photo stripper reads in a page
   * ({@code data:image/png;base64,...}), so that no spelling a browser reads ({@code
   * DATA:image/PNG;BaSe64,}, a tab inside, a percent-encoded or unencoded body) carries a photo's
   * metadata past it. One a browser would not show loses its {@code src}.
   */
  private static void canonicalDataImages(Document clean) {
    for (Element img : clean.select("img[src]")) {
      String src = img.attr("src");
      if (DataUrl.isDataUrl(src)) {
        DataUrl.read(src)
            .map(DataUrl::canonical)
            .ifPresentOrElse(canonical -> img.attr("src", canonical), () -> img.removeAttr("src"));
      }
    }
  }

  private static boolean isCanonicalOrNoDataUrl(String src) {
    return !DataUrl.isDataUrl(src)
        || DataUrl.read(src).map(d -> d.canonical().equals(src)).orElse(false);
  }

  private static void keepOnlyTaskCheckboxes(Document clean) {
    for (Element input : clean.select("input")) {
      if (isCheckbox(input)) {
        input.attr("disabled", true);
      } else {
        input.remove();
      }
    }
  }

  private static boolean isCheckbox(Element input) {
    return input.attr("type").equalsIgnoreCase("checkbox");
  }
}
