package org.notebake.vault;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a snakeyaml-engine problem and the offending line into advice a note author can follow; the
 * engine's own words describe the parser's state, not the mistake.
 */
final class YamlFixHint {

  private static final Pattern PROPERTY = Pattern.compile("^(\\s*)([^:\\s][^:]*):\\s*(.*?)\\s*$");

  private YamlFixHint() {}

  /**
   * @param problem the engine's problem text
   * @param line the line of the front matter the problem points at
   */
  static String of(String problem, String line) {
    String lower = problem == null ? "" : problem.toLowerCase(java.util.Locale.ROOT);
    if (line.contains("[[")) {
      return "YAML reads [[...]] as a list inside a list; quote wikilinks, as in related: \"[[Other"
          + " Note]]\"";
    }
    if (lower.contains("non scalar key in a list")) {
      return "quote the whole value: " + singleQuoted(line);
    }
    if (lower.contains("non scalar key")) {
      return "if it is a template placeholder, quote it: " + quoted(line);
    }
    if (lower.contains("tab")) {
      return "indent with spaces; YAML does not allow tabs for indentation";
    }
    if (lower.contains("duplicate key")) {
      return "a property may appear only once; delete or rename one of the two lines";
    }
    if (lower.contains("mapping values are not allowed")) {
      return "a value containing \": \" must be quoted: " + quoted(line);
    }
    if (lower.contains("constructor for the tag")) {
      return "YAML tags (!name) are not allowed in front matter; remove the tag";
    }
    if (lower.contains("stream end")
        || lower.contains("end of stream")
        || lower.startsWith("expected ',' or")) {
      return "close it, or quote the whole value";
    }
    return "check the quotes and indentation on this line, or quote the whole value";
  }

  /**
   * The line's value in single quotes, in which YAML reads nothing but {@code ''}: {@code - [a](b)}
   * gives {@code - '[a](b)'}.
   */
  private static String singleQuoted(String line) {
    String text = line.strip();
    String item = text.startsWith("- ") ? "- " : "";
    String value = text.substring(item.length()).strip().replace("'", "''");
    return item + "'" + value + "'";
  }

  private static String quoted(String line) {
    Matcher property = PROPERTY.matcher(line);
    if (!property.matches()) {
      return "name: \"value\"";
    }
    String value = property.group(3).replace("\\", "\\\\").replace("\"", "\\\"");
    return property.group(2).trim() + ": \"" + value + "\"";
  }
}
