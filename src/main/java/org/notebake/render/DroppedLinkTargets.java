package org.notebake.render;

import java.util.List;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.UrlPolicy;
import org.notebake.markdown.SchemeLinks;
import org.notebake.publish.Note;

/**
 * The sanitiser keeps links to http(s), mailto and tel only; a note's Markdown link to any other
 * scheme loses its target and shows as its text. Each is said at its place in the note, naming the
 * scheme alone (the target may hold a number or a path nobody should read in a build log). The
 * note's HTML links are said by {@link RawHtmlWarnings}, in the same words.
 *
 * <pre>
 * essays/contact.md:3:6: warning: link target of scheme "sms:" dropped: the site keeps links to
 *     http(s), mailto: and tel: addresses only, so the link shows as its text alone; link a web
 *     page, a mailto: or a tel: address instead, or remove the link
 * </pre>
 */
final class DroppedLinkTargets {
  private final Diagnostics diagnostics;

  DroppedLinkTargets(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Warns about each of {@code links} whose target the sanitiser drops. */
  void warn(Note note, List<SchemeLinks.Found> links) {
    for (SchemeLinks.Found link : links) {
      UrlPolicy.refusedScheme(link.destination())
          .ifPresent(
              scheme ->
                  diagnostics.warning(note.path(), link.line(), link.column(), message(scheme)));
    }
  }

  /** What the author is told of a link whose target of {@code scheme} is dropped. */
  static String message(String scheme) {
    return "link target of scheme \""
        + scheme
        + ":\" dropped: the site keeps links to http(s), mailto: and tel: addresses only, so the"
        + " link shows as its text alone; "
        + fix(scheme);
  }

  private static String fix(String scheme) {
    return switch (scheme) {
      case "obsidian" ->
          "it opens a note in the Obsidian app, which the site's readers do not have (an"
              + " obsidian://open link in Markdown whose file= names a note of this vault links that"
              + " note's page): link the note as [[its name]], or remove the link";
      case "file" ->
          "a file:// address names a file on one computer, which no reader can open: put the file"
              + " in the vault and link it by its path, or remove the link";
      default -> "link a web page, a mailto: or a tel: address instead, or remove the link";
    };
  }
}
