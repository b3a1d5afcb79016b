package org.notebake.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A note's body printed on another page: {@link RelativeUrls#rebase}. */
class RelativeUrlsTest {
  private static final String POST = "blog/2020/12/p.html";

  @Test
  void theSameFolderGetsTheVeryBody() {
    String body = "<p><img src=\"../../../img/a.png\" alt=\"pic\" /></p>";
    assertThat(RelativeUrls.rebase(body, POST, "blog/2020/12/q.html")).isSameAs(body);
  }

  @Test
  void aBodyWithoutRelativeUrlsIsTheVeryBody() {
    String body = "<p>Plain <a href=\"https://example.org/\">text</a> and <em>more</em>.</p>";
    assertThat(RelativeUrls.rebase(body, POST, "index.html")).isSameAs(body);
  }

  @Test
  void everyUrlAttributeIsRebased() {
    String body =
        "<p><img src=\"../../../img/a.png\" alt=\"pic\" /> <a href=\"q.html#x\">Q</a></p>"
            + "<video src=\"clip.mp4\" poster=\"../still.jpg\"></video>"
            + "<blockquote cite=\"../../src.html\">said</blockquote>"
            + "<sup><a href=\"#fn-1\">1</a></sup>";
    assertThat(RelativeUrls.rebase(body, POST, "index.html"))
        .isEqualTo(
            "<p><img src=\"img/a.png\" alt=\"pic\"> <a href=\"blog/2020/12/q.html#x\">Q</a></p>"
                + "<video src=\"blog/2020/12/clip.mp4\" poster=\"blog/2020/still.jpg\"></video>"
                + "<blockquote cite=\"blog/src.html\">said</blockquote>"
                + "<sup><a href=\"blog/2020/12/p.html#fn-1\">1</a></sup>");
  }

  @Test
  void absoluteAndDataUrlsAndTextStayAsWritten() {
    String body =
        "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\" /> <a href=\"/img/a.png\">a</a> "
            + "<a href=\"https://example.org/x\">x</a> <code>src=\"../y.png\"</code> "
            + "<img src=\"../z.png\" alt=\"caf\u00e9 &amp; &lt;tea&gt;\" /></p>";
    assertThat(RelativeUrls.rebase(body, POST, "index.html"))
        .isEqualTo(
            "<p><img src=\"data:image/png;base64,iVBORw0KGgo=\"> <a href=\"/img/a.png\">a</a> "
                + "<a href=\"https://example.org/x\">x</a> <code>src=\"../y.png\"</code> "
                + "<img src=\"blog/2020/z.png\" alt=\"caf\u00e9 &amp; &lt;tea&gt;\"></p>");
  }

  @Test
  void eachSrcsetCandidateIsRebasedAndItsDescriptorsKept() {
    assertThat(
            RelativeUrls.srcset(
                "a-480w.webp 480w,  ../b-960w.webp 960w,\n/c.webp 2x", POST, "tags/x.html"))
        .isEqualTo("../blog/2020/12/a-480w.webp 480w,  ../blog/2020/b-960w.webp 960w,\n/c.webp 2x");
    assertThat(RelativeUrls.srcset("a.png, b.png 2x", POST, "index.html"))
        .as("a comma right after a URL ends its candidate")
        .isEqualTo("blog/2020/12/a.png, blog/2020/12/b.png 2x");
    assertThat(RelativeUrls.srcset("a.png,b.png 2x", POST, "index.html"))
        .as("without a space, a browser reads one URL with a comma in it")
        .isEqualTo("blog/2020/12/a.png,b.png 2x");
    assertThat(RelativeUrls.srcset("data:image/png;base64,AA== 1x, c.png 2x", POST, "index.html"))
        .as("a data: URL keeps its comma")
        .isEqualTo("data:image/png;base64,AA== 1x, blog/2020/12/c.png 2x");
  }

  @Test
  void aSrcsetInTheBodyIsRebased() {
    String body = "<img src=\"a.jpg\" srcset=\"a-480w.jpg 480w, a-960w.jpg 960w\" />";
    assertThat(RelativeUrls.rebase(body, POST, "index.html"))
        .isEqualTo(
            "<img src=\"blog/2020/12/a.jpg\" srcset=\"blog/2020/12/a-480w.jpg 480w,"
                + " blog/2020/12/a-960w.jpg 960w\">");
  }
}
