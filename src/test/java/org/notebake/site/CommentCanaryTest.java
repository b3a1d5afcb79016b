package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text written as a comment, in Obsidian's {@code %%} or a renderer's own syntax (Mermaid's {@code
 * %%} lines, TeX's {@code %}), reaches no byte of the site: not the page, its description, the
 * feeds, nor the backlink shown on the linked note's page.
 */
class CommentCanaryTest {
  @TempDir Path dir;

  @Test
  void commentsInLinksMathsAndDiagramsReachNoOutputByte() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- Tgt.md --
            ---
            publish: true
            ---
            The target.
            -- Links.md --
            ---
            publish: true
            ---
            See [[Tgt|label %%CANARY-01%% end]] and [[Tgt#%%CANARY-02%%]].

            [text](https://example.org/%%CANARY-03%% "title %%CANARY-04%% end")
            and [ref][r] and <https://example.org/%%CANARY-05%%>.

            [r]: https://example.org/ "t %%CANARY-06%%"
            -- Maths.md --
            ---
            publish: true
            ---
            Inline $x %%CANARY-07%% y$ maths.

            $$
            x % CANARY-08 tex comment
            $$
            -- Diagram.md --
            ---
            publish: true
            ---
            ```mermaid
            graph TD
            %% CANARY-09 mermaid comment
            A-->B
            ```
            """);
    SiteFixture.Result r = site.bake();
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything()).doesNotContain("CANARY");
    assertThat(r.err()).doesNotContain("CANARY");
    assertThat(site.read("tgt.html")).contains("<p>See label end and Tgt.</p>");
  }
}
