package org.notebake.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** data: URLs read as a browser reads them (Fetch's data: URL processor, Infra's base64). */
class DataUrlTest {
  private static String hex(DataUrl url) {
    return java.util.HexFormat.of().formatHex(url.bytes());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        // url | media type | body as hex
        "data:image/png;base64,AAEC | image/png | 000102",
        "DATA:IMAGE/PNG;BASE64,AAEC | image/png | 000102",
        "data:image/jpeg;bAsE64,AAEC | image/jpeg | 000102",
        "data:image/jpeg;name=a.jpg;base64,AAEC | image/jpeg | 000102",
        "data:image/jpeg;  base64,AAEC | image/jpeg | 000102",
        "\"  data:image/gif;base64,AAEC  \" | image/gif | 000102",
        "\"data:ima\tge/png;base64,AA\nEC\" | image/png | 000102",
        "\"data:image/png;base64,AA EC\" | image/png | 000102",
        "\"data:image/png;base64,AA\fEC\" | image/png | 000102",
        "data:image/png;base64,%41AEC | image/png | 000102",
        "data:image/png;base64,AAEC#fragment | image/png | 000102",
        "data:image/png;base64,AAE= | image/png | 0001",
        "data:image/png;base64,AAE | image/png | 0001",
        "data:image/png;base64,AA | image/png | 00",
        "data:image/png;base64,AA== | image/png | 00",
        "data:image/png,%FF%D8%ff | image/png | ffd8ff",
        "data:image/png,a%zzb | image/png | 61257a7a62",
        "data:image/png,%4 | image/png | 2534",
        "data:,AB | text/plain | 4142",
        "data:;base64,AAEC | text/plain | 000102",
        "data:image/png;base64 ,AAEC | image/png | 000102",
        "data:image/png;xbase64,AAEC | image/png | 41414543",
        "data:image ,AB | text/plain | 4142",
        "data:image/,AB | text/plain | 4142",
        "data:image/p(ng,AB | text/plain | 4142",
        "data:image/png;base64,AAEC?x | - | -",
        "data:image/png;base64,A | - | -",
        "data:image/png;base64,AAAAA | - | -",
        "data:image/png;base64,A=== | - | -",
        "data:image/png;base64,AA=A | - | -",
        "data:image/png;base64,AA-_ | - | -",
        "data:image/png;base64,%C3%A9AA | - | -",
        "data:image/png;base64 | - | -",
        "image/png;base64,AAEC | - | -",
        "http://example.org/data:image/png;base64,AAEC | - | -",
      })
  void readsWhatABrowserReads(String url, String type, String bytes) {
    if (type.equals("-")) {
      assertThat(DataUrl.read(url)).isEmpty();
      return;
    }
    DataUrl read = DataUrl.read(url).orElseThrow();
    assertThat(read.mediaType()).isEqualTo(type);
    assertThat(hex(read)).isEqualTo(bytes);
  }

  @Test
  void isDataUrlSeesTheSchemeThroughWhatTheUrlParserDrops() {
    assertThat(DataUrl.isDataUrl(" d\na\tta:image/png,x")).isTrue();
    assertThat(DataUrl.isDataUrl("DaTa:x")).isTrue();
    assertThat(DataUrl.isDataUrl("dat a:x")).isFalse();
    assertThat(DataUrl.isDataUrl("./data:x")).isFalse();
    assertThat(DataUrl.isDataUrl("")).isFalse();
  }

  @Test
  void theCanonicalFormReadsBackToTheSameImage() {
    DataUrl url = DataUrl.read("data:IMAGE/WebP;q=1;base64,AAE").orElseThrow();
    assertThat(url.canonical()).isEqualTo("data:image/webp;base64,AAE=");
    assertThat(DataUrl.read(url.canonical()).orElseThrow().bytes()).isEqualTo(url.bytes());
  }

  /**
   * Random bytes written every way a browser accepts (case, parameters, spaces before base64,
   * percent-encoding, line wrapping, missing padding, a fragment, tabs in the scheme): the same
   * bytes come back, as java.util.Base64 wrote them.
   */
  @Test
  void everySpellingOfRandomBytesReadsBackTheSameBytes() {
    Random random = new Random(20261206);
    for (int round = 0; round < 4000; round++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      String url = spelled(bytes, random);
      DataUrl read = DataUrl.read(url).orElseThrow(() -> new AssertionError(url));
      assertThat(read.bytes()).as(url).isEqualTo(bytes);
      assertThat(read.mediaType()).as(url).isEqualTo("image/jpeg");
      assertThat(DataUrl.read(read.canonical()).orElseThrow().bytes()).isEqualTo(bytes);
    }
  }

  private static String spelled(byte[] bytes, Random random) {
    StringBuilder url = new StringBuilder(random.nextBoolean() ? "data:" : "DaTa:");
    url.append(random.nextBoolean() ? "image/jpeg" : "IMAGE/Jpeg");
    if (random.nextInt(3) == 0) {
      url.append(";name=photo.jpg");
    }
    boolean base64 = random.nextInt(4) != 0;
    if (base64) {
      url.append(';').append(" ".repeat(random.nextInt(3)));
      url.append(random.nextBoolean() ? "base64" : "BaSe64");
    }
    url.append(',');
    String body;
    if (base64) {
      body = Base64.getEncoder().encodeToString(bytes);
      if (random.nextBoolean()) {
        body = body.replaceAll("=+$", "");
      }
      if (random.nextBoolean()) {
        body = wrapped(body, random);
      }
      if (random.nextInt(3) == 0) {
        body = percentSome(body.getBytes(StandardCharsets.US_ASCII), random);
      }
    } else {
      body = percentAll(bytes);
    }
    url.append(body);
    if (random.nextInt(5) == 0) {
      url.append("#part");
    }
    if (random.nextInt(5) == 0) {
      url.insert(2 + random.nextInt(6), '\t');
    }
    return url.toString();
  }

  private static String wrapped(String body, Random random) {
    StringBuilder out = new StringBuilder();
    int width = 1 + random.nextInt(80);
    for (int i = 0; i < body.length(); i += width) {
      out.append(body, i, Math.min(body.length(), i + width));
      out.append(" \n\r\t\f".charAt(random.nextInt(5)));
    }
    return out.toString();
  }

  private static String percentSome(byte[] ascii, Random random) {
    StringBuilder out = new StringBuilder();
    for (byte b : ascii) {
      if (random.nextInt(4) == 0) {
        out.append('%').append(String.format("%02X", b & 0xff));
      } else {
        out.append((char) b);
      }
    }
    return out.toString();
  }

  private static String percentAll(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append('%').append(String.format("%02x", b & 0xff));
    }
    return out.toString();
  }

  /** Noise never throws: a URL is read or it is not. */
  @Test
  void noiseIsReadOrNotNeverThrown() {
    Random random = new Random(7);
    String alphabet = "data:image/png;base64,%=+/ \t\n#?AZaz09\u00e9\u2026\ud83d\ude00";
    for (int round = 0; round < 5000; round++) {
      StringBuilder noise = new StringBuilder(random.nextBoolean() ? "data:" : "");
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        noise.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      DataUrl.read(noise.toString()).ifPresent(url -> assertThat(url.mediaType()).contains("/"));
    }
  }
}
