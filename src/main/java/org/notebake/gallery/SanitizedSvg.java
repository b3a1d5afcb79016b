package org.notebake.gallery;

import java.util.List;

/**
 * What {@link SvgSanitizer} wrote: an SVG rebuilt from its allow-list, the text in it for the
 * privacy scan, and what was left out, for a warning.
 *
 * <pre>{@code
 * SanitizedSvg svg = svgs.sanitize("map.svg", bytes);
 * svg.removed(); // ["<script>", "onload="]
 * }</pre>
 *
 * @param bytes the rebuilt SVG, UTF-8
 * @param text its text and the attribute values people can read (titles, labels, ids), one piece a
 *     line; coordinates and path data are left out
 * @param removed what the input held that the output does not, in the order first met
 */
public record SanitizedSvg(byte[] bytes, String text, List<String> removed) {
  public SanitizedSvg {
    bytes = bytes.clone();
    removed = List.copyOf(removed);
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
