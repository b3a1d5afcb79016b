package org.notebake.cards;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.TextAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.AttributedString;

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
   * the machine's sans-serif font if that has it, else the bundled font (which draws a box: {@link
   * #drawable(String)} leaves such characters out first).
   */
  AttributedString text(String text, float size) {
    Font main = at(size);
    Font fallback = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(size);
    String t = text.isEmpty() ? " " : text;
    AttributedString styled = new AttributedString(t);
    int runStart = 0;
    Font runFont = null;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      Font chosen = main;
      if (!main.canDisplay(cp) && !Character.isWhitespace(cp)) {
        chosen = canDisplay(fallback, cp) ? fallback : main;
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

  /**
   * {@code text} without the characters that neither the bundled font nor the machine's sans-serif
   * font draws (an emoji: Java draws no colour glyphs) and the marks that join them, rather than a
   * box for each.
   */
  String drawable(String text) {
    return drawable(text, font, new Font(Font.SANS_SERIF, Font.BOLD, 1));
  }

  /**
   * {@code text} without the characters neither font can draw and the marks that only shape them
   * (variation selectors, zero-width joiners, skin tones, keycaps, tags), spaces closed up; the
   * text itself when nothing would be left.
   */
  static String drawable(String text, Font main, Font fallback) {
    StringBuilder out = new StringBuilder(text.length());
    boolean dropped = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      boolean shaping = isEmojiShaping(cp);
      if (shaping
          && (dropped || out.length() == 0 || !main.canDisplay(cp) && !canDisplay(fallback, cp))) {
        continue; // part of a character left out, or a mark no font draws
      }
      if (!shaping
          && !Character.isWhitespace(cp)
          && !main.canDisplay(cp)
          && !canDisplay(fallback, cp)) {
        dropped = true;
        continue;
      }
      if (!shaping) {
        dropped = false;
      }
      out.appendCodePoint(cp);
    }
    String closed = out.toString().strip().replaceAll("\\s{2,}", " ");
    return closed.isEmpty() ? text : closed;
  }

  /**
   * Whether the machine's font draws {@code cp}, asked under one lock. JDK 17's composite fonts
   * cache their glyph codes in blocks of 256 characters that a thread publishes before it fills
   * them: another thread asking at that moment for a character of the same block is told the font
   * has no glyph, and its card left the character out or drew a box (one card in a test of CJK site
   * names differed from the same card drawn again; three threads asking for characters of fresh
   * blocks got a wrong answer in five runs of six). Every character a card draws in this font is
   * asked for here first, so its block is whole before any thread draws with it.
   */
  static boolean canDisplay(Font fallback, int cp) {
    synchronized (FALLBACK_LOOKUP) {
      if (!primed) {
        primed = true;
        for (int shaping : SHAPING) {
          fallback.canDisplay(shaping);
        }
      }
      return fallback.canDisplay(cp);
    }
  }

  private static final Object FALLBACK_LOOKUP = new Object();

  /**
   * The characters text shaping asks the machine's font for on its own (spaces, the joiner, the
   * dotted circle of a lone mark, the replacement character), looked up at the first question,
   * before any card draws in that font. Not while the font loads: on a machine with no fonts at all
   * Java fails at the first question to its own, and a card in Latin letters never asks one.
   */
  private static final int[] SHAPING = {' ', 0xA0, 0x200B, 0x200C, 0x200D, 0x2026, 0x25CC, 0xFFFD};

  private static boolean primed;

  private static boolean isEmojiShaping(int cp) {
    return cp == 0x200D // zero-width joiner
        || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
        || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin tones
        || cp == 0x20E3 // combining keycap
        || (cp >= 0xE0020 && cp <= 0xE007F); // tag characters (flags of regions)
  }

  /** A digest of the font file, for the cache key: another font draws new cards. */
  String fingerprint() {
    return fingerprint;
  }

  static String sha256(byte[] bytes) {
    return org.notebake.text.Sha256.hex(bytes);
  }
}
