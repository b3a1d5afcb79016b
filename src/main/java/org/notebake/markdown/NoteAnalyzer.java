package org.notebake.markdown;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.notebake.markdown.obsidian.PlainText;
import org.notebake.markdown.obsidian.blockid.BlockId;
import org.notebake.markdown.obsidian.heading.HeadingSlugger;
import org.notebake.markdown.obsidian.tag.Tag;
import org.notebake.markdown.obsidian.wikilink.WikiLink;

/** Walks a parsed note once and collects its {@link NoteFacts}. */
final class NoteAnalyzer extends AbstractVisitor {
  private static final int CONTEXT_CHARS = 240;

  private final List<String> tags = new ArrayList<>();
  private final List<NoteFacts.Heading> headings = new ArrayList<>();
  private final Set<String> blockIds = new LinkedHashSet<>();
  private final Set<String> htmlIds = new LinkedHashSet<>();
  private final Map<String, NoteFacts.Lines> blockLines = new HashMap<>();
  private final List<NoteFacts.OutgoingLink> links = new ArrayList<>();
  private final HeadingSlugger slugger = new HeadingSlugger();
  // A paragraph of 40,000 links would otherwise have its text read 40,000 times.
  private final Map<Node, String> contexts = new IdentityHashMap<>();

  static NoteFacts analyze(Node document) {
    NoteAnalyzer analyzer = new NoteAnalyzer();
    document.accept(analyzer);
    return new NoteFacts(
        analyzer.tags,
        analyzer.headings,
        analyzer.blockIds,
        analyzer.links,
        analyzer.htmlIds,
        analyzer.blockLines);
  }

  /** An {@code id} or {@code name} attribute of a tag, quoted or not. */
  private static final java.util.regex.Pattern ID_ATTRIBUTE =
      java.util.regex.Pattern.compile(
          "<[A-Za-z][^<>]*?\\s(?:id|name)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+))");

  @Override
  public void visit(HtmlBlock html) {
    addIds(html.getLiteral());
  }

  @Override
  public void visit(HtmlInline html) {
    addIds(html.getLiteral());
  }

  private void addIds(String html) {
    if (html == null || (html.indexOf("id") < 0 && html.indexOf("name") < 0)) {
      return;
    }
    java.util.regex.Matcher m = ID_ATTRIBUTE.matcher(html);
    while (m.find()) {
      String id = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
      if (!id.isEmpty()) {
        htmlIds.add(id);
      }
    }
  }

  @Override
  public void visit(Heading heading) {
    String text = PlainText.of(heading);
    int line =
        heading.getSourceSpans().isEmpty() ? 0 : heading.getSourceSpans().get(0).getLineIndex() + 1;
    headings.add(
        new NoteFacts.Heading(
            heading.getLevel(), text, slugger.slug(text), line, PlainText.asLinked(heading)));
    visitChildren(heading);
  }

  @Override
  public void visit(Link link) {
    String destination = link.getDestination();
    if (isLocal(destination)) {
      int hash = destination.indexOf('#');
      String target = decode(hash < 0 ? destination : destination.substring(0, hash)).strip();
      String fragment = hash < 0 ? null : decode(destination.substring(hash + 1));
      links.add(new NoteFacts.OutgoingLink(target, fragment, false, context(link)));
    }
    visitChildren(link);
  }

  @Override
  public void visit(CustomNode node) {
    if (node instanceof WikiLink wiki) {
      links.add(
          new NoteFacts.OutgoingLink(wiki.target(), wiki.fragment(), wiki.embed(), context(wiki)));
    } else if (node instanceof Tag tag) {
      tags.add(tag.name());
    } else if (node instanceof BlockId id) {
      String name = id.id().startsWith("^") ? id.id().substring(1) : id.id();
      blockIds.add(name);
      Node block = id.anchor() ? id.getNext() : id.getParent();
      if (block != null && !(block instanceof Heading)) {
        // A heading's id embeds its section, whose lines the headings tell.
        lines(block).ifPresent(lines -> blockLines.putIfAbsent(name, lines));
      }
    }
    visitChildren(node);
  }

  private static boolean isLocal(String destination) {
    return destination != null
        && !destination.isEmpty()
        && !destination.startsWith("#")
        && !destination.startsWith("//")
        && !destination.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*");
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /**
   * The text of the paragraph, list item or table row around a link, shortened for a backlink
   * preview; read once per block, however many links it holds.
   */
  private String context(Node node) {
    Node block = node.getParent();
    while (block != null
        && !(block instanceof Paragraph)
        && !(block instanceof ListItem)
        && !(block instanceof TableRow)
        && !(block instanceof Document)
        && !(block instanceof Block && block.getParent() instanceof Document)) {
      block = block.getParent();
    }
    return block == null ? "" : contexts.computeIfAbsent(block, NoteAnalyzer::preview);
  }

  private static String preview(Node block) {
    String text = (block instanceof TableRow row ? cells(row) : PlainText.of(block));
    text = text.replaceAll("\\s+", " ").strip();
    return text.length() <= CONTEXT_CHARS ? text : text.substring(0, CONTEXT_CHARS - 1) + "…";
  }

  /** A row's cells apart, as a reader sees them in their columns: "canvas · boards · Alpha". */
  private static String cells(TableRow row) {
    StringJoiner cells = new StringJoiner(" · ");
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      String text = PlainText.of(cell).strip();
      if (!text.isEmpty()) {
        cells.add(text);
      }
    }
    return cells.toString();
  }

  /**
   * The lines a block stands on: from its first line to the last of its last descendant, which
   * holds a lazy line the block itself may not (an id on the line under a quote).
   */
  private static java.util.Optional<NoteFacts.Lines> lines(Node block) {
    if (block.getSourceSpans().isEmpty()) {
      return java.util.Optional.empty();
    }
    int first = block.getSourceSpans().get(0).getLineIndex() + 1;
    int last = first;
    for (Node n = block; n != null; n = n.getLastChild()) {
      List<org.commonmark.node.SourceSpan> spans = n.getSourceSpans();
      if (!spans.isEmpty()) {
        last = Math.max(last, spans.get(spans.size() - 1).getLineIndex() + 1);
      }
    }
    return java.util.Optional.of(new NoteFacts.Lines(first, last));
  }
}
