package org.notebake.markdown.obsidian;

/**
 * What a link points at, as decided by an {@link ObsidianResolver}.
 *
 * <p>{@code new Resolved("../notes/kyoto.html#temples", "Kyoto > Temples")} renders {@code <a
 * class="internal-link" href="../notes/kyoto.html#temples">Kyoto &gt; Temples</a>}; {@code new
 * Unresolved("Kyoto")} renders {@code <span class="broken-link">Kyoto</span>}.
 */
public sealed interface LinkResolution {

  /**
   * A published target.
   *
   * @param href where the link goes, relative to the rendered page
   * @param text shown when the link itself gives no text (no alias, no link text)
   */
  record Resolved(String href, String text) implements LinkResolution {}

  /**
   * A missing or unpublished target; rendered as text, never as a URL.
   *
   * @param text shown when the link gives no alias, normally the target as written
   */
  record Unresolved(String text) implements LinkResolution {}
}
