package org.notebake.markdown.obsidian.callout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.notebake.markdown.obsidian.comment.CommentExtension;

class CalloutNodeTest {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(CommentExtension.create(), CalloutExtension.create()))
          .build();

  private static Callout parse(String markdown) {
    return (Callout) PARSER.parse(markdown).getFirstChild();
  }

  @Test
  void typeIsLowercasedAndAliasKept() {
    assertThat(parse("> [!FAQ]- Why?").type()).isEqualTo("faq");
  }

  @Test
  void foldMarkersMapToFold() {
    assertThat(parse("> [!faq]- Why?").fold()).isEqualTo(Callout.Fold.CLOSED);
    assertThat(parse("> [!faq]+ Why?").fold()).isEqualTo(Callout.Fold.OPEN);
    assertThat(parse("> [!faq] Why?").fold()).isEqualTo(Callout.Fold.NONE);
  }

  @Test
  void titleIsThePlainTextOfTheCustomTitle() {
    assertThat(parse("> [!tip] Use *this* `tool`").title()).isEqualTo("Use this tool");
  }

  @Test
  void titleIsNullWithoutCustomTitle() {
    assertThat(parse("> [!tip]\n> body").title()).isNull();
  }

  @Test
  void commentInTheTitleIsNotPartOfTheTitle() {
    assertThat(parse("> [!tip] Visible %%912 555 0142%%").title()).isEqualTo("Visible ");
  }

  @Test
  void metadataAfterAPipeIsNotPartOfTheType() {
    assertThat(parse("> [!Tip|wide] Title").type()).isEqualTo("tip");
  }

  @Test
  void typesMayBeWrittenInAnyScript() {
    assertThat(parse("> [!Privé]").type()).isEqualTo("privé");
  }

  @Test
  void lazyLinesBecomeAParagraphInTheCallout() {
    Callout callout = parse("> [!tip] Title\nlazy one\nlazy two");
    assertThat(callout.getLastChild()).isInstanceOf(org.commonmark.node.Paragraph.class);
    assertThat(callout.getNext()).isNull();
  }

  @Test
  void aBlockQuoteWithOnlyBlankLinesBeforeTheMarkerIsACallout() {
    assertThat(parse(">\n>\n> [!faq]- Why?\n> body").fold()).isEqualTo(Callout.Fold.CLOSED);
  }
}
