package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.vault.GitDatesTest;

/**
 * A note that names no date is dated by the commit that added it, not by its file's time, which is
 * the day of the clone on a fresh checkout or in CI (a real Italian vault's 87 notes were all "8
 * December 2026").
 */
class GitDatedNotesTest {
  @TempDir Path dir;

  @Test
  void anUndatedNoteInARepositoryHasItsFirstCommitsDateWhateverItsFileTime() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("repo"),
            SiteFixture.FIELD_NOTES
                + """
                -- content/essays/undated.md --
                ---
                title: Undated
                ---
                Hello.
                -- content/essays/dated.md --
                ---
                title: Dated
                date: 2019-03-04
                ---
                Hello.
                -- content/essays/2018-07-01 Daily.md --
                ---
                title: Daily
                ---
                Hello.
                """);
    GitDatesTest.git(site.root(), null, "init", "-q");
    GitDatesTest.git(site.root(), "2020-01-02T12:00:00Z", "add", "-A");
    GitDatesTest.git(site.root(), "2020-01-02T12:00:00Z", "commit", "-q", "-m", "notes");
    Files.setLastModifiedTime(
        site.root().resolve("content/essays/undated.md"),
        FileTime.from(Instant.parse("2026-12-08T00:00:00Z")));
    Files.writeString(
        site.root().resolve("content/essays/new.md"), "---\ntitle: New\n---\nNot committed.\n");
    Files.setLastModifiedTime(
        site.root().resolve("content/essays/new.md"),
        FileTime.from(Instant.parse("2024-06-07T12:00:00Z")));

    SiteFixture.Result r = site.bake();

    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(site.read("essays/undated.html")).contains("datetime=\"2020-01-02");
    assertThat(site.read("essays/dated.html")).contains("datetime=\"2019-03-04");
    assertThat(site.read("essays/2018-07-01-daily.html")).contains("datetime=\"2018-07-01");
    assertThat(site.read("essays/new.html")).contains("datetime=\"2024-06-07");
  }
}
