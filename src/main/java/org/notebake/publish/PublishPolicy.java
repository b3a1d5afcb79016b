package org.notebake.publish;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.vault.FrontMatter;

/**
 * Decides, note by note, whether it is published. Publishing is opt-in: a note is public when its
 * front matter says {@code publish: true} (a real boolean) or {@code status: published}, or when it
 * lies in a folder listed in {@code publish.folders} and does not say {@code publish: false},
 * {@code status: draft} or {@code draft: true}. Everything else, including a note whose front
 * matter cannot be read, stays private.
 *
 * <pre>{@code
 * PublishPolicy policy = new PublishPolicy(List.of("essays", "projects"));
 * policy.isPublished("essays/signals.md", frontMatter, false, diagnostics);  // true unless opted out
 * policy.isPublished("daily/2025-07-01.md", frontMatter, false, diagnostics); // false unless publish: true
 * }</pre>
 */
public final class PublishPolicy {
  private final List<String> publicFolders;

  public PublishPolicy(List<String> publicFolders) {
    this.publicFolders = List.copyOf(publicFolders);
  }

  public boolean isPublished(
      String relativePath, FrontMatter fm, boolean malformed, Diagnostics diagnostics) {
    if (malformed) {
      return false;
    }
    Optional<Boolean> publish = fm.bool("publish");
    warnOnTextBoolean(relativePath, fm, "publish", publish, diagnostics);
    warnOnTextBoolean(relativePath, fm, "draft", fm.bool("draft"), diagnostics);
    String status = fm.string("status").orElse("").toLowerCase(Locale.ROOT);
    if (publish.isPresent() && !publish.get()
        || status.equals("draft")
        || fm.bool("draft").orElse(false)) {
      return false;
    }
    if (publish.orElse(false) || status.equals("published")) {
      return true;
    }
    return inPublicFolder(relativePath);
  }

  private boolean inPublicFolder(String relativePath) {
    for (String folder : publicFolders) {
      if (!folder.isEmpty() && relativePath.startsWith(folder + "/")) {
        return true;
      }
    }
    return false;
  }

  private static void warnOnTextBoolean(
      String path, FrontMatter fm, String key, Optional<Boolean> parsed, Diagnostics diagnostics) {
    if (fm.has(key) && parsed.isEmpty()) {
      String value = fm.string(key).orElse("");
      diagnostics.warning(
          path,
          fm.line(key),
          1,
          key
              + ": \""
              + value
              + "\" is text, not a boolean, so it is ignored; write "
              + key
              + ": true or "
              + key
              + ": false without quotes");
    }
  }
}
