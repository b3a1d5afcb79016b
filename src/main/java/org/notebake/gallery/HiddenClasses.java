package org.notebake.gallery;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes an SVG's own style sheets hide: Adobe Illustrator's default export writes a hidden
 * layer as {@code <g class="st0">} with {@code .st0{display:none;}} in a {@code <style>} element,
 * so the layer's own attributes say nothing of it. Read from the file's text before it is rebuilt,
 * so a style sheet after the layer counts too.
 *
 * <pre>{@code
 * HiddenClasses.in("<style>.st0,.st2{display:none}.st1{fill:red}</style>") // [st0, st2]
 * }</pre>
 */
final class HiddenClasses {
  private HiddenClasses() {}

  /** A rule: its selectors, then its declarations. */
  private static final Pattern RULE = Pattern.compile("([^{}]*)\\{([^{}]*)}");

  private static final Pattern HIDES =
      Pattern.compile(
          "(?:^|;)\\s*(?:display\\s*:\\s*none\\b|visibility\\s*:\\s*(?:hidden|collapse)\\b"
              + "|opacity\\s*:\\s*(?:0+(?:\\.0*)?|\\.0+)%?\\s*(?:!important\\s*)?(?:;|$))");

  private static final Pattern CLASS = Pattern.compile("^\\s*\\.(-?[_a-zA-Z][\\w-]*)\\s*$");

  private static final Pattern STYLE =
      Pattern.compile(
          "<style\\b[^>]*>(.*?)</style\\s*>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  /** Classes whose rule (a selector that is one class alone) hides what has them. */
  static Set<String> in(String svg) {
    Set<String> hidden = new HashSet<>();
    Matcher style = STYLE.matcher(svg);
    while (style.find()) {
      String css = style.group(1).replaceAll("(?s)/\\*.*?(\\*/|$)", "").replace("<![CDATA[", "");
      Matcher rule = RULE.matcher(css);
      while (rule.find()) {
        if (!HIDES.matcher(rule.group(2).toLowerCase(java.util.Locale.ROOT)).find()) {
          continue;
        }
        for (String selector : rule.group(1).split(",")) {
          Matcher name = CLASS.matcher(selector);
          if (name.matches()) {
            hidden.add(name.group(1));
          }
        }
      }
    }
    return hidden;
  }
}
