package org.notebake.privacy.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A JSON text split for the privacy scan: the HTML its string values hold (a JSON Feed's {@code
 * content_html}), to be read as a page reads it, with references decoded, and the rest of the text,
 * to be read whole as code, as before. {@code &lt;password&gt;@github.com} in a feed's HTML is then
 * the same text a page shows, {@code <password>@github.com}, and not a URL's userinfo.
 *
 * <pre>{@code
 * JsonHtml json = JsonHtml.split("{\"content_html\": \"<p>Hi</p>\", \"id\": \"a\"}");
 * json.html(); // ["<p>Hi</p>"]
 * json.rest(); // {"content_html": "", "id": "a"}
 * }</pre>
 *
 * <p>A text that is not well-formed JSON (a string left open) is all rest.
 */
record JsonHtml(String rest, List<String> html) {
  /** A tag, a closing tag, or a comment or doctype: what makes a string HTML rather than text. */
  private static final Pattern TAG = Pattern.compile("<[A-Za-z/!]");

  JsonHtml {
    html = List.copyOf(html);
  }

  static JsonHtml split(String json) {
    StringBuilder rest = new StringBuilder(json.length());
    List<String> html = new ArrayList<>();
    int i = 0;
    while (i < json.length()) {
      int open = json.indexOf('"', i);
      if (open < 0) {
        break;
      }
      int close = closingQuote(json, open + 1);
      if (close < 0) {
        return new JsonHtml(json, List.of());
      }
      rest.append(json, i, open);
      String value = unescape(json, open + 1, close);
      if (value != null && TAG.matcher(value).find()) {
        html.add(value);
        rest.append("\"\"");
      } else {
        rest.append(json, open, close + 1);
      }
      i = close + 1;
    }
    rest.append(json, Math.min(i, json.length()), json.length());
    return new JsonHtml(rest.toString(), html);
  }

  private static int closingQuote(String json, int from) {
    for (int i = from; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  /** The string's value, or null if it holds an escape JSON does not have (it is then code). */
  private static String unescape(String json, int start, int end) {
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = json.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 >= end) {
            return null;
          }
          try {
            out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          } catch (NumberFormatException notHex) {
            return null;
          }
          i += 4;
        }
        default -> {
          return null;
        }
      }
    }
    return out.toString();
  }
}
