package org.notebake.gallery.variants;

import java.nio.file.Path;

/**
 * A photo to publish.
 *
 * @param file the photo as the author knows it (vault-relative), for diagnostics
 * @param path where to read it
 * @param uri where the original would be published, relative to the site root; variants go beside
 *     it
 */
public record PhotoSource(String file, Path path, String uri) {}
