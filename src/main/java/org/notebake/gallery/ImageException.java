package org.notebake.gallery;

/**
 * A photo that cannot be published safely: unsupported format, truncated, corrupt or too large. The
 * message names the file and says what to do, ready for a diagnostic.
 *
 * <pre>{@code
 * try {
 *   sanitizer.sanitize(source, target, keep);
 * } catch (ImageException e) {
 *   diagnostics.error(e.file(), 0, 0, e.problem());
 * }
 * }</pre>
 */
public final class ImageException extends Exception {
  private final String file;
  private final String problem;

  public ImageException(String file, String problem) {
    super(file + ": " + problem);
    this.file = file;
    this.problem = problem;
  }

  public ImageException(String file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
    this.problem = problem;
  }

  /** The image as the caller named it. */
  public String file() {
    return file;
  }

  /** What is wrong and how to fix it, without the file name. */
  public String problem() {
    return problem;
  }
}
