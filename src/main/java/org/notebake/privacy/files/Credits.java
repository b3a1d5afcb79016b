package org.notebake.privacy.files;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a library credits people: the comments of a script, stylesheet or source file that name
 * authors, contributors, a copyright, a licence or a contact ({@code (c) 2006 Jo Example
 * <jo@example.org>}, {@code Author: ...}, {@code GML Theme - Jo Example <jo@example.org>}), and the
 * {@code author}, {@code contributors} and {@code maintainers} of an npm {@code package.json}. An
 * address there is the attribution every copy of the library carries (highlight.js ships about
 * seventy), not someone's private data; the privacy scan does not report addresses there. Anything
 * else in those places (a phone number, a secret), and every address outside them, still is.
 *
 * <pre>{@code
 * Credits credits = Credits.of("js/hl.js", source);
 * credits.covers(start, end); // true for an address in a comment that says "Author: Jo <...>"
 * }</pre>
 *
 * <p>Comments are found by a small lexer that skips strings and (in scripts) regular expression
 * literals, so that a {@code "/*"} in a string opens nothing. It guesses a regular expression from
 * the character before a slash, as lexers without a parser do; a wrong guess stops at the end of
 * its line, and a comment counts only when it credits someone.
 */
public final class Credits {
  /** Words that credit someone. */
  private static final Pattern CREDIT =
      Pattern.compile(
          "\\b(?:authors?|contrib\\w*|maintainers?|copyright|licen[cs]\\w*|credits?|contact)\\b"
              + "|\\(c\\)|©",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A person as git and npm write one: {@code Jo Example <jo@example.org>}, or in parentheses. */
  private static final Pattern PERSON = Pattern.compile("\\p{Lu}[\\p{L}'-]*\\s+[<(][^\\s<>()@]+@");

  /** The fields of an npm manifest that name people. */
  private static final Pattern PEOPLE =
      Pattern.compile("\"(?:author|contributors|maintainers)\"\\s*:\\s*");

  private static final Credits NONE = new Credits(List.of());

  /** Start and end offsets of each crediting place, in order. */
  private final List<int[]> ranges;

  private Credits(List<int[]> ranges) {
    this.ranges = ranges;
  }

  /**
   * The credits in {@code source}, a published file at {@code path}: in a script ({@code .js},
   * {@code .mjs}, {@code .ts}, ...), stylesheet ({@code .css}) or source file ({@code .c}, {@code
   * .java}, {@code .py}, {@code .scad}, ...), its crediting comments; in a {@code package.json},
   * its people; none in any other file.
   */
  public static Credits of(String path, String source) {
    if (source == null) {
      return NONE;
    }
    if (path.equals("package.json") || path.endsWith("/package.json")) {
      return new Credits(people(source));
    }
    String ext = FileText.extension(path);
    if (SCRIPTS.contains(ext)) {
      return new Credits(crediting(source, comments(source, true)));
    }
    if (ext.equals("css") || BRACES.contains(ext)) {
      return new Credits(crediting(source, comments(source, false, BRACES.contains(ext))));
    }
    if (HASHES.contains(ext)) {
      return new Credits(crediting(source, hashComments(source)));
    }
    return NONE;
  }

  /** Scripts, whose {@code /} may open a regular expression. */
  private static final java.util.Set<String> SCRIPTS =
      java.util.Set.of("js", "mjs", "cjs", "jsx", "ts", "mts", "cts", "tsx");

  /**
   * Source files with {@code //} and {@code /* *}{@code /} comments, as a site offers them for
   * download (an OpenSCAD library's GPL header named its author's address).
   */
  private static final java.util.Set<String> BRACES =
      java.util.Set.of(
          "c", "h", "cc", "cpp", "cxx", "hpp", "hh", "java", "kt", "kts", "scala", "groovy", "go",
          "rs", "swift", "cs", "dart", "scad", "php");

  /** Source files with {@code #} comments. */
  private static final java.util.Set<String> HASHES =
      java.util.Set.of("py", "sh", "bash", "zsh", "rb", "pl", "pm", "r", "jl", "ps1", "tcl");

  /** The values of a manifest's people fields: a string, or an array or object of them. */
  private static List<int[]> people(String json) {
    List<int[]> found = new ArrayList<>();
    java.util.regex.Matcher field = PEOPLE.matcher(json);
    while (field.find()) {
      int start = field.end();
      if (start >= json.length()) {
        break;
      }
      char open = json.charAt(start);
      int end =
          open == '"'
              ? afterLiteral(json, start, '"', false)
              : open == '[' || open == '{' ? afterBrackets(json, start) : start;
      found.add(new int[] {start, end});
    }
    return found;
  }

  /** Where the array or object opened at {@code start} closes, strings skipped. */
  private static int afterBrackets(String json, int start) {
    int depth = 0;
    int i = start;
    while (i < json.length()) {
      char c = json.charAt(i);
      if (c == '"') {
        i = afterLiteral(json, i, '"', false);
        continue;
      }
      if (c == '[' || c == '{') {
        depth++;
      } else if ((c == ']' || c == '}') && --depth == 0) {
        return i + 1;
      }
      i++;
    }
    return json.length();
  }

  /** True if {@code [start, end)} lies inside one crediting place. */
  public boolean covers(int start, int end) {
    for (int[] range : ranges) {
      if (range[0] <= start && end <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /** The comments that name a credit, runs of comments with only blanks between them as one. */
  private static List<int[]> crediting(String source, List<int[]> comments) {
    List<int[]> merged = new ArrayList<>();
    for (int[] comment : comments) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && source.substring(last[1], comment[0]).isBlank()) {
        last[1] = comment[1];
      } else {
        merged.add(comment.clone());
      }
    }
    merged.removeIf(
        range ->
            !CREDIT.matcher(source).region(range[0], range[1]).find()
                && !PERSON.matcher(source).region(range[0], range[1]).find());
    return merged;
  }

  /** Every comment of a script ({@code script}: also {@code //} ones) or stylesheet. */
  static List<int[]> comments(String s, boolean script) {
    return comments(s, script, script);
  }

  /**
   * Every comment of a source file: {@code /* *}{@code /} ones, and {@code //} ones where {@code
   * lineComments}; {@code script} guesses regular expression literals too.
   */
  private static List<int[]> comments(String s, boolean script, boolean lineComments) {
    List<int[]> found = new ArrayList<>();
    int n = s.length();
    char before = 0; // the last character outside blanks, comments and literals' insides
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      char next = i + 1 < n ? s.charAt(i + 1) : 0;
      if (c == '/' && next == '*') {
        int close = s.indexOf("*/", i + 2);
        int end = close < 0 ? n : close + 2;
        found.add(new int[] {i, end});
        i = end;
      } else if (lineComments && c == '/' && next == '/') {
        int newline = s.indexOf('\n', i);
        int end = newline < 0 ? n : newline;
        found.add(new int[] {i, end});
        i = end;
      } else if (c == '"' || c == '\'' || (script && c == '`')) {
        i = afterLiteral(s, i, c, c != '`');
        before = c;
      } else if (script && c == '/' && regexMayStart(before)) {
        i = afterLiteral(s, i, '/', true);
        before = '/';
      } else {
        if (!Character.isWhitespace(c)) {
          before = c;
        }
        i++;
      }
    }
    return found;
  }

  /**
   * Every {@code #} comment of a source file (Python, shell, Ruby, Perl, R), to the end of its
   * line, strings on the line skipped.
   */
  private static List<int[]> hashComments(String s) {
    List<int[]> found = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '#') {
        int newline = s.indexOf('\n', i);
        int end = newline < 0 ? s.length() : newline;
        found.add(new int[] {i, end});
        i = end;
      } else if (c == '"' || c == '\'') {
        i = afterLiteral(s, i, c, true);
      } else {
        i++;
      }
    }
    return found;
  }

  /**
   * Where a string or regular expression opened at {@code start} ends: after its closing {@code
   * quote}, not counting escaped ones (nor, in a regular expression, one in a character class); at
   * the end of the line if {@code endsAtLine} and it was not closed there.
   */
  private static int afterLiteral(String s, int start, char quote, boolean endsAtLine) {
    boolean inClass = false;
    for (int i = start + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '\n' && endsAtLine) {
        return i;
      } else if (quote == '/' && c == '[') {
        inClass = true;
      } else if (quote == '/' && c == ']') {
        inClass = false;
      } else if (c == quote && !inClass) {
        return i + 1;
      }
    }
    return s.length();
  }

  /** A slash after one of these (or at the start) opens a regular expression, not a division. */
  private static boolean regexMayStart(char before) {
    return before == 0 || "(,=:[!&|?{};+-*%<>~^".indexOf(before) >= 0;
  }
}
