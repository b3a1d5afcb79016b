package org.notebake.privacy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads the allow markers an author puts in a note itself. They live in Obsidian comments, which
 * never reach the published page:
 *
 * <pre>
 * Call the studio at 912 555 0142 %%privacy:allow 912 555 0142%%
 * %%privacy:allow rule:password%%
 * </pre>
 *
 * <p>A marker in a code span or a code block is no comment: the page shows it as code, an example
 * of a marker ({@code `%%privacy:allow rule:phone%%`}), so it allows nothing. Markdown tells where
 * code is; the marker's entry is read as written, so a {@code re:} entry keeps its backslashes.
 *
 * <pre>{@code
 * List<String> entries = InlineAllows.parse(noteSource);
 * entries.addAll(frontMatterPrivacyAllow);          // the note's `privacy-allow:` list
 * scanner.scan(visibleText, AllowList.of(entries));
 * }</pre>
 */
public final class InlineAllows {
  private static final Pattern MARKER =
      Pattern.compile("%%[ \\t]*privacy:allow[ \\t]+([^%\\n]{1,500}?)[ \\t]*%%");

  private InlineAllows() {}

  private static final Parser MARKDOWN =
      Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

  /**
   * The entries of every marker in {@code noteSource} outside code, in order, in allow-file syntax.
   */
  public static List<String> parse(String noteSource) {
    List<String> entries = new ArrayList<>();
    Matcher matcher = MARKER.matcher(noteSource);
    BitSet code = null;
    while (matcher.find()) {
      code = code == null ? code(noteSource) : code;
      if (!code.get(matcher.start()) && !code.get(matcher.end() - 1)) {
        entries.add(matcher.group(1).strip());
      }
    }
    return entries;
  }

  /** The offsets of {@code markdown} that are code: code spans, fenced and indented blocks. */
  private static BitSet code(String markdown) {
    BitSet code = new BitSet(markdown.length());
    MARKDOWN
        .parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Code node) {
                mark(node);
              }

              @Override
              public void visit(FencedCodeBlock node) {
                mark(node);
              }

              @Override
              public void visit(IndentedCodeBlock node) {
                mark(node);
              }

              private void mark(Node node) {
                for (SourceSpan span : node.getSourceSpans()) {
                  code.set(span.getInputIndex(), span.getInputIndex() + span.getLength());
                }
              }
            });
    return code;
  }
}
