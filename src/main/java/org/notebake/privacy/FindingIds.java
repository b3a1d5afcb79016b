package org.notebake.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Names a finding by what it is, not where it is: {@code phone:3f9a2c} is the same number in every
 * note, output and spelling ({@code (912) 555-0142}, {@code +1 912 555 0142}, {@code ９１２ ５５５
 * ０１４２}), so one line in {@code privacy.allow} answers it everywhere.
 *
 * <p>The id is a keyed hash (HMAC-SHA256, first 24 bits) of the rule and the normalised value. The
 * key matters: a phone number has so few possible values that an unkeyed id, printed next to the
 * masked number in a build log someone pastes into an issue, would give the number away to anyone
 * who tries the 100,000 candidates the mask leaves. The site's key is kept with the vault (see
 * {@code PrivacyGate}); without one, {@link #unkeyed()} is used, as in tests.
 *
 * <pre>{@code
 * FindingIds ids = FindingIds.withKey(keyBytes);
 * ids.id("phone", "+19125550142"); // "phone:3f9a2c"
 * }</pre>
 */
public final class FindingIds {
  private static final FindingIds UNKEYED =
      new FindingIds("notebake finding id".getBytes(StandardCharsets.UTF_8));
  private static final int HEX_DIGITS = 6;

  private volatile byte[] key;
  private final Supplier<byte[]> keySource;

  private FindingIds(byte[] key) {
    this.key = key.clone();
    this.keySource = null;
  }

  private FindingIds(Supplier<byte[]> keySource) {
    this.keySource = keySource;
  }

  /**
   * Ids under a key asked for the first time an id is needed, so a site where nothing is found
   * never needs one; the supplier is asked once.
   */
  public static FindingIds lazy(Supplier<byte[]> keySource) {
    return new FindingIds(Objects.requireNonNull(keySource, "keySource"));
  }

  private byte[] key() {
    byte[] k = key;
    if (k == null) {
      synchronized (this) {
        if (key == null) {
          byte[] supplied = keySource.get();
          if (supplied.length < 16) {
            throw new IllegalArgumentException("a finding-id key needs 16 or more bytes");
          }
          key = supplied.clone();
        }
        k = key;
      }
    }
    return k;
  }

  public static FindingIds withKey(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("a finding-id key needs 16 or more bytes");
    }
    return new FindingIds(key);
  }

  /** Ids under a fixed, public key: stable, but only for tests and values that are not private. */
  public static FindingIds unkeyed() {
    return UNKEYED;
  }

  /** {@code rule:hex} for a normalised value. */
  public String id(String rule, String normalisedValue) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(), "HmacSHA256"));
      byte[] hash =
          mac.doFinal((rule + "\u0000" + normalisedValue).getBytes(StandardCharsets.UTF_8));
      return rule + ":" + HexFormat.of().formatHex(hash).substring(0, HEX_DIGITS);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JVM lacks HmacSHA256", e);
    }
  }

  /**
   * Whether {@code entry} has the shape of an id: {@code phone:3f9a2c}, {@code secret.jwt:00ff00}.
   */
  static boolean isId(String entry) {
    int colon = entry.lastIndexOf(':');
    if (colon <= 0 || entry.length() - colon - 1 != HEX_DIGITS) {
      return false;
    }
    String rule = entry.substring(0, colon);
    String hex = entry.substring(colon + 1).toLowerCase(Locale.ROOT);
    return rule.chars().allMatch(c -> (c >= 'a' && c <= 'z') || c == '.' || c == '-')
        && hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }
}
