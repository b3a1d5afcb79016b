package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link to no note suggests a name only when it is close: in a 13,000-note garden, 706 of them had
 * nothing in common with the link ({@code [[UK]]}: "did you mean Ck?", {@code [[MySQL]]}: "MSIL",
 * {@code [[虚树]]}: "Ck").
 */
class LinkSuggestionsTest {
  @TempDir Path dir;

  @Test
  void aSuggestionIsAMisspellingNotAnotherShortName() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.title=Notes
            site.author=Avery Quinn
            publish.folders=.
            -- Ck.md --
            c
            -- MSIL.md --
            m
            -- Signals lost.md --
            s
            -- Links.md --
            [[UK]], [[MySQL]], [[虚树]] and [[Signal lost]].
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.err())
        .contains("wikilink target \"UK\" matches no published note; create the note")
        .contains("wikilink target \"MySQL\" matches no published note; create the note")
        .contains("wikilink target \"虚树\" matches no published note; create the note")
        .contains(
            "wikilink target \"Signal lost\" matches no published note; did you mean \"Signals"
                + " lost\"?");
  }
}
