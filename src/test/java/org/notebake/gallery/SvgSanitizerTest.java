package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG rebuild, one behaviour at a time, with the exact bytes it writes. */
class SvgSanitizerTest {
  private static final String ROOT =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
  private static final String NS = "xmlns=\"http://www.w3.org/2000/svg\"";

  private static SanitizedSvg sanitize(String svg) throws SvgException {
    return SvgSanitizer.create().sanitize("a.svg", svg.getBytes(StandardCharsets.UTF_8));
  }

  private static String out(String svg) throws SvgException {
    return new String(sanitize(svg).bytes(), StandardCharsets.UTF_8);
  }

  @Test
  void scriptIsDroppedWhateverItsPrefix() throws Exception {
    assertThat(
            out(
                "<svg "
                    + NS
                    + "><svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script>"
                    + "<h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script>"
                    + "<rect width=\"1\" height=\"1\"/></svg>"))
        .isEqualTo(ROOT + "<rect width=\"1\" height=\"1\"/></svg>");
  }

  @Test
  void cssCommentsAreTakenOutOnceEachAndAnUnclosedOneStays() {
    assertThat(SvgAllowList.withoutComments("a/* x */b/* y /* z */c/* open"))
        .isEqualTo("abc/* open");
    assertThat(SvgAllowList.safeCss("@imp/**/ort url(x)")).isFalse();
    assertThat(SvgAllowList.safeCss("fill: red /* url(x) */")).isTrue();
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void aMegabyteOfUnclosedCssCommentsIsReadInLinearTime() {
    String css = "/* ".repeat(333_333) + "fill: red";
    assertThat(
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> SvgAllowList.safeCss(css)))
        .isTrue();
  }

  @Test
  void attlistDefaultsNeverApply() throws Exception {
    SanitizedSvg svg =
        sanitize("<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert(1)\">]><svg " + NS + "/>");
    assertThat(new String(svg.bytes(), StandardCharsets.UTF_8)).isEqualTo(ROOT.replace(">", "/>"));
    assertThat(svg.removed()).containsExactly("onload= (a DTD default)");
  }

  @Test
  void iframeWithSrcdocIsDropped() throws Exception {
    assertThat(
            out(
                "<svg "
                    + NS
                    + "><h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\""
                    + " srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"/></svg>"))
        .isEqualTo(ROOT.replace(">", "/>"));
  }

  @Test
  void animationOfEventHandlersIsDroppedAndOfColoursKept() throws Exception {
    assertThat(
            out(
                "<svg "
                    + NS
                    + "><rect width=\"1\" height=\"1\"><set attributeName=\"onmouseover\""
                    + " to=\"alert(1)\"/><animate attributeName=\"onclick\" values=\"alert(1)\"/>"
                    + "<animate attributeName=\"fill\" values=\"red;blue\" dur=\"2s\"/></rect></svg>"))
        .isEqualTo(
            ROOT
                + "<rect width=\"1\" height=\"1\"><animate attributeName=\"fill\""
                + " values=\"red;blue\" dur=\"2s\"/></rect></svg>");
  }

  @Test
  void prefixedEventAttributesAndExternalLoadsAreDropped() throws Exception {
    assertThat(
            out(
                "<svg "
                    + NS
                    + " xmlns:svg=\"http://www.w3.org/2000/svg\"><image svg:onerror=\"alert(1)\""
                    + " href=\"https://evil.example/t.png\" width=\"5\"/>"
                    + "<style>@import url(https://evil.example/x.css);</style></svg>"))
        .isEqualTo(ROOT + "<image width=\"5\"/><style/></svg>");
  }

  @Test
  void fragmentLinksXlinkAndTheFaviconStyleAreKept() throws Exception {
    String in =
        "<svg "
            + NS
            + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 32 32\">"
            + "<style>rect{fill:url(#g)}@media (prefers-color-scheme:dark){rect{fill:#82c4ec}}"
            + "</style><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/>"
            + "</linearGradient></defs><use xlink:href=\"#g\" href=\"#g\"/>"
            + "<a href=\"#top\"><text xml:space=\"preserve\" x=\"1\">A &amp; B &lt; C</text></a></svg>";
    assertThat(out(in))
        .isEqualTo(
            ROOT.replace(">", " viewBox=\"0 0 32 32\">")
                + "<style>rect{fill:url(#g)}@media (prefers-color-scheme:dark){rect{fill:#82c4ec}}"
                + "</style><defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#fff\"/>"
                + "</linearGradient></defs><use xlink:href=\"#g\" href=\"#g\"/>"
                + "<a href=\"#top\"><text xml:space=\"preserve\" x=\"1\">A &amp; B &lt; C</text></a>"
                + "</svg>");
  }

  @Test
  void anInkscapeDoctypeIsIgnoredAndEditorMarkupGoesWithoutAWarning() throws Exception {
    SanitizedSvg svg =
        sanitize(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
                + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
                + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + "<svg "
                + NS
                + " xmlns:sodipodi=\"http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd\""
                + " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\""
                + " inkscape:version=\"1.3\"><sodipodi:namedview id=\"n\"/><!-- c -->"
                + "<metadata>x</metadata><circle r=\"2\"/></svg>");
    assertThat(new String(svg.bytes(), StandardCharsets.UTF_8))
        .isEqualTo(ROOT + "<circle r=\"2\"/></svg>");
    assertThat(svg.removed()).isEmpty();
  }

  @Test
  void textForThePrivacyScanHasTextAndLabelsButNoPathData() throws Exception {
    SanitizedSvg svg =
        sanitize(
            "<svg "
                + NS
                + "><title>Map</title><path d=\"M912 555 0142 10\" aria-label=\"Jo's house\"/>"
                + "<text>Call <tspan>912</tspan> 555 0142</text></svg>");
    assertThat(svg.text()).contains("Map", "Jo's house", "Call 912 555 0142");
    assertThat(svg.text()).doesNotContain("M912");
  }

  @Test
  void utf16InputIsReadAndWrittenAsUtf8() throws Exception {
    String in = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><svg " + NS + "><text>é</text></svg>";
    SanitizedSvg svg =
        SvgSanitizer.create().sanitize("a.svg", in.getBytes(StandardCharsets.UTF_16));
    assertThat(new String(svg.bytes(), StandardCharsets.UTF_8))
        .isEqualTo(ROOT + "<text>é</text></svg>");
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "<g>".repeat(100_000) + "</g>".repeat(100_000);
    assertThatThrownBy(() -> sanitize("<svg " + NS + ">" + deep + "</svg>"))
        .isInstanceOf(SvgException.class)
        .hasMessage("a.svg:1:809: elements are nested deeper than 256 levels");
  }

  @Test
  void aRootThatIsNotSvgIsAnError() {
    assertThatThrownBy(() -> sanitize("<svg><rect/></svg>"))
        .isInstanceOf(SvgException.class)
        .hasMessage(
            "a.svg:1:6: the root element is <svg> in namespace \"\", not an SVG <svg"
                + " xmlns=\"http://www.w3.org/2000/svg\">; an SVG needs that namespace to display");
  }

  @Test
  void billionLaughsIsAnError() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE svg [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY l" + i + " \"" + ("&l" + (i - 1) + ";").repeat(10) + "\">");
    }
    assertThatThrownBy(() -> sanitize(dtd + "]><svg " + NS + "><text>&l9;</text></svg>"))
        .isInstanceOf(SvgException.class)
        .hasMessageContaining(
            "the DOCTYPE's entities expand past the limit (1000 expansions, 1000000 characters);"
                + " remove the DOCTYPE");
  }

  @Test
  void anInlinePhotoLosesItsGpsAndStaysInline() throws Exception {
    byte[] jpeg = JpegSegments.jpegWithEverything(1);
    String in =
        "<svg "
            + NS
            + "><image href=\"data:image/jpeg;base64,"
            + Base64.getMimeEncoder().encodeToString(jpeg)
            + "\"/></svg>";
    String out = out(in);
    Matcher data =
        Pattern.compile("href=\"data:image/jpeg;base64,([A-Za-z0-9+/=]+)\"").matcher(out);
    assertThat(data.find()).as(out).isTrue();
    byte[] published = Base64.getDecoder().decode(data.group(1));
    MetadataAssertions.assertNoPrivateMetadata(published);
    assertThat(MetadataAssertions.contains(published, JpegSegments.CANARY)).isFalse();
  }

  @Test
  void anInlineImageThatIsNotAPhotoIsDropped() throws Exception {
    assertThat(out("<svg " + NS + "><image href=\"data:image/png;base64,AAAA\"/></svg>"))
        .isEqualTo(ROOT + "<image/></svg>");
  }

  @Test
  void sameInputSameBytes() throws Exception {
    String in = "<svg " + NS + " width=\"2\"><rect x=\"1\"\n  y=\"2\" id=\"a&#10;b\"/></svg>";
    assertThat(out(in))
        .isEqualTo(out(in))
        .isEqualTo(
            ROOT.replace(">", " width=\"2\">") + "<rect x=\"1\" y=\"2\" id=\"a&#10;b\"/></svg>");
  }
}
