package org.notebake.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.notebake.diagnostics.Diagnostics;

/**
 * Warns when the vault's {@code .obsidian/app.json} is not valid JSON. notebake reads two settings
 * from it (strictLineBreaks, attachmentFolderPath); from a damaged file they may be missed, and the
 * site then breaks lines or finds attachments differently from Obsidian, so this is said once
 * instead of silently.
 *
 * <pre>
 * .obsidian/app.json:3: warning: the Obsidian settings file is not valid JSON (unexpected token at
 * character 41); strictLineBreaks and attachmentFolderPath may be missed; ...
 * </pre>
 */
final class ObsidianSettingsCheck {
  private ObsidianSettingsCheck() {}

  /** Checks the first app.json found, in the content folder then the source folder. */
  static void check(Path content, Path source, Diagnostics diagnostics) {
    for (Path dir : new Path[] {content, source}) {
      Path app = dir.resolve(".obsidian").resolve("app.json");
      if (Files.isRegularFile(app)) {
        check(app, diagnostics);
        return;
      }
    }
  }

  private static void check(Path app, Diagnostics diagnostics) {
    String json;
    try {
      json = Files.readString(app);
    } catch (IOException e) {
      return; // The configuration loader reports a file it cannot read.
    }
    String problem = null;
    int position = 0;
    try {
      Object parsed = new JSONParser().parse(json);
      if (!(parsed instanceof java.util.Map)) {
        problem = "is not a JSON object";
      }
    } catch (ParseException e) {
      position = Math.max(0, Math.min(e.getPosition(), json.length()));
      problem = "is not valid JSON (" + describe(e) + " at character " + (position + 1) + ")";
    } catch (RuntimeException | Error e) {
      problem = "is not valid JSON";
    }
    if (problem != null) {
      diagnostics.warning(
          ".obsidian/app.json",
          position == 0 ? 0 : line(json, position),
          0,
          "the Obsidian settings file "
              + problem
              + "; strictLineBreaks and attachmentFolderPath may be missed, so line breaks and"
              + " attachment lookup can differ from Obsidian. Fix the file, or let Obsidian"
              + " rewrite it by changing a setting");
    }
  }

  private static String describe(ParseException e) {
    return switch (e.getErrorType()) {
      case ParseException.ERROR_UNEXPECTED_CHAR -> "unexpected character";
      case ParseException.ERROR_UNEXPECTED_EXCEPTION -> "unreadable text";
      default -> "unexpected token";
    };
  }

  private static int line(String text, int position) {
    int line = 1;
    for (int i = 0; i < position; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
