package org.notebake.markdown.obsidian.heading;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.commonmark.node.Node;
import org.notebake.markdown.obsidian.PlainText;

/**
 * GitHub-style heading ids, deduplicated within one document. Use one instance per note, in
 * document order, so that links computed elsewhere match the rendered ids.
 *
 * <pre>{@code
 * HeadingSlugger slugger = new HeadingSlugger();
 * slugger.slug("Kyoto: Temples & Gardens"); // "kyoto-temples--gardens"
 * slugger.slug("Intro");                    // "intro"
 * slugger.slug("Intro");                    // "intro-1"
 * slugger.slug("Main");                     // "main-1": the page's own main is "main"
 * }</pre>
 *
 * <p>Lowercase; letters (any script), digits, '-' and '_' are kept, each whitespace character
 * becomes '-', everything else is dropped. Not thread-safe (it remembers ids it gave out).
 */
public final class HeadingSlugger {

  private final Map<String, Integer> seen = new HashMap<>();

  /**
   * The id every page of the theme gives its main content (the skip link's target): a heading
   * "Main" is {@code main-1}, so a page has one element of that id.
   */
  public HeadingSlugger() {
    seen.put("main", 0);
  }

  /** The id for a heading with this plain text; repeats get "-1", "-2", ... */
  public String slug(String headingText) {
    String base = baseSlug(headingText);
    String slug = base;
    Integer count = seen.get(base);
    if (count != null) {
      int next = count;
      do {
        next++;
        slug = base + "-" + next;
      } while (seen.containsKey(slug));
      seen.put(base, next);
    }
    seen.put(slug, 0);
    return slug;
  }

  /** The id for a parsed heading node, from its plain text (see {@link #plainText(Node)}). */
  public String slug(Node heading) {
    return slug(plainText(heading));
  }

  /** The undeduplicated slug of a text, e.g. for matching {@code [[Note#Heading]]}. */
  public static String baseSlug(String text) {
    StringBuilder slug = new StringBuilder(text.length());
    text.strip()
        .toLowerCase(Locale.ROOT)
        .codePoints()
        .forEach(
            c -> {
              if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || isMark(c)) {
                slug.appendCodePoint(c);
              } else if (Character.isWhitespace(c)) {
                slug.append('-');
              }
            });
    return slug.toString();
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * The visible text of a heading: text and code literals, a tag as {@code #name}, a wikilink as
   * its alias or else its target.
   */
  public static String plainText(Node heading) {
    return PlainText.of(heading);
  }
}
