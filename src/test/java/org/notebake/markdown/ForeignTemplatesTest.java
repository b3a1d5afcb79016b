package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.notebake.markdown.ForeignTemplates.Kind;
import org.notebake.markdown.ForeignTemplates.Tag;
import org.notebake.markdown.obsidian.ObsidianResolver;

/**
 * Hugo's shortcodes and Jekyll's Liquid tags left in a note's text, as hugo-book's example site
 * ({@code {{< tabs >}}}, shown raw in its pages' summaries) and the academicpages Jekyll template
 * ({@code {% include base_path %}}) write them.
 */
class ForeignTemplatesTest {
  private static final MarkdownConverter MARKDOWN = new MarkdownConverter(false, Set.of());
  private static final ObsidianResolver NONE = new UnusedResolver();

  private static List<Tag> tags(String note) {
    return MARKDOWN.renderWithFacts(note, NONE).foreignTemplates();
  }

  @Test
  void shortcodesAndLiquidTagsInTextAreFoundAtTheirLineAndColumn() {
    String note =
        """
        Every page can use these parameters.

        {{< tabs >}}
        Before {{% tab "YAML" %}} and {{%/* not run */%}} after.
        {% include base_path %} and {%- assign x = 1 -%}
        """;
    assertThat(tags(note))
        .containsExactly(
            new Tag(3, 1, Kind.HUGO, "tabs"),
            new Tag(4, 8, Kind.HUGO, "tab"),
            new Tag(5, 1, Kind.LIQUID, "include"),
            new Tag(5, 29, Kind.LIQUID, "assign"));
  }

  @Test
  void codeIsWhereSyntaxIsShownOnPurposeAndOtherBracesAreProse() {
    String note =
        """
        Write `{{< figure src="x" >}}` to show a figure.

        ```go-html-template
        {{< tabs >}}
        {% include footer.html %}
        ```

            {% raw %} indented code

        Obsidian's {{date}} and {{ base_path }}, a set {a, b}, 50{%} and printf's {%s}.
        """;
    assertThat(tags(note)).isEmpty();
  }

  @Test
  void aTagInAnEmbeddedNoteOrATableCellIsFoundToo() {
    assertThat(tags("| a | b |\n|---|---|\n| {{< ref \"x\" >}} | y |\n"))
        .containsExactly(new Tag(3, 3, Kind.HUGO, "ref"));
  }

  /** Random text of braces, percents, angles and words: no exception, every tag on a real line. */
  @Test
  void randomTextNeverFailsAndEveryTagIsOnALineOfTheNote() {
    Random random = new Random(20261207);
    String[] pieces = {"{", "}", "{{", "<", ">", "%", "-", " ", "\n", "`", "tab", "if", "\\", "x"};
    for (int n = 0; n < 2000; n++) {
      StringBuilder note = new StringBuilder();
      for (int i = random.nextInt(60); i > 0; i--) {
        note.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = note.toString();
      long lines = text.lines().count();
      for (Tag tag : tags(text)) {
        assertThat(tag.line()).as(text).isBetween(1, (int) Math.max(1, lines));
        assertThat(tag.column()).as(text).isPositive();
        assertThat(tag.name()).as(text).matches("[A-Za-z][\\w./-]*");
      }
    }
  }

  /**
   * Real content (a Jekyll portfolio's home page): a {@code {% for %}} loop in an HTML block was
   * not told, and its {@code {{ p.url }}} links were only "broken links"; the same in a page
   * written in HTML. Code in HTML is shown on purpose.
   */
  @Test
  void tagsInANotesHtmlAreFoundAtTheirLineAndColumn() {
    String note =
        """
        Intro.

        <div class="grid">
        {% for p in site.posts %}
          <a href="{{ p.url }}">{{ p.title }}</a>
        {% endfor %}
        <pre>{% raw %}</pre> <code>{{< tabs >}}</code>
        </div>

        Inline <span>{%- capture x -%}</span> too.
        """;
    assertThat(tags(note))
        .containsExactly(
            new Tag(4, 1, Kind.LIQUID, "for"),
            new Tag(6, 1, Kind.LIQUID, "endfor"),
            new Tag(10, 14, Kind.LIQUID, "capture"));
    assertThat(ForeignTemplates.inHtml("\n\n<ul>\n  {% for x in y %}<li>{{< ref >}}</li>\n</ul>"))
        .containsExactly(new Tag(4, 3, Kind.LIQUID, "for"), new Tag(4, 23, Kind.HUGO, "ref"));
  }
}
