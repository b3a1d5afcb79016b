package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelfClosingTagsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "<iframe src=\"https://example.org/\" />|<iframe src=\"https://example.org/\"></iframe>",
        "<Div/>|<Div></Div>",
        "<x-card data-a='1/>2' hidden />|<x-card data-a='1/>2' hidden></x-card>",
        "<svg><path d=\"M0 0\"/></svg>|<svg><path d=\"M0 0\"></path></svg>",
        "a <span class=\"k\"/> b <em/>|a <span class=\"k\"></span> b <em></em>",
        // Void elements keep their slash; an unquoted value ending in "/" is not self-closing.
        "<br/><img src=\"a.png\" /><HR/>|<br/><img src=\"a.png\" /><HR/>",
        "<div a=b/>|<div a=b/>",
        "<div>text</div>|<div>text</div>",
        "<!-- <p/> -->|<!-- <p></p> -->",
        "< div/>|< div/>",
      })
  void closesWhatIsNotVoid(String html, String expected) {
    assertThat(SelfClosingTags.close(html)).isEqualTo(expected);
  }

  @Test
  void longTagsThatDoNotMatchFailQuickly() {
    String[] attacks = {
      "<div" + " a".repeat(200_000) + " /",
      "<div" + " a=\"b\"".repeat(100_000) + " / >",
      "<div a='" + "x".repeat(300_000) + "/>",
      "<a/>".repeat(100_000),
      "<" + "a".repeat(300_000) + " " + "/".repeat(1000) + ">",
    };
    assertTimeoutPreemptively(
        Duration.ofSeconds(20),
        () -> {
          for (String attack : attacks) {
            String closed = SelfClosingTags.close(attack);
            if (attack.startsWith("<a/>")) {
              assertThat(closed).hasSize(attack.length() * 7 / 4);
            } else {
              assertThat(closed).isEqualTo(attack);
            }
          }
        });
  }
}
