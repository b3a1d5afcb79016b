package org.notebake.text;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256, which every Java has, without the checked exception at each use.
 *
 * <pre>{@code
 * Sha256.hex("abc".getBytes(UTF_8)); // "ba7816bf…"
 * }</pre>
 */
public final class Sha256 {
  private Sha256() {}

  /** A new digest, to feed in parts. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The hash of {@code bytes}. */
  public static byte[] of(byte[] bytes) {
    return digest().digest(bytes);
  }

  /** The hash of {@code bytes} in lower-case hex. */
  public static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(of(bytes));
  }
}
