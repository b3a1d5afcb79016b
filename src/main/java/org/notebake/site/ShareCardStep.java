package org.notebake.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.notebake.cards.CardCache;
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

  /**
   * @param draftPage whether a page ({@code daily/a.html}) shows a private note, in a preview with
   *     drafts ({@code serve --drafts}); null in any other build
   */
  static ShareCards.Result produce(
      SiteConfig config,
      List<SiteDocument> documents,
      Map<String, AssetCopier.AssetSource> assets,
      Predicate<String> draftPage,
      Diagnostics diagnostics) {
    return produce(config, documents, assets, draftPage, true, diagnostics);
  }

  /**
   * As {@link #produce(SiteConfig, List, Map, Predicate, Diagnostics)}; with {@code
   * siteTemplatesShowCards} false (no template of the site's own names {@code share_card}), only
   * the pages the built-in theme draws get cards: a JBake site's own templates show none, and JBake
   * writes none (an own-templated blog of 133 pages got 5.8 MB of cards no page named).
   */
  static ShareCards.Result produce(
      SiteConfig config,
      List<SiteDocument> documents,
      Map<String, AssetCopier.AssetSource> assets,
      Predicate<String> draftPage,
      boolean siteTemplatesShowCards,
      Diagnostics diagnostics) {
    if (config.urls().host().isEmpty()) {
      // Open Graph takes absolute image addresses only: without site.host no page names a card.
      return ShareCards.Result.NONE;
    }
    Map<String, Object> vars = config.templateSet().variables();
    String siteTitle = text(vars.get("site_title"));
    List<ShareCards.Request> requests = new ArrayList<>();
    List<ShareCards.Request> drafts = new ArrayList<>();
    boolean apart = draftPage != null && !draftsFolder(config).equals(cacheFolder(config));
    Map<String, SiteConfig.Template> templates = config.templateSet().byType();
    Predicate<String> shows =
        type -> {
          SiteConfig.Template template = templates.get(type);
          return siteTemplatesShowCards || (template != null && !template.fromSite());
        };
    for (SiteDocument doc : documents) {
      if (doc.fields().get("share_card") instanceof String path && shows.test(doc.type())) {
        (apart && draftPage.test(doc.uri()) ? drafts : requests)
            .add(
                new ShareCards.Request(
                    path, doc.sourcePath(), new ShareCard(doc.title(), tagNames(doc), siteTitle)));
      }
    }
    boolean builtInPages = templates.values().stream().anyMatch(t -> !t.fromSite());
    if (text(vars.get("site_og_image")).isEmpty() && (siteTemplatesShowCards || builtInPages)) {
      String role = text(vars.get("site_role"));
      requests.add(
          new ShareCards.Request(
              ShareCards.SITE_CARD,
              null,
              new ShareCard(siteTitle, List.of(), role.isEmpty() ? siteTitle : role)));
    }
    String css = stylesheet(assets);
    // serve's preview draws published pages' cards into the configured output's card cache, and
    // leaves them there.
    ShareCards.Result shared =
        ShareCards.forSite(config.cacheOutput(), css)
            .tidy(!config.sharesCaches())
            .produce(requests, diagnostics);
    if (!apart) {
      return shared;
    }
    // A private note's card shows its title and tags: it is kept in serve's own temporary folder,
    // deleted when serve stops, never beside the configured output where a later bake (or git)
    // would find it.
    ShareCards.Result own =
        ShareCards.forSite(config.output(), css).tidy(true).produce(drafts, diagnostics);
    Map<String, ShareCards.Card> all = new TreeMap<>(shared.cards());
    all.putAll(own.cards());
    return new ShareCards.Result(all, shared.drawn() + own.drawn());
  }

  /**
   * Where the cards of published pages are kept (beside the configured output, which serve shares).
   */
  static Path cacheFolder(SiteConfig config) {
    return CardCache.beside(config.cacheOutput()).folder();
  }

  /** Where a preview keeps its drafts' cards: beside its own output, in its temporary folder. */
  static Path draftsFolder(SiteConfig config) {
    return CardCache.beside(config.output()).folder();
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
