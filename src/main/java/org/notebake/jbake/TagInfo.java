package org.notebake.jbake;

import java.util.List;

/**
 * A tag page to render: {@code observability} at {@code tags/observability.html} with its feed at
 * {@code tags/observability.xml}. A nested tag's prefix ({@code area} for {@code area/sub}) gets a
 * page too, listing the documents of all its children.
 *
 * @param slug lowercase, hyphenated, '/'-separated for nested tags
 * @param name how the tag is shown (its first spelling in the vault)
 * @param uri site-relative page path
 * @param feedUri site-relative Atom feed path
 * @param documentUris the uris of the tagged documents
 * @param intro the rendered body of the note at the tag page's address ({@code
 *     tags/observability.md}, as Quartz writes a tag's text), shown above the list; "" for none
 */
public record TagInfo(
    String slug, String name, String uri, String feedUri, List<String> documentUris, String intro) {

  public TagInfo {
    documentUris = List.copyOf(documentUris);
    intro = intro == null ? "" : intro;
  }

  public TagInfo(String slug, String name, String uri, String feedUri, List<String> documentUris) {
    this(slug, name, uri, feedUri, documentUris, "");
  }

  /** This tag with {@code html} as the text above its list. */
  public TagInfo withIntro(String html) {
    return new TagInfo(slug, name, uri, feedUri, documentUris, html);
  }
}
