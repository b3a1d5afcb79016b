package org.notebake.markdown.obsidian.heading;

import org.commonmark.Extension;
import org.commonmark.renderer.html.HtmlRenderer;
import org.notebake.markdown.obsidian.heading.internal.HeadingIdAttributeProvider;

/**
 * Gives every heading a GitHub-style {@code id}, computed by {@link HeadingSlugger} so that code
 * resolving {@code [[Note#Heading]]} can compute the same id.
 *
 * <pre>
 * ## Temples &amp; Gardens  -&gt; &lt;h2 id="temples--gardens"&gt;Temples &amp;amp; Gardens&lt;/h2&gt;
 * ## Intro
 * ## Intro               -&gt; &lt;h2 id="intro"&gt;...&lt;/h2&gt; &lt;h2 id="intro-1"&gt;...&lt;/h2&gt;
 * </pre>
 *
 * <p>Ids are deduplicated per render call, so render one note per {@code render(...)} call. A
 * heading with no letters or digits gets no id.
 */
public final class HeadingIdExtension implements HtmlRenderer.HtmlRendererExtension {

  private HeadingIdExtension() {}

  public static Extension create() {
    return new HeadingIdExtension();
  }

  @Override
  public void extend(HtmlRenderer.Builder rendererBuilder) {
    rendererBuilder.attributeProviderFactory(context -> new HeadingIdAttributeProvider());
  }
}
