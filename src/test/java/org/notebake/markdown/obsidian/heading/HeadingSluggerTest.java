package org.notebake.markdown.obsidian.heading;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Heading;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class HeadingSluggerTest {

  @Test
  void slugIsLowercaseWithSpacesAsDashesAndPunctuationDropped() {
    assertThat(new HeadingSlugger().slug("Kyoto: Temples & Gardens!"))
        .isEqualTo("kyoto-temples--gardens");
  }

  @Test
  void unicodeLettersAndMarksAreKept() {
    assertThat(new HeadingSlugger().slug("Ça va, 東京?")).isEqualTo("ça-va-東京");
  }

  @Test
  void repeatedHeadingsGetNumberedSuffixes() {
    HeadingSlugger slugger = new HeadingSlugger();

    assertThat(slugger.slug("Intro")).isEqualTo("intro");
    assertThat(slugger.slug("Intro")).isEqualTo("intro-1");
    assertThat(slugger.slug("Intro-1")).isEqualTo("intro-1-1");
    assertThat(slugger.slug("Intro")).isEqualTo("intro-2");
  }

  @Test
  void eachSluggerStartsFresh() {
    new HeadingSlugger().slug("Intro");

    assertThat(new HeadingSlugger().slug("Intro")).isEqualTo("intro");
  }

  @Test
  void baseSlugMatchesTheIdOfAParsedHeading() {
    Heading heading =
        (Heading) Parser.builder().build().parse("## The *quick* `fox`").getFirstChild();

    assertThat(new HeadingSlugger().slug(heading))
        .isEqualTo(HeadingSlugger.baseSlug("The quick fox"));
  }
}
