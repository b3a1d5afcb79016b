package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notebake.markdown.MarkdownConverter;
import org.notebake.markdown.obsidian.EmbedResolution;
import org.notebake.markdown.obsidian.LinkRequest;
import org.notebake.markdown.obsidian.LinkResolution;
import org.notebake.markdown.obsidian.ObsidianResolver;

/**
 * HTML the Markdown renderers made skips the sanitiser's rebuild when the allow-list keeps all of
 * it. A page must not be able to tell: the text is the same, and the HTML is the same tree once a
 * page parses it.
 */
class CleanRenderedTest {
  private final NoteHtmlSanitizer sanitizer = new NoteHtmlSanitizer();

  /** Every construct the renderers know, in one note. */
  private static final String EVERYTHING =
      """
      # Signals & "noise" #observability
      Intro with [[Queue Weather#Design|the design]], [[Missing note]] and [a link](other.md#part).
      Café — naïve “quotes” and an emoji 🙂, a `<span>`-free line & an ampersand.\\
      Hard break above; `code <b>` and **strong _em_** ~~struck~~ ==marked==.

      ## Details ^not-a-block

      | left | right | #in-table |
      |:---|---:|:-:|
      | ~~struck [[Struck]]~~ | x | [[Tabled]] |

      - [ ] task with [[Task Target]] #todo/later
      - [x] done task
      - item ^item-block
        1. nested
        2. list

      > [!note] Callout title
      > inside [[Called]] and ![[photo.png|320]]

      > [!faq]- Folded
      > hidden answer

      > A quote
      > over lines

      %% a comment with [[Hidden]] #hidden %%

      ```java
      int  x = 1 < 2 && "a" != 'b';
      ```

          indented code

      ![an image](img/cat.png "A title") ![[clip.mp4]] ![[report.pdf]] ![[gone.png]]

      <https://example.org/auto> and https://example.org/bare and www.example.org and
      mailto:avery@example.org plus [phone](tel:+19125550142) and [mail](mailto:a@example.org).

      ***

      Text with a footnote[^1] and another[^long].

      [^1]: note with [[Footnoted]]
      [^long]: A longer footnote.
      """;

  private static final ObsidianResolver RESOLVER =
      new ObsidianResolver() {
        @Override
        public LinkResolution resolveLink(LinkRequest request) {
          if (request.target().startsWith("Missing")) {
            return new LinkResolution.Unresolved(request.target());
          }
          String slug = request.target().toLowerCase().replace(' ', '-');
          return new LinkResolution.Resolved("../notes/" + slug + ".html", request.target());
        }

        @Override
        public EmbedResolution resolveEmbed(LinkRequest request) {
          String target = request.target();
          if (target.endsWith(".png") && !target.startsWith("gone")) {
            return new EmbedResolution.Image("../media/" + target, target, 320, 200);
          }
          if (target.endsWith(".mp4")) {
            return new EmbedResolution.Media("video", "../media/" + target);
          }
          if (target.endsWith(".pdf")) {
            return new EmbedResolution.Download("../media/" + target, target);
          }
          return new EmbedResolution.Unresolved(target);
        }

        @Override
        public String tagHref(String tag) {
          return "../tags/" + tag + ".html";
        }
      };

  @Test
  void everyConstructComesOutAsTheSanitiserWouldHaveMadeIt() {
    for (boolean strict : new boolean[] {false, true}) {
      MarkdownConverter.Rendered rendered =
          new MarkdownConverter(strict, Set.of()).renderWithFacts(EVERYTHING, RESOLVER);

      assertThat(rendered.rawHtml()).isFalse();
      assertThat(assertSameAsCleaned(rendered.html())).as("kept as rendered").isTrue();
    }
  }

  @Test
  void randomMixesOfConstructsComeOutTheSameToo() {
    List<String> pieces =
        List.of(
            "word",
            "Ünïcödé",
            "**bold**",
            "_em_",
            "~~del~~",
            "==mark==",
            "`co de`",
            "[[Target]]",
            "[[Missing]]",
            "[[Target|alias]]",
            "![[photo.png]]",
            "#tag",
            "[x](https://example.org)",
            "[y](../a.md)",
            "![alt](a.png)",
            "https://example.org/z",
            "x[^1]",
            "&amp;",
            "a\\\nb",
            "\n\n",
            "\n- item\n",
            "\n> quote\n\n",
            "\n# Heading\n",
            "\n| a | b |\n|---|---|\n| 1 | 2 |\n\n",
            "\n```\ncode\n```\n",
            "\n- [ ] task\n",
            "\n> [!tip] Tip\n> body\n\n",
            // Odd Unicode and characters HTML escapes.
            "\ud83d\ude00",
            "\ud800",
            "\udc00x",
            "e\u0301",
            "\u202e\u2066",
            "\u200d\ufeff",
            "\u0000",
            "\ufffd",
            "\u00a0",
            "\u2028",
            "\uff41\uff42",
            "\ud835\udc1a",
            "< > \" ' &",
            "&nbsp;&copy;&#x1F600;");
    Random random = new Random(7);
    MarkdownConverter md = new MarkdownConverter(false, Set.of());
    int keptAsRendered = 0;
    for (int n = 0; n < 3_000; n++) {
      StringBuilder note = new StringBuilder();
      for (int i = random.nextInt(12) + 1; i > 0; i--) {
        note.append(pieces.get(random.nextInt(pieces.size())))
            .append(random.nextBoolean() ? " " : "");
      }
      note.append("\n\n[^1]: foot\n");
      MarkdownConverter.Rendered rendered = md.renderWithFacts(note.toString(), RESOLVER);
      assertThat(rendered.rawHtml()).as(note.toString()).isFalse();
      if (assertSameAsCleaned(rendered.html())) {
        keptAsRendered++;
      }
    }
    // The rest hold a URL the policy refuses (the autolinker takes "xhttps://" for one): those
    // are cleaned.
    assertThat(keptAsRendered).isGreaterThan(2_800);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<p><a href=\"javascript:alert(1)\">x</a></p>",
        "<p><img src=\"x.png\" onerror=\"alert(1)\"></p>",
        "<p>a<!-- hidden --></p>",
        "<p><input type=\"checkbox\"> unchecked but enabled</p>",
        "<p><input type=\"text\"></p>",
        "<script>alert(1)</script>",
        "<p style=\"color:red\">x</p>",
      })
  void anythingTheAllowListWouldChangeIsCleanedAsBefore(String html) {
    assertThat(sanitizer.cleanRendered(html)).isEqualTo(sanitizer.cleanWithText(html));
  }

  @Test
  void rawHtmlInANoteIsReported() {
    MarkdownConverter md = new MarkdownConverter(false, Set.of());

    assertThat(md.renderWithFacts("a <b>bold</b> word", RESOLVER).rawHtml()).isTrue();
    assertThat(md.renderWithFacts("<div>\nblock\n</div>\n", RESOLVER).rawHtml()).isTrue();
    assertThat(md.renderWithFacts("> [!note]\n> <i>in a callout</i>\n", RESOLVER).rawHtml())
        .isTrue();
    assertThat(md.renderWithFacts("a &lt;b&gt; `<b>` word", RESOLVER).rawHtml()).isFalse();
  }

  @Test
  void charactersBeyondAsciiBecomeReferences() {
    assertThat(NoteHtmlSanitizer.asciiOnly("<p>plain</p>")).isEqualTo("<p>plain</p>");
    assertThat(NoteHtmlSanitizer.asciiOnly("<p title=\"é\">Café 🙂 ↩</p>"))
        .isEqualTo("<p title=\"&#xe9;\">Caf&#xe9; &#x1f642; &#x21a9;</p>");
  }

  @Test
  void charactersBeyondAsciiAtTheEdgesAndSideBySide() {
    assertThat(NoteHtmlSanitizer.asciiOnly("")).isEmpty();
    assertThat(NoteHtmlSanitizer.asciiOnly("\u2019")).isEqualTo("&#x2019;");
    assertThat(NoteHtmlSanitizer.asciiOnly("\u201cquoted\u201d"))
        .isEqualTo("&#x201c;quoted&#x201d;");
    assertThat(NoteHtmlSanitizer.asciiOnly("a\u2014\u2014\ud83d\ude42\u2013b"))
        .isEqualTo("a&#x2014;&#x2014;&#x1f642;&#x2013;b");
  }

  @Test
  void charactersBeyondAsciiAgreeWithCodePointByCodePoint() {
    // Odd Unicode: lone surrogates, pairs, controls, the BMP's edges, ASCII runs between them.
    char[] pool = {
      'a', '<', '&', ';', '\n', 0x7f, 0x80, 0xe9, 0x2019, 0xd83d, 0xde42, 0xdbff, 0xffff
    };
    Random random = new Random(20261203);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(pool[random.nextInt(pool.length)]);
      }
      String html = text.toString();
      StringBuilder expected = new StringBuilder();
      html.codePoints()
          .forEach(
              c ->
                  expected.append(
                      c < 0x80 ? String.valueOf((char) c) : "&#x" + Integer.toHexString(c) + ";"));
      assertThat(NoteHtmlSanitizer.asciiOnly(html)).as(html).isEqualTo(expected.toString());
    }
  }

  /**
   * A 10,000-note vault of Greek prose ran out of memory at the heap that fits the same vault in
   * English: its bodies were held as references (&#x3b1;, seven bytes a letter against two).
   */
  @Test
  void aBodyIsHeldInTheFewerBytes() {
    String greek =
        "<p>\u0394\u03b1\u03c4\u03b1 \u03c8\u03bb\u03b5\u03b1\u03c1\u03bb\u03c5 \u2019</p>";
    assertThat(NoteHtmlSanitizer.compact(greek)).isSameAs(greek);
    String latin1 = "<p>Caf\u00e9 cr\u00e8me, \u00fcber</p>";
    assertThat(NoteHtmlSanitizer.compact(latin1)).isSameAs(latin1);
    assertThat(NoteHtmlSanitizer.compact("<p>It\u2019s plain prose, caf\u00e9 and all.</p>"))
        .isEqualTo("<p>It&#x2019;s plain prose, caf&#xe9; and all.</p>");
    assertThat(NoteHtmlSanitizer.compact("<p>plain</p>")).isEqualTo("<p>plain</p>");
    assertThat(NoteHtmlSanitizer.compact("")).isEmpty();
  }

  @Test
  void compactIsTheSameTextInNoMoreBytesThanEither() {
    char[] pool = {'a', ' ', '<', '&', 0xe9, 0x3b1, 0x4e2d, 0x2019, 0xd83d, 0xde42, 0xdbff};
    Random random = new Random(20261206);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      int skew = random.nextInt(pool.length) + 1; // from ASCII alone to every kind of character
      for (int i = random.nextInt(60); i > 0; i--) {
        text.append(pool[random.nextInt(skew)]);
      }
      String html = text.toString();
      String compact = NoteHtmlSanitizer.compact(html);
      assertThat(compact).as(html).isIn(html, NoteHtmlSanitizer.asciiOnly(html));
      assertThat(held(compact))
          .as(html)
          .isLessThanOrEqualTo(Math.min(held(html), held(NoteHtmlSanitizer.asciiOnly(html))));
    }
  }

  /** The bytes a Java string holds {@code s} in: one a char if all are Latin-1, else two. */
  private static long held(String s) {
    return s.chars().allMatch(c -> c <= 0xff) ? s.length() : 2L * s.length();
  }

  /** Asserts the two agree; returns whether the HTML was kept as rendered (not rebuilt). */
  private boolean assertSameAsCleaned(String html) {
    NoteHtmlSanitizer.Cleaned cleaned = sanitizer.cleanWithText(html);
    NoteHtmlSanitizer.Cleaned fast = sanitizer.cleanRendered(html);

    assertThat(fast.text()).as(html).isEqualTo(cleaned.text());
    assertThat(onAPage(fast.html())).as(html).isEqualTo(onAPage(cleaned.html()));
    return fast.html().equals(NoteHtmlSanitizer.compact(html));
  }

  /** The body as a page holds it after parsing, written with fixed settings. */
  private static String onAPage(String body) {
    org.jsoup.nodes.Document page =
        Jsoup.parse("<!DOCTYPE html><html><body><main><div class=\"prose\">" + body + "</div>");
    page.outputSettings().prettyPrint(false);
    // An attribute written without a value and one written as ="" are the same to a browser.
    return page.body().html().replace("=\"\"", "");
  }
}
