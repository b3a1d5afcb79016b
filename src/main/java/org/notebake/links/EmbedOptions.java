package org.notebake.links;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notebake.markdown.obsidian.EmbedResolution;
import org.notebake.markdown.obsidian.LinkRequest;

/**
 * Obsidian's image embed options: {@code |300} (width), {@code |300x200}, {@code |alt text}, or
 * {@code |alt text|300}.
 */
final class EmbedOptions {
  private static final Pattern SIZE = Pattern.compile("\\s*(\\d{1,5})(?:\\s*x\\s*(\\d{1,5}))?\\s*");

  private EmbedOptions() {}

  static EmbedResolution.Image image(String src, LinkRequest request, String fileName) {
    String option = request.alias();
    if (option != null) {
      Matcher m = SIZE.matcher(option);
      if (m.matches()) {
        Integer width = Integer.valueOf(m.group(1));
        Integer height = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        return new EmbedResolution.Image(src, "", width, height);
      }
      // ![[photo.jpg|A boat at dawn|300]]: the alt text, then the size, as Obsidian reads it.
      int bar = option.lastIndexOf('|');
      Matcher sized = bar < 0 ? null : SIZE.matcher(option.substring(bar + 1));
      if (sized != null && sized.matches() && !option.substring(0, bar).isBlank()) {
        return new EmbedResolution.Image(
            src,
            option.substring(0, bar).strip(),
            Integer.valueOf(sized.group(1)),
            sized.group(2) == null ? null : Integer.valueOf(sized.group(2)));
      }
      if (!option.isBlank()) {
        return new EmbedResolution.Image(src, option.strip(), null, null);
      }
    }
    // No alt text was given: an empty alt marks the image decorative rather than reading out a file
    // name such as "Pasted image 20250626173302" (WCAG 1.1.1).
    return new EmbedResolution.Image(src, "", null, null);
  }
}
