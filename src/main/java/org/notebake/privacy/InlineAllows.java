package org.notebake.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the allow markers an author puts in a note itself. They live in Obsidian comments, which
 * never reach the published page:
 *
 * <pre>
 * Call the studio at 912 555 0142 %%privacy:allow 912 555 0142%%
 * %%privacy:allow rule:password%%
 * </pre>
 *
 * <pre>{@code
 * List<String> entries = InlineAllows.parse(noteSource);
 * entries.addAll(frontMatterPrivacyAllow);          // the note's `privacy-allow:` list
 * scanner.scan(visibleText, AllowList.of(entries));
 * }</pre>
 */
public final class InlineAllows {
  private static final Pattern MARKER =
      Pattern.compile("%%[ \\t]*privacy:allow[ \\t]+([^%\\n]{1,500}?)[ \\t]*%%");

  private InlineAllows() {}

  /** The entries of every marker in {@code noteSource}, in order, in allow-file syntax. */
  public static List<String> parse(String noteSource) {
    List<String> entries = new ArrayList<>();
    Matcher matcher = MARKER.matcher(noteSource);
    while (matcher.find()) {
      entries.add(matcher.group(1).strip());
    }
    return entries;
  }
}
