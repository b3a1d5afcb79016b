package org.notebake.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.notebake.markdown.NoteFacts;

/**
 * Finds the heading a link's fragment names, as Obsidian does: {@code [[Note#Heading]]} by its text
 * (case and spacing ignored) or its id; {@code [[Note#H1#H2]]} the first H2 under H1; and, when
 * nothing matches as written, by the text with punctuation and symbols dropped, as Obsidian's link
 * autocomplete writes it ({@code How large can a vault be} for {@code How large can a vault be?},
 * {@code Minecraft The Game} for {@code Minecraft: The Game}, {@code `move`} for {@code move}, and
 * with punctuation between words written as a space: {@code 3 1} for {@code 3.1}). A heading that
 * holds a wikilink is found by its wikilinks' targets and aliases too, as Obsidian writes a link to
 * it ({@code Install Importer the importer} for {@code Install [[Importer|the importer]]}).
 */
final class HeadingPath {
  private HeadingPath() {}

  /** The index in {@code headings} of the heading {@code fragment} names, if any. */
  static OptionalInt find(List<NoteFacts.Heading> headings, String fragment) {
    OptionalInt whole = findIn(headings, fragment, 0, headings.size());
    if (whole.isPresent() || fragment.indexOf('#') < 0) {
      return whole;
    }
    int from = 0;
    int to = headings.size();
    int found = -1;
    for (String part : parts(fragment)) {
      OptionalInt next = findIn(headings, part, from, to);
      if (next.isEmpty()) {
        return OptionalInt.empty();
      }
      found = next.getAsInt();
      from = found + 1;
      to = sectionEnd(headings, found);
    }
    return found < 0 ? OptionalInt.empty() : OptionalInt.of(found);
  }

  /**
   * The lines of the section under {@code headings.get(index)}: from its line to the line before
   * the next heading of the same or a higher level, or {@code Integer.MAX_VALUE} at the end.
   */
  static int[] sectionLines(List<NoteFacts.Heading> headings, int index) {
    int end = sectionEnd(headings, index);
    int last = end < headings.size() ? headings.get(end).line() - 1 : Integer.MAX_VALUE;
    return new int[] {headings.get(index).line(), last};
  }

  /** The index of the first heading after {@code index} that closes its section. */
  private static int sectionEnd(List<NoteFacts.Heading> headings, int index) {
    int level = headings.get(index).level();
    for (int i = index + 1; i < headings.size(); i++) {
      if (headings.get(i).level() <= level) {
        return i;
      }
    }
    return headings.size();
  }

  private static OptionalInt findIn(
      List<NoteFacts.Heading> headings, String wanted, int from, int to) {
    String written = normalise(wanted);
    for (int i = from; i < to; i++) {
      NoteFacts.Heading heading = headings.get(i);
      if (normalise(heading.text()).equals(written)
          || heading.id().equals(wanted.strip())
          || heading.linked() != null && normalise(heading.linked()).equals(written)) {
        return OptionalInt.of(i);
      }
    }
    for (boolean spaced : new boolean[] {false, true}) {
      String loose = loose(wanted, spaced);
      if (loose.isEmpty()) {
        return OptionalInt.empty();
      }
      for (int i = from; i < to; i++) {
        NoteFacts.Heading heading = headings.get(i);
        if (loose(heading.text(), spaced).equals(loose)
            || heading.linked() != null && loose(heading.linked(), spaced).equals(loose)) {
          return OptionalInt.of(i);
        }
      }
    }
    return OptionalInt.empty();
  }

  private static List<String> parts(String fragment) {
    List<String> parts = new ArrayList<>();
    for (String part : fragment.split("#")) {
      if (!part.isBlank()) {
        parts.add(part);
      }
    }
    return parts;
  }

  /**
   * Spacing ignored: runs of blanks, no-break spaces among them, are one space, as in Obsidian; and
   * composed (NFC), as note names are: a heading typed {@code Cafe\u0301} is the {@code Café} of a
   * link.
   */
  private static String normalise(String heading) {
    return BLANKS.matcher(composed(heading)).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
  }

  /** NFC; a text with nothing from U+0300 on (every ASCII heading) is NFC as it is. */
  private static String composed(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
      }
    }
    return text;
  }

  // Java's \s and isWhitespace leave out no-break spaces, which JavaScript's \s (Obsidian's) reads.
  private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Zs}]+");

  private static boolean isBlank(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Letters, digits and marks only, words single-spaced, lower case. */
  static String loose(String heading) {
    return loose(heading, false);
  }

  /**
   * As {@link #loose(String)}; with {@code spaced}, punctuation and symbols part words as a blank
   * does, as Obsidian's autocomplete writes them ({@code 1 2 Prima} for {@code [1/2] Prima}, {@code
   * 3 1} for {@code 3.1}); without, they are dropped ({@code 31}).
   */
  private static String loose(String text, boolean spaced) {
    String heading = composed(text);
    StringBuilder out = new StringBuilder(heading.length());
    boolean space = false;
    for (int i = 0; i < heading.length(); ) {
      int c = heading.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c) || org.notebake.text.Slugs.isMark(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.appendCodePoint(Character.toLowerCase(c));
      } else if (spaced || isBlank(c)) {
        space = true;
      }
    }
    return out.toString();
  }
}
