package org.notebake.diagnostics;

import java.util.Objects;

/**
 * Where a problem is: a file, and a line and column in it (0 when the problem concerns the whole
 * file, or a setting the file does not hold).
 *
 * <pre>{@code
 * Location at = new Location("jbake.properties", 3, 1);
 * at.warning("render.tags=maybe must be true or false").format();
 * // jbake.properties:3:1: warning: render.tags=maybe must be true or false
 * }</pre>
 *
 * @param path the file, relative to the site source and with '/' separators
 */
public record Location(String path, int line, int column) {

  public Location {
    Objects.requireNonNull(path, "path");
  }

  public Diagnostic error(String message) {
    return Diagnostic.error(path, line, column, message);
  }

  public Diagnostic warning(String message) {
    return Diagnostic.warning(path, line, column, message);
  }
}
