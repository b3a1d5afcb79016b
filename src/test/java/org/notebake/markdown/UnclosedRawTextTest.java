package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.notebake.markdown.obsidian.ObsidianResolver;

class UnclosedRawTextTest {
  private static final MarkdownConverter MARKDOWN = new MarkdownConverter(false, Set.of("private"));
  private static final ObsidianResolver NONE = new UnusedResolver();

  @Test
  void aScriptItsBlockDoesNotCloseIsCutAndTheMarkdownAfterItStays() {
    String note =
        """
        The page I tried:

        <div>
            <script type="module">
                import { App } from './app.js';

                new App().init();
            </script>
        </div>

        ## After the HTML

        This paragraph and heading come after.
        """;
    MarkdownConverter.Rendered rendered = MARKDOWN.renderWithFacts(note, NONE);
    assertThat(rendered.html())
        .doesNotContain("<script")
        .doesNotContain("import {")
        .contains("<h2", "After the HTML</h2>", "<p>This paragraph and heading come after.</p>");
    assertThat(rendered.unclosedHtml())
        .containsExactly(new RawHtml.Unclosed(new RawHtml.Position(4, 5), "script"));
    assertThat(rendered.facts().headings()).hasSize(1);
  }

  @Test
  void aClosedScriptOrOneInACommentIsLeftToTheSanitiser() {
    String note =
        """
        <div>
        <script>let a = 1;</script>
        <!-- <style> -->
        </div>

        <script>
        let b = 2;

        let c = 3;
        </script>

        Inline <textarea>x</textarea> closed.
        """;
    MarkdownConverter.Rendered rendered = MARKDOWN.renderChecked(note, NONE);
    assertThat(rendered.unclosedHtml()).isEmpty();
    assertThat(rendered.html()).contains("let a = 1;", "let c = 3;", "closed.");
  }

  @Test
  void anInlineOpenerLeavesOutTheRestOfItsParagraphOnly() {
    String note =
        """
        Before <style>p { color: red }

        Next paragraph.
        """;
    MarkdownConverter.Rendered rendered = MARKDOWN.renderChecked(note, NONE);
    assertThat(rendered.html()).isEqualTo("<p>Before </p>\n<p>Next paragraph.</p>\n");
    assertThat(rendered.unclosedHtml())
        .containsExactly(new RawHtml.Unclosed(new RawHtml.Position(1, 8), "style"));
  }

  /**
   * Red team: a note of 100,000 unclosed {@code <!--} (400 KB) hung the bake: each was read on to
   * the end of the note again (20,000 took 11 s, 100,000 over three minutes).
   */
  @Test
  @org.junit.jupiter.api.Timeout(value = 60, unit = java.util.concurrent.TimeUnit.SECONDS)
  void unclosedCommentsAreReadInLinearTime() {
    String note = "<div>\n" + "<!--".repeat(250_000) + "\n<script>\n";
    MarkdownConverter.Rendered rendered =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(20), () -> MARKDOWN.renderWithFacts(note, NONE));
    assertThat(rendered.html()).doesNotContain("<script");
  }

  /**
   * Real content (a Spanish vault's "unificar todos los {@code <select>}/controles", a Vue note's
   * "the {@code <template>} block"): the element a page leaves out with all it holds took the rest
   * of the note with it, nine sections of one page. It is cut at its block, as a script is.
   */
  @Test
  void aTemplateOrSelectInProseIsCutAtItsBlockAndTheRestOfTheNoteStays() {
    for (String element :
        new String[] {"template", "select", "svg", "video", "canvas", "datalist", "dialog"}) {
      String note =
          "In Vue, the <"
              + element
              + "> block holds the markup.\n\n- styling all the <"
              + element
              + ">/inputs\n- another item\n\n## Later heading\n\nLast paragraph.\n";
      MarkdownConverter.Rendered rendered = MARKDOWN.renderWithFacts(note, NONE);
      assertThat(rendered.html())
          .as(element)
          .contains("In Vue, the ", "another item", "Later heading</h2>", "<p>Last paragraph.</p>");
      assertThat(rendered.unclosedHtml())
          .as(element)
          .containsExactly(
              new RawHtml.Unclosed(new RawHtml.Position(1, 13), element),
              new RawHtml.Unclosed(new RawHtml.Position(3, 19), element));
    }
    MarkdownConverter.Rendered drawn =
        MARKDOWN.renderWithFacts("An icon <svg viewBox=\"0 0 1 1\"/> and more.\n", NONE);
    assertThat(drawn.unclosedHtml()).isEmpty();
  }

  /**
   * Red team: a Vue snippet's outer {@code <template>}, left open in its block, held a closed inner
   * one, whose end tag was taken for the outer's: the block was not cut, and the heading and
   * paragraph after it vanished into the template.
   */
  @Test
  void anInnerElementOfTheSameNameDoesNotCloseTheOuterOne() {
    String note =
        """
        A component:

        <template>
          <div>
            <template v-if="ok">yes</template>
          </div>

        ## After

        Still here.
        """;
    MarkdownConverter.Rendered rendered = MARKDOWN.renderWithFacts(note, NONE);
    assertThat(rendered.html()).contains("After</h2>", "<p>Still here.</p>");
    assertThat(rendered.unclosedHtml())
        .containsExactly(new RawHtml.Unclosed(new RawHtml.Position(3, 1), "template"));
  }
}
