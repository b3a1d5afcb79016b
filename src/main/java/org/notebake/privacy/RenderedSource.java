package org.notebake.privacy;

import java.util.Map;
import java.util.Set;

/**
 * What KaTeX and Mermaid show for their source, as {@link FoldedText} reads {@link
 * Channel#RENDERED}: TeX's text, font and class commands ({@code \text{-}}, {@code \mathrm{…}},
 * {@code \boxed}, {@code \mathord}) as their text and its braces dropped; its spaces ({@code
 * \;}, {@code \ }, {@code ~}, {@code \quad}, {@code \hspace{1em}}, {@code \kern1em}, {@code
 * \phantom{…}}) as a space; a thin space ({@code \,}) as a space next to a group of digits ({@code
 * 912\,555}) and as nothing between single chars ({@code 4\,1\,5}, spacing digit by digit); the
 * negative ones ({@code \!}) and colours ({@code \color{red}}) as nothing; {@code \cdot} as a dot;
 * escaped chars ({@code \{}, {@code \_}) as the char; {@code \char"40} as its char; and Mermaid's
 * entity codes ({@code #64;}, {@code #commat;}) as theirs. Any other command stays as written.
 *
 * <pre>{@code
 * RenderedSource.shown("(415)\\,867\\text{-}5309").text(); // "(415) 867-5309"
 * RenderedSource.shown("912\\hspace{1em}555\\kern1em 0142").text(); // "912 555 0142"
 * RenderedSource.shown("A[\"jane#64;example.org\"]").text(); // "A[\"jane@example.org\"]"
 * }</pre>
 */
public final class RenderedSource {
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
          "textsc",
          "textmd",
          "textsl",
          "emph",
          "mathbb",
          "mathcal",
          "mathfrak",
          "mathscr",
          "Bbb",
          "bold",
          "boldsymbol",
          "bm",
          "rm",
          "bf",
          "it",
          "sf",
          "tt",
          "underline",
          "overline",
          "underbar",
          "boxed",
          "fbox",
          "mathord",
          "mathbin",
          "mathrel",
          "mathpunct",
          "mathopen",
          "mathclose",
          "mathinner",
          "mathrlap",
          "mathllap",
          "mathclap",
          "rlap",
          "llap",
          "clap",
          "left",
          "right",
          "big",
          "Big",
          "bigg",
          "Bigg",
          "bigl",
          "bigr",
          "Bigl",
          "Bigr",
          "biggl",
          "biggr",
          "Biggl",
          "Biggr",
          "displaystyle",
          "textstyle",
          "scriptstyle",
          "allowbreak",
          "nobreak",
          "negthinspace",
          "negmedspace",
          "negthickspace");

  private static final Set<String> SPACE_COMMANDS =
      Set.of(
          "quad",
          "qquad",
          "space",
          "enspace",
          "enskip",
          "thinspace",
          "thickspace",
          "medspace",
          "nobreakspace");

  /** Commands whose braced argument is a width, shown as a space: {@code \hspace{1em}}. */
  private static final Set<String> SPACE_GROUPS = Set.of("hspace", "phantom", "hphantom");

  /** Commands followed by a width, {@code \kern1em} or {@code \kern{1em}}, shown as a space. */
  private static final Set<String> SPACE_WIDTHS = Set.of("kern", "mkern", "hskip", "mskip");

  /** Commands whose first braced argument is shown as nothing: a colour, a zero width. */
  private static final Set<String> HIDDEN_GROUPS =
      Set.of("color", "textcolor", "colorbox", "vphantom");

  /** Commands shown as one char: a dot is a separator in {@code 912\cdot555\cdot0142}. */
  private static final Map<String, Character> SYMBOLS =
      Map.of(
          "cdot",
          '.',
          "cdotp",
          '.',
          "ldotp",
          '.',
          "centerdot",
          '.',
          "textendash",
          '-',
          "textemdash",
          '-',
          "lparen",
          '(',
          "rparen",
          ')');

  /** Chars a backslash escapes: shown as the char. */
  private static final String ESCAPED = "{}#$%&_";

  /** Mermaid's named entity codes that spell the chars of an address or a number. */
  private static final Map<String, Character> NAMES =
      Map.of(
          "commat", '@', "period", '.', "lpar", '(', "rpar", ')', "plus", '+', "hyphen", '-',
          "colon", ':', "nbsp", ' ', "sol", '/');

  private RenderedSource() {}

  /**
   * The source as shown, for prose that runs into inline maths ({@code $912\,555$ 0142}): a reader
   * reads the two together.
   */
  public static String text(String s) {
    FoldedText.Step step = shown(s);
    return step == null ? s : step.text();
  }

  /** The source as shown, with the offset of each char; null if nothing changes. */
  static FoldedText.Step shown(String s) {
    FoldedText.StepBuilder b = new FoldedText.StepBuilder(s.length());
    boolean changed = false;
    int joined = 0; // where the last thin space read as nothing joined two chars
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int next = i + 1;
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == ',') {
        if (digitGroupBefore(b, joined) || digitGroupAfter(s, i + 2)) {
          b.append(' ', i);
        } else {
          joined = b.length();
        }
        changed = true;
        next = i + 2;
      } else if (c == '{' || c == '}') {
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
    if (first == '!') {
      return i + 2; // negative thin space: the chars either side touch
    }
    if (first == ':' || first == ';' || first == ' ' || first == '>') {
      b.append(' ', i);
      return i + 2;
    }
    if (ESCAPED.indexOf(first) >= 0) {
      b.append(first, i + 1);
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
    Character symbol = SYMBOLS.get(name);
    if (symbol != null) {
      b.append(symbol, i);
      return end;
    }
    if (SPACE_GROUPS.contains(name) || HIDDEN_GROUPS.contains(name)) {
      int after = afterGroup(s, end < s.length() && s.charAt(end) == '*' ? end + 1 : end);
      if (after < 0) {
        return -1;
      }
      if (SPACE_GROUPS.contains(name)) {
        b.append(' ', i);
      }
      return after;
    }
    if (SPACE_WIDTHS.contains(name)) {
      int after = afterWidth(s, end);
      if (after < 0) {
        return -1;
      }
      b.append(' ', i);
      return after;
    }
    if (name.equals("char")) {
      return character(s, i, end, b);
    }
    return -1;
  }

  /**
   * Whether a thin space parts two groups a reader reads as such: a run of two or more digits on
   * either side ({@code 912\,555}, {@code \text{912}\,555}), not single chars spaced one by one
   * ({@code 4\,1\,5}).
   */
  private static boolean digitGroupBefore(FoldedText.StepBuilder b, int joined) {
    int digits = 0;
    for (int k = b.length() - 1; k >= joined && isDigit(b.charAt(k)); k--) {
      digits++;
    }
    return digits >= 2;
  }

  /** Whether two digits follow {@code at}, past braces and text commands. */
  private static boolean digitGroupAfter(String s, int at) {
    int j = at;
    while (j < s.length()) {
      char c = s.charAt(j);
      if (c == '{' || c == '}') {
        j++;
      } else if (c == '\\') {
        int end = j + 1;
        while (end < s.length() && isAsciiLetter(s.charAt(end))) {
          end++;
        }
        if (!TEXT_COMMANDS.contains(s.substring(j + 1, end))) {
          break;
        }
        j = end;
      } else {
        break;
      }
    }
    return j + 1 < s.length() && isDigit(s.charAt(j)) && isDigit(s.charAt(j + 1));
  }

  /** The offset after the braced group at {@code at} (spaces before it skipped), or -1. */
  private static int afterGroup(String s, int at) {
    while (at < s.length() && s.charAt(at) == ' ') {
      at++;
    }
    if (at >= s.length() || s.charAt(at) != '{') {
      return -1;
    }
    int depth = 0;
    for (int j = at; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c == '\\') {
        j++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return j + 1;
      }
    }
    return -1;
  }

  /** The offset after a width, {@code 1em}, {@code -3mu}, {@code .5 em} or {@code {1em}}, or -1. */
  private static int afterWidth(String s, int at) {
    while (at < s.length() && s.charAt(at) == ' ') {
      at++;
    }
    if (at < s.length() && s.charAt(at) == '{') {
      return afterGroup(s, at);
    }
    int j = at;
    if (j < s.length() && (s.charAt(j) == '-' || s.charAt(j) == '+')) {
      j++;
    }
    int digits = j;
    while (j < s.length() && (isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
      j++;
    }
    if (j == digits) {
      return -1;
    }
    while (j < s.length() && s.charAt(j) == ' ') {
      j++;
    }
    if (j + 2 > s.length() || !isAsciiLetter(s.charAt(j)) || !isAsciiLetter(s.charAt(j + 1))) {
      return -1;
    }
    return j + 2;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
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
