package org.notebake.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the index needs to know about a note before any note is rendered: its inline tags, headings,
 * block ids and outgoing links.
 *
 * @param tags inline {@code #tags} as written (without '#')
 * @param headings every heading with the id the renderer will give it
 * @param blockIds {@code ^block-id} markers (without '^')
 * @param links outgoing links to notes, with the text of the block they stand in
 * @param htmlIds the {@code id}s and {@code <a name>}s of the note's own HTML ({@code <h2
 *     id="overview">}), which a link's fragment may name as it names a heading
 * @param blockLines the lines each block id's block stands on, where known (not for a heading's)
 */
public record NoteFacts(
    List<String> tags,
    List<Heading> headings,
    Set<String> blockIds,
    List<OutgoingLink> links,
    Set<String> htmlIds,
    Map<String, Lines> blockLines) {

  /** A note with no tags, headings, blocks or links (JBake's HTML content). */
  public static final NoteFacts NONE =
      new NoteFacts(List.of(), List.of(), Set.of(), List.of(), Set.of());

  public NoteFacts {
    tags = List.copyOf(tags);
    headings = List.copyOf(headings);
    blockIds = Set.copyOf(blockIds);
    links = List.copyOf(links);
    htmlIds = Set.copyOf(htmlIds);
    blockLines = Map.copyOf(blockLines);
  }

  /** Facts of a note whose blocks' lines are not known. */
  public NoteFacts(
      List<String> tags,
      List<Heading> headings,
      Set<String> blockIds,
      List<OutgoingLink> links,
      Set<String> htmlIds) {
    this(tags, headings, blockIds, links, htmlIds, Map.of());
  }

  /** The first and last line of the note's body a block stands on, 1-based. */
  public record Lines(int first, int last) {}

  /** Facts of a note without HTML ids. */
  public NoteFacts(
      List<String> tags, List<Heading> headings, Set<String> blockIds, List<OutgoingLink> links) {
    this(tags, headings, blockIds, links, Set.of());
  }

  /**
   * A heading: level 1-6, its plain text, its id, and the 1-based line of the note's body it stands
   * on (0 when unknown), which tells the lines of its section.
   *
   * @param linked the heading as Obsidian spells it in a link to it when it holds a wikilink (its
   *     target, heading and alias as words: {@code Install Importer the importer} for {@code
   *     Install [[Importer|the importer]]}, shown as "Install the importer"), else null
   */
  public record Heading(int level, String text, String id, int line, String linked) {
    public Heading(int level, String text, String id) {
      this(level, text, id, 0);
    }

    public Heading(int level, String text, String id, int line) {
      this(level, text, id, line, null);
    }
  }

  /**
   * A link as written: {@code [[target#fragment]]} or {@code [x](target.md)}.
   *
   * @param context plain text of the paragraph or list item holding the link, for backlinks
   */
  public record OutgoingLink(String target, String fragment, boolean embed, String context) {}
}
