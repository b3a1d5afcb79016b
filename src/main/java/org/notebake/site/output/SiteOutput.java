package org.notebake.site.output;

import java.nio.file.Path;
import java.util.List;
import org.notebake.diagnostics.Diagnostic;

/**
 * Where one build's files go until {@link #commit} makes them the live site: a bake's {@link
 * StagedOutput} (a staging folder of the changed files, put in place at the commit) or serve's
 * {@link PreviewFolder} (only what changed is moved into place). Files may be written from several
 * threads at once; {@link #commit} and {@link #close} belong to one.
 *
 * <pre>{@code
 * try (SiteOutput out = StagedOutput.open(target, memory)) {
 *   out.writeBytes("index.html", html);
 *   out.copy(cardFile, "cards/a.png");
 *   out.commit(() -> tabs.reload());  // nothing of this build is live before
 * }                                   // closing without commit leaves the live site as it was
 * }</pre>
 */
public interface SiteOutput extends AutoCloseable {
  /** Writes {@code bytes} to {@code relativePath}, replacing an earlier write of this build. */
  Path writeBytes(String relativePath, byte[] bytes);

  /** Copies the regular file {@code from} (never a link) to {@code relativePath}. */
  Path copy(Path from, String relativePath);

  /**
   * Puts a file of notebake's own cache at {@code relativePath}: one that is never written in place
   * (a share card), so the output may share it as a hard link instead of holding a copy. Copies it
   * where that cannot be done.
   */
  default Path linkOwn(Path from, String relativePath) {
    return copy(from, relativePath);
  }

  /**
   * Keeps the live site's file at {@code relativePath} if it holds bytes of this size and checksum
   * (as {@link Manifest} lists them), reading and writing nothing; false if it cannot tell, and
   * then the bytes must be written.
   */
  boolean keep(String relativePath, long size, String checksum);

  /** Problems that did not stop the build. */
  List<Diagnostic> warnings();

  /** Makes this build's files the live site; {@code inPlace} runs as soon as they are. */
  void commit(Runnable inPlace);

  /** How many files the site holds since {@link #commit} (the marker's list), 0 before. */
  int files();

  /** Drops what was not committed; the live site stays as it was. */
  @Override
  void close();
}
