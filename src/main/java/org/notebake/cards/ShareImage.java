package org.notebake.cards;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The share image fields of a page, for its {@code og:image} tags: a cover's size, or the path and
 * size of the card drawn for a page without one.
 *
 * <pre>{@code
 * ShareImage.fields("essays/a.html", Optional.empty(), fields);
 * // share_card=cards/essays/a.png, share_card_width=1200, share_card_height=630
 * }</pre>
 */
public final class ShareImage {
  private ShareImage() {}

  public static void fields(String uri, Optional<Path> cover, Map<String, Object> fields) {
    if (cover.isPresent()) {
      CoverSize.of(cover.get())
          .ifPresent(
              size -> {
                fields.put("cover_width", size.width());
                fields.put("cover_height", size.height());
              });
      return;
    }
    String card = ShareCards.path(uri);
    if (org.notebake.text.FileNames.tooLong(card) != null) {
      // A page whose own name fits only with a short output.extension (.h): its card's would not
      // be written, so it shows the site's card, as a list page does.
      return;
    }
    fields.put("share_card", card);
    fields.put("share_card_width", CardPainter.WIDTH);
    fields.put("share_card_height", CardPainter.HEIGHT);
  }
}
