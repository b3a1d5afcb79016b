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
 * fragments are not tags; it holds letters, digits, '_', '-', combining marks, emoji and other
 * symbols, and single '/' between parts, and is not all digits ({@code #123} is an issue number,
 * not a tag).
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
      if (isNameCodePoint(c) && !(joinsPrevious(c) && (afterSlash || name.length() == 0))) {
        afterSlash = false;
      } else if (c == '/' && nameLength > 0 && !afterSlash) {
        afterSlash = true;
      } else {
        break;
      }
      // One step a UTF-16 unit: a letter or emoji beyond the first plane is two (a tag stopped
      // between the halves of #𠀀 before).
      for (int unit = Character.charCount(c); unit > 0; unit--) {
        scanner.next();
      }
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

  /**
   * Letters, digits, '_', '-', and what Obsidian ("commonly accepted Unicode characters, including
   * emojis and other symbols") and Quartz ({@code \p{M}}, {@code \p{Emoji}}) take too: combining
   * marks, without which {@code #हिन्दी} ended at its first vowel sign and a decomposed {@code
   * #café} at its accent; symbols such as emoji, with their skin tones and the joiner that makes
   * one of several. Not ASCII punctuation: {@code ^} and {@code `} are modifier symbols too.
   */
  private static boolean isNameCodePoint(int c) {
    if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
      return true;
    }
    return Character.getType(c) == Character.OTHER_SYMBOL || joinsPrevious(c);
  }

  /** A mark, an emoji's joiner or skin tone: part of the character before it, never a start. */
  private static boolean joinsPrevious(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || c == ZERO_WIDTH_JOINER
        || (c >= SKIN_TONE_FIRST && c <= SKIN_TONE_LAST);
  }

  private static final int ZERO_WIDTH_JOINER = 0x200D;
  private static final int SKIN_TONE_FIRST = 0x1F3FB;
  private static final int SKIN_TONE_LAST = 0x1F3FF;

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
