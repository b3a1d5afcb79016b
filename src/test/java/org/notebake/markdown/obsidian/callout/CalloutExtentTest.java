package org.notebake.markdown.obsidian.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * A callout holds every line that CommonMark puts in the block quote it is written as: lazy
 * continuation lines included, whatever surrounds them. Checked against commonmark-java's own block
 * quotes on random notes built from the lines that decide where a quote ends.
 */
class CalloutExtentTest {

  private static final Pattern MARKER = Pattern.compile("^\\[![^\\]|\\s]+(\\|[^\\]]*)?][+-]?.*");

  private static final String[] LINES = {
    "> [!note]",
    "> [!private] Title",
    "> [!tip]- folded",
    ">",
    "",
    "> quoted text",
    "lazy text",
    "    indented lazy",
    "  two-space lazy",
    "\ttabbed lazy",
    "2. two",
    "1. one",
    "1)",
    "- item",
    "-",
    "  - nested item",
    "# heading",
    "===",
    "---",
    "```",
    "~~~",
    "> > [!tip]",
    "> > nested quote",
    "> - quoted item",
    ">     quoted code",
    "> ---",
    "> ===",
    "- > [!note]",
    "  > [!private]",
    "  lazy in item",
    "| a | b |",
    "|---|---|",
    "> | a | b |",
    "> |---|---|",
    "<div>",
    "<span>",
    "[x]: /url",
    "[^1]: note",
    "%%",
    "text %% comment",
  };

  private static final Parser PLAIN =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  private static final Parser WITH_CALLOUTS =
      Parser.builder()
          .extensions(
              List.<Extension>of(
                  CalloutExtension.builder().removedTypes(Set.of()).build(),
                  TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  @Test
  void calloutCoversEveryLineCommonMarkPutsInItsBlockQuote() {
    Random random = new Random(20261202);
    for (int n = 0; n < 4000; n++) {
      StringBuilder note = new StringBuilder();
      int count = 1 + random.nextInt(9);
      for (int i = 0; i < count; i++) {
        note.append(LINES[random.nextInt(LINES.length)])
            .append(random.nextInt(8) == 0 ? "\r\n" : "\n");
      }
      String markdown = note.toString();
      List<Set<Integer>> quotes = calloutQuotes(PLAIN.parse(markdown));
      List<Set<Integer>> callouts = callouts(WITH_CALLOUTS.parse(markdown));
      assertThat(callouts).as("callouts of:\n%s", markdown).hasSameSizeAs(quotes);
      for (int i = 0; i < quotes.size(); i++) {
        assertThat(callouts.get(i))
            .as("lines of callout %d in:\n%s", i, markdown)
            .containsAll(quotes.get(i));
      }
    }
  }

  @Test
  void lazyLineIsInsideTheCallout() {
    Node document = WITH_CALLOUTS.parse("> [!private]\nMy PIN is 4711\n\nPublic.");
    assertThat(callouts(document)).containsExactly(Set.of(0, 1));
  }

  /** The lines of each block quote that starts with a callout marker, in document order. */
  private static List<Set<Integer>> calloutQuotes(Node document) {
    List<Set<Integer>> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(BlockQuote quote) {
            // The marker line opens a paragraph, or a setext heading when "---" follows.
            Node first = quote.getFirstChild();
            if ((first instanceof Paragraph || first instanceof Heading)
                && first.getFirstChild() instanceof Text text
                && MARKER.matcher(firstLine(text)).matches()) {
              found.add(lines(quote));
            }
            visitChildren(quote);
          }
        });
    return found;
  }

  /** The block's first line; the text node alone may stop short at a '[' or '!'. */
  private static String firstLine(Text text) {
    StringBuilder line = new StringBuilder();
    for (Node n = text; n instanceof Text t; n = n.getNext()) {
      line.append(t.getLiteral());
    }
    return line.toString();
  }

  private static List<Set<Integer>> callouts(Node document) {
    List<Set<Integer>> found = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(CustomBlock block) {
            if (block instanceof Callout) {
              found.add(lines(block));
            }
            visitChildren(block);
          }
        });
    return found;
  }

  private static Set<Integer> lines(Node node) {
    Set<Integer> lines = new TreeSet<>();
    for (SourceSpan span : node.getSourceSpans()) {
      lines.add(span.getLineIndex());
    }
    return lines;
  }
}
