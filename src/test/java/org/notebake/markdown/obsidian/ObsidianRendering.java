package org.notebake.markdown.obsidian;

import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Parses and renders with every Obsidian extension (plus GFM tables) and the fake resolver. */
final class ObsidianRendering {

  private static final List<Extension> EXTENSIONS = extensions();
  static final Parser PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).build();

  private ObsidianRendering() {}

  private static List<Extension> extensions() {
    List<Extension> all =
        new java.util.ArrayList<>(ObsidianExtensions.all(new FakeResolver(), Set.of("private")));
    all.add(TablesExtension.create());
    return List.copyOf(all);
  }

  static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  static String render(String markdown) {
    return RENDERER.render(parse(markdown));
  }
}
