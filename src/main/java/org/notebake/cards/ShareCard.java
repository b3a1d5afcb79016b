package org.notebake.cards;

import java.util.List;

/**
 * What one share card says: a page's title, up to three of its tags and the site's name. Nothing
 * else of a page reaches its card.
 *
 * <pre>{@code
 * new ShareCard("Tracing a GPU fleet", List.of("observability", "gpu"), "Avery Quinn");
 * }</pre>
 */
public record ShareCard(String title, List<String> tags, String siteName) {
  /** Most tags a card shows. */
  public static final int MAX_TAGS = 3;

  /** More of a title than four lines of the smallest type can hold is never drawn. */
  private static final int MAX_CHARS = 240;

  public ShareCard {
    title = clean(title, MAX_CHARS);
    tags = tags.stream().map(t -> clean(t, 60)).filter(t -> !t.isEmpty()).limit(MAX_TAGS).toList();
    siteName = clean(siteName, 120);
  }

  /** Everything the card says, one line each, as the privacy gate reads it. */
  public String text() {
    StringBuilder out = new StringBuilder(title).append('\n');
    tags.forEach(t -> out.append('#').append(t).append('\n'));
    return out.append(siteName).append('\n').toString();
  }

  /** Control characters and runs of white space drawn as one space. */
  private static String clean(String text, int maxChars) {
    if (text == null) {
      return "";
    }
    // Cut first (by code points, so no half of a surrogate pair is left), then tidy.
    String cut =
        text.codePointCount(0, text.length()) > maxChars
            ? text.substring(0, text.offsetByCodePoints(0, maxChars))
            : text;
    return isClean(cut) ? cut : cut.replaceAll("[\\p{Cntrl}\\s\\p{Zs}]+", " ").strip();
  }

  /**
   * True if {@link #clean} would leave the text as it is: no control character, no white space but
   * single spaces between other characters. Most titles and tags are; a rebuild asks for every
   * page's card.
   */
  static boolean isClean(String text) {
    int last = text.length() - 1;
    if (last >= 0
        && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(last)))) {
      return false;
    }
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == last || text.charAt(i - 1) == ' ') {
          return false;
        }
      } else if (c < 0x20 || c == 0x7f || Character.getType(c) == Character.SPACE_SEPARATOR) {
        return false;
      }
    }
    return true;
  }
}
