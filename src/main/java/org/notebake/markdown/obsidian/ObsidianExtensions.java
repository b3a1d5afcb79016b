package org.notebake.markdown.obsidian;

import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.notebake.markdown.obsidian.blockid.BlockIdExtension;
import org.notebake.markdown.obsidian.callout.CalloutExtension;
import org.notebake.markdown.obsidian.comment.CommentExtension;
import org.notebake.markdown.obsidian.heading.HeadingIdExtension;
import org.notebake.markdown.obsidian.highlight.HighlightExtension;
import org.notebake.markdown.obsidian.math.MathExtension;
import org.notebake.markdown.obsidian.mermaid.MermaidExtension;
import org.notebake.markdown.obsidian.tag.TagExtension;
import org.notebake.markdown.obsidian.task.TaskMarkerExtension;
import org.notebake.markdown.obsidian.wikilink.WikiLinkExtension;

/**
 * Every Obsidian extension, in the order they must be registered.
 *
 * <pre>{@code
 * List<Extension> obsidian = ObsidianExtensions.all(resolver, Set.of("private"));
 * Parser parser = Parser.builder().extensions(obsidian)
 *     .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
 * String html = HtmlRenderer.builder().extensions(obsidian).build().render(parser.parse(text));
 * }</pre>
 *
 * <p>Order matters for post-processing: comments and removed callouts go first, so no later pass
 * ever sees private text; wikilinks come after block ids and before anything a caller adds (put
 * commonmark's autolink and task-list extensions after these).
 */
public final class ObsidianExtensions {

  private ObsidianExtensions() {}

  /**
   * @param resolver answers links, embeds and tag pages at render time; may be null for a list used
   *     only to build a Parser
   * @param removedCalloutTypes callout types removed with their content, e.g. {@code
   *     Set.of("private")}
   */
  public static List<Extension> all(ObsidianResolver resolver, Set<String> removedCalloutTypes) {
    return List.of(
        CommentExtension.create(),
        CalloutExtension.builder().removedTypes(removedCalloutTypes).build(),
        BlockIdExtension.create(),
        HighlightExtension.create(),
        MathExtension.create(),
        TagExtension.create(resolver),
        WikiLinkExtension.create(resolver),
        TaskMarkerExtension.create(),
        MermaidExtension.create(),
        HeadingIdExtension.create());
  }
}
