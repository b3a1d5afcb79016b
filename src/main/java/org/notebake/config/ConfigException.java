package org.notebake.config;

import java.nio.file.Path;
import java.util.Optional;
import org.notebake.diagnostics.Diagnostic;

/**
 * A problem with how notebake was invoked or configured (a missing folder, a bad property, a
 * refused output folder). The command line maps it to exit code 2; the message names the file or
 * option, what is wrong and how to fix it, and for a key of the site's properties its line:
 *
 * <pre>
 * /home/avery/site/jbake.properties:3:1: error: render.tags=maybe must be true or false
 * </pre>
 */
public class ConfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Diagnostic diagnostic;

  public ConfigException(String message) {
    super(message);
    this.diagnostic = null;
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
    this.diagnostic = null;
  }

  /**
   * An error in a file of the site in {@code source}; the message names the file as a build's
   * diagnostics print it: relative to the working folder when inside it, else absolute.
   */
  public ConfigException(Path source, Diagnostic error) {
    this(shown(source, error));
  }

  private ConfigException(Diagnostic shown) {
    super(shown.format());
    this.diagnostic = shown;
  }

  /** The error as a diagnostic ({@code check --format json}), when it is at a file's line. */
  public Optional<Diagnostic> diagnostic() {
    return Optional.ofNullable(diagnostic);
  }

  private static Diagnostic shown(Path source, Diagnostic d) {
    Path file = source.resolve(d.path()).toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    String path = (file.startsWith(cwd) ? cwd.relativize(file) : file).toString();
    return d.at(path.replace('\\', '/'));
  }
}
