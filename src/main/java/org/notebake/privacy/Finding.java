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
 * f.id();          // "phone:3f9a2c", the same wherever and however the number is written
 * }</pre>
 *
 * @param rule the rule that matched: {@code phone}, {@code email}, {@code secret.<name>}, {@code
 *     password} or {@code deny}; an allow-list entry {@code rule:<rule>} silences it
 * @param start offset of the first matched char in the scanned text
 * @param end offset just after the last matched char
 * @param match the matched text itself; never print it, print {@link #masked()}
 * @param description what was found, for people: "phone number", "AWS access key"
 * @param value the match as the detectors read it, decoded and folded: {@code 912 555 0142} for
 *     {@code ９１２ ５５５ ０１４２}, {@code jo@example.org} for {@code jo%40example.org}
 * @param id {@code rule:hex}, from the rule and the value only (see {@link FindingIds}), which an
 *     allow list entry names to allow this value everywhere
 */
public record Finding(
    String rule, int start, int end, String match, String description, String value, String id) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(id, "id");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
  }

  /** A finding whose value is its match, with an id under the default key. */
  public Finding(String rule, int start, int end, String match, String description) {
    this(rule, start, end, match, description, match, FindingIds.unkeyed().id(rule, match));
  }

  /** This finding at another place, with its value and id. */
  Finding at(int start, int end, String match, String value, String id) {
    return new Finding(rule, start, end, match, description, value, id);
  }

  /**
   * The match with most of it hidden, safe to print in a build log: {@code 912 *** **42}, {@code
   * an***@example.org}, {@code ghp_****}.
   */
  public String masked() {
    return FindingMask.mask(rule, value);
  }

  /** The finding as a message fragment: {@code phone number "912 *** **42" (phone:3f9a2c)}. */
  public String summary() {
    return description + " \"" + masked() + "\" (" + id + ")";
  }
}
