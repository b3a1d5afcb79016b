package org.notebake.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.notebake.cards.ShareCard;
import org.notebake.cards.ShareCards;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.jbake.SiteDocument;

/**
 * Asks {@link ShareCards} for the card of every page that has none of its own, and of the site for
 * its list pages: what a card says is the page's title, its first tags and the site's name, all of
 * them on the page too.
 */
final class ShareCardStep {
  private ShareCardStep() {}

  static ShareCards.Result produce(
      SiteConfig config,
      List<SiteDocument> documents,
      Map<String, AssetCopier.AssetSource> assets,
      Diagnostics diagnostics) {
    if (config.urls().host().isEmpty()) {
      // Open Graph takes absolute image addresses only: without site.host no page names a card.
      return ShareCards.Result.NONE;
    }
    Map<String, Object> vars = config.templateSet().variables();
    String siteTitle = text(vars.get("site_title"));
    List<ShareCards.Request> requests = new ArrayList<>();
    for (SiteDocument doc : documents) {
      if (doc.fields().get("share_card") instanceof String path) {
        requests.add(
            new ShareCards.Request(
                path, doc.sourcePath(), new ShareCard(doc.title(), tagNames(doc), siteTitle)));
      }
    }
    if (text(vars.get("site_og_image")).isEmpty()) {
      String role = text(vars.get("site_role"));
      requests.add(
          new ShareCards.Request(
              ShareCards.SITE_CARD,
              null,
              new ShareCard(siteTitle, List.of(), role.isEmpty() ? siteTitle : role)));
    }
    // serve's preview draws into the configured output's card cache, and leaves its cards there.
    return ShareCards.forSite(config.cacheOutput(), stylesheet(assets))
        .tidy(!config.sharesCaches())
        .produce(requests, diagnostics);
  }

  /** Where the cards are kept (beside the configured output, which serve shares). */
  static java.nio.file.Path cacheFolder(SiteConfig config) {
    return org.notebake.cards.CardCache.beside(config.cacheOutput()).folder();
  }

  private static List<String> tagNames(SiteDocument doc) {
    List<String> names = new ArrayList<>();
    if (doc.fields().get("tag_links") instanceof List<?> links) {
      for (Object link : links) {
        if (link instanceof Map<?, ?> map && map.get("name") != null) {
          names.add(String.valueOf(map.get("name")));
        }
      }
    }
    return names;
  }

  /** The theme's stylesheet (the site's own if it has one), for the cards' colours. */
  private static String stylesheet(Map<String, AssetCopier.AssetSource> assets) {
    AssetCopier.AssetSource css = assets.get("css/site.css");
    try {
      return css == null ? null : new String(css.bytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }

  /** A template variable as text: JBake may have split a comma-separated value into a list. */
  private static String text(Object value) {
    if (value instanceof List<?> list) {
      return String.join(", ", list.stream().map(String::valueOf).map(String::strip).toList());
    }
    return value == null ? "" : String.valueOf(value).strip();
  }
}
