package org.notebake.gallery.variants;

import java.nio.file.Path;

/**
 * A photo to publish.
 *
 * @param file the photo as the author knows it (vault-relative), for diagnostics
 * @param path where to read it
 * @param uri where the original would be published, relative to the site root; variants go beside
 *     it
 * @param shownBy the first note that shows it (vault-relative), named when the photo cannot be
 *     published; null for an album's photo or a site image
 */
public record PhotoSource(String file, Path path, String uri, String shownBy) {}
