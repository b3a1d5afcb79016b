package org.notebake.markdown.obsidian.wikilink.internal;

import org.notebake.markdown.obsidian.wikilink.WikiLink;

/**
 * Finds {@code [[..]]} and {@code ![[..]]} in one line of text and splits the inside into target,
 * fragment and alias, the way Obsidian reads it: the first '|' starts the alias, the first '#'
 * before it starts the fragment. Bars that open the alias are not part of it: {@code
 * [[Note||alias]]}, seen in real vaults, shows "alias", as {@code [[Note|alias]]} does.
 */
final class WikiLinkSyntax {

  /** A wikilink found in a text at {@code [start, end)}. */
  record Match(int start, int end, WikiLink link) {}

  private WikiLinkSyntax() {}

  /**
   * The first wikilink at or after {@code from}, or null. Runs in linear time: once no {@code ]]}
   * follows, nothing later can match either.
   */
  static Match find(String text, int from) {
    int position = from;
    while (true) {
      int open = text.indexOf("[[", position);
      if (open < 0) {
        return null;
      }
      int close = text.indexOf("]]", open + 2);
      if (close < 0) {
        return null;
      }
      // "[[a [[b]]" links b, like Obsidian: take the innermost opener before the closer.
      open = Math.max(open, text.lastIndexOf("[[", close - 1));
      WikiLink link = parse(text.substring(open + 2, close), isEmbed(text, open));
      if (link != null) {
        int start = link.embed() ? open - 1 : open;
        return new Match(start, close + 2, link);
      }
      position = close + 2;
    }
  }

  private static boolean isEmbed(String text, int open) {
    return open > 0 && text.charAt(open - 1) == '!';
  }

  /** Splits {@code target#fragment|alias}; null when there is nothing to link to. */
  static WikiLink parse(String inside, boolean embed) {
    if (inside.indexOf('[') >= 0 || inside.indexOf(']') >= 0) {
      return null;
    }
    int bar = inside.indexOf('|');
    String reference = bar < 0 ? inside : inside.substring(0, bar);
    String alias = bar < 0 ? null : blankToNull(inside.substring(aliasStart(inside, bar)).strip());
    int hash = reference.indexOf('#');
    String target = (hash < 0 ? reference : reference.substring(0, hash)).strip();
    String fragment = hash < 0 ? null : blankToNull(reference.substring(hash + 1).strip());
    if (target.isEmpty() && fragment == null) {
      return null;
    }
    return new WikiLink(target, fragment, alias, embed);
  }

  /** Where the alias after the bar at {@code bar} starts: past any more bars and spaces. */
  static int aliasStart(String inside, int bar) {
    int start = bar + 1;
    while (start < inside.length()
        && (inside.charAt(start) == '|' || Character.isWhitespace(inside.charAt(start)))) {
      start++;
    }
    return start;
  }

  private static String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
