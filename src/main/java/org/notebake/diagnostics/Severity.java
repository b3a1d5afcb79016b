package org.notebake.diagnostics;

/** How bad a {@link Diagnostic} is: errors fail the build, warnings are printed and counted. */
public enum Severity {
  ERROR("error"),
  WARNING("warning");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  /** The lowercase word printed after the location, as compilers do. */
  public String label() {
    return label;
  }
}
