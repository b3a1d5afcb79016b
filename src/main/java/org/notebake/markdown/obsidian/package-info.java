/**
 * Obsidian Markdown as CommonMark extensions: wikilinks and embeds, callouts, highlights, maths,
 * comments, tags, block ids, custom task statuses, Mermaid blocks and heading ids, one sub-package
 * each, in the shape of commonmark-java's own extensions (public extension and node types, parsers
 * and renderers under {@code internal}).
 *
 * <p>How the pieces fit:
 *
 * <ul>
 *   <li>Parsing never resolves anything. Build one {@code Parser} per site from {@link
 *       org.notebake.markdown.obsidian.ObsidianExtensions#all} (the resolver may be null there)
 *       with {@code IncludeSourceSpans.BLOCKS_AND_INLINES}, so nodes carry line and column.
 *   <li>Comments and {@code [!private]} callouts are removed from the AST right after parsing;
 *       nothing of them reaches rendering, link or tag indexing.
 *   <li>Rendering asks an {@link org.notebake.markdown.obsidian.ObsidianResolver}. Hrefs are
 *       relative to the note, so build a (cheap) {@code HtmlRenderer} per note with that note's
 *       resolver; no thread-local or shared mutable state is involved, so notes render in parallel.
 * </ul>
 *
 * <p>These packages import only {@code org.commonmark} and {@code java.*}.
 */
package org.notebake.markdown.obsidian;
