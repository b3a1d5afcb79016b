package org.notebake.site.output;

import java.nio.file.Path;
import org.notebake.diagnostics.Diagnostic;

/**
 * The output folder is not one notebake may write, replace or delete; the CLI exits with code 2.
 *
 * <p>The message reads like a compiler error: the path, what is wrong, and how to fix it.
 *
 * <pre>
 * /home/ana/vault/content/site: error: the output folder lies inside the content folder
 * /home/ana/vault/content, so its pages would be read back as notes; choose a folder outside
 * /home/ana/vault/content, for example /home/ana/vault/site
 * </pre>
 */
public final class OutputRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;

  /**
   * @param path the folder or file refused
   * @param reason what is wrong and why it matters
   * @param fix what the user can do instead
   */
  public OutputRefusedException(Path path, String reason, String fix) {
    super(path + ": error: " + reason + "; " + fix);
    this.path = path;
  }

  /** The refused folder or file. */
  public Path path() {
    return path;
  }

  /** The same message as a diagnostic, for callers that collect a whole build's problems. */
  public Diagnostic toDiagnostic() {
    String message = getMessage().substring(path.toString().length() + ": error: ".length());
    return Diagnostic.error(path.toString(), 0, 0, message);
  }
}
