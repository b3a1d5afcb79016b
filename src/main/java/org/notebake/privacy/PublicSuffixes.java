package org.notebake.privacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The public-suffix list (publicsuffix.org): tells a host name under a real public suffix ({@code
 * example.org}, {@code mail.example.co.uk}) from a name that only looks like one ({@code
 * np.transpose}, {@code katex.0}). It answers as Guava's {@code InternetDomainName.from(name)
 * .isUnderPublicSuffix()} does, without Guava: the same name syntax, both the ICANN and the private
 * sections, no implicit {@code *} rule, and IDN rules in Unicode and in punycode.
 *
 * <pre>{@code
 * PublicSuffixes.bundled().isUnderPublicSuffix("mail.example.co.uk"); // true
 * PublicSuffixes.bundled().isUnderPublicSuffix("co.uk");              // false: it is the suffix
 * PublicSuffixes.bundled().isUnderPublicSuffix("np.transpose");       // false: no such suffix
 * }</pre>
 *
 * <p>The list is {@code org/publicsuffix/list/effective_tld_names.dat}, which the build copies from
 * a pinned httpclient5 release (pom.xml), so it is updated by a version bump, not by hand. {@code
 * PublicSuffixesTest} holds the lookup to Guava's on many generated names.
 */
public final class PublicSuffixes {
  static final String RESOURCE = "/org/publicsuffix/list/effective_tld_names.dat";

  private static final int MAX_LENGTH = 253;
  private static final int MAX_PARTS = 127;
  private static final int MAX_PART_LENGTH = 63;

  private final Set<String> exact = new HashSet<>();

  /** {@code ck} for the rule {@code *.ck}: every name one label under it is a suffix. */
  private final Set<String> under = new HashSet<>();

  /** {@code www.ck} for the rule {@code !www.ck}: not a suffix, its parent is. */
  private final Set<String> excluded = new HashSet<>();

  private PublicSuffixes(Iterable<String> lines) {
    for (String line : lines) {
      String rule = firstWord(line);
      if (rule.isEmpty() || rule.startsWith("//")) {
        continue;
      }
      if (rule.startsWith("!")) {
        add(excluded, rule.substring(1));
      } else if (rule.startsWith("*.")) {
        add(under, rule.substring(2));
      } else {
        add(exact, rule);
      }
    }
  }

  /** The list in {@code lines}, in the format of publicsuffix.org's {@code .dat} file. */
  static PublicSuffixes parse(Iterable<String> lines) {
    return new PublicSuffixes(lines);
  }

  /** The list the jar ships, read once. */
  public static PublicSuffixes bundled() {
    return Bundled.LIST;
  }

  private static final class Bundled {
    static final PublicSuffixes LIST = load();

    private static PublicSuffixes load() {
      try (InputStream in = PublicSuffixes.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks the public-suffix list " + RESOURCE);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> lines = reader.lines().toList();
        return new PublicSuffixes(lines);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the public-suffix list " + RESOURCE, e);
      }
    }
  }

  /** A rule in Unicode also matches its punycode form, as an ASCII-only text writes it. */
  private static void add(Set<String> set, String rule) {
    String lower = rule.toLowerCase(Locale.ROOT);
    set.add(lower);
    if (!lower.chars().allMatch(c -> c < 0x80)) {
      try {
        set.add(IDN.toASCII(lower, IDN.ALLOW_UNASSIGNED));
      } catch (IllegalArgumentException e) {
        // a rule IDNA 2003 cannot convert still matches in Unicode
      }
    }
  }

  private static String firstWord(String line) {
    int end = 0;
    while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
      end++;
    }
    return line.substring(0, end);
  }

  /**
   * True if {@code name} is a valid host name with a public suffix that is not the name itself.
   * Validity is Guava's: {@code .}, {@code 。}, {@code ．} and {@code ｡} separate labels, one
   * trailing dot is allowed, at most 253 chars and 127 labels, each label 1-63 chars of letters,
   * digits, {@code -} and {@code _} (any char beyond ASCII too), not starting or ending with {@code
   * -} or {@code _}, and the last not starting with a digit.
   */
  public boolean isUnderPublicSuffix(String name) {
    String[] parts = validParts(name);
    return parts != null && suffixIndex(parts) > 0;
  }

  /** The labels of a valid name, lower case in ASCII; null for an invalid one. */
  private static String[] validParts(String name) {
    StringBuilder normal = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '\u3002' || c == '\uFF0E' || c == '\uFF61') {
        c = '.';
      } else if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      normal.append(c);
    }
    if (normal.length() > 0 && normal.charAt(normal.length() - 1) == '.') {
      normal.setLength(normal.length() - 1);
    }
    if (normal.length() > MAX_LENGTH) {
      return null;
    }
    String[] parts = normal.toString().split("\\.", -1);
    if (parts.length > MAX_PARTS) {
      return null;
    }
    for (int i = 0; i < parts.length; i++) {
      if (!isValidPart(parts[i], i == parts.length - 1)) {
        return null;
      }
    }
    return parts;
  }

  private static boolean isValidPart(String part, boolean last) {
    if (part.isEmpty() || part.length() > MAX_PART_LENGTH) {
      return false;
    }
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean ok =
          c >= 0x80
              || (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '_';
      if (!ok) {
        return false;
      }
    }
    char first = part.charAt(0);
    char end = part.charAt(part.length() - 1);
    if (first == '-' || first == '_' || end == '-' || end == '_') {
      return false;
    }
    return !(last && first >= '0' && first <= '9');
  }

  /**
   * The index of the first label of the public suffix, or -1 for none: the longest rule wins, a
   * wildcard covers one label more, and an exception rule makes its parent the suffix.
   */
  private int suffixIndex(String[] parts) {
    for (int i = 0; i < parts.length; i++) {
      String ancestor = String.join(".", List.of(parts).subList(i, parts.length));
      if (exact.contains(ancestor)) {
        return i;
      }
      if (excluded.contains(ancestor)) {
        return i + 1;
      }
      if (i + 1 < parts.length
          && under.contains(String.join(".", List.of(parts).subList(i + 1, parts.length)))) {
        return i;
      }
    }
    return -1;
  }
}
