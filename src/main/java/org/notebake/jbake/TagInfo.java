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
 */
public record TagInfo(
    String slug, String name, String uri, String feedUri, List<String> documentUris) {

  public TagInfo {
    documentUris = List.copyOf(documentUris);
  }
}
