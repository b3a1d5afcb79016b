package org.notebake.privacy;

import java.util.Objects;

/**
 * One piece of private data found in text that is about to be published.
 *
 * <pre>{@code
 * Finding f = scanner.scan("call 912 555 0142").get(0);
 * f.rule();        // "phone"
 * f.masked();      // "912 *** **42"
 * f.description(); // "phone number"
 * }</pre>
 *
 * @param rule the rule that matched: {@code phone}, {@code email}, {@code secret.<name>}, {@code
 *     password} or {@code deny}; an allow-list entry {@code rule:<rule>} silences it
 * @param start offset of the first matched char in the scanned text
 * @param end offset just after the last matched char
 * @param match the matched text itself; never print it, print {@link #masked()}
 * @param description what was found, for people: "phone number", "AWS access key"
 */
public record Finding(String rule, int start, int end, String match, String description) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(description, "description");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  /**
   * The match with most of it hidden, safe to print in a build log: {@code 912 *** **42}, {@code
   * an***@example.org}, {@code ghp_****}.
   */
  public String masked() {
    return FindingMask.mask(rule, match);
  }

  /** The finding as a message fragment: {@code phone number "912 *** **42" (rule phone)}. */
  public String summary() {
    return description + " \"" + masked() + "\" (rule " + rule + ")";
  }
}
