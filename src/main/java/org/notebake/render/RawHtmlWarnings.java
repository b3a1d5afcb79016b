package org.notebake.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.HiddenContent;
import org.notebake.html.RawHtmlFindings;
import org.notebake.html.UnknownElements;
import org.notebake.markdown.RawHtml;
import org.notebake.publish.Note;

/**
 * What a note's raw HTML loses to the sanitiser, said at its place in the note: an element it hid
 * (left out with its text), a {@code style} attribute (removed) outside such an element, an element
 * HTML does not know (removed, what it holds kept), and a link's target of a scheme the sanitiser
 * refuses (removed, the link's text kept).
 *
 * <pre>{@code
 * new RawHtmlWarnings(diagnostics).warn(note, rendered.rawLiterals(), rendered.inlineStyles());
 * // note.md:4:7: warning: <span> is left out with its text: it has the hidden attribute, ...
 * }</pre>
 */
final class RawHtmlWarnings {
  private final Diagnostics diagnostics;

  RawHtmlWarnings(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Warns about the hidden elements in {@code literals} and the styles outside them. */
  void warn(Note note, List<RawHtml.Literal> literals, List<RawHtml.Position> styles) {
    List<RawHtmlFindings> findings = new ArrayList<>(literals.size());
    literals.forEach(literal -> findings.add(RawHtmlFindings.of(literal.html())));
    List<HiddenTag> hidden = warnHidden(note, literals, findings);
    warnInlineStyles(note, styles, hidden);
    warnUnknown(note, literals, findings, hidden);
    warnDroppedLinks(note, literals, findings, hidden);
  }

  /** A link's target of a scheme the sanitiser refuses is dropped ({@link DroppedLinkTargets}). */
  private void warnDroppedLinks(
      Note note,
      List<RawHtml.Literal> literals,
      List<RawHtmlFindings> findings,
      List<HiddenTag> hidden) {
    for (int i = 0; i < literals.size(); i++) {
      for (RawHtmlFindings.DroppedLink found : findings.get(i).droppedLinks()) {
        warnUnlessHidden(
            note,
            literals.get(i),
            hidden,
            found.line(),
            found.column(),
            DroppedLinkTargets.message(found.scheme()));
      }
    }
  }

  /**
   * The sanitiser removes an element that is neither HTML's own nor a custom element (what it holds
   * stays); say so, where, unless it is inside an element left out as hidden.
   */
  private void warnUnknown(
      Note note,
      List<RawHtml.Literal> literals,
      List<RawHtmlFindings> findings,
      List<HiddenTag> hidden) {
    for (int i = 0; i < literals.size(); i++) {
      for (UnknownElements.Found found : findings.get(i).unknown()) {
        warnUnlessHidden(
            note, literals.get(i), hidden, found.line(), found.column(), found.message());
      }
    }
  }

  /**
   * A warning at a line and column of {@code literal}, unless a hidden element holds that place.
   */
  private void warnUnlessHidden(
      Note note,
      RawHtml.Literal literal,
      List<HiddenTag> hidden,
      int line,
      int column,
      String message) {
    RawHtml.Position at = inNote(literal.start(), line, column);
    if (hidden.stream().noneMatch(tag -> tag.holds(at))) {
      diagnostics.warning(note.path(), at.line(), at.column(), message);
    }
  }

  /**
   * The sanitiser drops style attributes; say so, where each one was, unless it is in an element
   * left out as hidden, which {@link #warnHidden} reported: its own style may be what hid it
   * (moving that CSS to a class would publish the text), and a style inside it goes with it.
   */
  private void warnInlineStyles(
      Note note, List<RawHtml.Position> styles, List<HiddenTag> hiddenTags) {
    for (RawHtml.Position style : styles) {
      if (hiddenTags.stream().anyMatch(tag -> tag.holds(style))) {
        continue;
      }
      diagnostics.warning(
          note.path(),
          style.line(),
          style.column(),
          "inline style attribute removed: a note's CSS never reaches the site; "
              + "give the element a class and style it in the site's CSS (assets/css), "
              + "or set cssclasses in the front matter");
    }
  }

  /** The sanitiser leaves out what the note's HTML hid, text and all; say so, where. */
  private List<HiddenTag> warnHidden(
      Note note, List<RawHtml.Literal> literals, List<RawHtmlFindings> findings) {
    List<HiddenTag> tags = new ArrayList<>();
    for (int i = 0; i < literals.size(); i++) {
      RawHtml.Literal literal = literals.get(i);
      for (HiddenContent.Found found : findings.get(i).hidden()) {
        RawHtml.Position start = inNote(literal.start(), found.line(), found.column());
        RawHtml.Position end = inNote(literal.start(), found.endLine(), found.endColumn());
        if (!found.closed()) {
          end = endTag(literals, i + 1, found.element()).orElse(end);
        }
        diagnostics.warning(note.path(), start.line(), start.column(), found.message());
        tags.add(new HiddenTag(start, end));
      }
    }
    return tags;
  }

  /**
   * Where the end tag of an element opened in an earlier piece of inline HTML starts: a paragraph's
   * tags come one piece each ({@code <span hidden>}, {@code <b style=...>}, ... {@code </span>}),
   * and a style in between is left out with the element.
   */
  private static Optional<RawHtml.Position> endTag(
      List<RawHtml.Literal> literals, int from, String element) {
    int depth = 1;
    for (int i = from; i < literals.size(); i++) {
      String tag = literals.get(i).html().strip().toLowerCase(Locale.ROOT);
      if (tag.startsWith("</" + element) && tagNameEnds(tag, element.length() + 2)) {
        depth--;
        if (depth == 0) {
          return Optional.of(literals.get(i).start());
        }
      } else if (tag.startsWith("<" + element)
          && tagNameEnds(tag, element.length() + 1)
          && !tag.endsWith("/>")) {
        depth++;
      }
    }
    return Optional.empty();
  }

  private static boolean tagNameEnds(String tag, int at) {
    return at >= tag.length() || !Character.isLetterOrDigit(tag.charAt(at));
  }

  /** A place in a piece of raw HTML, as a place in the note; 0, 0 when the piece has none. */
  private static RawHtml.Position inNote(RawHtml.Position literal, int line, int column) {
    if (literal.line() == 0) {
      return literal;
    }
    return new RawHtml.Position(
        literal.line() + line - 1, line == 1 ? literal.column() + column - 1 : column);
  }

  /**
   * An element left out as hidden, from its start tag's {@code <} to its end tag (or past its start
   * tag's {@code >} when it has none): a style inside it is left out with it.
   */
  private record HiddenTag(RawHtml.Position start, RawHtml.Position end) {
    boolean holds(RawHtml.Position at) {
      return at.line() > 0 && !before(at, start) && before(at, end);
    }

    private static boolean before(RawHtml.Position a, RawHtml.Position b) {
      return a.line() < b.line() || (a.line() == b.line() && a.column() < b.column());
    }
  }
}
