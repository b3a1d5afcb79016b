package org.notebake.cards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.notebake.diagnostics.Diagnostics;

/**
 * The share card stage: every page without a cover gets a card at {@code cards/<its path>.png}, and
 * list pages share the site's card ({@link #SITE_CARD}). Cards come from the cache when their text,
 * font, colours and drawing are unchanged, so a rebuild draws only what changed.
 *
 * <pre>{@code
 * ShareCards cards = new ShareCards(CardCache.beside(output), painter);
 * ShareCards.Result r = cards.produce(List.of(new ShareCards.Request("essays/a.html", card)), diagnostics);
 * r.files();  // {"cards/essays/a.png" -> /home/avery/.site.cards/3f9c….png}
 * }</pre>
 */
public final class ShareCards {
  /** The card of the home page, archive, tag pages and 404 when the site has no site.og.image. */
  public static final String SITE_CARD = "cards/_site.png";

  private final CardCache cache;
  private final Function<ShareCard, byte[]> painter;
  private final String fingerprint;
  private boolean tidy = true;

  /**
   * @param painter draws one card (a {@link CardPainter}, or a counting one in tests)
   * @param fingerprint what the painter draws with (font and colours), part of each cache key
   */
  public ShareCards(CardCache cache, Function<ShareCard, byte[]> painter, String fingerprint) {
    this.cache = cache;
    this.painter = painter;
    this.fingerprint = fingerprint;
  }

  /** The stage as a build uses it: the bundled font and the palette of the theme's stylesheet. */
  public static ShareCards forSite(Path output, String stylesheet) {
    CardFont font = CardFont.bundled();
    CardTheme theme = stylesheet == null ? CardTheme.DEFAULT : CardTheme.fromCss(stylesheet);
    return new ShareCards(
        CardCache.beside(output),
        new CardPainter(font, theme)::paint,
        font.fingerprint() + theme.fingerprint());
  }

  /**
   * Whether {@link #produce} deletes the cached cards this build did not use (true, the default). A
   * preview sharing the bake's cache ({@code serve}) leaves them: they are the bake's.
   */
  public ShareCards tidy(boolean tidy) {
    this.tidy = tidy;
    return this;
  }

  /** Where the card of the page at {@code uri} is published: {@code essays/a.html} → png. */
  public static String path(String uri) {
    String withoutExtension = uri.replaceFirst("\\.[A-Za-z0-9]+$", "");
    return "cards/" + (withoutExtension.isEmpty() ? "index" : withoutExtension) + ".png";
  }

  /** One card to publish at {@code path}, for the page whose source is {@code sourcePath}. */
  public record Request(String path, String sourcePath, ShareCard card) {}

  /** A published card: its site path, cached file, the page it is for and the text it shows. */
  public record Card(String path, Path file, String sourcePath, String text) {}

  /**
   * @param cards by site path
   * @param drawn how many were drawn (not found in the cache)
   */
  public record Result(Map<String, Card> cards, int drawn) {
    public static final Result NONE = new Result(Map.of(), 0);
  }

  /** Finds or draws every requested card. A card that cannot be stored is an error at its page. */
  public Result produce(List<Request> requests, Diagnostics diagnostics) {
    AtomicInteger drawn = new AtomicInteger();
    List<Card> out =
        requests.parallelStream()
            .map(request -> produce(request, drawn, diagnostics))
            .filter(java.util.Objects::nonNull)
            .toList();
    Map<String, Card> byPath = new TreeMap<>();
    new ArrayList<>(out).forEach(c -> byPath.put(c.path(), c));
    if (tidy && out.size() == requests.size()) {
      try {
        cache.keepOnly(out.stream().map(Card::file).collect(java.util.stream.Collectors.toSet()));
      } catch (IOException e) {
        // Only old cards stay behind; the next build tries again.
      }
    }
    return new Result(byPath, drawn.get());
  }

  private Card produce(Request request, AtomicInteger drawn, Diagnostics diagnostics) {
    String key = key(request.card());
    Path file = cache.find(key);
    if (file == null) {
      byte[] png = painter.apply(request.card());
      drawn.incrementAndGet();
      try {
        file = cache.store(key, png);
      } catch (IOException e) {
        diagnostics.error(
            cache.folder().toString(),
            0,
            0,
            "cannot store the share card of "
                + (request.sourcePath() == null ? request.path() : request.sourcePath())
                + ": "
                + org.notebake.diagnostics.OsCause.of(e)
                + " ("
                + cache.folder()
                + "); the card cache lives beside the output folder, which must be writable");
        return null;
      }
    }
    return new Card(request.path(), file, request.sourcePath(), request.card().text());
  }

  private String key(ShareCard card) {
    return CardCache.key(card, fingerprint);
  }
}
