package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Red team: a project's {@code repo:} and {@code url:} went into the built-in theme's links as
 * written, so {@code javascript://github.com/avery/project/%0Adocument.title=...}, shown as a
 * GitHub address, ran when clicked. Only a link's schemes reach the page; an address written
 * without its scheme, as a repository often is, is a web address.
 */
class ProjectLinksTest {
  @TempDir Path dir;

  @Test
  void aProjectsLinksAreWebAddresses() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            site.host=https://avery.example.org/
            site.title=Avery Quinn
            publish.folders=projects
            type.folders=projects:project
            -- content/projects/p.md --
            ---
            title: Hostile
            repo: "javascript://github.com/avery/project/%0Adocument.title='PWNED-REPO'"
            url: " JaVa\\tScRiPt:document.title='PWNED-URL'"
            ---
            A project.
            -- content/projects/q.md --
            ---
            title: Plain
            repo: github.com/avery/signals
            url: https://signals.example.org/
            ---
            Another.
            """);

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.everything()).doesNotContain("PWNED").doesNotContainIgnoringCase("javascript:");
    assertThat(r.err())
        .contains("content/projects/p.md:3:1: warning: repo is no web address")
        .contains("content/projects/p.md:4:1: warning: url is no web address");
    assertThat(site.read("projects/q.html"))
        .contains("href=\"https://github.com/avery/signals\"")
        .contains("href=\"https://signals.example.org/\"");
  }
}
