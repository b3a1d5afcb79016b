package org.notebake.gallery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Known SVG script and external-load vectors (in the spirit of the cure53/DOMPurify and HTML5
 * Security Cheatsheet test cases, written from memory as data here, not fetched): each either is
 * refused, or comes out with nothing that can run script or load another file. The check below is
 * written against what browsers execute, not against the sanitizer's own allow-list.
 */
class SvgPayloadCorpusTest {
  private static final String NS = "xmlns=\"http://www.w3.org/2000/svg\"";
  private static final String XL = "xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

  static Stream<String> payloads() {
    List<String> p = new ArrayList<>();
    // script in every namespace and prefix
    p.add("<svg " + NS + "><script>alert(1)</script></svg>");
    p.add("<svg " + NS + "><script type=\"text/javascript\"><![CDATA[alert(1)]]></script></svg>");
    p.add(
        "<svg "
            + NS
            + "><svg:script xmlns:svg=\"http://www.w3.org/2000/svg\">alert(1)</svg:script></svg>");
    p.add(
        "<svg "
            + NS
            + "><h:script xmlns:h=\"http://www.w3.org/1999/xhtml\">alert(1)</h:script></svg>");
    p.add("<svg " + NS + "><script xmlns=\"http://www.w3.org/1999/xhtml\">alert(1)</script></svg>");
    p.add(
        "<svg "
            + NS
            + " "
            + XL
            + "><script xlink:href=\"data:,alert(1)\"/><script href=\"//evil.example/x.js\"/></svg>");
    p.add("<svg " + NS + "><SCRIPT>alert(1)</SCRIPT><Script>alert(1)</Script></svg>");
    p.add(
        "<svg "
            + NS
            + "><g xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></g></svg>");
    p.add("<svg " + NS + "><iframe src=\"javascript:alert(1)\"/><embed src=\"x.swf\"/></svg>");
    // event attributes, any case, any prefix
    p.add("<svg " + NS + " onload=\"alert(1)\"/>");
    p.add("<svg " + NS + " ONLOAD=\"alert(1)\" OnLoad=\"alert(1)\"/>");
    p.add(
        "<svg "
            + NS
            + " xmlns:svg=\"http://www.w3.org/2000/svg\" svg:onload=\"alert(1)\">"
            + "<image svg:onerror=\"alert(1)\" href=\"#x\"/></svg>");
    p.add(
        "<svg "
            + NS
            + "><rect width=\"9\" height=\"9\" onmouseover=\"alert(1)\" onclick=\"alert(1)\""
            + " onfocusin=\"alert(1)\" onbegin=\"alert(1)\" onactivate=\"alert(1)\"/></svg>");
    p.add("<svg " + NS + "><animate onbegin=\"alert(1)\" attributeName=\"x\" dur=\"1s\"/></svg>");
    p.add(
        "<svg "
            + NS
            + " xmlns:ev=\"http://www.w3.org/2001/xml-events\"><handler ev:event=\"load\">"
            + "alert(1)</handler><listener event=\"load\" handler=\"#h\"/></svg>");
    // javascript: links with entities, whitespace and case
    for (String href :
        List.of(
            "javascript:alert(1)",
            " javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java&#x09;script:alert(1)",
            "java&#10;script:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;&#x61;&#x76;&#x61;script:alert(1)",
            "&#x20;&#x0D;javascript:alert(1)",
            "javascript&#x3A;alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+PC9zdmc+",
            "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;",
            "//evil.example/x.svg#a",
            "https://evil.example/x.svg#a",
            "x.svg#a",
            "file:///etc/passwd")) {
      p.add("<svg " + NS + " " + XL + "><a xlink:href=\"" + href + "\"><text>x</text></a></svg>");
      p.add("<svg " + NS + "><a href=\"" + href + "\"><rect width=\"9\" height=\"9\"/></a></svg>");
      p.add("<svg " + NS + "><use href=\"" + href + "\"/></svg>");
      p.add("<svg " + NS + " " + XL + "><image xlink:href=\"" + href + "\"/></svg>");
      p.add("<svg " + NS + "><feImage href=\"" + href + "\"/></svg>");
    }
    // animation of links and event handlers
    for (String target :
        List.of(
            "href",
            "xlink:href",
            " HREF ",
            "onmouseover",
            "onclick",
            "onload",
            "ONLOAD",
            "xlink:onload",
            "style",
            "on&#x6C;oad")) {
      for (String el : List.of("set", "animate", "animateTransform")) {
        p.add(
            "<svg "
                + NS
                + " "
                + XL
                + "><a id=\"a\"><"
                + el
                + " attributeName=\""
                + target
                + "\" to=\"javascript:alert(1)\" values=\"javascript:alert(1)\""
                + " from=\"alert(1)\" begin=\"0s\" dur=\"1s\" fill=\"freeze\"/>"
                + "<text>x</text></a></svg>");
      }
    }
    p.add(
        "<svg "
            + NS
            + "><a id=\"a\"><animate attributeName=\"fill\" values=\"url(https://evil.example/p.svg#g)\""
            + " dur=\"1s\"/><set attributeName=\"fill\" to=\"url(//evil.example/p.svg#g)\"/>"
            + "<text>x</text></a></svg>");
    p.add(
        "<svg "
            + NS
            + " "
            + XL
            + "><animate xlink:href=\"#a\" attributeName=\"href\" values=\"javascript:alert(1)\"/>"
            + "<a id=\"a\"><text>x</text></a></svg>");
    p.add(
        "<svg "
            + NS
            + "><animateMotion dur=\"1s\"><mpath href=\"https://evil.example/p.svg#p\"/>"
            + "</animateMotion></svg>");
    // foreignObject and HTML inside
    p.add(
        "<svg "
            + NS
            + "><foreignObject width=\"9\" height=\"9\"><body xmlns=\"http://www.w3.org/1999/xhtml\">"
            + "<script>alert(1)</script><img src=\"x\" onerror=\"alert(1)\"/></body>"
            + "</foreignObject></svg>");
    p.add(
        "<svg "
            + NS
            + "><foreignObject><iframe xmlns=\"http://www.w3.org/1999/xhtml\""
            + " src=\"javascript:alert(1)\"/></foreignObject></svg>");
    p.add(
        "<svg "
            + NS
            + "><h:iframe xmlns:h=\"http://www.w3.org/1999/xhtml\""
            + " srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"/></svg>");
    p.add(
        "<svg "
            + NS
            + "><h:img xmlns:h=\"http://www.w3.org/1999/xhtml\" src=\"x\" onerror=\"alert(1)\"/>"
            + "<h:a href=\"javascript:alert(1)\">x</h:a></svg>");
    p.add(
        "<svg "
            + NS
            + "><switch><foreignObject requiredExtensions=\"http://www.w3.org/1999/xhtml\">"
            + "<p xmlns=\"http://www.w3.org/1999/xhtml\" onclick=\"alert(1)\">x</p>"
            + "</foreignObject><text>fallback</text></switch></svg>");
    p.add(
        "<svg "
            + NS
            + "><math xmlns=\"http://www.w3.org/1998/Math/MathML\"><maction actiontype=\"statusline\""
            + " href=\"javascript:alert(1)\">x</maction></math></svg>");
    p.add(
        "<svg "
            + NS
            + "><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\""
            + " parse=\"text\"/></svg>");
    // style sheets and style attributes
    for (String css :
        List.of(
            "@import url(https://evil.example/x.css);",
            "@import 'https://evil.example/x.css';",
            "@\\69mport url(x.css);",
            "@imp/**/ort url(x.css);",
            "rect{fill:url(https://evil.example/p.svg#g)}",
            "rect{fill:u\\72l(https://evil.example/p.svg#g)}",
            "rect{fill:url( \"https://evil.example/p.svg#g\" )}",
            "rect{background:image-set('https://evil.example/a.png' 1x)}",
            "@font-face{font-family:x;src:url(https://evil.example/f.woff)}",
            "rect{width:expression(alert(1))}",
            "rect{behavior:url(x.htc)}",
            "rect{-moz-binding:url(x.xml#xss)}",
            "rect{fill:url(javascript:alert(1))}",
            "rect{cursor:url(data:image/png;base64,AAAA),auto}",
            "</style><script>alert(1)</script><style>")) {
      p.add(
          "<svg "
              + NS
              + "><style>"
              + css.replace("<", "&lt;")
              + "</style><rect width=\"9\" height=\"9\"/></svg>");
      p.add("<svg " + NS + "><style><![CDATA[" + css + "]]></style></svg>");
      p.add(
          "<svg "
              + NS
              + "><rect width=\"9\" height=\"9\" style=\""
              + css.replace("\"", "&quot;").replace("<", "&lt;")
              + "\" fill=\"url(https://evil.example/p.svg#g)\" filter=\"url(http://evil.example/f#f)\"/></svg>");
    }
    // inline SVGs (Excalidraw's LaTeX labels) and inline fonts (its hand-drawn one)
    String hostile =
        "<svg "
            + NS
            + " onload=\"alert(1)\"><script>alert(1)</script><a href=\"javascript:alert(1)\">"
            + "<text>x</text></a><style>@import url(https://evil.example/x.css);</style>"
            + "<image href=\"https://evil.example/x.png\"/></svg>";
    String nested = hostile;
    for (int level = 0; level < 6; level++) {
      String data = inlineSvg(nested);
      p.add("<svg " + NS + "><image href=\"" + data + "\"/></svg>");
      p.add("<svg " + NS + "><use href=\"" + data + "#x\"/><feImage href=\"" + data + "\"/></svg>");
      nested =
          "<svg "
              + NS
              + "><image href=\""
              + data
              + "\"/>"
              + hostile.substring(hostile.indexOf('>') + 1);
    }
    p.add(
        "<svg "
            + NS
            + "><image href=\""
            + inlineSvg("<html><script>alert(1)</script></html>")
            + "\"/></svg>");
    for (String src :
        List.of(
            "url(data:font/woff2;base64,d09GMg==)",
            "url(data:font/woff2;base64,d09GMg==),url(https://evil.example/f.woff)",
            "url(data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "url(data:font/woff2;base64,d09GMg==)}rect{fill:url(https://evil.example/p#g)",
            "url(data:font/woff2;base64,d09GMg==\\29 ;x:url(https://evil.example/f))",
            "u\\72l(data:font/woff;base64,d09GRg==) format('woff')")) {
      p.add("<svg " + NS + "><style>@font-face{font-family:v;src:" + src + "}</style></svg>");
    }
    // CDATA and comment tricks
    p.add("<svg " + NS + "><text><![CDATA[</text><script>alert(1)</script>]]></text></svg>");
    p.add("<svg " + NS + "><!-- --><script>alert(1)</script><!-- --></svg>");
    p.add("<svg " + NS + "><text><!--</text><script>alert(1)</script>--></text></svg>");
    p.add(
        "<svg " + NS + "><title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title></svg>");
    // DOCTYPE and entity tricks
    p.add("<!DOCTYPE svg [<!ATTLIST svg onload CDATA \"alert(1)\">]><svg " + NS + "/>");
    p.add(
        "<!DOCTYPE svg [<!ATTLIST a xlink:href CDATA \"javascript:alert(1)\">]><svg "
            + NS
            + " "
            + XL
            + "><a><text>x</text></a></svg>");
    p.add(
        "<!DOCTYPE svg [<!ATTLIST svg xmlns CDATA #FIXED \"http://www.w3.org/1999/xhtml\">]>"
            + "<svg "
            + NS
            + "><script>alert(1)</script></svg>");
    p.add(
        "<!DOCTYPE svg [<!ENTITY x \"&lt;script&gt;alert(1)&lt;/script&gt;\">]><svg "
            + NS
            + ">&x;</svg>");
    p.add("<!DOCTYPE svg [<!ENTITY x \"<script>alert(1)</script>\">]><svg " + NS + ">&x;</svg>");
    p.add(
        "<!DOCTYPE svg [<!ENTITY x \"javascript:alert(1)\">]><svg "
            + NS
            + "><a href=\"&x;\"><text>x</text></a></svg>");
    p.add(
        "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><svg "
            + NS
            + "><text>&xxe;</text></svg>");
    p.add(
        "<!DOCTYPE svg [<!ENTITY % p SYSTEM \"http://evil.example/x.dtd\"> %p;]><svg " + NS + "/>");
    p.add("<!DOCTYPE svg SYSTEM \"file:///etc/passwd\"><svg " + NS + "><text>x</text></svg>");
    p.add(
        "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
            + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\"><svg "
            + NS
            + " onload=\"alert(1)\"/>");
    p.add(billionLaughs());
    p.add(quadraticBlowup());
    // processing instructions that load style sheets or XSLT
    p.add(
        "<?xml-stylesheet type=\"text/css\" href=\"https://evil.example/x.css\"?><svg "
            + NS
            + "/>");
    p.add(
        "<?xml-stylesheet type=\"text/xsl\" href=\"data:text/xml;base64,PHg+PC94Pg==\"?>"
            + "<svg "
            + NS
            + "/>");
    // not an SVG at all
    p.add("<html xmlns=\"http://www.w3.org/1999/xhtml\"><script>alert(1)</script></html>");
    p.add("<svg onload=\"alert(1)\"><script>alert(1)</script></svg>");
    p.add("<svg " + NS + "><script>alert(1)</script>");
    // other namespaces that carry links
    p.add(
        "<svg "
            + NS
            + " xml:base=\"javascript:alert(1)//\"><a href=\"#x\" target=\"_top\"><text>x</text>"
            + "</a></svg>");
    p.add("<svg " + NS + "><cursor href=\"https://evil.example/c.png\"/><tref href=\"#a\"/></svg>");
    p.add(
        "<svg "
            + NS
            + "><font-face><font-face-src><font-face-uri href=\"https://evil.example/f.svg#f\"/>"
            + "</font-face-src></font-face></svg>");
    return p.stream();
  }

  private static String inlineSvg(String svg) {
    return "data:image/svg+xml;base64,"
        + java.util.Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }

  private static String billionLaughs() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE svg [<!ENTITY l0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY l").append(i).append(" \"");
      dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return dtd + "]><svg " + NS + "><text>&l9;</text></svg>";
  }

  private static String quadraticBlowup() {
    String big = "x".repeat(100_000);
    return "<!DOCTYPE svg [<!ENTITY a \""
        + big
        + "\">]><svg "
        + NS
        + "><text>"
        + "&a;".repeat(1_000)
        + "</text></svg>";
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void payloadIsRefusedOrInert(String payload) throws Exception {
    SanitizedSvg svg;
    try {
      svg = SvgSanitizer.create().sanitize("x.svg", payload.getBytes(StandardCharsets.UTF_8));
    } catch (SvgException e) {
      assertThat(e.problem()).isNotBlank().doesNotContain("root:x:0");
      return;
    }
    String out = new String(svg.bytes(), StandardCharsets.UTF_8);
    assertInert(out);
    assertThat(out).doesNotContain("root:x:0");
  }

  private static final Pattern NOISE = Pattern.compile("[\\x00-\\x20\\x7f]+");
  private static final Pattern SAFE_URL =
      Pattern.compile("#.*|data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]*");
  private static final Pattern INLINE_SVG =
      Pattern.compile("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]*)");
  private static final List<String> LINK_ATTRIBUTES =
      List.of("href", "src", "srcdoc", "action", "formaction", "data", "base", "codebase");

  /**
   * Parses the output as a browser would (XML with namespaces) and fails on anything that runs
   * script or loads another file.
   */
  static void assertInert(String out) throws Exception {
    String lower = out.toLowerCase(Locale.ROOT);
    assertThat(lower).as(out).doesNotContain("<!", "<?", "<script", "foreignobject", "<iframe");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)));
    check(doc.getDocumentElement(), out);
  }

  private static void check(Element el, String out) throws Exception {
    String local = el.getLocalName();
    if (!"http://www.w3.org/2000/svg".equals(el.getNamespaceURI())) {
      fail("element outside the SVG namespace: " + el.getNodeName() + " in " + out);
    }
    if (List.of("script", "foreignObject", "handler", "listener", "iframe", "embed", "object")
        .contains(local)) {
      fail("script-capable element " + local + " in " + out);
    }
    NamedNodeMap attrs = el.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      String name = a.getLocalName() == null ? a.getName() : a.getLocalName();
      String value = a.getValue();
      String plain = NOISE.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
      if (a.getName().startsWith("xmlns")) {
        continue;
      }
      assertThat(name.toLowerCase(Locale.ROOT)).as(out).doesNotStartWith("on");
      assertThat(plain).as(out).doesNotContain("javascript:", "vbscript:");
      java.util.regex.Matcher svg = INLINE_SVG.matcher(NOISE.matcher(value).replaceAll(""));
      if (name.equals("href") && svg.matches()) {
        // Shown by an <image> only, as a picture; and itself inert, whatever depth.
        assertThat(local).as(out).isEqualTo("image");
        assertInert(
            new String(java.util.Base64.getDecoder().decode(svg.group(1)), StandardCharsets.UTF_8));
      } else if (LINK_ATTRIBUTES.contains(name.toLowerCase(Locale.ROOT))) {
        assertThat(NOISE.matcher(value).replaceAll("")).as(out).matches(SAFE_URL);
      } else {
        assertCssInert(plain, out);
      }
      if (name.equals("style")) {
        assertThat(value).as(out).doesNotContain("<");
      }
      if (name.equals("attributeName")) {
        String target = plain.substring(plain.indexOf(':') + 1);
        assertThat(target).as(out).doesNotStartWith("on").isNotIn("href", "style");
      }
    }
    if (local.equals("style")) {
      assertCssInert(NOISE.matcher(el.getTextContent()).replaceAll("").toLowerCase(), out);
      assertThat(el.getTextContent()).as(out).doesNotContain("<");
    }
    for (Node child = el.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        check(e, out);
      } else {
        assertThat(child.getNodeType()).as(out).isIn(Node.TEXT_NODE, Node.CDATA_SECTION_NODE);
      }
    }
  }

  /** An inline font in an {@code @font-face} rule: no file is loaded, no script run. */
  private static final Pattern INLINE_FONT =
      Pattern.compile(
          "url\\((['\"]?)data:(font/(woff2|woff|ttf|otf)|application/font-woff);base64,[a-z0-9+/=]*\\1\\)");

  private static void assertCssInert(String css, String out) {
    String plain = SvgAllowList.decodeCssEscapes(css.replaceAll("(?s)/\\*.*?\\*/", ""));
    java.util.regex.Matcher rule = Pattern.compile("@font-face\\{[^{}]*}").matcher(plain);
    StringBuilder rest = new StringBuilder();
    while (rule.find()) {
      rule.appendReplacement(
          rest,
          java.util.regex.Matcher.quoteReplacement(
              INLINE_FONT.matcher(rule.group()).replaceAll("")));
    }
    plain = rule.appendTail(rest).toString();
    assertThat(plain).as(out).doesNotContain("data:");
    assertThat(plain)
        .as(out)
        .doesNotContain("@import", "expression(", "behavior", "-moz-binding", "image-set(")
        .doesNotContainPattern("url\\((?!['\"]?#)");
  }
}
