package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note's raw HTML link to the page of a note that is not published says so, naming the note but
 * nothing of what it holds, instead of calling the page missing.
 */
class HtmlLinkToAPrivateNoteTest {
  @TempDir Path dir;

  @Test
  void anHtmlLinkToADraftsPageSaysTheNoteIsNotPublished() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("site"),
            SiteFixture.FIELD_NOTES
                + """
                -- content/essays/post.md --
                ---
                title: Post
                ---
                See <a href="plans.html">the plans</a> and <a href="Old_Plans.html">the old ones</a>.
                -- content/essays/plans.md --
                ---
                title: Secret harbour plans
                draft: true
                ---
                Avery Quinn meets the harbour master.
                -- content/essays/Old_Plans.md --
                title=Old harbour plans
                status=draft
                ~~~~~~
                Avery Quinn's old plans.
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "post.md:4:14: error: link \"plans.html\" on page essays/post.html points to the page"
                + " of essays/plans.md, a note that is not published; publish the note or remove"
                + " the link")
        .contains(
            "link \"Old_Plans.html\" on page essays/post.html points to the page of"
                + " essays/Old_Plans.md, a note that is not published")
        .doesNotContain("harbour");
  }
}
