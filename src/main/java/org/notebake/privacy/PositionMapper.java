package org.notebake.privacy;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Points a finding in rendered text back at the note's source, so the error message names the line
 * to edit. Whitespace may differ between the two (rendering joins lines and drops tabs), so any run
 * of whitespace matches any other.
 *
 * <pre>{@code
 * PositionMapper.locate("a\n\t- 912 555\n  0142", "912 555 0142"); // Optional[line 2, column 4]
 * }</pre>
 */
public final class PositionMapper {

  /**
   * A place in a text, both 1-based; the column counts chars, so a tab is one column.
   *
   * @param line 1-based line
   * @param column 1-based column
   */
  public record Position(int line, int column) {}

  private PositionMapper() {}

  /** Where {@code match} first occurs in {@code source}, or empty if it does not. */
  public static Optional<Position> locate(String source, String match) {
    String[] words = match.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return Optional.empty();
    }
    String regex = Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    Matcher matcher = Pattern.compile(regex).matcher(source);
    return matcher.find() ? Optional.of(positionOf(source, matcher.start())) : Optional.empty();
  }

  /**
   * Where {@code match} last starts before {@code limit} in {@code source}, or empty if it does
   * not.
   */
  public static Optional<Position> locateLast(String source, String match, int limit) {
    String[] words = match.strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return Optional.empty();
    }
    String regex = Arrays.stream(words).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    Matcher matcher = Pattern.compile(regex).matcher(source);
    int last = -1;
    while (matcher.find() && matcher.start() < limit) {
      last = matcher.start();
    }
    return last < 0 ? Optional.empty() : Optional.of(positionOf(source, last));
  }

  /** The offset just past line {@code line} (from 1) of {@code source}, or its length. */
  public static int endOfLine(String source, int line) {
    int at = 0;
    for (int i = 1; i <= line; i++) {
      int next = source.indexOf('\n', at);
      if (next < 0) {
        return source.length();
      }
      at = next + 1;
    }
    return at;
  }

  /**
   * Inline Markdown that rendering drops from between two chars ({@code **912** 555}), and the TeX
   * of inline maths that KaTeX shows as a space or nothing ({@code $912\,555$ 0142}, {@code
   * 912\hspace{1em}555}).
   */
  private static final String MARKUP =
      "(?:\\s|[`*_~=${}]|\\\\[^A-Za-z0-9]"
          + "|\\\\(?:[hm]?kern|[hm]skip|hspace\\*?)\\s*\\{?[-+]?[\\d.]+\\s*[a-z]{2}\\}?"
          + "|\\\\(?:color|textcolor|colorbox)\\s*\\{[^{}]*\\}"
          + "|\\\\[A-Za-z]+)*";

  /**
   * Where {@code match} first occurs in {@code source} with whitespace or inline markup ({@code `},
   * {@code *}, {@code _}, {@code ~}, {@code =}, maths' {@code $} and TeX) between any two of its
   * chars, as in a summary that reads {@code 912 555 0142} for {@code `912` 555 0142}; empty if it
   * does not.
   */
  public static Optional<Position> locateIgnoringMarkup(String source, String match) {
    String stripped = match.strip();
    if (stripped.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder regex = new StringBuilder();
    stripped
        .codePoints()
        .filter(cp -> !Character.isWhitespace(cp))
        .forEach(
            cp -> {
              if (regex.length() > 0) {
                regex.append(MARKUP);
              }
              regex.append(Pattern.quote(new String(Character.toChars(cp))));
            });
    Matcher matcher = Pattern.compile(regex.toString()).matcher(source);
    return matcher.find() ? Optional.of(positionOf(source, matcher.start())) : Optional.empty();
  }

  /**
   * Where {@code match} first occurs in {@code source} with any of its chars written as an HTML
   * character reference ({@code &#106;&#111;&#64;example.org}, {@code &#x6A;}, {@code &commat;}),
   * as spam-shy contact pages write an address the page shows decoded; empty if it does not.
   */
  public static Optional<Position> locateDecoded(String source, String match) {
    String stripped = match.strip();
    if (stripped.isEmpty() || source.indexOf('&') < 0) {
      return Optional.empty();
    }
    StringBuilder regex = new StringBuilder();
    stripped
        .codePoints()
        .forEach(
            cp -> {
              regex
                  .append("(?:")
                  .append(Pattern.quote(new String(Character.toChars(cp))))
                  .append("|&#0*+")
                  .append(cp)
                  .append(";?|&#[xX]0*+")
                  .append(Integer.toHexString(cp))
                  .append(";?");
              String named = NAMED.get(cp);
              if (named != null) {
                regex.append("|&").append(named).append(';');
              }
              regex.append(')');
            });
    Matcher matcher = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE).matcher(source);
    return matcher.find() ? Optional.of(positionOf(source, matcher.start())) : Optional.empty();
  }

  /** Named references an address's punctuation is written with. */
  private static final java.util.Map<Integer, String> NAMED =
      java.util.Map.of(
          (int) '@', "commat",
          (int) '.', "period",
          (int) ':', "colon",
          (int) '-', "hyphen",
          (int) '_', "lowbar",
          (int) '+', "plus");

  /** The line and column of char offset {@code index} in {@code text}. */
  public static Position positionOf(String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, index - lineStart + 1);
  }
}
