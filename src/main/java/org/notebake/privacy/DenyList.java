package org.notebake.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.notebake.diagnostics.Diagnostics;

/**
 * Words, names and patterns that must never be published: colleagues, customers, project code
 * names. Entries are case-insensitive, and plain ones whole words, so {@code Rameez} finds
 * "rameez's" but not "Rameezabad"; a name with spaces matches across any run of whitespace, a
 * {@code -}, {@code _} or {@code .}, or nothing ({@code JaneDoe}).
 *
 * <pre>
 * # privacy.deny
 * Rameez
 * Jo Example
 * re:\bPhoenix \d+\b
 * </pre>
 *
 * <pre>{@code
 * DenyList deny = DenyList.parse("privacy.deny", Files.readAllLines(file), diagnostics);
 * }</pre>
 */
public final class DenyList {
  private static final String NOT_WORD = "[\\p{L}\\p{N}_]";
  private static final DenyList EMPTY = new DenyList(List.of());

  private final Pattern literals;
  private final Set<Integer> firstChars;
  private final List<Pattern> regexes;
  private final int size;

  private DenyList(List<ListEntry> entries) {
    this.literals = literalPattern(entries);
    this.firstChars = firstChars(entries);
    this.regexes =
        entries.stream()
            .filter(e -> e.kind() == ListEntry.Kind.REGEX)
            .map(e -> ignoringCase(e.regex()))
            .toList();
    this.size = entries.size();
  }

  /** An empty list that finds nothing. */
  public static DenyList empty() {
    return EMPTY;
  }

  /** Parses the lines of a deny file; bad regexes are reported as errors and skipped. */
  public static DenyList parse(String path, List<String> lines, Diagnostics diagnostics) {
    return new DenyList(ListEntry.parse(path, lines, false, diagnostics));
  }

  /** Entries in file syntax, for tests and config values; throws on a bad regex. */
  public static DenyList of(String... entries) {
    Diagnostics diagnostics = new Diagnostics();
    DenyList list = parse("<deny>", Arrays.asList(entries), diagnostics);
    if (diagnostics.hasErrors()) {
      throw new IllegalArgumentException(diagnostics.sorted().get(0).format());
    }
    return list;
  }

  public int size() {
    return size;
  }

  void detect(String text, List<Finding> out) {
    if (literals != null) {
      collectWholeWords(text, out);
    }
    for (Pattern regex : regexes) {
      Matcher matcher = regex.matcher(text);
      while (matcher.find()) {
        add(matcher, out);
      }
    }
  }

  /**
   * Tries the literal alternation only where a word starts with the first letter of some entry. Run
   * as a plain {@code find()}, the regex engine would try every entry at every char of every page,
   * which is slow for a deny list of hundreds of names.
   */
  private void collectWholeWords(String text, List<Finding> out) {
    Matcher matcher = literals.matcher(text);
    boolean afterWordChar = false;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!afterWordChar && mayStartEntry(cp)) {
        matcher.region(i, text.length());
        if (matcher.lookingAt() && matcher.end() > i) {
          add(matcher, out);
          i = matcher.end();
          afterWordChar = isWordChar(text.codePointBefore(i));
          continue;
        }
      }
      afterWordChar = isWordChar(cp);
      i += Character.charCount(cp);
    }
  }

  private boolean mayStartEntry(int cp) {
    return firstChars.contains(cp)
        || firstChars.contains(Character.toLowerCase(cp))
        || firstChars.contains(Character.toUpperCase(cp));
  }

  private static boolean isWordChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || codePoint == '_';
  }

  private static void add(Matcher matcher, List<Finding> out) {
    if (matcher.end() > matcher.start()) {
      out.add(
          new Finding("deny", matcher.start(), matcher.end(), matcher.group(), "deny-list entry"));
    }
  }

  /**
   * All plain entries in one alternation, longest first so "Jo Example" wins over "Jo", compiled
   * once: scanning thousands of pages then costs one pass per page instead of one per name.
   */
  private static Pattern literalPattern(List<ListEntry> entries) {
    List<String> alternatives =
        entries.stream()
            .filter(e -> e.kind() == ListEntry.Kind.LITERAL)
            .map(ListEntry::text)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(DenyList::literalRegex)
            .collect(Collectors.toCollection(ArrayList::new));
    if (alternatives.isEmpty()) {
      return null;
    }
    String regex = "(?:" + String.join("|", alternatives) + ")(?!" + NOT_WORD + ")";
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** Every case variant of each plain entry's first char. */
  private static Set<Integer> firstChars(List<ListEntry> entries) {
    Set<Integer> chars = new HashSet<>();
    for (ListEntry entry : entries) {
      if (entry.kind() == ListEntry.Kind.LITERAL) {
        int cp = entry.text().codePointAt(0);
        chars.add(cp);
        chars.add(Character.toLowerCase(cp));
        chars.add(Character.toUpperCase(cp));
        chars.add(Character.toTitleCase(cp));
      }
    }
    return Set.copyOf(chars);
  }

  /**
   * A name's words with whitespace, {@code -}, {@code _}, {@code .} or nothing between them: {@code
   * Jane Doe} is also {@code Jane-Doe}, {@code Jane_Doe}, {@code Jane.Doe} and {@code JaneDoe} (and
   * {@code Jane<ZWSP>Doe}, which the scan reads without its invisible char).
   */
  private static String literalRegex(String literal) {
    return Arrays.stream(literal.split("\\s+"))
        .map(Pattern::quote)
        .collect(Collectors.joining("[\\s._-]*"));
  }

  /**
   * A {@code re:} entry ignores case as a plain one does ({@code re:proj(ect)?\s*falcon} finds
   * "Project Falcon"); {@code (?-i)} in the entry turns that off.
   */
  private static Pattern ignoringCase(Pattern regex) {
    return Pattern.compile(
        regex.pattern(), regex.flags() | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }
}
