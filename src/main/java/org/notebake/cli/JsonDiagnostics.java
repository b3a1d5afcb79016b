package org.notebake.cli;

import java.util.List;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.site.BuildReport;

/**
 * Diagnostics as one JSON document, for editors and CI ({@code notebake check --format json}).
 *
 * <pre>
 * {"diagnostics":[
 * {"file":"content/a.md","line":4,"column":12,"severity":"error","rule":"privacy.phone",
 *  "message":"phone number \"912 *** **42\" would be published (id phone:3f9a2c); ...",
 *  "finding":"phone:3f9a2c"}
 * ],
 * "summary":{"errors":1,"warnings":0,"notes_found":3,"notes_published":1,"privacy_findings":1}}
 * </pre>
 *
 * <p>{@code line} and {@code column} are 0 when unknown, {@code rule} is null for a problem of no
 * particular rule, {@code finding} (the id a privacy finding is allowed by) null for anything but a
 * privacy finding. Written by hand: jbake-core brings json-simple only at runtime, and these few
 * fields need no library. Every control character is escaped, so a message quoting a hostile note
 * cannot break the document.
 */
final class JsonDiagnostics {
  private JsonDiagnostics() {}

  /**
   * One error that stopped the command before any build (a usage error, a folder that is not
   * there), so an editor or CI reading stdout still gets a document, not nothing.
   */
  static String failure(String message, String rule) {
    return format(
        List.of(new Diagnostic("", 0, 0, org.notebake.diagnostics.Severity.ERROR, message, rule)),
        1,
        0,
        new BuildReport(0, 0, 0, 0, 0, List.of(), 0, java.util.Map.of(), false));
  }

  /** Whether {@code args} ask for JSON ({@code --format json} or {@code --format=json}). */
  static boolean asked(String... args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--format=json")
          || (args[i].equals("--format") && i + 1 < args.length && args[i + 1].equals("json"))) {
        return true;
      }
    }
    return false;
  }

  static String format(List<Diagnostic> diagnostics, long errors, long warnings, BuildReport r) {
    StringBuilder out = new StringBuilder("{\"diagnostics\":[");
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      out.append(i == 0 ? "\n" : ",\n")
          .append("{\"file\":")
          .append(string(d.path()))
          .append(",\"line\":")
          .append(d.line())
          .append(",\"column\":")
          .append(d.column())
          .append(",\"severity\":")
          .append(string(d.severity().label()))
          .append(",\"rule\":")
          .append(d.rule().isEmpty() ? "null" : string(d.rule()))
          .append(",\"message\":")
          .append(string(d.message()))
          .append(",\"finding\":")
          .append(d.finding().isEmpty() ? "null" : string(d.finding()))
          .append('}');
    }
    return out.append(diagnostics.isEmpty() ? "]," : "\n],")
        .append("\n\"summary\":{\"errors\":")
        .append(errors)
        .append(",\"warnings\":")
        .append(warnings)
        .append(",\"notes_found\":")
        .append(r.notesFound())
        .append(",\"notes_published\":")
        .append(r.notesPublished())
        .append(",\"privacy_findings\":")
        .append(r.privacyFindings())
        .append("}}")
        .toString();
  }

  /**
   * A JSON string. Beyond what JSON requires, DEL, C1 controls, the line and paragraph separators
   * (which break JavaScript that evals JSON) and unpaired surrogates are escaped too.
   */
  static String string(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20
              || (c >= 0x7f && c <= 0x9f)
              || c == '\u2028'
              || c == '\u2029'
              || unpaired(value, i)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean unpaired(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }
}
