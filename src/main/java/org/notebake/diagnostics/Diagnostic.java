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
 */
public record Diagnostic(
    String path, int line, int column, Severity severity, String message, String rule) {

  public Diagnostic {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rule, "rule");
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
    return new Diagnostic(path, line, column, severity, message, rule);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:col: severity: message}, leaving out a zero line or column. */
  public String format() {
    StringBuilder out = new StringBuilder(path);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    return out.append(": ").append(severity.label()).append(": ").append(message).toString();
  }

  @Override
  public String toString() {
    return format();
  }
}
