package org.notebake.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Cleans an HTML file published as a file of its own (a JBake site's {@code demo/index.htm}, which
 * JBake copies as it is): its body goes through the notes' allow-list ({@link NoteHtmlSanitizer}),
 * so it runs no script, loads no frame and hides nothing; its title stays; the rest of its head
 * goes. The same input gives the same bytes.
 *
 * <pre>{@code
 * HtmlFileSanitizer.Cleaned page =
 *     new HtmlFileSanitizer().clean("<title>Demo</title><p onclick=x()>Hi</p><script>x()</script>"
 *         .getBytes(UTF_8));
 * page.bytes();   // <!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Demo</title></head><body><p>Hi</p></body></html>\n
 * page.removed(); // [<script>, on*= attributes]
 * }</pre>
 */
public final class HtmlFileSanitizer {
  private final NoteHtmlSanitizer body = new NoteHtmlSanitizer();

  /**
   * @param bytes the cleaned file, UTF-8
   * @param removed what it held that makes a page run, load or look otherwise, for a warning
   */
  public record Cleaned(byte[] bytes, List<String> removed) {
    public Cleaned {
      bytes = bytes.clone();
      removed = List.copyOf(removed);
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }
  }

  /** What is named when found; the allow-list removes more (it keeps only what it names). */
  private static final List<String[]> NAMED =
      List.of(
          new String[] {"script", "<script>"},
          new String[] {"[^on]", "on*= attributes"},
          new String[] {"a[href~=(?i)^\\s*javascript:]", "javascript: links"},
          new String[] {"iframe, frame, frameset, object, embed, applet", "frames and objects"},
          new String[] {"form, input, button, select, textarea", "forms"},
          new String[] {"style, link[rel~=(?i)stylesheet], [style]", "styles"},
          new String[] {"base, meta[http-equiv]", "<base> and <meta http-equiv>"});

  public Cleaned clean(byte[] bytes) {
    Document page;
    try {
      // The charset its <meta> names, else UTF-8, as a browser reads a file without headers.
      page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array cannot fail to be read
    }
    List<String> removed = new ArrayList<>();
    for (String[] named : NAMED) {
      if (!page.select(named[0]).isEmpty()) {
        removed.add(named[1]);
      }
    }
    Document out = Document.createShell("");
    out.outputSettings()
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base)
        .prettyPrint(false);
    String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
    if (lang.matches("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")) {
      out.selectFirst("html").attr("lang", lang);
    }
    Element head = out.head();
    head.appendElement("meta").attr("charset", "utf-8");
    if (!page.title().isBlank()) {
      head.appendElement("title").text(page.title());
    }
    out.body().html(body.clean(page.body().html()));
    String html = "<!DOCTYPE html>\n" + out.selectFirst("html").outerHtml() + "\n";
    return new Cleaned(html.getBytes(StandardCharsets.UTF_8), removed);
  }
}
