package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notebake.diagnostics.Diagnostics;

/**
 * A photo pasted as a data: URL, in every spelling a browser shows (each checked in headless
 * Chromium to draw the photo, metadata and all, before this stripped them all).
 */
class InlineImagesTest {
  private static final byte[] PHOTO = JpegSegments.jpegWithEverything(1);
  private static final String BASE64 = Base64.getEncoder().encodeToString(PHOTO);

  /** Only the canonical form; anything else left in the text fails the test elsewhere. */
  private static final Pattern CANONICAL =
      Pattern.compile("data:image/jpeg;base64,([A-Za-z0-9+/]+=*)");

  private final Diagnostics diagnostics = new Diagnostics();
  private final InlineImages inline = new InlineImages(new ImageStripper(MetadataKeepList.none()));

  private static String wrapped(String body) {
    return String.join("\n", body.split("(?<=\\G.{76})"));
  }

  private static String spelling(String name) {
    return switch (name) {
      case "plain" -> "data:image/jpeg;base64," + BASE64;
      case "mixed case" -> "DATA:IMAGE/JPEG;BaSe64," + BASE64;
      case "odd case of base64 alone" -> "data:image/jpeg;bAsE64," + BASE64;
      case "a parameter" -> "data:image/jpeg;name=me.jpg;base64," + BASE64;
      case "spaces before base64" -> "data:image/jpeg;  base64," + BASE64;
      case "wrapped at 76" -> "data:image/jpeg;base64," + wrapped(BASE64);
      case "percent-encoded base64" ->
          "data:image/jpeg;base64," + URLEncoder.encode(BASE64, StandardCharsets.US_ASCII);
      case "not base64" -> "data:image/jpeg," + percentEncoded(PHOTO);
      case "no padding" -> "data:image/jpeg;base64," + BASE64.replace("=", "");
      case "a fragment" -> "data:image/jpeg;base64," + BASE64 + "#x";
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static String percentEncoded(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      out.append('%').append(String.format("%02X", b & 0xff));
    }
    return out.toString();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "plain",
        "mixed case",
        "odd case of base64 alone",
        "a parameter",
        "spaces before base64",
        "wrapped at 76",
        "percent-encoded base64",
        "not base64",
        "no padding",
        "a fragment"
      })
  void everySpellingABrowserShowsIsStripped(String name) throws Exception {
    MetadataAssertions.assertHasPrivateMetadata(PHOTO);
    String url = spelling(name);
    for (String page :
        List.of(
            "<p><img alt=\"x\" src=\"" + url + "\"></p>", // a page
            "&lt;img src=&quot;" + url + "&quot;&gt;", // a feed's escaped HTML
            "{\"content_html\":\"<img src=\\\"" + url + "\\\">\"}")) { // a JSON Feed
      String out = inline.strip(page, "notes/a.md", diagnostics);

      Matcher m = CANONICAL.matcher(out);
      assertThat(m.find()).as(out).isTrue();
      byte[] published = Base64.getDecoder().decode(m.group(1));
      MetadataAssertions.assertNoPrivateMetadata(published);
      assertThat(MetadataAssertions.decode(published).getWidth()).isEqualTo(JpegSegments.W);
      String around = out.substring(0, m.start()) + out.substring(m.end());
      assertThat(m.find()).isFalse();
      assertThat(around).as("only the URL changed").isEqualTo(page.replace(url, ""));
    }
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void anExampleWrittenInProseIsLeftAsItIs() {
    String prose =
        "<p>A PNG starts <code>data:image/png;base64,iVBORw0KGgo...</code>; write"
            + " data:image/png;base64,... or DATA:image/jpeg;base64, or data:image/png;base64,…"
            + " and data:image/svg+xml;base64,PHN2Zz48L3N2Zz4= stays too.</p>";

    assertThat(inline.strip(prose, "notes/a.md", diagnostics)).isEqualTo(prose);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void anImageThatIsNoPhotoIsEmptiedAndNamedOnItsNotesPageOnly() {
    String page = "<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA\">";

    assertThat(inline.strip(page, null, diagnostics))
        .isEqualTo("<img src=\"data:image/png;base64,\">");
    assertThat(diagnostics.sorted()).isEmpty();

    inline.strip(page, "notes/a.md", diagnostics);
    assertThat(diagnostics.sorted())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.format())
                    .contains("notes/a.md")
                    .contains("data:image/png;base64,iVBORw0KGgoAAAANSU...")
                    .contains("cannot be stripped of its metadata"));
  }

  @Test
  void theSchemeIsFoundInAnyCase() {
    assertThat(InlineImages.nextDataImage("x dAtA:ImAgE/png", 0)).isEqualTo(2);
    assertThat(InlineImages.nextDataImage("data:image/a data:image/b", 1)).isEqualTo(13);
    assertThat(InlineImages.nextDataImage("data image/ data:imag", 0)).isEqualTo(-1);
    assertThat(InlineImages.nextDataImage(":image/ data", 0)).isEqualTo(-1);
  }
}
