package org.notebake.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The text a new note starts from: the site's own {@code archetypes/<kind>.md} if it has one, else
 * the built-in one, with {@code {{title}}}, {@code {{date}}}, {@code {{type}}} and {@code {{slug}}}
 * filled in (Obsidian's template placeholders).
 *
 * <pre>
 * ---
 * title: {{title}}      becomes   title: "Signals, \"lost\""
 * date: {{date}}        becomes   date: 2026-12-02
 * ---
 * # {{title}}           becomes   # Signals, "lost"
 * </pre>
 *
 * <p>In the front matter {@code {{title}}} becomes a double-quoted YAML string, so a title with a
 * colon, a quote or a leading {@code #} stays a title; in the body it is the title as written.
 *
 * @param text the archetype as read, placeholders unfilled
 * @param origin where it came from: a file of the site, or {@code built-in}
 */
record Archetype(String text, String origin) {
  private static final String DELIMITER = "---";

  /** The site's archetype of {@code kind} in {@code folder}, else the built-in one. */
  static Archetype of(String kind, Path folder) throws IOException {
    Path own = folder.resolve(kind + ".md");
    if (Files.isRegularFile(own)) {
      return new Archetype(Files.readString(own, StandardCharsets.UTF_8), own.toString());
    }
    String resource = "/notebake/archetypes/" + kind + ".md";
    try (InputStream in = Archetype.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + resource));
      }
      return new Archetype(new String(in.readAllBytes(), StandardCharsets.UTF_8), "built-in");
    }
  }

  /** Private whatever folder it is in: publish.folders cannot publish it. */
  private static final org.notebake.publish.PublishPolicy EVERY_FOLDER_PUBLIC =
      new org.notebake.publish.PublishPolicy(java.util.List.of("."));

  /**
   * Whether a note of {@code text} (filled) opts out of publishing as the build reads it, so that
   * no folder publishes it: a site's archetype without {@code publish: false} made a note the next
   * bake published when its folder is in {@code publish.folders}.
   */
  boolean keepsPrivate(String text) {
    org.notebake.diagnostics.Diagnostics quiet = new org.notebake.diagnostics.Diagnostics();
    org.notebake.vault.ParsedNote note =
        new org.notebake.vault.FrontMatterParser().parse("new.md", text, quiet);
    return !EVERY_FOLDER_PUBLIC.isPublished("new.md", note.frontMatter(), note.malformed(), quiet);
  }

  /** The note's text, placeholders filled. */
  String fill(String title, LocalDate date, String type, String slug) {
    String text = this.text.startsWith("\uFEFF") ? this.text.substring(1) : this.text;
    int end = frontMatterEnd(text);
    // The title goes in as a YAML string of its own: quoted by the archetype too ("{{title}}"), a
    // title holding a quote made front matter that no longer parses (red team).
    String head =
        text.substring(0, end)
            .replace("\"{{title}}\"", "{{title}}")
            .replace("'{{title}}'", "{{title}}");
    String body = text.substring(end);
    return placeholders(head, yamlString(title), date, type, slug)
        + placeholders(body, title, date, type, slug);
  }

  private static String placeholders(
      String text, String title, LocalDate date, String type, String slug) {
    return text.replace("{{date}}", date.toString())
        .replace("{{type}}", type)
        .replace("{{slug}}", slug)
        .replace("{{title}}", title);
  }

  /** Where the front matter ends (after its closing line), or 0 when the text has none. */
  private static int frontMatterEnd(String text) {
    if (!text.startsWith(DELIMITER + "\n") && !text.startsWith(DELIMITER + "\r\n")) {
      return 0;
    }
    int from = text.indexOf('\n') + 1;
    while (from < text.length()) {
      int next = text.indexOf('\n', from);
      int lineEnd = next < 0 ? text.length() : next;
      if (text.substring(from, lineEnd).strip().equals(DELIMITER)) {
        return next < 0 ? text.length() : next + 1;
      }
      from = lineEnd + 1;
    }
    return 0;
  }

  /** A YAML double-quoted scalar; the title holds no control characters (checked before). */
  static String yamlString(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
