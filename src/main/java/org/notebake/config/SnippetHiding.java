package org.notebake.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notebake.html.HiddenContent;

/**
 * The classes a vault's enabled CSS snippets hide: a note's {@code <span
 * class="private-note">…</span>} is hidden in Obsidian when {@code .obsidian/snippets/hide.css}
 * says {@code .private-note { display: none }} and {@code appearance.json} enables it, so the
 * author never sees that text there; it is hidden on the site too (Obsidian Publish and Quartz read
 * no snippet, and showed it).
 *
 * <pre>{@code
 * SnippetHiding.classesHiddenBy(".private-note, .todo { display:none } .x { color: red }");
 * // [private-note, todo]
 * }</pre>
 *
 * <p>A rule counts when its declarations hide as a note's inline style would ({@link
 * HiddenContent#styleHides}); each selector of it whose last part names classes ({@code
 * .private-note}, {@code span.secret}, {@code .markdown-rendered .secret}) hides those classes
 * wherever they are, which may hide more than Obsidian does, never less. Other selectors (an
 * attribute, a pseudo-class, an element alone) are not read.
 */
final class SnippetHiding {
  private SnippetHiding() {}

  /** Snippets and appearance.json larger than this are not read: one is a few kilobytes. */
  private static final int MAX_BYTES = 1 << 20;

  private static final Pattern ENABLED =
      Pattern.compile("\"enabledCssSnippets\"\\s*:\\s*\\[([^\\]]*)\\]");
  private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?(?:\\*/|$)");
  private static final Pattern RULE = Pattern.compile("([^{}]*+)\\{([^{}]*+)\\}");
  private static final Pattern CLASSES =
      Pattern.compile("^[A-Za-z0-9-]*+((?:\\.[A-Za-z_][A-Za-z0-9_-]*+)++)$");

  /** The classes the enabled snippets of the vault at {@code content} (or {@code source}) hide. */
  static Set<String> hiddenClasses(Path source, Path content) {
    return VaultSettings.obsidianFile(source, content, "appearance.json")
        .map(appearance -> enabled(appearance.getParent(), read(appearance)))
        .orElse(Set.of());
  }

  private static Set<String> enabled(Path obsidian, String appearance) {
    Matcher list = ENABLED.matcher(appearance);
    if (!list.find()) {
      return Set.of();
    }
    Set<String> hidden = new TreeSet<>();
    Matcher name = JSON_STRING.matcher(list.group(1));
    while (name.find()) {
      String snippet = name.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
      if (snippet.isEmpty() || snippet.contains("/") || snippet.contains("\\")) {
        continue; // a name, never a path
      }
      Path file = obsidian.resolve("snippets").resolve(snippet + ".css");
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        hidden.addAll(classesHiddenBy(read(file)));
      }
    }
    return Set.copyOf(hidden);
  }

  /** The classes the rules of the style sheet {@code css} hide. */
  static Set<String> classesHiddenBy(String css) {
    Set<String> hidden = new TreeSet<>();
    Matcher rule = RULE.matcher(COMMENT.matcher(css).replaceAll(" "));
    while (rule.find()) {
      if (!HiddenContent.styleHides(rule.group(2))) {
        continue;
      }
      for (String selector : rule.group(1).split(",")) {
        String[] parts = selector.strip().split("[\\s>+~]+");
        Matcher last = CLASSES.matcher(parts[parts.length - 1]);
        if (last.matches()) {
          for (String name : last.group(1).substring(1).split("\\.")) {
            hidden.add(name);
          }
        }
      }
    }
    return hidden;
  }

  private static String read(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        return "";
      }
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return ""; // unreadable: as if it hid nothing; the bake reads the notes, not the theme
    }
  }
}
