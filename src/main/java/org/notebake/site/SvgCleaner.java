package org.notebake.site;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * An SVG served from the site's own origin can run script when opened directly, so published SVGs
 * lose {@code <script>}, {@code <foreignObject>}, event handlers, and links to anything but
 * fragments and http(s); metadata elements go too.
 */
final class SvgCleaner {
  private SvgCleaner() {}

  static byte[] clean(String svg) {
    Document doc = Jsoup.parse(svg, "", Parser.xmlParser());
    doc.outputSettings().prettyPrint(false);
    doc.select("script, foreignObject, metadata, iframe, embed, object, handler, listener")
        .remove();
    for (Element el : doc.getAllElements()) {
      for (Attribute attr : el.attributes().asList()) {
        String key = attr.getKey().toLowerCase(java.util.Locale.ROOT);
        String value = attr.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        boolean link = key.equals("href") || key.endsWith(":href");
        if (key.startsWith("on")
            || (link
                && !(value.startsWith("#")
                    || value.startsWith("http://")
                    || value.startsWith("https://")))
            || value.contains("javascript:")) {
          el.removeAttr(attr.getKey());
        }
      }
    }
    return doc.outerHtml().getBytes(StandardCharsets.UTF_8);
  }
}
