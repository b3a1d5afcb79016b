package org.notebake.markdown.obsidian;

/** One example of a spec file: Markdown in, expected HTML out. */
record SpecExample(String file, String section, int number, String markdown, String html) {

  @Override
  public String toString() {
    return file + ": " + section + ", example " + number;
  }
}
