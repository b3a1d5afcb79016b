package org.notebake.privacy;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.notebake.markdown.obsidian.callout.internal.CalloutTypes;

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

  /**
   * A marker of any type: {@code [!type]} or {@code [!type|metadata]}, the type at most 64
   * characters; whether its type is a removed one is asked of the type itself (folded).
   */
  private static final Pattern MARKER =
      Pattern.compile(
          "\\[!" + SPACE + "([^\\[\\]|\\n]{1,64}?)" + SPACE + "(?:\\|[^\\[\\]\\n]*+)?]");

  /** The removed types, folded as {@link CalloutTypes#folded} folds a type; empty for none. */
  private final Set<String> types;

  /**
   * @param types the callout types that are never published
   */
  CalloutMarkers(Set<String> types) {
    this.types = types.stream().map(CalloutTypes::folded).collect(Collectors.toUnmodifiableSet());
  }

  void detect(String text, List<Finding> out) {
    if (types.isEmpty() || text.indexOf("[!") < 0) {
      return;
    }
    Matcher m = MARKER.matcher(text);
    while (m.find()) {
      // Every spelling that reads as a removed type: "[!ｐｒｉｖａｔｅ]", "[!priv\u00ADate]",
      // "[!рrivate]".
      if (types.contains(CalloutTypes.folded(m.group(1)))) {
        out.add(new Finding(RULE, m.start(), m.end(), m.group(), "private callout marker"));
      }
    }
  }
}
