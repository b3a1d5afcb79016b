package org.notebake.markdown.obsidian.wikilink.internal;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Parses {@code \[}, {@code \]}, {@code \!} and {@code \^}, alone or in a run, into {@link
 * EscapedBracket}; every other backslash is left to CommonMark (custom inline parsers are tried
 * before the built-in ones).
 */
public final class EscapedBracketInlineParser implements InlineContentParser {

  // '^' too, so that "\^id" at the end of a paragraph is text, not a block id.
  private static final String GUARDED = "[]!^";

  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner scanner = state.scanner();
    StringBuilder escaped = new StringBuilder(1);
    // A run of escapes is one node: a note whose too-deep brackets were escaped before parsing
    // holds hundreds of thousands of them in a row.
    while (true) {
      Position start = scanner.position();
      scanner.next();
      char next = scanner.peek();
      if (GUARDED.indexOf(next) < 0) {
        scanner.setPosition(start);
        break;
      }
      scanner.next();
      escaped.append(next);
      if (scanner.peek() != '\\') {
        break;
      }
    }
    return escaped.isEmpty()
        ? ParsedInline.none()
        : ParsedInline.of(new EscapedBracket(escaped.toString()), scanner.position());
  }

  /** Triggered by a backslash. */
  public static final class Factory implements InlineContentParserFactory {
    @Override
    public Set<Character> getTriggerCharacters() {
      return Set.of('\\');
    }

    @Override
    public InlineContentParser create() {
      return new EscapedBracketInlineParser();
    }
  }
}
