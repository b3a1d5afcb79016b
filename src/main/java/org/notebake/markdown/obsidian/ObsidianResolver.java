package org.notebake.markdown.obsidian;

/**
 * Answers, at render time, where an Obsidian link, embed or tag points. The parser never resolves;
 * the renderers ask this, and it knows only published notes, so a private note can never leak.
 *
 * <pre>{@code
 * ObsidianResolver resolver = new ObsidianResolver() {
 *   public LinkResolution resolveLink(LinkRequest r) {
 *     return r.target().equals("Kyoto")
 *         ? new LinkResolution.Resolved("kyoto.html", "Kyoto")
 *         : new LinkResolution.Unresolved(r.target());
 *   }
 *   public EmbedResolution resolveEmbed(LinkRequest r) {
 *     return new EmbedResolution.Unresolved(r.target());
 *   }
 *   public String tagHref(String tag) {
 *     return "../tags/" + tag + ".html";
 *   }
 * };
 * }</pre>
 *
 * <p>Implementations are called from the threads that render notes, so they must be safe to use
 * concurrently (or be made per note).
 */
public interface ObsidianResolver {

  /** Resolves {@code [[..]]} wikilinks and relative standard links {@code [..](..)}. */
  LinkResolution resolveLink(LinkRequest request);

  /** Resolves {@code ![[..]]} embeds and relative standard images {@code ![..](..)}. */
  EmbedResolution resolveEmbed(LinkRequest request);

  /**
   * The href of the page listing a tag, e.g. {@code "../tags/observability.html"}, or null when
   * there is none (the tag is then text in a {@code <span class="tag">}).
   */
  String tagHref(String tag);

  /**
   * The path from the site's root that an absolute address of the site itself names, or null for
   * any other address. On a site at {@code https://avery.example.org/}, {@code
   * [cv](https://avery.example.org/files/cv.pdf)} gives {@code /files/cv.pdf}, and the link is
   * resolved as {@code [cv](/files/cv.pdf)} is. Asking tells nobody anything: it publishes nothing
   * and reports nothing.
   */
  default String sitePath(String address) {
    return null;
  }

  /**
   * Whether {@code target} names a note of the vault, published or not, as a wikilink would name it
   * ({@code Essays/Signals lost}). An {@code obsidian://open} link to such a note is resolved as a
   * wikilink to it ({@link ObsidianUri}). Asking publishes nothing and reports nothing.
   */
  default boolean namesNote(String target) {
    return false;
  }
}
