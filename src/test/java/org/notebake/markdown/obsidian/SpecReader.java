package org.notebake.markdown.obsidian;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads examples in commonmark's spec format: a fence of 32 backticks followed by "example", the
 * Markdown, a line holding only ".", the expected HTML, and a closing fence. "→" stands for a tab
 * and "␍" for a carriage return, so tabs and CRLF input stay visible in the file. "## " lines name
 * the section of the examples after them.
 */
final class SpecReader {

  private static final String FENCE = "`".repeat(32);

  private SpecReader() {}

  static List<SpecExample> read(String file) {
    String resource = "/spec/" + file;
    try (InputStream in = SpecReader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("missing test resource " + resource);
      }
      return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  static List<SpecExample> parse(String file, String text) {
    List<SpecExample> examples = new ArrayList<>();
    String section = "";
    StringBuilder markdown = null;
    StringBuilder html = null;
    for (String line : text.split("\n", -1)) {
      if (markdown == null && line.startsWith("## ")) {
        section = line.substring(3).strip();
      } else if (markdown == null && line.equals(FENCE + " example")) {
        markdown = new StringBuilder();
      } else if (markdown != null && html == null && line.equals(".")) {
        html = new StringBuilder();
      } else if (html != null && line.equals(FENCE)) {
        examples.add(
            new SpecExample(file, section, examples.size() + 1, visible(markdown), visible(html)));
        markdown = null;
        html = null;
      } else if (html != null) {
        html.append(line).append('\n');
      } else if (markdown != null) {
        markdown.append(line).append('\n');
      }
    }
    return examples;
  }

  private static String visible(StringBuilder text) {
    return text.toString().replace('→', '\t').replace("␍", "\r");
  }
}
