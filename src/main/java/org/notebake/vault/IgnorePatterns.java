package org.notebake.vault;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The patterns of one {@code .notebakeignore} file, in gitignore syntax, matched against paths
 * relative to the folder that holds the file.
 *
 * <p>As in git: blank lines and {@code #} comments are skipped; {@code !} re-includes; a trailing
 * {@code /} matches folders only; a pattern with a {@code /} at its start or middle is anchored to
 * the file's folder, one without matches at any depth; {@code *} and {@code ?} stop at {@code /};
 * {@code **}{@code /}, {@code /**} and {@code /**}{@code /} cross folders; {@code [a-z]} and {@code
 * [!a-z]} are character classes; a backslash quotes the next character; trailing spaces are dropped
 * unless quoted. The last matching pattern decides. A path inside an ignored folder stays ignored
 * (the walk never enters the folder), so {@code !} cannot re-include it.
 *
 * <pre>{@code
 * IgnorePatterns patterns = IgnorePatterns.parse("private/\n*.draft.md\n!keep.draft.md\n");
 * patterns.match("private", true);            // Optional[true]: ignored
 * patterns.match("essays/a.draft.md", false); // Optional[true]
 * patterns.match("keep.draft.md", false);     // Optional[false]: re-included
 * patterns.match("essays/a.md", false);       // Optional.empty: no pattern says anything
 * }</pre>
 */
public final class IgnorePatterns {
  /**
   * One pattern: matched whole against a path, or, with a {@code prefix} (a regular expression of
   * Hugo's), found in the path or in the prefix and the path (the file's absolute path).
   */
  private record Rule(Pattern regex, boolean negated, boolean folderOnly, String prefix) {
    Rule(Pattern regex, boolean negated, boolean folderOnly) {
      this(regex, negated, folderOnly, null);
    }

    boolean matches(String path) {
      return prefix == null
          ? regex.matcher(path).matches()
          : regex.matcher(path).find() || regex.matcher(prefix + path).find();
    }
  }

  private final List<Rule> rules;

  private IgnorePatterns(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Marks a line that is a regular expression, not a gitignore pattern ({@link #regex}): a NUL,
   * which no ignore file's line holds.
   */
  private static final String REGEX = "\u0000regex:";

  /**
   * A line for {@link #parse} that ignores every file whose path a regular expression finds
   * something in, as Hugo's {@code ignoreFiles} does ({@code \\.private\\.md$}): the path relative
   * to the root, or the absolute one, {@code root} (the content folder, ending in {@code /}) and
   * the path ({@code content/private/}, {@code ^/home/jo/site/content/drafts/}).
   */
  public static String regex(String regex, String root) {
    return REGEX + root + "\u0000" + regex;
  }

  /**
   * A gitignore pattern for exactly one folder of the root, whatever characters its name holds:
   * {@code "Meta/Templates [old]"} gives {@code "/Meta/Templates \\[old\\]/"}.
   */
  public static String folder(String relativePath) {
    StringBuilder out = new StringBuilder("/");
    for (char c : relativePath.toCharArray()) {
      if ("\\*?[]!# ".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('/').toString();
  }

  static IgnorePatterns parse(String text) {
    List<Rule> rules = new ArrayList<>();
    // Paths are matched as the walk names them, NFC: a pattern written on a Mac ("Prive" and a
    // combining accent, as ls prints it there) must ignore the folder all the same.
    // A byte order mark (Notepad's UTF-8) is no part of the first pattern, as git reads it.
    String composed =
        Normalizer.normalize(
            text.startsWith("\uFEFF") ? text.substring(1) : text, Normalizer.Form.NFC);
    for (String raw : composed.split("\r?\n", -1)) {
      rule(raw).ifPresent(rules::add);
    }
    return new IgnorePatterns(rules);
  }

  boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * What the last matching pattern says about {@code path} ('/'-separated, relative to the ignore
   * file's folder): true to ignore, false when a {@code !} pattern re-includes it, empty when none
   * matches.
   */
  Optional<Boolean> match(String path, boolean folder) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      Rule rule = rules.get(i);
      if ((folder || !rule.folderOnly()) && rule.matches(path)) {
        return Optional.of(!rule.negated());
      }
    }
    return Optional.empty();
  }

  private static Optional<Rule> rule(String raw) {
    if (raw.startsWith(REGEX)) {
      try {
        String rest = raw.substring(REGEX.length());
        int split = rest.indexOf('\u0000');
        return Optional.of(
            new Rule(
                Pattern.compile(rest.substring(split + 1)),
                false,
                false,
                rest.substring(0, split)));
      } catch (java.util.regex.PatternSyntaxException e) {
        return Optional.empty(); // said where it is written (ConfigLoader)
      }
    }
    String line = trimTrailingSpaces(raw);
    if (line.isEmpty() || line.startsWith("#")) {
      return Optional.empty();
    }
    boolean negated = line.startsWith("!");
    if (negated) {
      line = line.substring(1);
    }
    boolean folderOnly = line.endsWith("/") && !line.endsWith("\\/");
    if (folderOnly) {
      line = line.substring(0, line.length() - 1);
    }
    if (line.isEmpty()) {
      return Optional.empty();
    }
    boolean anchored = line.indexOf('/') >= 0;
    if (line.startsWith("/")) {
      line = line.substring(1);
    }
    String body = translate(line);
    if (body == null) {
      return Optional.empty();
    }
    String regex = (anchored ? "" : "(?:.*/)?") + body;
    try {
      return Optional.of(new Rule(Pattern.compile(regex, Pattern.DOTALL), negated, folderOnly));
    } catch (PatternSyntaxException e) {
      return Optional.empty(); // a reversed range such as [z-a]: git matches nothing with it
    }
  }

  /** Trailing spaces are dropped unless the last one is quoted with a backslash. */
  private static String trimTrailingSpaces(String line) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      int backslashes = 0;
      for (int i = end - 2; i >= 0 && line.charAt(i) == '\\'; i--) {
        backslashes++;
      }
      if (backslashes % 2 == 1) {
        break;
      }
      end--;
    }
    return line.substring(0, end);
  }

  private static String translate(String glob) {
    StringBuilder out = new StringBuilder();
    int n = glob.length();
    int i = 0;
    while (i < n) {
      char c = glob.charAt(i);
      boolean segmentStart = i == 0 || glob.charAt(i - 1) == '/';
      if (c == '*' && segmentStart) {
        int after = i;
        while (after < n && glob.charAt(after) == '*') {
          after++;
        }
        // A run of two or more stars filling a whole segment crosses folders.
        if (after - i >= 2 && after == n) {
          out.append(".*");
          i = after;
          continue;
        }
        if (after - i >= 2 && glob.charAt(after) == '/') {
          out.append("(?:.*/)?");
          i = after + 1;
          continue;
        }
      }
      switch (c) {
        case '*' -> {
          while (i + 1 < n && glob.charAt(i + 1) == '*') {
            i++;
          }
          out.append("[^/]*");
        }
        case '?' -> out.append("[^/]");
        case '[' -> {
          int end = classEnd(glob, i);
          if (end < 0) {
            out.append("\\[");
          } else {
            out.append(characterClass(glob.substring(i + 1, end)));
            i = end;
          }
        }
        case '\\' -> {
          if (i + 1 == n) {
            return null; // git: a pattern ending in a lone backslash matches nothing
          }
          i++;
          out.append(Pattern.quote(String.valueOf(glob.charAt(i))));
        }
        default -> out.append(Pattern.quote(String.valueOf(c)));
      }
      i++;
    }
    return out.toString();
  }

  /** The index of the ']' closing the class opened at {@code open}, or -1. */
  private static int classEnd(String glob, int open) {
    int i = open + 1;
    if (i < glob.length() && (glob.charAt(i) == '!' || glob.charAt(i) == '^')) {
      i++;
    }
    if (i < glob.length() && glob.charAt(i) == ']') {
      i++; // a ']' first in the class is a member
    }
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == '[' && glob.startsWith("[:", i)) {
        int close = glob.indexOf(":]", i + 2);
        if (close > 0) {
          i = close + 2;
          continue;
        }
      }
      if (c == ']') {
        return i;
      }
      i++;
    }
    return -1;
  }

  private static String characterClass(String body) {
    StringBuilder out = new StringBuilder("[");
    int i = 0;
    if (!body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^')) {
      out.append('^');
      i = 1;
    }
    boolean afterMember = false;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == '[' && body.startsWith("[:", i) && body.indexOf(":]", i + 2) > 0) {
        int close = body.indexOf(":]", i + 2);
        out.append(posixClass(body.substring(i + 2, close)));
        i = close + 2;
        afterMember = false;
        continue;
      }
      if (c == '-' && afterMember && i + 1 < body.length()) {
        out.append('-');
        afterMember = false;
        i++;
        continue;
      }
      if (c == '\\' && i + 1 < body.length()) {
        i++;
        c = body.charAt(i);
      }
      out.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
      afterMember = true;
      i++;
    }
    // A class never matches '/', even when negated.
    return "(?!/)" + out.append(']');
  }

  private static String posixClass(String name) {
    return switch (name) {
      case "alnum" -> "\\p{Alnum}";
      case "alpha" -> "\\p{Alpha}";
      case "digit" -> "\\p{Digit}";
      case "lower" -> "\\p{Lower}";
      case "upper" -> "\\p{Upper}";
      case "space" -> "\\s";
      case "punct" -> "\\p{Punct}";
      case "xdigit" -> "\\p{XDigit}";
      case "blank" -> " \\t";
      default -> "";
    };
  }
}
