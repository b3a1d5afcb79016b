package org.notebake.markdown.obsidian.math.internal;

/**
 * Removes TeX comments, which KaTeX and MathJax never show: from an unescaped {@code %} to the end
 * of its line, the line break included, as TeX reads them.
 *
 * <pre>
 * x % a note to self\n+ y  -&gt; x + y
 * 50\% + z                 -&gt; 50\% + z
 * a \\% comment after a line break -&gt; a \\
 * </pre>
 */
final class TexComments {

  private TexComments() {}

  static String strip(String tex) {
    int percent = tex.indexOf('%');
    if (percent < 0) {
      return tex;
    }
    StringBuilder kept = new StringBuilder(tex.length());
    int i = 0;
    while (i < tex.length()) {
      char c = tex.charAt(i);
      if (c == '\\' && i + 1 < tex.length()) {
        kept.append(c).append(tex.charAt(i + 1));
        i += 2;
      } else if (c == '%') {
        int end = tex.indexOf('\n', i);
        i = end < 0 ? tex.length() : end + 1;
      } else {
        kept.append(c);
        i++;
      }
    }
    return kept.toString();
  }
}
