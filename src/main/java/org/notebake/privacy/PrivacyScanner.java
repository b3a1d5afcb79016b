package org.notebake.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds private data in text that is about to be published: phone numbers, email addresses,
 * credentials, passwords and deny-listed names, minus what the author allowed.
 *
 * <p>Everything is compiled in {@link #create}; {@link #scan} keeps no state, so one scanner is
 * shared by all build threads.
 *
 * <pre>{@code
 * PrivacyScanner scanner = PrivacyScanner.create(rules);
 * for (Finding f : scanner.scan(page.visibleText())) {
 *   diagnostics.error(path, line, col, "would publish a " + f.summary() + "; remove it or allow it");
 * }
 * }</pre>
 */
public final class PrivacyScanner {
  private static final Comparator<Finding> ORDER =
      Comparator.comparingInt(Finding::start)
          .thenComparing(Comparator.comparingInt(Finding::end).reversed());

  private final PhoneDetector phones;
  private final EmailDetector emails;
  private final List<SecretRule> secrets;

  /** Every secret rule's keywords, and for each rule the indexes of its own in that filter. */
  private final KeywordFilter keywords;

  private final int[][] ruleKeywords;
  private final DenyList deny;
  private final CalloutMarkers markers;
  private final AllowList allow;
  private final FindingIds ids;

  private PrivacyScanner(PrivacyRules rules) {
    this.phones = new PhoneDetector(rules.region());
    this.emails = new EmailDetector(rules.publicEmails());
    List<SecretRule> all = new ArrayList<>(SecretRules.defaults());
    all.add(SecretRules.password());
    this.secrets = List.copyOf(all);
    List<String> allKeywords = new ArrayList<>();
    this.ruleKeywords = new int[secrets.size()][];
    for (int r = 0; r < secrets.size(); r++) {
      List<String> own = secrets.get(r).keywords();
      ruleKeywords[r] = new int[own.size()];
      for (int k = 0; k < own.size(); k++) {
        ruleKeywords[r][k] = allKeywords.size();
        allKeywords.add(own.get(k));
      }
    }
    this.keywords = KeywordFilter.of(allKeywords);
    this.deny = rules.deny();
    this.markers = new CalloutMarkers(rules.removedCallouts());
    this.allow = rules.allow();
    this.ids = rules.ids();
  }

  public static PrivacyScanner create(PrivacyRules rules) {
    return new PrivacyScanner(rules);
  }

  /** Findings in {@code text} ordered by position, the site-wide allow list applied. */
  public List<Finding> scan(String text) {
    return scan(text, Channel.TEXT, AllowList.empty());
  }

  /**
   * Like {@link #scan(String)}, also applying one note's own allows, from {@link InlineAllows} and
   * its {@code privacy-allow} front matter.
   */
  public List<Finding> scan(String text, AllowList noteAllows) {
    return scan(text, Channel.TEXT, noteAllows);
  }

  /** Findings in {@code text} read as {@code channel} reads it (see {@link Channel}). */
  public List<Finding> scan(String text, Channel channel) {
    return scan(text, channel, AllowList.empty());
  }

  /**
   * Findings in {@code text}, read as {@code channel} reads it, minus what the site-wide list and
   * {@code noteAllows} allow. A finding's {@link Finding#match()} and offsets are those of {@code
   * text} as given; its {@link Finding#value()} is what the detectors read after decoding.
   */
  public List<Finding> scan(String text, Channel channel, AllowList noteAllows) {
    return scan(text, channel, noteAllows, false);
  }

  /**
   * {@code plain} turns off both shortcuts (the keyword filter and the phone windows) so a test can
   * check that they never change the result.
   */
  List<Finding> scan(String text, Channel channel, AllowList noteAllows, boolean plain) {
    FoldedText folded = FoldedText.of(text, channel);
    String read = folded.text();
    List<Finding> found = new ArrayList<>();
    // The cheap passes walk a char[]: see KeywordFilter for why not the String.
    char[] chars = read.toCharArray();
    boolean[] present = plain ? null : keywords.find(chars);
    for (int r = 0; r < secrets.size(); r++) {
      if (plain || anyPresent(ruleKeywords[r], present)) {
        secrets.get(r).detect(read, found, channel);
      }
    }
    UrlCredentials.detect(read, found);
    phones.detect(read, chars, found, plain);
    emails.detect(read, chars, found, channel);
    deny.detect(read, found);
    if (channel == Channel.TEXT) {
      markers.detect(read, found);
    }
    AllowList allowed = allow.plus(noteAllows);
    List<Finding> mapped = new ArrayList<>(found.size());
    for (Finding f : withoutGenericEchoes(found)) {
      Finding back = inOriginal(f, folded);
      if (!allowed.allows(back)) {
        mapped.add(back);
      }
    }
    return withoutOverlaps(mapped);
  }

  /** Rules that find a secret by the name it is assigned to, not by its own shape. */
  private static final Set<String> GENERIC_RULES = SecretRules.BY_NAME;

  /**
   * {@code apiKey: "AIza…"} is one secret, a Google API key, though the generic rule matches it
   * too: a generic rule's match that lies within a specific secret rule's match is dropped before
   * the allow lists are applied, so the one finding names the specific rule, and allowing it (by id
   * or rule) is answered in one round, not followed by the generic rule's finding of the same text.
   * A generic match that reaches past the specific one is kept: it holds more than that secret.
   */
  private static List<Finding> withoutGenericEchoes(List<Finding> found) {
    List<Finding> specific = new ArrayList<>();
    for (Finding f : found) {
      if (f.rule().startsWith("secret.") && !GENERIC_RULES.contains(f.rule())) {
        specific.add(f);
      }
    }
    if (specific.isEmpty()) {
      return found;
    }
    List<Finding> kept = new ArrayList<>(found.size());
    for (Finding f : found) {
      if (!GENERIC_RULES.contains(f.rule()) || !withinAny(f, specific)) {
        kept.add(f);
      }
    }
    return kept;
  }

  private static boolean withinAny(Finding f, List<Finding> specific) {
    for (Finding s : specific) {
      if (s.start() <= f.start() && f.end() <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /** The finding at its place in the text as written, with its decoded value and its id. */
  private Finding inOriginal(Finding f, FoldedText folded) {
    int start = folded.originalIndex(f.start());
    int end = Math.max(start, folded.originalIndex(f.end()));
    String original = folded.original();
    for (int i = f.start(); i + 1 < f.end(); i++) {
      if (folded.originalIndex(i + 1) < folded.originalIndex(i)) {
        // A run a right-to-left override shows reversed: from its first char to its last.
        start = Integer.MAX_VALUE;
        end = 0;
        for (int k = f.start(); k < f.end(); k++) {
          start = Math.min(start, folded.originalIndex(k));
          end = Math.max(end, folded.originalIndex(k) + 1);
        }
        break;
      }
    }
    // Invisible chars the fold dropped after the last char read belong to the next one.
    while (end > start
        && (Character.getType(original.charAt(end - 1)) == Character.FORMAT
            || FoldedText.isIgnorable(original.charAt(end - 1)))) {
      end--;
    }
    String match = original.substring(start, end);
    return f.at(start, end, match, f.value(), ids.id(f.rule(), normalise(f.rule(), f.value())));
  }

  /** One value however it is written: E.164 for numbers, lower case for addresses and names. */
  private String normalise(String rule, String value) {
    return switch (rule) {
      case "phone" -> phones.normalise(value);
      case "email", "deny" -> value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      default -> value;
    };
  }

  /** True for a rule without keywords (it always runs) or with one of them in the text. */
  private static boolean anyPresent(int[] ruleKeywords, boolean[] present) {
    if (ruleKeywords.length == 0) {
      return true;
    }
    for (int k : ruleKeywords) {
      if (present[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * One report per piece of text: a token inside a {@code password:} line, or a name inside an
   * email address, is reported once, by the rule that covers the most text (or came first).
   */
  private static List<Finding> withoutOverlaps(List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(ORDER);
    List<Finding> kept = new ArrayList<>();
    int coveredUntil = -1;
    for (Finding finding : sorted) {
      if (finding.end() > coveredUntil) {
        kept.add(finding);
        coveredUntil = finding.end();
      }
    }
    return List.copyOf(kept);
  }
}
