package org.notebake.markdown.obsidian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.notebake.markdown.obsidian.callout.CalloutExtension;
import org.notebake.markdown.obsidian.tag.TagExtension;
import org.notebake.markdown.obsidian.wikilink.WikiLinkExtension;

class ExtensionConfigurationTest {

  @Test
  void blankRemovedCalloutTypeIsRejectedNamingTheOption() {
    assertThatThrownBy(() -> CalloutExtension.builder().removedTypes(Set.of(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("removedTypes");
  }

  @Test
  void removedCalloutTypesAreCaseInsensitive() {
    String html =
        render(
            List.of(CalloutExtension.builder().removedTypes(Set.of("Diary")).build()),
            "> [!DIARY]\n> secret\n\n> [!private]\n> kept when not configured");

    assertThat(html).doesNotContain("secret").contains("kept when not configured");
  }

  @Test
  void emptyRemovedTypesKeepsPrivateCallouts() {
    String html =
        render(
            List.of(CalloutExtension.builder().removedTypes(Set.of()).build()),
            "> [!private]\n> x");

    assertThat(html).contains("data-callout=\"private\"", "<p>x</p>");
  }

  @Test
  void defaultCalloutExtensionRemovesPrivateCallouts() {
    assertThat(render(List.of(CalloutExtension.create()), "> [!private]\n> x\n\ny"))
        .isEqualTo("<p>y</p>\n");
  }

  @Test
  void renderingALinkWithoutResolverFailsNamingTheFix() {
    assertThatThrownBy(() -> render(List.of(WikiLinkExtension.create()), "[[Kyoto]]"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("WikiLinkExtension.create(resolver)");
  }

  @Test
  void renderingATagWithoutResolverFailsNamingTheFix() {
    assertThatThrownBy(() -> render(List.of(TagExtension.create()), "#tag"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TagExtension.create(resolver)");
  }

  @Test
  void externalLinksRenderWithoutAResolver() {
    assertThat(render(List.of(WikiLinkExtension.create()), "[a](https://example.org)"))
        .isEqualTo("<p><a href=\"https://example.org\">a</a></p>\n");
  }

  @Test
  void parserBuiltOnceServesRenderersBuiltPerNote() {
    Parser parser = Parser.builder().extensions(ObsidianExtensions.all(null, Set.of())).build();
    ObsidianResolver first = new FakeResolver();

    String html =
        HtmlRenderer.builder()
            .extensions(ObsidianExtensions.all(first, Set.of()))
            .build()
            .render(parser.parse("[[Kyoto]] #tag"));

    assertThat(html)
        .isEqualTo(
            "<p><a class=\"internal-link\" href=\"kyoto.html\">Kyoto</a>"
                + " <a class=\"tag\" href=\"tags/tag.html\">#tag</a></p>\n");
  }

  private static String render(List<Extension> extensions, String markdown) {
    Parser parser = Parser.builder().extensions(extensions).build();
    return HtmlRenderer.builder().extensions(extensions).build().render(parser.parse(markdown));
  }
}
