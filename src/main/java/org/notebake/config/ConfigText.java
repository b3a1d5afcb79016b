package org.notebake.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads strings out of another tool's configuration written as code: Quartz's {@code
 * quartz.config.ts}, Hugo's TOML. Comments are no setting, and a bracket or a quote inside a string
 * is the string's.
 *
 * <pre>{@code
 * ConfigText.strings(ConfigText.withoutComments("// ignorePatterns: [\"old\"]\nignorePatterns: [\"private\"]"),
 *     Pattern.compile("\\bignorePatterns\\s*:\\s*\\["));   // [private]
 * }</pre>
 */
final class ConfigText {
  private ConfigText() {}

  /**
   * TypeScript without its comments ({@code //} to the line's end, {@code /* ... *\/}), its strings
   * kept whole: a commented-out {@code ignorePatterns} line is no setting, and a {@code ]} in a
   * comment ends no list.
   */
  static String withoutComments(String ts) {
    StringBuilder out = new StringBuilder(ts.length());
    int i = 0;
    while (i < ts.length()) {
      char c = ts.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        int end = stringEnd(ts, i);
        out.append(ts, i, end);
        i = end;
      } else if (ts.startsWith("//", i)) {
        int end = ts.indexOf('\n', i);
        i = end < 0 ? ts.length() : end;
      } else if (ts.startsWith("/*", i)) {
        int end = ts.indexOf("*/", i + 2);
        i = end < 0 ? ts.length() : end + 2;
        out.append(' ');
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Just past the string literal that opens at {@code start} (its quote), or the text's end. */
  private static int stringEnd(String ts, int start) {
    char quote = ts.charAt(start);
    for (int i = start + 1; i < ts.length(); i++) {
      char c = ts.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote || (c == '\n' && quote != '`')) {
        return i + 1;
      }
    }
    return ts.length();
  }

  /**
   * The strings of the array {@code key} opens ({@code ignorePatterns: [}), up to its own {@code
   * ]}: brackets inside a string ({@code "[Jj]ournal"}) are the pattern's.
   */
  static List<String> strings(String ts, Pattern key) {
    Matcher list = key.matcher(ts);
    if (!list.find()) {
      return List.of();
    }
    List<String> strings = new ArrayList<>();
    int i = list.end();
    while (i < ts.length() && ts.charAt(i) != ']') {
      char c = ts.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        int end = stringEnd(ts, i);
        strings.add(unescapeJs(ts.substring(i + 1, Math.max(i + 1, end - 1))));
        i = end;
      } else {
        i++;
      }
    }
    return strings;
  }

  /** A JavaScript string's escapes: {@code \\} and an escaped quote are what patterns hold. */
  private static String unescapeJs(String body) {
    return body.replaceAll("\\\\(.)", "$1");
  }

  /** TOML without its {@code #} comments, strings kept whole. */
  static String withoutTomlComments(String toml) {
    StringBuilder out = new StringBuilder(toml.length());
    int i = 0;
    while (i < toml.length()) {
      char c = toml.charAt(i);
      if (c == '"' || c == '\'') {
        int end = stringEnd(toml, i);
        out.append(toml, i, end);
        i = end;
      } else if (c == '#') {
        int end = toml.indexOf('\n', i);
        i = end < 0 ? toml.length() : end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
