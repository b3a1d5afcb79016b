package org.notebake.markdown.obsidian.wikilink.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkDestinationTest {

  @Test
  void percentEscapesAreDecodedAsUtf8() {
    assertThat(LinkDestination.parse("Caf%C3%A9%20Notes.md"))
        .isEqualTo(new LinkDestination("Café Notes.md", null));
  }

  @Test
  void fragmentIsSplitOffAndDecoded() {
    assertThat(LinkDestination.parse("Other%20Note.md#Some%20Heading"))
        .isEqualTo(new LinkDestination("Other Note.md", "Some Heading"));
  }

  /** Real content (a Hugo blog's cache-busting {@code cat.png?v=2}): the query names no file. */
  @Test
  void aQueryIsNoPartOfTheTarget() {
    assertThat(LinkDestination.parse("/img/cat.png?"))
        .isEqualTo(new LinkDestination("/img/cat.png", null));
    assertThat(LinkDestination.parse("img/cat.png?v=2#top"))
        .isEqualTo(new LinkDestination("img/cat.png", "top"));
    assertThat(LinkDestination.parse("what%3F.png"))
        .isEqualTo(new LinkDestination("what?.png", null));
  }

  @Test
  void blanksAroundATargetAreDropped() {
    // k78ma/quartz: ![ 500](Pasted%20image%2020230801144947.png%20)
    assertThat(LinkDestination.parse("Pasted%20image%2020230801144947.png%20"))
        .isEqualTo(new LinkDestination("Pasted image 20230801144947.png", null));
    assertThat(LinkDestination.parse("%20a%20b.md%20#Intro"))
        .isEqualTo(new LinkDestination("a b.md", "Intro"));
  }

  @Test
  void sameNoteFragmentHasEmptyTarget() {
    assertThat(LinkDestination.parse("#^block-1")).isEqualTo(new LinkDestination("", "^block-1"));
  }

  @Test
  void malformedEscapesAndPlusSignsStayAsWritten() {
    assertThat(LinkDestination.decode("100%25 a+b %zz %4")).isEqualTo("100% a+b %zz %4");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"https://example.org", "mailto:ana@example.org", "//example.org/x", "tel:+1", ""})
  void destinationsLeavingTheVaultAreNotParsed(String destination) {
    assertThat(LinkDestination.parse(destination)).isNull();
  }
}
