package org.notebake.markdown.obsidian.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The macros of a vault's {@code preamble.sty}, which Obsidian's Extended MathJax plugin loads
 * before every formula, as definitions KaTeX takes: each a {@code \gdef} (KaTeX, unlike MathJax,
 * refuses a {@code \newcommand} of a name it already knows, such as {@code \R}), its {@code %}
 * comments left out. What KaTeX cannot take is skipped, with its line, for a warning.
 *
 * <pre>
 * &#92;usepackage{amsmath}                      -&gt; nothing: KaTeX has it built in
 * \newcommand{\R}{\mathbb{R}} % the reals   -&gt; \gdef\R{\mathbb{R}}
 * \newcommand{\norm}[1]{\lVert#1\rVert}     -&gt; \gdef\norm#1{\lVert#1\rVert}
 * \DeclareMathOperator*{\argmax}{arg\,max}  -&gt; \gdef\argmax{\operatorname*{arg\,max}}
 * \def\x#1{x_{#1}}                          -&gt; \gdef\x#1{x_{#1}}
 * &#92;usepackage{tikz}                         -&gt; skipped, line 6: "&#92;usepackage{tikz}: KaTeX ..."
 * </pre>
 *
 * @param definitions the macros KaTeX can take, in the file's order
 * @param skipped what it cannot, each at its line
 */
public record MathPreamble(List<Definition> definitions, List<Skipped> skipped) {

  /**
   * One macro: its name ({@code \R}), its definition for KaTeX ({@code \gdef\R{\mathbb{R}}}) and
   * what it shows ({@code \mathbb{R}}), at the line where it starts.
   */
  public record Definition(int line, String name, String tex, String body) {}

  /** Something KaTeX cannot take: where it starts, and why, for a warning. */
  public record Skipped(int line, String why) {}

  public MathPreamble {
    definitions = List.copyOf(definitions);
    skipped = List.copyOf(skipped);
  }

  /** The file's name at the vault's root, as the plugin reads it. */
  public static final String FILE = "preamble.sty";

  /** Packages whose maths KaTeX has built in: loading them asks nothing of it. */
  private static final Set<String> BUILT_IN = Set.of("amsmath", "amssymb", "amsfonts", "bm");

  /** Commands that change nothing in maths: read past without a word. */
  private static final Set<String> QUIET =
      Set.of("makeatletter", "makeatother", "ProvidesPackage", "NeedsTeXFormat", "relax");

  /** What a warning says a preamble may hold. */
  private static final String TAKES =
      "KaTeX takes \\newcommand, \\renewcommand, \\def and \\DeclareMathOperator from a preamble";

  /** Prefixes of a definition that KaTeX's {@code \gdef} makes needless. */
  private static final Set<String> PREFIXES = Set.of("global", "long", "protected", "outer");

  /** Reads a preamble's text. Never throws: what it cannot read is skipped. */
  public static MathPreamble read(String text) {
    return new Reader(text).read();
  }

  public boolean isEmpty() {
    return definitions.isEmpty();
  }

  /** The text without its comments, each kept character with the line it stands on. */
  private static final class Reader {
    private final StringBuilder tex = new StringBuilder();
    private int[] lines;
    private int at;
    private final List<Definition> definitions = new ArrayList<>();
    private final List<Skipped> skipped = new ArrayList<>();

    Reader(String text) {
      lines = new int[text.length() + 1];
      int line = 1;
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '%') {
          // As TeX reads it: to the end of the line, the line break included.
          int end = text.indexOf('\n', i);
          i = end < 0 ? text.length() : end + 1;
          line++;
          continue;
        }
        keep(c, line);
        if (c == '\\' && i + 1 < text.length()) {
          keep(text.charAt(i + 1), line);
          i++;
        }
        if (text.charAt(i) == '\n') {
          line++;
        }
        i++;
      }
      lines[tex.length()] = line;
    }

    private void keep(char c, int line) {
      lines[tex.length()] = line;
      tex.append(c);
    }

    MathPreamble read() {
      while (true) {
        skipBlanks();
        if (at >= tex.length()) {
          return new MathPreamble(definitions, skipped);
        }
        int line = lines[at];
        if (tex.charAt(at) != '\\') {
          // Not quoted: a preamble's stray text is no one's maths, and a build log may be public.
          skipLine();
          skipped.add(new Skipped(line, "text outside a definition; " + TAKES));
          continue;
        }
        String command = controlSequence();
        while (command.length() > 1 && PREFIXES.contains(command.substring(1))) {
          skipBlanks();
          command = at < tex.length() && tex.charAt(at) == '\\' ? controlSequence() : "\\";
        }
        if (!statement(command.substring(1), line)) {
          skipArguments(true);
          skipped.add(
              new Skipped(
                  line,
                  command
                      + (command.endsWith("environment")
                          ? " defines an environment, which KaTeX cannot take from a preamble"
                          : " is not a macro definition KaTeX can take")
                      + "; "
                      + TAKES));
        }
      }
    }

    /** Reads one definition or quiet command; false if it is neither (nothing added). */
    private boolean statement(String command, int line) {
      switch (command) {
        case "newcommand", "renewcommand", "providecommand" -> {
          return command(command, line);
        }
        case "def", "gdef", "edef", "xdef" -> {
          return def(command, line);
        }
        case "let" -> {
          skipBlanks();
          if (at >= tex.length() || tex.charAt(at) != '\\') {
            return false;
          }
          String name = controlSequence();
          skipBlanks();
          if (at < tex.length() && tex.charAt(at) == '=') {
            at++;
            skipBlanks();
          }
          if (at >= tex.length() || tex.charAt(at) != '\\') {
            return false;
          }
          String meaning = controlSequence();
          definitions.add(new Definition(line, name, "\\global\\let" + name + meaning, meaning));
          return true;
        }
        case "DeclareMathOperator" -> {
          boolean star = star();
          String name = name();
          String body = group();
          if (name == null || body == null) {
            return false;
          }
          String shown = "\\operatorname" + (star ? "*" : "") + "{" + body + "}";
          definitions.add(new Definition(line, name, "\\gdef" + name + "{" + shown + "}", body));
          return true;
        }
        case "usepackage", "RequirePackage" -> {
          int from = at;
          option();
          String packages = group();
          if (packages == null) {
            return false;
          }
          List<String> other = new ArrayList<>();
          for (String p : packages.split(",")) {
            if (!p.isBlank() && !BUILT_IN.contains(p.strip())) {
              other.add(p.strip());
            }
          }
          if (!other.isEmpty()) {
            skipped.add(
                new Skipped(
                    line,
                    "\\"
                        + command
                        + tex.substring(from, at).strip().replaceAll("\\s+", " ")
                        + ": KaTeX loads no packages (amsmath and amssymb are built in), so what "
                        + String.join(", ", other)
                        + " defines shows as an error"));
          }
          return true;
        }
        case "endinput" -> {
          at = tex.length();
          return true;
        }
        default -> {
          if (QUIET.contains(command)) {
            skipArguments(false);
            return true;
          }
          return false;
        }
      }
    }

    /** {@code \newcommand*{\name}[2]{body}}, or a name without braces. */
    private boolean command(String command, int line) {
      star();
      String name = name();
      if (name == null) {
        return false;
      }
      String count = option();
      int arguments = 0;
      if (count != null) {
        if (!count.strip().matches("[1-9]")) {
          return false;
        }
        arguments = Integer.parseInt(count.strip());
      }
      skipBlanks();
      if (at < tex.length() && tex.charAt(at) == '[') {
        option();
        group();
        skipped.add(
            new Skipped(
                line,
                "\\"
                    + command
                    + "{"
                    + name
                    + "}: KaTeX takes no optional argument with a default value; define "
                    + name
                    + " in the formula, or without it"));
        return true;
      }
      String body = group();
      if (body == null) {
        return false;
      }
      StringBuilder parameters = new StringBuilder();
      for (int i = 1; i <= arguments; i++) {
        parameters.append('#').append(i);
      }
      definitions.add(
          new Definition(line, name, "\\gdef" + name + parameters + "{" + body + "}", body));
      return true;
    }

    /** {@code \def\name#1#2{body}}: KaTeX reads the parameter text itself. */
    private boolean def(String command, int line) {
      skipBlanks();
      if (at >= tex.length() || tex.charAt(at) != '\\') {
        return false;
      }
      String name = controlSequence();
      int from = at;
      // #1#2 only: a delimited parameter text (\def\x#1.{..}) is skipped
      while (at < tex.length() && (tex.charAt(at) == '#' || Character.isDigit(tex.charAt(at)))) {
        at++;
      }
      String parameters = tex.substring(from, at);
      if (!parameters.matches("(#[1-9])*")) {
        return false;
      }
      String body = group();
      if (body == null) {
        return false;
      }
      String kind = command.equals("edef") || command.equals("xdef") ? "\\xdef" : "\\gdef";
      definitions.add(
          new Definition(line, name, kind + name + parameters + "{" + body + "}", body));
      return true;
    }

    /** A macro's name, {@code {\R}} or {@code \R}; null if there is none. */
    private String name() {
      skipBlanks();
      if (at >= tex.length()) {
        return null;
      }
      if (tex.charAt(at) == '\\') {
        return controlSequence();
      }
      int back = at;
      String braced = group();
      if (braced != null) {
        braced = braced.strip();
        if (braced.matches("\\\\([A-Za-z]+|[^A-Za-z])")) {
          return braced;
        }
      }
      at = back;
      return null;
    }

    /** {@code \name} from the backslash on: letters, or one other character. */
    private String controlSequence() {
      int start = at++;
      if (at < tex.length() && Character.isLetter(tex.charAt(at))) {
        while (at < tex.length() && Character.isLetter(tex.charAt(at))) {
          at++;
        }
      } else if (at < tex.length()) {
        at++;
      }
      return tex.substring(start, at);
    }

    private boolean star() {
      skipBlanks();
      if (at < tex.length() && tex.charAt(at) == '*') {
        at++;
        return true;
      }
      return false;
    }

    /** What {@code [..]} holds, or null where there is none. */
    private String option() {
      skipBlanks();
      if (at >= tex.length() || tex.charAt(at) != '[') {
        return null;
      }
      int end = tex.indexOf("]", at);
      if (end < 0) {
        return null;
      }
      String inside = tex.substring(at + 1, end);
      at = end + 1;
      return inside;
    }

    /** What a brace group holds, its own braces balanced; null (nothing read) if there is none. */
    private String group() {
      skipBlanks();
      if (at >= tex.length() || tex.charAt(at) != '{') {
        return null;
      }
      int depth = 0;
      for (int i = at; i < tex.length(); i++) {
        char c = tex.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          String inside = tex.substring(at + 1, i);
          at = i + 1;
          return inside;
        }
      }
      return null;
    }

    /**
     * Reads past a command's arguments: options and groups after it, and with {@code names} a
     * control sequence written right after it ({@code \DeclarePairedDelimiter\abs{..}{..}}). An
     * unclosed group takes the rest of its line.
     */
    private void skipArguments(boolean names) {
      while (true) {
        if (names && at < tex.length() && tex.charAt(at) == '\\') {
          controlSequence();
          continue;
        }
        int before = at;
        star();
        skipBlanks();
        if (at < tex.length() && tex.charAt(at) == '[' && option() != null) {
          continue;
        }
        if (at < tex.length() && tex.charAt(at) == '{') {
          if (group() == null) {
            skipLine();
            return;
          }
          continue;
        }
        at = before;
        return;
      }
    }

    private void skipBlanks() {
      while (at < tex.length() && Character.isWhitespace(tex.charAt(at))) {
        at++;
      }
    }

    private void skipLine() {
      int line = lines[at];
      while (at < tex.length() && lines[at] == line) {
        at++;
      }
    }
  }
}
