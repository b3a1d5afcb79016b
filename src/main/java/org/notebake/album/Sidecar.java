package org.notebake.album;

import java.util.List;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.publish.PublishPolicy;
import org.notebake.vault.FrontMatter;
import org.notebake.vault.SourceFile;

/**
 * A note that describes one photo ({@code wall.jpg.md} beside {@code wall.jpg}): {@code alt:},
 * {@code caption:}, and the same opt-outs as a note ({@code publish: false}, {@code draft: true}).
 * A sidecar is never a page of its own.
 *
 * <pre>{@code
 * ---
 * alt: Three small prints on a white wall, a visitor's shadow across the middle one
 * caption: The entrance wall, just before the doors opened.
 * ---
 * }</pre>
 *
 * @param file the sidecar note
 * @param photo the path of the photo it describes, relative to the content folder
 * @param frontMatter its front matter
 * @param malformed true if the front matter could not be read, or says the photo is private where
 *     Obsidian ignores it (below empty lines): the photo then stays private
 */
public record Sidecar(SourceFile file, String photo, FrontMatter frontMatter, boolean malformed) {
  private static final PublishPolicy OPT_OUT = new PublishPolicy(List.of("."));

  /**
   * True if the photo is withheld: the sidecar opts out, or cannot be read (failing safe, as a note
   * does).
   */
  public boolean withholds(Diagnostics diagnostics) {
    return !OPT_OUT.isPublished(file.relativePath(), frontMatter, malformed, diagnostics);
  }
}
