package org.notebake.cards;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The font share cards are drawn in: DejaVu Sans Bold, bundled in the jar (fetched from npm at
 * build time), so cards look the same on a server with no fonts installed.
 *
 * <pre>{@code
 * CardFont font = CardFont.bundled();
 * font.at(64f); // a 64 px DejaVu Sans Bold
 * }</pre>
 */
public final class CardFont {
  static final String RESOURCE = "/notebake/fonts/DejaVuSans-Bold.ttf";

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
      return new CardFont(font, sha256(bytes).substring(0, 16));
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
