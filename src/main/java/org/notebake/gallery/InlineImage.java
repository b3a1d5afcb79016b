package org.notebake.gallery;

import java.util.List;

/**
 * What an SVG's inline image ({@code <image href="data:...">}) becomes: the URL written in its
 * place, the text an inline SVG holds (for the privacy scan), and what was left out of it; or, when
 * it is left out whole, why.
 *
 * <pre>{@code
 * InlineImage.dropped("an inline image that cannot be stripped")
 * new InlineImage("data:image/svg+xml;base64,PHN2Zy4uLg==", "E = mc2", List.of("<script>"), null)
 * }</pre>
 *
 * @param url the URL to write; null when the image is left out
 * @param text the text inside an inline SVG, empty for a photo
 * @param removed what an inline SVG held that its published copy does not
 * @param dropped why the image is left out, for the warning; null when it is kept
 */
record InlineImage(String url, String text, List<String> removed, String dropped) {
  InlineImage {
    removed = List.copyOf(removed);
  }

  /** A photo, stripped of its metadata. */
  static InlineImage photo(String url) {
    return new InlineImage(url, "", List.of(), null);
  }

  static InlineImage dropped(String why) {
    return new InlineImage(null, "", List.of(), why);
  }
}
