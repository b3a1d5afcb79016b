package org.notebake.privacy.gate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonHtmlTest {
  @Test
  void aStringHoldingHtmlIsTakenOutDecodedAndTheRestStays() {
    JsonHtml json =
        JsonHtml.split(
            "{\"html\": \"\\u003cp class=\\\"a\\\">&lt;b&gt;\\/</p>\", \"id\": \"x < 2\"}");
    assertThat(json.html()).containsExactly("<p class=\"a\">&lt;b&gt;/</p>");
    assertThat(json.rest()).isEqualTo("{\"html\": \"\", \"id\": \"x < 2\"}");
  }

  @Test
  void aStringLeftOpenLeavesTheWholeTextAsCode() {
    String text = "{\"html\": \"<p>a</p>\", \"u\": \"https://alice:hunter2@example.org/";
    JsonHtml json = JsonHtml.split(text);
    assertThat(json.html()).isEmpty();
    assertThat(json.rest()).isEqualTo(text);
  }

  @Test
  void anEscapeJsonDoesNotHaveLeavesTheStringAsCode() {
    String text = "[\"<p>\\x40</p>\"]";
    assertThat(JsonHtml.split(text).rest()).isEqualTo(text);
  }
}
