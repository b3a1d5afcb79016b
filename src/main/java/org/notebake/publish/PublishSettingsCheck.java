package org.notebake.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.diagnostics.Location;
import org.notebake.vault.SourceFile;

/**
 * Checks the publishing settings against the vault that was scanned: a {@code publish.folders}
 * entry that names no folder publishes nothing and is a warning naming it; {@code index.note} must
 * name a note of the vault.
 *
 * <pre>{@code
 * // publish.folders=esays (the folder is "essays") on line 4
 * PublishSettingsCheck.warnUnmatchedFolders(List.of("esays"), at, content, notes, diagnostics);
 * // jbake.properties:4:1: warning: publish.folders entry "esays" matches no folder of the vault ...
 * }</pre>
 *
 * <p>Each check is told where its key is set ({@code at}): the diagnostic is at that line.
 */
public final class PublishSettingsCheck {
  private PublishSettingsCheck() {}

  /** Warns once for each entry of {@code publish.folders} that is not a folder of the content. */
  public static void warnUnmatchedFolders(
      List<String> folders,
      Location at,
      Path content,
      List<SourceFile> notes,
      Diagnostics diagnostics) {
    for (String folder : folders) {
      Path resolved = content.resolve(folder).normalize();
      // ".." or "a/../.." names a folder, but none of the vault's: no note lies in it.
      if (folder.equals(".")
          || resolved.startsWith(content.normalize())
              && !resolved.equals(content.normalize())
              && Files.isDirectory(resolved)) {
        continue;
      }
      String hint =
          sameFolderOtherCase(folder, notes)
              .map(f -> "did you mean \"" + f + "\"? Folder names are case-sensitive")
              .orElse("fix the name, or use publish.folders=. to publish the whole vault");
      diagnostics.add(
          at.warning(
              "publish.folders entry \""
                  + folder
                  + "\" matches no folder of the vault, so it publishes nothing; "
                  + hint));
    }
  }

  /**
   * A vault of which no note is published is told how a note gets published, once: a Quartz garden
   * publishes every note not marked draft, notebake none it is not told to.
   *
   * @param withheld how many notes the vault holds, none of them published
   * @param draftsOnly the tool whose site it is when that tool publishes every note not marked
   *     draft ("Quartz", "Hugo"), else null
   * @param at where {@code publish.folders} is set (the file without a line when it is not)
   */
  public static void warnIfNothingPublished(
      int withheld, String draftsOnly, Location at, Diagnostics diagnostics) {
    if (withheld == 0) {
      return;
    }
    diagnostics.add(
        at.warning(
            "none of the vault's "
                + withheld
                + (withheld == 1 ? " note" : " notes")
                + " is published: a note is published when its front matter says publish: true (or"
                + " status: published, or dg-publish: true as the Digital Garden plugin writes) or it"
                + " sits in a folder that publish.folders lists"
                + (draftsOnly != null
                    ? " ("
                        + draftsOnly
                        + " publishes every note not marked draft; notebake none it is not told"
                        + " to)"
                    : "")
                + "; to publish the whole vault, set publish.folders=. in jbake.properties (at the"
                + " vault's root)"));
  }

  private static Optional<String> sameFolderOtherCase(String folder, List<SourceFile> notes) {
    String wanted = folder.toLowerCase(Locale.ROOT) + "/";
    for (SourceFile note : notes) {
      String path = note.relativePath();
      if (path.toLowerCase(Locale.ROOT).startsWith(wanted)) {
        return Optional.of(path.substring(0, folder.length()));
      }
    }
    return Optional.empty();
  }

  /**
   * The vault path of the note {@code index.note} names ({@code Home}, {@code Home.md} or {@code
   * folder/Home.md}), or "" when none is configured; an error when it names no note, at {@code at}.
   */
  public static String homeNote(
      String configured, Location at, List<SourceFile> notes, Diagnostics diagnostics) {
    if (configured.isEmpty()) {
      return "";
    }
    for (SourceFile note : notes) {
      String path = note.relativePath();
      if (path.equals(configured) || path.equals(configured + ".md")) {
        return path;
      }
    }
    String hint =
        notes.stream()
            .map(SourceFile::relativePath)
            .filter(p -> p.equalsIgnoreCase(configured) || p.equalsIgnoreCase(configured + ".md"))
            .findFirst()
            .map(p -> "did you mean index.note=" + p + "? Note paths are case-sensitive")
            .orElse("give the note's path relative to the vault, e.g. index.note=Home.md");
    diagnostics.add(at.error("index.note=" + configured + " names no note of the vault; " + hint));
    return "";
  }
}
