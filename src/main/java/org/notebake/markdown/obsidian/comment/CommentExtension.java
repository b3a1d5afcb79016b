package org.notebake.markdown.obsidian.comment;

import org.commonmark.Extension;
import org.commonmark.parser.Parser;
import org.notebake.markdown.obsidian.comment.internal.CommentRemover;

/**
 * Obsidian comments {@code %%like this%%}, inline or spanning several lines and paragraphs, are
 * removed from the document right after parsing, before anything renders, indexes links or collects
 * tags.
 *
 * <pre>
 * Call Ana %%at 912 555 0142%% soon. -&gt; &lt;p&gt;Call Ana  soon.&lt;/p&gt;
 *
 * %%
 * draft: [[Secret Note]] #private
 * %%
 * Public text.                       -&gt; &lt;p&gt;Public text.&lt;/p&gt;
 * </pre>
 *
 * <p>An unclosed {@code %%} hides the rest of the note, as in Obsidian. {@code %%} inside code
 * spans and code blocks (a fence's info string included) is code, not a comment. In raw HTML it is
 * a marker as in text, and raw HTML that a comment touches is dropped whole. A comment in a link's
 * or image's URL or title is cut from it ({@code [a](https://example.org/%%x%%)} links to {@code
 * https://example.org/}), an unclosed one to the end of that URL or title; a comment in a
 * wikilink's alias or heading is cut from it. Register it first, so the other extensions'
 * post-passes never see commented text. A link reference definition written inside a comment is
 * removed, and links elsewhere that use it become plain text.
 */
public final class CommentExtension implements Parser.ParserExtension {

  private CommentExtension() {}

  public static Extension create() {
    return new CommentExtension();
  }

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.postProcessor(new CommentRemover());
  }
}
