package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.notebake.privacy.PositionMapper.Position;

class PositionMapperTest {

  @Test
  void findsLineAndColumnOfFirstOccurrence() {
    assertThat(PositionMapper.locate("one\ntwo 912\n912", "912")).contains(new Position(2, 5));
  }

  @Test
  void whitespaceMayDifferBetweenRenderedTextAndSource() {
    String source = "title\n\t- call\t912 555\n    0142 now";

    assertThat(PositionMapper.locate(source, "912 555 0142")).contains(new Position(2, 9));
  }

  @Test
  void missingMatchGivesEmpty() {
    assertThat(PositionMapper.locate("abc", "912")).isEmpty();
    assertThat(PositionMapper.locate("abc", "  ")).isEmpty();
  }

  @Test
  void inlineMarkupBetweenCharsIsSkippedOnlyWhenAsked() {
    String source = "intro\ncall `912` **555** 0142 now";

    assertThat(PositionMapper.locate(source, "912 555 0142")).isEmpty();
    assertThat(PositionMapper.locateIgnoringMarkup(source, "912 555 0142"))
        .contains(new Position(2, 7));
    assertThat(PositionMapper.locateIgnoringMarkup(source, "912 556")).isEmpty();
  }

  @Test
  void mathsDelimitersAndTexBetweenCharsAreSkipped() {
    String source = "intro\ncall $912\\,555$ 0142, or $\\text{912}\\hspace{1em}555$ 0143";

    assertThat(PositionMapper.locateIgnoringMarkup(source, "912 555 0142"))
        .contains(new Position(2, 7));
    assertThat(PositionMapper.locateIgnoringMarkup(source, "912 555 0143"))
        .contains(new Position(2, 33));
  }
}
