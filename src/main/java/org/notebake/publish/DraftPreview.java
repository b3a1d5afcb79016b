package org.notebake.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Permission for one local preview ({@code notebake serve --drafts}) to show private notes too, and
 * the record of which pages came from them, so that the preview can mark them "not published".
 *
 * <p>It exists only inside a preview folder made by {@link #createRoot}: a build given a preview
 * refuses any output outside that folder, so no draft can ever be baked into a site.
 *
 * <pre>{@code
 * Path root = DraftPreview.createRoot();              // /tmp/notebake-serve-123/, marked
 * DraftPreview drafts = DraftPreview.in(root);
 * new SiteBuilder(config, diagnostics).withDrafts(drafts).build(true, false); // into root only
 * drafts.isDraftPage("daily/2026-12-03.html");         // true for a private note's page
 * }</pre>
 */
public final class DraftPreview {
  /** The file that marks a folder as a preview's own. */
  public static final String MARKER = ".notebake-preview";

  private final Path root;
  private final Set<String> draftPages = ConcurrentHashMap.newKeySet();

  private DraftPreview(Path root) {
    this.root = root;
  }

  /**
   * A new, marked temporary folder for a preview's site. The marker names this process (its id and
   * start), so a later serve can tell a folder whose serve was killed ({@code kill -9}) from one
   * still in use.
   */
  public static Path createRoot() {
    try {
      Path root = Files.createTempDirectory("notebake-serve-").toRealPath();
      ProcessHandle self = ProcessHandle.current();
      Files.writeString(
          root.resolve(MARKER),
          "a local preview's site; deleted when it stops\n"
              + "pid="
              + self.pid()
              + "\nstarted="
              + self.info().startInstant().map(String::valueOf).orElse("unknown")
              + "\n");
      return root;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create the preview's folder in "
              + System.getProperty("java.io.tmpdir")
              + ": "
              + org.notebake.diagnostics.OsCause.of(e)
              + "; name a folder you can write with NOTEBAKE_JAVA_OPTS=-Djava.io.tmpdir=DIR",
          e);
    }
  }

  /** Drafts for a preview whose site lives in {@code root}, made by {@link #createRoot}. */
  public static DraftPreview in(Path root) {
    if (!Files.isRegularFile(root.resolve(MARKER))) {
      throw new IllegalArgumentException(root + " is not a preview folder made by notebake serve");
    }
    return new DraftPreview(root.toAbsolutePath().normalize());
  }

  /**
   * Refuses to go on unless {@code output} lies inside this preview's folder: drafts are never
   * written anywhere else.
   */
  public void checkOutput(Path output) {
    Path normalized = output.toAbsolutePath().normalize();
    if (!normalized.startsWith(root) || normalized.equals(root)) {
      throw new IllegalStateException(
          "drafts may only be shown by a local preview; refusing to write them to " + output);
    }
  }

  /** Forgets the pages of the last build (a note may have been published since). */
  public void clear() {
    draftPages.clear();
  }

  /** Records that the page at {@code uri} shows a private note. */
  public void addDraftPage(String uri) {
    draftPages.add(uri);
  }

  /** True if the page at {@code uri} (site-relative, e.g. {@code daily/a.html}) is a draft. */
  public boolean isDraftPage(String uri) {
    return draftPages.contains(uri);
  }
}
