package org.notebake.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiveReloadTest {
  @Test
  void scriptGoesBeforeTheLastBodyEnd() {
    String page = LiveReload.inject("<p>&lt;/body&gt;</p></BODY></html>", List.of(), false);
    assertTrue(
        page.startsWith(
            "<p>&lt;/body&gt;</p><script src=\"/__notebake/reload.js\" data-notebake-serve>"),
        page);
    assertTrue(page.endsWith("</BODY></html>"), page);
  }

  @Test
  void pageWithoutBodyGetsTheScriptAtItsEnd() {
    assertTrue(LiveReload.inject("<p>x", List.of(), false).endsWith("</script>"));
  }

  @Test
  void errorMessagesAreTextNeverMarkup() {
    String page =
        LiveReload.inject(
            "<body></body>",
            List.of("a.md:3: error: link \"<img src=x onerror=alert(1)>\" matches no note"),
            false);
    assertFalse(page.contains("<img"), page);
    assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), page);
  }

  @Test
  void bannerOnlyOnDrafts() {
    assertTrue(LiveReload.inject("<body></body>", List.of(), true).contains("not published"));
    assertFalse(LiveReload.inject("<body></body>", List.of(), false).contains("not published"));
  }

  /**
   * The script goes right before the last {@code </body>} in any case, also after a letter whose
   * lower case is longer (U+0130 becomes two chars: lowercasing the page first shifted the index).
   */
  @Test
  void theScriptGoesBeforeTheLastBodyEndWhateverPrecedesIt() {
    String page =
        LiveReload.inject("<body><p>\u0130stanbul \u0130\u0130\u0130</p></BODY>", List.of(), false);
    assertTrue(page.endsWith("></script></BODY>"), page);
    assertTrue(page.startsWith("<body><p>\u0130stanbul \u0130\u0130\u0130</p><script"), page);
    assertEquals(-1, LiveReload.lastBodyEnd("<body><p>no end</p>"));
    assertEquals(0, LiveReload.lastBodyEnd("</bOdY>"));
    assertEquals(14, LiveReload.lastBodyEnd("</body></body></body>".substring(0, 21)));
  }

  @Test
  void errorEventIsAJsonArray() {
    assertEquals(
        "[\"a \\\"b\\\" \\\\ \\u000a\",\"c\"]",
        ServeSession.jsonArray(List.of("a \"b\" \\ \n", "c")));
  }
}
