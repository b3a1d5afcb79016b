package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A note named after an address was published as {@code avery.quinn-example.org.html}: the slug
 * turned its {@code @} into {@code -}, and no scan read an address in the page's path (found by an
 * attack on the privacy gate).
 */
class NoteAddressPrivacyTest {
  @TempDir Path dir;

  private static final String SITE =
      """
      -- jbake.properties --
      site.host=https://avery.example.org/
      site.title=Field notes
      site.author=Avery Quinn
      publish.folders=.
      """;

  @Test
  void anAddressInAFileNameOrSlugIsFoundThoughTheSlugDropsItsAt() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("named"),
            SITE
                + """
                -- people/avery.quinn@example.org.md --
                ---
                title: Contact
                ---
                Hello.
                -- about.md --
                ---
                title: About
                slug: jo+notes@example.org
                ---
                Hi.
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err())
        .contains(
            "people/avery.quinn@example.org.md:1: error: email address \"av***@example.org\" would"
                + " be published from its file name")
        .containsPattern("about\\.md:3:\\d+: error: email address \"jo\\*\\*\\*@example\\.org\"");
    assertThat(Files.exists(site.output())).isFalse();
  }

  /** Daily notes, Zettelkasten ids and meeting times in names are no phone numbers. */
  @Test
  void datesAndIdsInFileNamesAreNoFindings() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("dated"),
            SITE
                + """
                -- daily/2025-07-01.md --
                Walked.
                -- zettel/202401151230 Fleeting idea.md --
                An idea.
                -- meetings/Meeting 2024-03-12 10-30.md --
                Notes.
                -- permalinked.md --
                ---
                permalink: /work/2025/07/01/
                ---
                A page.
                """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.err()).doesNotContain("would be published");
  }
}
