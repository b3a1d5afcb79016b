package org.notebake.gallery;

/**
 * An SVG that cannot be published: it does not parse as XML, is not an SVG, or asks for a file
 * outside itself. The message says what to do, ready for a diagnostic at {@code file:line:column}.
 *
 * <pre>{@code
 * try {
 *   svgs.sanitize("attachments/map.svg", bytes);
 * } catch (SvgException e) {
 *   diagnostics.error(e.file(), e.line(), e.column(), e.problem());
 * }
 * }</pre>
 */
public final class SvgException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final int column;
  private final String problem;

  public SvgException(String file, int line, int column, String problem, Throwable cause) {
    super(file + ":" + line + ":" + column + ": " + problem, cause);
    this.file = file;
    this.line = Math.max(line, 0);
    this.column = Math.max(column, 0);
    this.problem = problem;
  }

  public String file() {
    return file;
  }

  /** 1-based, or 0 when the problem is the whole file. */
  public int line() {
    return line;
  }

  /** 1-based, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** What is wrong and how to fix it, without the file name. */
  public String problem() {
    return problem;
  }
}
