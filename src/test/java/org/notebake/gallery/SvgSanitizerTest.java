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

  // Inline SVGs: Excalidraw writes a LaTeX label as <image href="data:image/svg+xml;base64,...">.

  private static String svgData(String svg) {
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }

  /** The inline SVGs of {@code out}, decoded, in order. */
  private static java.util.List<String> inlineSvgs(String out) {
    Matcher m = Pattern.compile("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]*)").matcher(out);
    java.util.List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8));
    }
    return found;
  }

  @Test
  void anInlineSvgIsRebuiltAndKeptInItsImage() throws Exception {
    String label = "<svg " + NS + " width=\"20\"><rect width=\"20\" fill=\"red\"/></svg>";
    SanitizedSvg svg =
        sanitize("<svg " + NS + "><image href=\"" + svgData(label) + "\" width=\"20\"/></svg>");

    assertThat(svg.removed()).isEmpty();
    assertThat(new String(svg.bytes(), StandardCharsets.UTF_8))
        .isEqualTo(
            ROOT
                + "<image href=\""
                + svgData(
                    ROOT.replace(">", " width=\"20\">") + "<rect width=\"20\" fill=\"red\"/></svg>")
                + "\" width=\"20\"/></svg>");
  }

  @Test
  void scriptAndJavascriptLinksInsideAnInlineSvgAreRemovedAndNamed() throws Exception {
    String hostile =
        "<svg "
            + NS
            + " onload=\"alert(1)\"><script>alert(2)</script>"
            + "<a href=\"javascript:alert(3)\"><text>E = mc2</text></a>"
            + "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject></svg>";
    SanitizedSvg svg = sanitize("<svg " + NS + "><image href=\"" + svgData(hostile) + "\"/></svg>");

    String out = new String(svg.bytes(), StandardCharsets.UTF_8);
    assertThat(inlineSvgs(out))
        .singleElement()
        .asString()
        .doesNotContain("alert", "script", "javascript", "foreignObject")
        .contains("E = mc2");
    assertThat(svg.removed())
        .containsExactly(
            "onload= (in an inline SVG)",
            "<script> (in an inline SVG)",
            "href= (a link out of the file) (in an inline SVG)",
            "<foreignObject> (in an inline SVG)");
    SvgPayloadCorpusTest.assertInert(out);
  }

  @Test
  void anInlineSvgsTextIsScannedAndItsHiddenLayerLeftOut() throws Exception {
    String label =
        "<svg "
            + NS
            + "><style>.st0{display:none}</style><text>Call 912 555 0142</text>"
            + "<g class=\"st0\"><text>CANARY hidden</text></g>"
            + "<g style=\"display:none\"><text>CANARY layer</text></g></svg>";
    SanitizedSvg svg =
        sanitize("<svg " + NS + ">\n<image href=\"" + svgData(label) + "\"/>\n</svg>");

    assertThat(svg.text()).contains("Call 912 555 0142").doesNotContain("CANARY");
    assertThat(svg.endLine(svg.text().indexOf("Call"))).isEqualTo(2);
    assertThat(inlineSvgs(new String(svg.bytes(), StandardCharsets.UTF_8)))
        .singleElement()
        .asString()
        .doesNotContain("CANARY");
    assertThat(svg.removed()).contains("a hidden layer (display:none) (in an inline SVG)");
  }

  @Test
  void inlineSvgsNestedTwentyDeepAreCutAfterThree() throws Exception {
    String svg = "<svg " + NS + "><text>level 20</text></svg>";
    for (int level = 19; level >= 0; level--) {
      svg =
          "<svg "
              + NS
              + "><text>level "
              + level
              + "</text><image href=\""
              + svgData(svg)
              + "\"/></svg>";
    }
    SanitizedSvg out = sanitize(svg);

    String bytes = new String(out.bytes(), StandardCharsets.UTF_8);
    int levels = 0;
    for (java.util.List<String> inner = inlineSvgs(bytes); !inner.isEmpty(); ) {
      levels++;
      inner = inlineSvgs(inner.get(0));
    }
    assertThat(levels).isEqualTo(SvgSanitizer.MAX_NESTING);
    assertThat(out.text()).contains("level 3").doesNotContain("level 4");
    assertThat(out.removed())
        .containsExactly(
            "href= (an inline SVG nested more than 3 deep in others; export the drawing again or"
                + " rasterise the label) (in an inline SVG)");
  }

  @Test
  void anSvgDataUrlThatIsReallyHtmlIsRemovedSayingWhy() throws Exception {
    String html = "<html><body><script>alert(1)</script><p>x</p></body></html>";
    String page = "<!DOCTYPE html><html><body><img src=x onerror=alert(1)></body></html>";
    SanitizedSvg svg =
        sanitize(
            "<svg "
                + NS
                + "><image href=\""
                + svgData(html)
                + "\"/><image href=\""
                + svgData(page)
                + "\"/></svg>");

    assertThat(new String(svg.bytes(), StandardCharsets.UTF_8))
        .isEqualTo(ROOT + "<image/><image/></svg>");
    assertThat(svg.removed())
        .first()
        .asString()
        .startsWith(
            "href= (an inline SVG that cannot be published: the root element is <html> in"
                + " namespace \"\", not an SVG");
    assertThat(svg.removed()).hasSize(1); // both: the root is no SVG
  }

  @Test
  void anInlineSvgInAUseOrLinkIsNotKept() throws Exception {
    String label = svgData("<svg " + NS + " id=\"x\"><rect width=\"1\"/></svg>") + "#x";
    SanitizedSvg svg =
        sanitize("<svg " + NS + "><use href=\"" + label + "\"/><a href=\"" + label + "\"/></svg>");

    assertThat(new String(svg.bytes(), StandardCharsets.UTF_8))
        .isEqualTo(ROOT + "<use/><a/></svg>");
    assertThat(svg.removed())
        .containsExactly(
            "href= (an inline SVG in a <use>, where it would be a document of its own; only an"
                + " <image> may show one)",
            "href= (an inline SVG in a <a>, where it would be a document of its own; only an"
                + " <image> may show one)");
  }

  @Test
  void anInlineSvgOverFourMegabytesIsRemovedAndAFiftyMegabyteFileRefused() throws Exception {
    String big =
        "<svg " + NS + "><text>" + "x".repeat(SvgSanitizer.MAX_INLINE_SVG_BYTES) + "</text></svg>";
    SanitizedSvg svg = sanitize("<svg " + NS + "><image href=\"" + svgData(big) + "\"/></svg>");
    assertThat(new String(svg.bytes(), StandardCharsets.UTF_8)).isEqualTo(ROOT + "<image/></svg>");
    assertThat(svg.removed())
        .containsExactly(
            "href= (an inline SVG larger than 4 MB; save it as a file of its own and link it)");

    byte[] head =
        ("<svg " + NS + "><image href=\"data:image/svg+xml;base64,")
            .getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[50 * 1024 * 1024];
    java.util.Arrays.fill(file, (byte) 'A');
    System.arraycopy(head, 0, file, 0, head.length);
    assertThatThrownBy(() -> SvgSanitizer.create().sanitize("big.svg", file))
        .isInstanceOf(SvgException.class)
        .hasMessageContaining("larger than 20 MB");
  }

  @Test
  void anInlineFontOfAnAtFontFaceIsKeptAndItsBase64NotScanned() throws Exception {
    String css =
        "@font-face{font-family:\"Virgil\";src:url(\"data:font/woff2;base64,d09GMgABAAAAAA9125550142==\")"
            + " format(\"woff2\")}text{font-family:Virgil}";
    SanitizedSvg svg = sanitize("<svg " + NS + "><style>" + css + "</style></svg>");

    assertThat(svg.removed()).isEmpty();
    assertThat(new String(svg.bytes(), StandardCharsets.UTF_8))
        .isEqualTo(ROOT + "<style>" + css.replace("\"", "\"") + "</style></svg>");
    assertThat(svg.text()).contains("Virgil").doesNotContain("9125550142");
  }

  @Test
  void aFontFaceThatLoadsAnotherFileOrHoldsAnotherTypeIsRemoved() throws Exception {
    for (String src :
        java.util.List.of(
            "url(https://fonts.example.org/v.woff2)",
            "url(data:font/woff2;base64,AAAA),url(https://fonts.example.org/v.woff2)",
            "url(data:text/html;base64,PHNjcmlwdD4=)",
            "url(data:image/svg+xml;base64,PHN2Zz4=)",
            "url(data:font/woff2,AAAA)",
            "url(data:font/woff2;base64,AAAA) format(x),url(//fonts.example.org/v)")) {
      assertThat(
              sanitize(
                      "<svg "
                          + NS
                          + "><style>@font-face{font-family:v;src:"
                          + src
                          + "}</style></svg>")
                  .removed())
          .as(src)
          .containsExactly("<style> with @import, url() or script");
    }
    // An inline font anywhere but an @font-face's src is no font.
    assertThat(
            sanitize(
                    "<svg "
                        + NS
                        + "><rect style=\"background:url(data:font/woff2;base64,AAAA)\"/></svg>")
                .removed())
        .containsExactly("style= (CSS that loads or runs something)");
  }
}
