package org.notebake.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A removed callout type's marker ({@code [!private]}) in text a reader sees: it is there because
 * Markdown did not read it as a callout (a table cell, a heading, text after other text on its
 * line), so what the author meant to keep private follows it, published. Code is not read, so the
 * syntax can be shown in {@code `[!private]`}.
 *
 * <pre>{@code
 * new CalloutMarkers(Set.of("private")).detect("| [!Private] PIN 4711 |", found);
 * // one finding, rule "callout", match "[!Private]"
 * }</pre>
 */
public final class CalloutMarkers {
  /** The findings' rule: {@code callout:…} ids, {@code privacy.callout} diagnostics. */
  public static final String RULE = "callout";

  /** Spaces around the type, which Obsidian trims: {@code [! private ]} is a private marker. */
  private static final String SPACE = "[\\s\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff]*+";

  private final Pattern marker;

  /**
   * @param types the callout types that are never published, lower case
   */
  CalloutMarkers(Set<String> types) {
    this.marker =
        types.isEmpty()
            ? null
            : Pattern.compile(
                "\\[!"
                    + SPACE
                    + "("
                    + types.stream()
                        .flatMap(CalloutMarkers::spellings)
                        .map(Pattern::quote)
                        .distinct()
                        .collect(Collectors.joining("|"))
                    + ")"
                    + SPACE
                    + "(?:\\|[^\\[\\]\\n]*+)?]",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /** A type composed and decomposed: "privé" is written either way, and both look the same. */
  private static java.util.stream.Stream<String> spellings(String type) {
    return java.util.stream.Stream.of(
        java.text.Normalizer.normalize(type, java.text.Normalizer.Form.NFC),
        java.text.Normalizer.normalize(type, java.text.Normalizer.Form.NFD));
  }

  void detect(String text, List<Finding> out) {
    if (marker == null || text.indexOf("[!") < 0) {
      return;
    }
    Matcher m = marker.matcher(text);
    while (m.find()) {
      out.add(new Finding(RULE, m.start(), m.end(), m.group(), "private callout marker"));
    }
  }
}
