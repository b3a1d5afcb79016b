package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input built to break the scanner: hidden chars, encodings, and sizes that expose slow paths. */
class ScannerAttackTest {
  private final PrivacyScanner scanner = PrivacyScanner.create(PrivacyRules.builder().build());

  /**
   * 256 KiB: a quadratic path (each '@' scanning back to the start, a lazy regex re-reading the
   * rest) takes minutes here; the linear scan, about a second a channel even for text that is all
   * phone-number candidates, where libphonenumber costs most.
   */
  private static final int SIZE = 1 << 18;

  private static String repeat(String piece) {
    return piece.repeat(SIZE / piece.length() + 1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "912 555 0142 ",
        "9 1 2 5 5 5 0 1 4 2 ",
        "415 867 53 16 ",
        "1.2.3.4.5.6.7.8.9.0.",
        "+",
        "%25",
        "%E2%80%8D9",
        "\\u0039",
        "\u200d9",
        "\uff19 ",
        "a@",
        "jo@example.org ",
        "x://a@",
        "https://jo:hunter2@",
        "password:",
        "password: \"",
        "token='",
        "DB_PASSWORD=\"",
        "Bearer 1",
        "Basic ",
        "Authorization: Basic QUFBQUFBQUFB",
        "basic YWI6",
        "curl ",
        "curl -u a:",
        "[at]",
        "(at) x (dot) ",
        "-----BEGIN PRIVATE KEY-----",
        "eyJ",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
      })
  void aQuarterMegabyteOfAnyPieceIsScannedInLinearTimeInEveryChannel(String piece) {
    String text = repeat(piece);
    long started = System.nanoTime();
    for (Channel channel : Channel.values()) {
      scanner.scan(text, channel);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
  }

  @Test
  void percentEncodingIsDecodedThreeTimesAndNoMore() {
    assertThat(scanner.scan("?u=jo%252540example.org", Channel.URL)).hasSize(1);
    // A fourth layer is no URL a browser would ever decode to an address.
    assertThat(scanner.scan("?u=jo%25252540example.org", Channel.URL)).isEmpty();
  }

  @Test
  void brokenAndOverlongPercentEncodingStaysAsWritten() {
    assertThat(scanner.scan("50% off, %ZZ, %C0%80, %E2%82 and %F4%90%80%80", Channel.URL))
        .isEmpty();
    assertThat(scanner.scan("jo%C0%80example.org", Channel.URL)).isEmpty();
  }

  @Test
  void anEncodedZeroWidthJoinerBetweenDigitsIsDroppedLikeAPlainOne() {
    List<Finding> found = scanner.scan("tel=912%E2%80%8D555%E2%80%8D0142", Channel.URL);
    assertThat(found).extracting(Finding::value).containsExactly("9125550142");
  }

  @Test
  void mixedScriptsInOneNumberAreOneNumber() {
    String mixed = "\u0669\u0661\u0662 \uff15\uff15\uff15 \u09661\u096a2";
    assertThat(scanner.scan("ring " + mixed)).extracting(Finding::match).containsExactly(mixed);
  }

  @Test
  void lettersThatLookLikeDigitsAreNotFolded() {
    // Cyrillic and Greek letters are letters; superscripts are not digits a reader dials.
    assertThat(scanner.scan("\u00b9\u00b2\u00b3 \u2074\u2075\u2076 \u2077\u2078\u2079\u2070"))
        .isEmpty();
  }

  @Test
  void theIdIsTheSameWhateverTheSpellingAndDiffersByValue() {
    String a = scanner.scan("(912) 555-0142").get(0).id();
    assertThat(scanner.scan("+1 912 555 0142").get(0).id()).isEqualTo(a);
    assertThat(scanner.scan("tel:%2B19125550142", Channel.URL).get(0).id()).isEqualTo(a);
    assertThat(scanner.scan("\u0669\u0661\u0662 555 0142").get(0).id()).isEqualTo(a);
    assertThat(scanner.scan("912 555 0143").get(0).id()).isNotEqualTo(a);
    assertThat(scanner.scan("JO@Example.org").get(0).id())
        .isEqualTo(scanner.scan("mailto:jo%40example.org", Channel.URL).get(0).id());
  }

  @Test
  void anIdIsKeyedSoThatAnotherSiteCannotRecomputeIt() {
    byte[] key = new byte[32];
    key[0] = 1;
    PrivacyScanner keyed =
        PrivacyScanner.create(PrivacyRules.builder().ids(FindingIds.withKey(key)).build());
    String unkeyedId = scanner.scan("912 555 0142").get(0).id();
    String keyedId = keyed.scan("912 555 0142").get(0).id();
    assertThat(keyedId).matches("phone:[0-9a-f]{6}").isNotEqualTo(unkeyedId);
    assertThat(keyed.scan("+1 (912) 555-0142").get(0).id()).isEqualTo(keyedId);
  }

  @Test
  void anAllowedIdSilencesThatValueOnly() {
    String id = scanner.scan("912 555 0142").get(0).id();
    PrivacyScanner allowing =
        PrivacyScanner.create(PrivacyRules.builder().allow(AllowList.of(id)).build());
    assertThat(allowing.scan("call +1 912 555 0142 or (912) 555-0143"))
        .extracting(Finding::value)
        .containsExactly("(912) 555-0143");
  }
}
