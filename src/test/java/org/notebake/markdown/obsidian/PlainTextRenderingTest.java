package org.notebake.markdown.obsidian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

/** Search indexes and descriptions read plain text; Obsidian nodes must not vanish from it. */
class PlainTextRenderingTest {

  private static final TextContentRenderer TEXT =
      TextContentRenderer.builder()
          .extensions(ObsidianExtensions.all(new FakeResolver(), Set.of("private")))
          .build();

  private static String text(String markdown) {
    return TEXT.render(ObsidianRendering.parse(markdown));
  }

  @Test
  void wikiLinkShowsAliasOrTarget() {
    assertThat(text("See [[Kyoto|the city]] and [[Other Note]] and [[#Intro]]."))
        .isEqualTo("See the city and Other Note and Intro.");
  }

  @Test
  void embedsContributeNoText() {
    assertThat(text("a ![[photo.png|300]] b")).isEqualTo("a  b");
  }

  @Test
  void tagsAndHighlightsKeepTheirText() {
    assertThat(text("#area/sub is ==very== nice")).isEqualTo("#area/sub is very nice");
  }

  @Test
  void calloutGivesTitleThenBody() {
    assertThat(text("> [!tip]\n> Pack light.")).isEqualTo("Tip\nPack light.");
    assertThat(text("> [!tip] Travel\n> Pack light.")).isEqualTo("Travel\nPack light.");
  }

  @Test
  void commentsAndPrivateCalloutsAreAbsent() {
    assertThat(text("a %%912 555 0142%% b\n\n> [!private]\n> diary")).isEqualTo("a  b");
  }
}
