package org.notebake.vault;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Finds unquoted wikilinks such as {@code related: [[Other Note]]}. YAML reads them, without
 * complaint, as a list holding a list, which is never what the author meant; Obsidian writes them
 * quoted.
 */
final class WikilinkCheck {

  private final String[] lines;
  private final int firstLine;
  private final YamlFrontMatterReader.ErrorSink sink;
  private final Set<Node> visited = Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean passes = true;

  WikilinkCheck(String[] lines, int firstLine, YamlFrontMatterReader.ErrorSink sink) {
    this.lines = lines;
    this.firstLine = firstLine;
    this.sink = sink;
  }

  /** Reports every unquoted wikilink under {@code root}; true when there is none. */
  boolean passes(Node root) {
    visit(root);
    return passes;
  }

  private void visit(Node node) {
    if (!visited.add(node)) {
      return; // aliases may make the tree a graph
    }
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        visit(tuple.getKeyNode());
        visit(tuple.getValueNode());
      }
    } else if (node instanceof SequenceNode sequence) {
      if (isWikilink(sequence)) {
        report(sequence);
        return;
      }
      sequence.getValue().forEach(this::visit);
    }
  }

  /** {@code [[}: a sequence whose first item is a sequence opening on the very next character. */
  private static boolean isWikilink(SequenceNode sequence) {
    List<Node> items = sequence.getValue();
    if (items.isEmpty() || !(items.get(0) instanceof SequenceNode inner)) {
      return false;
    }
    int outerStart = sequence.getStartMark().map(Mark::getIndex).orElse(-2);
    int innerStart = inner.getStartMark().map(Mark::getIndex).orElse(-1);
    return innerStart == outerStart + 1;
  }

  private void report(SequenceNode sequence) {
    passes = false;
    Mark start = sequence.getStartMark().orElseThrow();
    String written = written(sequence, start);
    sink.error(
        firstLine + start.getLine(),
        start.getColumn() + 1,
        "front matter value "
            + written
            + " is read by YAML as a list inside a list, not as a wikilink; quote it: \""
            + written
            + "\"");
  }

  private String written(SequenceNode sequence, Mark start) {
    String line = start.getLine() < lines.length ? lines[start.getLine()] : "";
    int end =
        sequence
            .getEndMark()
            .filter(mark -> mark.getLine() == start.getLine())
            .map(Mark::getColumn)
            .orElse(line.length());
    return line.substring(Math.min(start.getColumn(), line.length()), Math.min(end, line.length()));
  }
}
