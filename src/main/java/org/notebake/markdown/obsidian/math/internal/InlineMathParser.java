package org.notebake.markdown.obsidian.math.internal;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.notebake.markdown.obsidian.math.InlineMath;

/**
 * Parses {@code $tex$} and {@code $$tex$$} inside a paragraph, taking the TeX as written. A
 * backslash escapes the character after it, so {@code \$} never closes.
 *
 * <p>Whether a dollar can close does not depend on where the search started, so once a search runs
 * to the end of a paragraph without finding one, later dollars of that paragraph are not searched
 * again: a paragraph full of unpaired prices costs linear time, not quadratic.
 */
public final class InlineMathParser implements InlineContentParser {

  private Scanner noSingleCloser;
  private Scanner noDoubleCloser;

  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner scanner = state.scanner();
    scanner.next();
    if (scanner.peek() == '$') {
      scanner.next();
      return noDoubleCloser == scanner ? ParsedInline.none() : display(scanner);
    }
    if (noSingleCloser == scanner || isSpaceOrEnd(scanner.peek())) {
      return ParsedInline.none();
    }
    return inline(scanner);
  }

  private ParsedInline inline(Scanner scanner) {
    Position start = scanner.position();
    while (true) {
      char c = scanner.peek();
      if (c == Scanner.END) {
        noSingleCloser = scanner;
        noDoubleCloser = scanner; // "$$" ends in a dollar that could close a single one
        return ParsedInline.none();
      }
      if (c == '$' && !Character.isWhitespace(scanner.peekPreviousCodePoint())) {
        String tex = scanner.getSource(start, scanner.position()).getContent();
        scanner.next();
        return ParsedInline.of(new InlineMath(tex, false), scanner.position());
      }
      skip(scanner, c);
    }
  }

  private ParsedInline display(Scanner scanner) {
    Position start = scanner.position();
    while (true) {
      char c = scanner.peek();
      if (c == Scanner.END) {
        noDoubleCloser = scanner;
        return ParsedInline.none();
      }
      if (c == '$') {
        Position end = scanner.position();
        scanner.next();
        if (scanner.next('$')) {
          String tex = scanner.getSource(start, end).getContent();
          if (tex.isBlank()) {
            return ParsedInline.none();
          }
          return ParsedInline.of(new InlineMath(tex, true), scanner.position());
        }
        continue;
      }
      skip(scanner, c);
    }
  }

  /** Moves past {@code c}, and past the character after it when {@code c} is a backslash. */
  private static void skip(Scanner scanner, char c) {
    scanner.next();
    if (c == '\\' && scanner.peek() != Scanner.END) {
      scanner.next();
    }
  }

  private static boolean isSpaceOrEnd(char c) {
    return c == Scanner.END || Character.isWhitespace(c);
  }

  /** Triggered by '$'. */
  public static final class Factory implements InlineContentParserFactory {
    @Override
    public Set<Character> getTriggerCharacters() {
      return Set.of('$');
    }

    @Override
    public InlineContentParser create() {
      return new InlineMathParser();
    }
  }
}
