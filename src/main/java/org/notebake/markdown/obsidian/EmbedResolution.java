package org.notebake.markdown.obsidian;

/**
 * What an embed ({@code ![[..]]} or a relative {@code ![..](..)}) becomes, as decided by an {@link
 * ObsidianResolver}.
 *
 * <pre>
 * Image("img/a.webp", "a", 300, null)  -> &lt;img src="img/a.webp" alt="a" width="300"&gt;
 * Media("audio", "talk.mp3")           -> &lt;audio controls="" src="talk.mp3"&gt;&lt;/audio&gt;
 * Download("files/cv.pdf", "cv.pdf")   -> &lt;a class="download" href="files/cv.pdf"&gt;cv.pdf&lt;/a&gt;
 * Unresolved("secret.png")             -> &lt;span class="broken-embed"&gt;secret.png&lt;/span&gt;
 * </pre>
 */
public sealed interface EmbedResolution {

  /** An image; null width or height attributes are left out. */
  record Image(String src, String alt, Integer width, Integer height) implements EmbedResolution {}

  /**
   * Audio or video played in the page.
   *
   * @param kind "audio" or "video"
   */
  record Media(String kind, String src) implements EmbedResolution {}

  /** Any other file, offered as a download link. */
  record Download(String href, String name) implements EmbedResolution {}

  /**
   * Another note's content placed in this one.
   *
   * @param html trusted HTML of the embedded note (or section), written as is
   */
  record Transclusion(String href, String title, String html) implements EmbedResolution {}

  /** A missing or unpublished file or note; rendered as text only. */
  record Unresolved(String text) implements EmbedResolution {}
}
