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
 * @param removedLine the file's line of the first of them (the end of its start tag), 0 if unknown
 * @param pieces where the pieces of the text are in the file ({@link #endLine})
 */
public record SanitizedSvg(
    byte[] bytes, String text, List<String> removed, int removedLine, List<Piece> pieces) {
  public SanitizedSvg {
    bytes = bytes.clone();
    removed = List.copyOf(removed);
    pieces = List.copyOf(pieces);
  }

  /**
   * A piece of {@link #text}, from {@code start} to {@code end}, and the file's line where the
   * parser stood at its end (the end of a run of characters, or the {@code >} of the start tag an
   * attribute or a style is in).
   */
  public record Piece(int start, int end, int line) {}

  /**
   * The file's line where the piece of {@link #text} that holds {@code offset} ends (a run of
   * characters, or the start tag an attribute is in), or 0 when not known. A finding is then told
   * where the published copy has it, not at an earlier copy the rebuild left out (a name in {@code
   * <metadata>} and again in {@code <title>}).
   */
  public int endLine(int offset) {
    for (Piece piece : pieces) {
      if (offset >= piece.start() && offset < piece.end()) {
        return piece.line();
      }
    }
    return 0;
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }
}
