package org.notebake.site;

import java.util.List;
import java.util.Map;
import org.notebake.config.SiteConfig;
import org.notebake.jbake.SiteDocument;

/**
 * The built-in theme's album grid and lightbox ({@code css/album.css}, {@code css/lightbox.css},
 * {@code js/lightbox.js}) go to the output only when the built-in theme draws a gallery page: a
 * vault without albums, or a JBake site whose own templates draw its galleries, got three files no
 * page loads (JBake writes none of them).
 */
final class GalleryAssets {
  /** The theme's files only its album pages and gallery index load ({@code scripts.ftlh}). */
  static final List<String> FILES = List.of("css/album.css", "css/lightbox.css", "js/lightbox.js");

  private GalleryAssets() {}

  /**
   * Removes the theme's gallery files from {@code assets} unless a gallery is drawn by a built-in
   * template; a site's own file of the same path stays, as every asset of its own does.
   */
  static void keepOnlyIfShown(
      Map<String, AssetCopier.AssetSource> assets,
      List<SiteDocument> documents,
      Map<String, SiteConfig.Template> templates) {
    boolean galleries = documents.stream().anyMatch(d -> d.type().equals("gallery"));
    boolean builtIn =
        List.of("gallery", "galleryindex").stream()
            .map(templates::get)
            .anyMatch(t -> t != null && !t.fromSite());
    if (galleries && builtIn) {
      return;
    }
    for (String file : FILES) {
      AssetCopier.AssetSource source = assets.get(file);
      if (source != null && source.resource() != null) {
        assets.remove(file); // the theme's (a bundled resource), not the site's own
      }
    }
  }
}
