package org.notebake.cards;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.AttributedString;
import java.util.HexFormat;

/**
 * The font share cards are drawn in: Liberation Sans, which PDFBox already ships in the jar (as its
 * fallback for PDFs that do not embed their fonts), drawn bold by Java2D, so cards look the same on
 * a server with no fonts installed and the jar carries no second font. A character it lacks (CJK,
 * most symbols) is drawn in the machine's own sans-serif font when that has it.
 *
 * <pre>{@code
 * CardFont font = CardFont.bundled();
 * font.at(64f);               // a 64 px Liberation Sans Bold
 * font.text("東京 notes", 64f); // runs: a system font for 東京, Liberation Sans for the rest
 * }</pre>
 */
public final class CardFont {
  static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final Font font;
  private final String fingerprint;

  private CardFont(Font font, String fingerprint) {
    this.font = font;
    this.fingerprint = fingerprint;
  }

  /** The bundled font, read once per JVM (it is immutable, so one copy serves every build). */
  public static CardFont bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final CardFont BUNDLED = load();
  }

  private static CardFont load() {
    try (InputStream in = CardFont.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "the share card font " + RESOURCE + " is missing from the jar; rebuild notebake");
      }
      byte[] bytes = in.readAllBytes();
      Font font = Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
      // The file is the regular face: Java2D emboldens it (its algorithmic bold).
      return new CardFont(font.deriveFont(Font.BOLD), sha256(bytes).substring(0, 16) + "-bold");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the share card font " + RESOURCE, e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("the share card font " + RESOURCE + " is damaged", e);
    }
  }

  /** The font at a pixel size. */
  Font at(float size) {
    return font.deriveFont(size);
  }

  /**
   * The text at a pixel size, as runs of fonts: the bundled font wherever it has the glyph, else
   * the machine's sans-serif font if that has it, else the bundled font (which draws a box).
   */
  AttributedString text(String text, float size) {
    String t = text.isEmpty() ? " " : text;
    AttributedString styled = new AttributedString(t);
    Font main = at(size);
    Font fallback = null;
    int runStart = 0;
    Font runFont = null;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      Font chosen = main;
      if (!main.canDisplay(cp) && !Character.isWhitespace(cp)) {
        if (fallback == null) {
          fallback = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(size);
        }
        chosen = fallback.canDisplay(cp) ? fallback : main;
      }
      if (runFont != null && chosen != runFont) {
        styled.addAttribute(TextAttribute.FONT, runFont, runStart, i);
        runStart = i;
      }
      runFont = chosen;
      i += Character.charCount(cp);
    }
    styled.addAttribute(TextAttribute.FONT, runFont, runStart, t.length());
    return styled;
  }

  /** A digest of the font file, for the cache key: another font draws new cards. */
  String fingerprint() {
    return fingerprint;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
