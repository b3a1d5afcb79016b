package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class CharacterReferencesTest {
  @Test
  void decodesXmlReferencesAndNumericOnes() {
    assertThat(CharacterReferences.decode("&lt;p&gt;Tom &amp; &quot;Jerry&quot;&#x2026;&lt;/p&gt;"))
        .isEqualTo("<p>Tom & \"Jerry\"…</p>");
    assertThat(CharacterReferences.decode("it&apos;s &#57;&#49;&#50; &#X1F600;"))
        .isEqualTo("it's 912 \uD83D\uDE00");
  }

  @Test
  void textWithoutReferencesIsReturnedAsIs() {
    String text = "Tom & Jerry, 5 &6, a&& b &;";
    assertThat(CharacterReferences.decode(text)).isEqualTo(Parser.unescapeEntities(text, false));
    assertThat(CharacterReferences.decode("plain")).isSameAs("plain");
  }

  @Test
  void everythingElseIsDecodedExactlyAsJsoupDoes() {
    for (String text :
        List.of(
            "&nbsp;&copy;&hellip;",
            "&lt &amp x",
            "&#0; &#128; &#x9f; &#xD800; &#x110000; &#99999999;",
            "&#; &#x; &#12a; &#x12g;",
            "&LT;&AMP;",
            "caf&eacute; &notin; &notit;")) {
      assertThat(CharacterReferences.decode(text))
          .as(text)
          .isEqualTo(Parser.unescapeEntities(text, false));
    }
  }

  @Test
  void agreesWithJsoupOnRandomText() {
    String[] parts = {
      "&",
      "#",
      "x",
      "X",
      ";",
      "a",
      "lt",
      "gt",
      "amp",
      "quot",
      "apos",
      "nbsp",
      "0",
      "1",
      "9",
      "41",
      "2026",
      "F",
      "g",
      " ",
      "<",
      "é",
      "\uD83D\uDE00",
      "&lt;",
      "&#",
      "&#x"
    };
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        text.append(parts[random.nextInt(parts.length)]);
      }
      String s = text.toString();
      assertThat(CharacterReferences.decode(s)).as(s).isEqualTo(Parser.unescapeEntities(s, false));
    }
  }
}
