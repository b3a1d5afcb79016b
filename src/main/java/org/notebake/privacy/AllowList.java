package org.notebake.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.notebake.diagnostics.Diagnostics;

/**
 * Findings the author has decided are fine to publish: a business phone number, a whole rule, or
 * anything a regex matches.
 *
 * <pre>
 * # privacy.allow
 * phone:3f9a2c          allows the finding with this id (printed with it), wherever it is
 * 912-555-0142          allows "(912) 555 0142" and "+1 912 555 0142" too
 * rule:password         allows every finding of the rule "password"
 * rule:secret           allows every secret.* rule
 * re:@example\.org$     allows findings whose text this regex finds
 * </pre>
 *
 * <p>Literal entries are compared after dropping case, spaces and punctuation, so the way a number
 * is written does not matter.
 */
public final class AllowList {
  private static final AllowList EMPTY = new AllowList(Set.of(), Set.of(), Set.of(), List.of());
  private static final int MIN_PHONE_SUFFIX_DIGITS = 10;

  private final Set<String> ids;
  private final Set<String> literals;
  private final Set<String> rules;
  private final List<Pattern> regexes;

  private AllowList(
      Set<String> ids, Set<String> literals, Set<String> rules, List<Pattern> regexes) {
    this.ids = ids;
    this.literals = literals;
    this.rules = rules;
    this.regexes = regexes;
  }

  public static AllowList empty() {
    return EMPTY;
  }

  /** Parses the lines of an allow file; bad regexes are reported as errors and skipped. */
  public static AllowList parse(String path, List<String> lines, Diagnostics diagnostics) {
    return from(ListEntry.parse(path, lines, true, diagnostics));
  }

  /**
   * Entries in file syntax, for inline markers and front matter ({@link InlineAllows}); throws
   * {@link IllegalArgumentException} on a bad regex.
   */
  public static AllowList of(Collection<String> entries) {
    Diagnostics diagnostics = new Diagnostics();
    AllowList list = parse("<allow>", new ArrayList<>(entries), diagnostics);
    if (diagnostics.hasErrors()) {
      throw new IllegalArgumentException(diagnostics.sorted().get(0).format());
    }
    return list;
  }

  public static AllowList of(String... entries) {
    return of(Arrays.asList(entries));
  }

  private static AllowList from(List<ListEntry> entries) {
    Set<String> ids = new HashSet<>();
    Set<String> literals = new HashSet<>();
    Set<String> rules = new HashSet<>();
    List<Pattern> regexes = new ArrayList<>();
    for (ListEntry entry : entries) {
      switch (entry.kind()) {
        case LITERAL -> {
          if (FindingIds.isId(entry.text())) {
            ids.add(entry.text().toLowerCase(Locale.ROOT));
          } else {
            literals.add(normalise(entry.text()));
          }
        }
        case RULE -> rules.add(entry.text());
        case REGEX -> regexes.add(entry.regex());
      }
    }
    return new AllowList(
        Set.copyOf(ids), Set.copyOf(literals), Set.copyOf(rules), List.copyOf(regexes));
  }

  /** Both lists together: the site-wide list plus one note's inline entries. */
  public AllowList plus(AllowList other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    Set<String> i = new HashSet<>(ids);
    i.addAll(other.ids);
    Set<String> l = new HashSet<>(literals);
    l.addAll(other.literals);
    Set<String> r = new HashSet<>(rules);
    r.addAll(other.rules);
    List<Pattern> x = new ArrayList<>(regexes);
    x.addAll(other.regexes);
    return new AllowList(Set.copyOf(i), Set.copyOf(l), Set.copyOf(r), List.copyOf(x));
  }

  public boolean isEmpty() {
    return ids.isEmpty() && literals.isEmpty() && rules.isEmpty() && regexes.isEmpty();
  }

  /** Whether the author allowed this finding to be published. */
  public boolean allows(Finding finding) {
    if (allowsRule(finding.rule()) || ids.contains(finding.id())) {
      return true;
    }
    String normalised = normalise(finding.value());
    if (literals.contains(normalised) || literals.contains(normalise(finding.match()))) {
      return true;
    }
    if (finding.rule().equals("phone") && allowsPhoneDigits(normalised)) {
      return true;
    }
    return regexes.stream()
        .anyMatch(p -> p.matcher(finding.value()).find() || p.matcher(finding.match()).find());
  }

  private boolean allowsRule(String rule) {
    if (rules.contains(rule)) {
      return true;
    }
    int dot = rule.indexOf('.');
    return dot > 0 && rules.contains(rule.substring(0, dot));
  }

  /** A country code in front must not matter: {@code 912 555 0142} allows {@code +1 912...}. */
  private boolean allowsPhoneDigits(String digits) {
    for (String literal : literals) {
      String shorter = literal.length() < digits.length() ? literal : digits;
      String longer = shorter == literal ? digits : literal;
      if (shorter.length() >= MIN_PHONE_SUFFIX_DIGITS
          && longer.endsWith(shorter)
          && isDigits(longer)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigits(String s) {
    return s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
