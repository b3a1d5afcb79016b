package org.notebake.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.notebake.diagnostics.Diagnostics;

/**
 * One line of a {@code privacy.deny} or {@code privacy.allow} file, already compiled.
 *
 * <p>File syntax, one entry a line: {@code # comment}, blank lines ignored, {@code re:<regex>} or
 * {@code /regex/} for a regular expression, {@code rule:<id>} (allow files only) for a whole rule,
 * anything else is literal text.
 */
record ListEntry(Kind kind, String text, Pattern regex, String origin) {

  enum Kind {
    LITERAL,
    REGEX,
    RULE
  }

  /** Parses {@code lines} of the file {@code path}; bad regexes become errors at path:line:col. */
  static List<ListEntry> parse(
      String path, List<String> lines, boolean rulesAllowed, Diagnostics diagnostics) {
    List<ListEntry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (i == 0 && line.startsWith("\uFEFF")) {
        // A byte order mark (Notepad's UTF-8) is no part of the first entry, which it hid.
        line = line.substring(1);
      }
      ListEntry entry = parseLine(path, i + 1, line, rulesAllowed, diagnostics);
      if (entry != null) {
        entries.add(entry);
      }
    }
    return entries;
  }

  private static ListEntry parseLine(
      String path, int line, String raw, boolean rulesAllowed, Diagnostics diagnostics) {
    String text = raw.strip();
    if (text.isEmpty() || text.startsWith("#")) {
      return null;
    }
    String origin = path + ":" + line;
    int indent = raw.indexOf(text);
    if (text.startsWith("re:")) {
      return compile(text.substring(3), indent + 3, origin, path, line, diagnostics);
    }
    if (text.length() > 2 && text.startsWith("/") && text.endsWith("/")) {
      return compile(
          text.substring(1, text.length() - 1), indent + 1, origin, path, line, diagnostics);
    }
    if (text.startsWith("rule:")) {
      if (!rulesAllowed) {
        diagnostics.error(
            path,
            line,
            indent + 1,
            "\"rule:\" entries only work in an allow list; write the word or a re: regex instead");
        return null;
      }
      return new ListEntry(Kind.RULE, text.substring(5).strip(), null, origin);
    }
    // Composed, as the scan reads text: a name written with combining accents still matches.
    return new ListEntry(
        Kind.LITERAL,
        java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC),
        null,
        origin);
  }

  private static ListEntry compile(
      String regex, int offset, String origin, String path, int line, Diagnostics diagnostics) {
    try {
      return new ListEntry(Kind.REGEX, regex, Pattern.compile(regex), origin);
    } catch (PatternSyntaxException e) {
      int column = offset + Math.max(e.getIndex(), 0) + 1;
      diagnostics.error(
          path,
          line,
          column,
          "invalid regular expression: "
              + e.getDescription()
              + "; fix it or write the entry as plain text without re:");
      return null;
    }
  }
}
