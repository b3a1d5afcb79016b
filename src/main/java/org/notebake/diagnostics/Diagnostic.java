package org.notebake.diagnostics;

import java.util.Objects;

/**
 * One problem a user can act on, printed like a compiler message.
 *
 * <pre>
 * content/essays/signals.md:14:9: error: wikilink target "Signal Loss" matches no published note; did you mean "Signals lost"?
 * </pre>
 *
 * @param path the file, relative to the site source and with '/' separators; never null
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param severity error or warning
 * @param message what is wrong, why, and how to fix it
 * @param rule a stable short id of the kind of problem for tools ({@code privacy.phone}, {@code
 *     link.unresolved}), or "" where none is given; never printed in the text format
 * @param finding the id of the privacy finding this reports ({@code phone:3f9a2c}), which the
 *     author can allow by it, or ""; in the text format it is part of the message
 */
public record Diagnostic(
    String path,
    int line,
    int column,
    Severity severity,
    String message,
    String rule,
    String finding) {

  public Diagnostic {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(finding, "finding");
  }

  /** A diagnostic of {@code rule}, not a privacy finding. */
  public Diagnostic(
      String path, int line, int column, Severity severity, String message, String rule) {
    this(path, line, column, severity, message, rule, "");
  }

  /** A diagnostic of no particular rule. */
  public Diagnostic(String path, int line, int column, Severity severity, String message) {
    this(path, line, column, severity, message, "");
  }

  public static Diagnostic error(String path, int line, int column, String message) {
    return new Diagnostic(path, line, column, Severity.ERROR, message);
  }

  public static Diagnostic warning(String path, int line, int column, String message) {
    return new Diagnostic(path, line, column, Severity.WARNING, message);
  }

  /** The same diagnostic, tagged with {@code rule}. */
  public Diagnostic withRule(String rule) {
    return new Diagnostic(path, line, column, severity, message, rule, finding);
  }

  /** The same diagnostic, reporting the privacy finding {@code id}. */
  public Diagnostic withFinding(String id) {
    return new Diagnostic(path, line, column, severity, message, rule, id);
  }

  /** The same diagnostic about the same file, named {@code shown} (as the user can open it). */
  public Diagnostic at(String shown) {
    return new Diagnostic(shown, line, column, severity, message, rule, finding);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * {@code path:line:col: severity: message}, leaving out a zero line or column. Control characters
   * from file names, link targets or front matter are {@linkplain #escape escaped}, so a message is
   * always one line and cannot colour the terminal.
   */
  public String format() {
    StringBuilder out = new StringBuilder(escape(path));
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    return out.append(": ")
        .append(severity.label())
        .append(": ")
        .append(escape(message))
        .toString();
  }

  /**
   * Text from the vault made safe to print on one terminal line: a line feed, carriage return or
   * tab becomes backslash-n, -r or -t; every other control character (the ESC that starts an ANSI
   * colour code, C1 controls, DEL), line and paragraph separators and bidirectional overrides
   * become a backslash, "u" and four hex digits (ESC: backslash-u001B).
   *
   * <pre>{@code
   * escape("zz" + '\n' + "notebake: baked everything fine") // zz\nnotebake: baked everything fine
   * }</pre>
   */
  public static String escape(String text) {
    int first = 0;
    while (first < text.length() && !needsEscape(text.charAt(first))) {
      first++;
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!needsEscape(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean needsEscape(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }

  @Override
  public String toString() {
    return format();
  }
}
