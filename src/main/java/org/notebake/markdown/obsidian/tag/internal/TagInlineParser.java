package org.notebake.markdown.obsidian.tag.internal;

import java.util.Set;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;
import org.notebake.markdown.obsidian.tag.Tag;

/**
 * Parses {@code #tag} and {@code #area/sub}. A tag starts a word (after whitespace, the start of
 * the line or an opening mark like '(' or '*'), so {@code a#b}, {@code [[#Heading]]} and URL
 * fragments are not tags; it holds letters, digits, '_', '-' and single '/' between parts, and is
 * not all digits ({@code #123} is an issue number, not a tag).
 */
public final class TagInlineParser implements InlineContentParser {

  private static final String OPENING_MARKS = "(*_~=\"";

  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner scanner = state.scanner();
    if (!startsWord(scanner.peekPreviousCodePoint())) {
      return ParsedInline.none();
    }
    scanner.next();
    StringBuilder name = new StringBuilder();
    Position end = scanner.position();
    int nameLength = 0;
    boolean afterSlash = false;
    while (true) {
      int c = scanner.peekCodePoint();
      if (isNameCodePoint(c)) {
        afterSlash = false;
      } else if (c == '/' && nameLength > 0 && !afterSlash) {
        afterSlash = true;
      } else {
        break;
      }
      scanner.next();
      name.appendCodePoint(c);
      if (!afterSlash) {
        end = scanner.position();
        nameLength = name.length();
      }
    }
    String tag = name.substring(0, nameLength);
    if (tag.isEmpty() || tag.chars().allMatch(Character::isDigit)) {
      return ParsedInline.none();
    }
    return ParsedInline.of(new Tag(tag), end);
  }

  private static boolean startsWord(int previous) {
    return previous == '\0'
        || Character.isWhitespace(previous)
        || OPENING_MARKS.indexOf(previous) >= 0;
  }

  private static boolean isNameCodePoint(int c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  /** Triggered by '#'. */
  public static final class Factory implements InlineContentParserFactory {
    @Override
    public Set<Character> getTriggerCharacters() {
      return Set.of('#');
    }

    @Override
    public InlineContentParser create() {
      return new TagInlineParser();
    }
  }
}
