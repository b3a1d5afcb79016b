package org.notebake.jbake;

/**
 * A template could not be rendered. Carries the template file and position so the build can report
 * {@code templates/post.ftlh:12:5: error: ...} instead of writing a stack trace into a page.
 */
public final class TemplateFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final String template;
  private final int line;
  private final int column;

  TemplateFailure(String template, int line, int column, String message, Throwable cause) {
    super(message, cause);
    this.template = template;
    this.line = line;
    this.column = column;
  }

  public String template() {
    return template;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
