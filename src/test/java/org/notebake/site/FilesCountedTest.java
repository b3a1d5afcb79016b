package org.notebake.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "baked N files" counts the files the site holds: a photo published as its sizes counts as those
 * files, not also as its original (which a bake claims a path for but never writes). The report
 * counted one file more for each photo: 6,483 for a site of 5,781 files.
 */
class FilesCountedTest {
  @TempDir Path dir;

  @Test
  void theSummaryCountsTheFilesTheSiteHolds() throws Exception {
    SiteFixture site =
        SiteFixture.of(
            dir.resolve("vault"),
            """
            -- jbake.properties --
            publish.folders=notes
            -- content/notes/a.md --
            ---
            title: A walk
            ---
            ![[walk.jpg|The canal at dusk]]
            """);
    Files.write(
        site.root().resolve("content/notes/walk.jpg"),
        org.notebake.gallery.PhotoFixtures.jpegWithEverything(1));
    Path out = dir.resolve("site");

    for (int bake = 0; bake < 2; bake++) { // the first bake swaps, the second updates in place
      SiteFixture.Result r =
          SiteFixture.run("bake", "--source", site.root().toString(), "--output", out.toString());
      assertThat(r.exitCode()).as(r.toString()).isZero();
      Matcher baked = Pattern.compile("baked (\\d+) files").matcher(r.toString());
      assertThat(baked.find()).as(r.toString()).isTrue();
      long onDisk;
      try (Stream<Path> files = Files.walk(out)) {
        onDisk =
            files
                .filter(Files::isRegularFile)
                .filter(p -> !p.getFileName().toString().equals(".notebake-output"))
                .count();
      }
      assertThat(Integer.parseInt(baked.group(1))).as(r.toString()).isEqualTo(onDisk);
    }
  }
}
