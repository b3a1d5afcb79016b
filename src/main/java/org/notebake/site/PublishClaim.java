package org.notebake.site;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.notebake.vault.SourceFile;

/**
 * Looks for a {@code publish: true} line in the header of a note whose front matter could not be
 * read: its author meant it for the site, so the problem stays an error rather than a warning.
 */
final class PublishClaim {
  private static final Pattern CLAIM =
      Pattern.compile(
          "(?i)^\\s*(publish|status)\\s*[:=]\\s*[\"']?\\s*(true|yes|published)\\s*[\"']?\\s*$");

  /** Front matter stays within the first lines; a note's body is not read for a claim. */
  private static final int HEADER_LINES = 200;

  private PublishClaim() {}

  static boolean inHeader(SourceFile file) {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (BufferedReader in =
        new BufferedReader(
            new java.io.InputStreamReader(Files.newInputStream(file.path()), decoder))) {
      String line;
      for (int n = 0; n < HEADER_LINES && (line = in.readLine()) != null; n++) {
        if (CLAIM.matcher(line).matches()) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false; // unreadable: its read already reported the problem
    }
  }
}
