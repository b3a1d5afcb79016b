package org.notebake.privacy;

import java.util.Map;
import java.util.Set;

/**
 * What KaTeX and Mermaid show for their source, as {@link FoldedText} reads {@link
 * Channel#RENDERED}: TeX's text commands ({@code \text{-}}, {@code \mathrm{…}}) as their text and
 * its braces dropped, its thin spaces ({@code \,}, {@code \!}) as nothing and wider ones ({@code
 * \;}, {@code \ }, {@code ~}, {@code \quad}) as a space, {@code \char"40} as its char, and
 * Mermaid's entity codes ({@code #64;}, {@code #commat;}) as theirs. Any other command stays as
 * written.
 *
 * <pre>{@code
 * RenderedSource.shown("(415)\\,867\\text{-}5309").text(); // "(415)867-5309"
 * RenderedSource.shown("A[\"jane#64;example.org\"]").text(); // "A[\"jane@example.org\"]"
 * }</pre>
 */
final class RenderedSource {
  private static final Set<String> TEXT_COMMANDS =
      Set.of(
          "text",
          "textrm",
          "textsf",
          "texttt",
          "textbf",
          "textit",
          "textnormal",
          "textup",
          "mathrm",
          "mathsf",
          "mathtt",
          "mathbf",
          "mathit",
          "mathnormal",
          "mbox",
          "hbox",
          "operatorname",
          "displaystyle",
          "textstyle");

  private static final Set<String> SPACE_COMMANDS =
      Set.of("quad", "qquad", "space", "enspace", "thickspace", "medspace", "nobreakspace");

  /** Mermaid's named entity codes that spell the chars of an address or a number. */
  private static final Map<String, Character> NAMES =
      Map.of(
          "commat", '@', "period", '.', "lpar", '(', "rpar", ')', "plus", '+', "hyphen", '-',
          "colon", ':', "nbsp", ' ', "sol", '/');

  private RenderedSource() {}

  /** The source as shown, with the offset of each char; null if nothing changes. */
  static FoldedText.Step shown(String s) {
    FoldedText.StepBuilder b = new FoldedText.StepBuilder(s.length());
    boolean changed = false;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int next = i + 1;
      if (c == '{' || c == '}') {
        changed = true;
      } else if (c == '~') {
        b.append(' ', i);
        changed = true;
      } else if (c == '\\' && i + 1 < s.length()) {
        next = command(s, i, b);
        changed |= next > 0;
        if (next < 0) {
          b.append(c, i);
          next = i + 1;
        }
      } else if (c == '#') {
        next = entity(s, i, b);
        changed |= next > 0;
        if (next < 0) {
          b.append(c, i);
          next = i + 1;
        }
      } else {
        b.append(c, i);
      }
      i = next;
    }
    return changed ? b.build(s.length()) : null;
  }

  /** A TeX command at {@code i} read as shown; the offset after it, or -1 to keep it as written. */
  private static int command(String s, int i, FoldedText.StepBuilder b) {
    char first = s.charAt(i + 1);
    if (first == ',' || first == '!') {
      return i + 2; // thin and negative thin space: the chars either side touch
    }
    if (first == ':' || first == ';' || first == ' ' || first == '>') {
      b.append(' ', i);
      return i + 2;
    }
    int end = i + 1;
    while (end < s.length() && isAsciiLetter(s.charAt(end))) {
      end++;
    }
    String name = s.substring(i + 1, end);
    if (TEXT_COMMANDS.contains(name)) {
      return end;
    }
    if (SPACE_COMMANDS.contains(name)) {
      b.append(' ', i);
      return end;
    }
    if (name.equals("char")) {
      return character(s, i, end, b);
    }
    return -1;
  }

  /** {@code \char"40}, {@code \char'100} or {@code \char64}. */
  private static int character(String s, int i, int at, FoldedText.StepBuilder b) {
    while (at < s.length() && s.charAt(at) == ' ') {
      at++;
    }
    int radix = 10;
    if (at < s.length() && (s.charAt(at) == '"' || s.charAt(at) == '\'')) {
      radix = s.charAt(at) == '"' ? 16 : 8;
      at++;
    }
    int end = at;
    int value = 0;
    while (end < s.length() && end - at < 6 && Character.digit(s.charAt(end), radix) >= 0) {
      value = value * radix + Character.digit(s.charAt(end), radix);
      end++;
    }
    if (end == at || value > 0xFFFF) {
      return -1;
    }
    b.append((char) value, i);
    return end;
  }

  /** Mermaid's {@code #64;} or {@code #commat;}; the offset after it, or -1 for none. */
  private static int entity(String s, int i, FoldedText.StepBuilder b) {
    int end = i + 1;
    while (end < s.length() && end - i <= 8 && Character.isLetterOrDigit(s.charAt(end))) {
      end++;
    }
    if (end == i + 1 || end >= s.length() || s.charAt(end) != ';') {
      return -1;
    }
    String code = s.substring(i + 1, end);
    Character named = NAMES.get(code);
    if (named != null) {
      b.append(named, i);
      return end + 1;
    }
    if (!code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return -1;
    }
    int value = Integer.parseInt(code);
    if (value > 0xFFFF || Character.isSurrogate((char) value)) {
      return -1;
    }
    b.append((char) value, i);
    return end + 1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
