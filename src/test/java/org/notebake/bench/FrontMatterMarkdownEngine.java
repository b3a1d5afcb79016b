package org.notebake.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The Markdown engine a plain JBake 2.7.0 user would write: jbake-core has no native {@code ---}
 * YAML front matter and its flexmark engine is optional, so this reads the YAML header and renders
 * the body with CommonMark and the same GFM extensions notebake uses. No wikilinks or highlights:
 * to vanilla JBake those are text, as they are to Hugo.
 *
 * <pre>{@code
 * Engines.register("md", new FrontMatterMarkdownEngine());
 * // ---\ntitle: "A"\ndate: 2020-01-02\ntags: [x]\n---\n# Hi  ->  title "A", tags [x], <h1>Hi</h1>
 * }</pre>
 */
final class FrontMatterMarkdownEngine extends MarkupEngine {
  private final List<org.commonmark.Extension> extensions =
      List.of(
          TablesExtension.create(),
          StrikethroughExtension.create(),
          AutolinkExtension.create(),
          FootnotesExtension.create());
  private final Parser parser = Parser.builder().extensions(extensions).build();
  private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(extensions).build();

  /** Index of the closing {@code ---}, or -1 when the file has no front matter. */
  private static int frontMatterEnd(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).trim().equals("---")) {
      return -1;
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).trim().equals("---")) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public void processHeader(ParserContext context) {
    List<String> lines = context.getFileLines();
    int end = frontMatterEnd(lines);
    if (end < 0) {
      return;
    }
    Load yaml = new Load(LoadSettings.builder().build());
    Object root = yaml.loadFromString(String.join("\n", lines.subList(1, end)));
    if (root instanceof Map<?, ?> map) {
      DocumentModel document = context.getDocumentModel();
      map.forEach((key, value) -> store(document, String.valueOf(key), value));
    }
  }

  private static void store(DocumentModel document, String key, Object value) {
    switch (key) {
      case "date" ->
          // Local midnight, as JBake's own header parser does with date.format.
          document.setDate(
              Date.from(
                  LocalDate.parse(String.valueOf(value))
                      .atStartOfDay(ZoneId.systemDefault())
                      .toInstant()));
      case "tags" -> {
        List<String> tags = new ArrayList<>();
        if (value instanceof Collection<?> values) {
          values.forEach(tag -> tags.add(String.valueOf(tag)));
        } else if (value != null) {
          tags.add(String.valueOf(value));
        }
        document.setTags(tags.toArray(new String[0]));
      }
      // DocumentModel casts title, type and status to String.
      default -> document.put(key, String.valueOf(value));
    }
  }

  @Override
  public void processBody(ParserContext context) {
    List<String> lines = context.getFileLines();
    int end = frontMatterEnd(lines);
    List<String> body = end < 0 ? lines : lines.subList(end + 1, lines.size());
    context.setBody(renderer.render(parser.parse(String.join("\n", body))));
  }
}
