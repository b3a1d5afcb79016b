package org.notebake.markdown.obsidian.callout;

import java.util.Set;
import java.util.stream.Collectors;
import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.notebake.markdown.obsidian.callout.internal.CalloutBlockParser;
import org.notebake.markdown.obsidian.callout.internal.CalloutHtmlNodeRenderer;
import org.notebake.markdown.obsidian.callout.internal.CalloutRemover;
import org.notebake.markdown.obsidian.callout.internal.CalloutTextContentNodeRenderer;
import org.notebake.markdown.obsidian.callout.internal.CalloutTypes;

/**
 * Obsidian callouts: a block quote starting with {@code [!type]}, optionally foldable.
 *
 * <pre>
 * &gt; [!tip] Pack light
 * &gt; One *bag*.
 *
 * &lt;div class="callout" data-callout="tip"&gt;
 * &lt;div class="callout-title"&gt;Pack light&lt;/div&gt;
 * &lt;div class="callout-content"&gt;
 * &lt;p&gt;One &lt;em&gt;bag&lt;/em&gt;.&lt;/p&gt;
 * &lt;/div&gt;
 * &lt;/div&gt;
 *
 * &gt; [!faq]- Why?    -&gt; &lt;details class="callout" data-callout="faq"&gt;&lt;summary class="callout-title"&gt;Why?&lt;/summary&gt;...
 * &gt; [!faq]+ Why?    -&gt; &lt;details class="callout" data-callout="faq" open=""&gt;...
 * </pre>
 *
 * <p>The type is what stands between {@code [!} and {@code ]}, spaces and all, trimmed and in lower
 * case ({@code [!Take away]} is "take away", {@code [! private ]} is "private"); it is kept in
 * {@code data-callout}, and the default title is the type capitalised. Callouts whose type is in
 * {@link Builder#removedTypes(Set)} (default {@code private}) are removed from the document right
 * after parsing, contents and all.
 *
 * <p>A callout holds what CommonMark would put in the block quote it is written as: the lines that
 * lazily continue the marker line without a {@code >} too ({@code > [!private]\nMy PIN} is one
 * callout). {@code [!type|metadata]} is read as {@code type}, and a quote whose first lines are
 * blank {@code >} lines is a callout when the marker follows them.
 */
public final class CalloutExtension
    implements Parser.ParserExtension,
        HtmlRenderer.HtmlRendererExtension,
        TextContentRenderer.TextContentRendererExtension {

  private final Set<String> removedTypes;

  private CalloutExtension(Builder builder) {
    this.removedTypes = builder.removedTypes;
  }

  /** Callouts with the default options: {@code [!private]} callouts are removed. */
  public static Extension create() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.customBlockParserFactory(new CalloutBlockParser.Factory());
    parserBuilder.postProcessor(new CalloutRemover(removedTypes));
  }

  @Override
  public void extend(HtmlRenderer.Builder rendererBuilder) {
    rendererBuilder.nodeRendererFactory(CalloutHtmlNodeRenderer::new);
  }

  @Override
  public void extend(TextContentRenderer.Builder rendererBuilder) {
    rendererBuilder.nodeRendererFactory(CalloutTextContentNodeRenderer::new);
  }

  /** Options for {@link CalloutExtension}. */
  public static final class Builder {
    private Set<String> removedTypes = Set.of("private");

    private Builder() {}

    /**
     * Callout types removed from the document with all their content; matched case-insensitively.
     * Replaces the default {@code {"private"}}; pass an empty set to keep every callout.
     *
     * @throws IllegalArgumentException if a type is blank
     */
    public Builder removedTypes(Set<String> types) {
      for (String type : types) {
        if (type == null || type.isBlank()) {
          throw new IllegalArgumentException(
              "removedTypes: callout type must not be blank, got " + types);
        }
      }
      this.removedTypes = types.stream().map(CalloutTypes::folded).collect(Collectors.toSet());
      return this;
    }

    public Extension build() {
      return new CalloutExtension(this);
    }
  }
}
