package org.notebake.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.notebake.publish.DraftPreview;

/**
 * A serve killed with kill -9 leaves its preview folder (drafts' pages included) in the temporary
 * folder; the next serve removes it, and nothing else.
 */
class LeftPreviewsTest {
  @TempDir Path temporary;

  private Path preview(String name, String marker) throws Exception {
    Path folder = Files.createDirectories(temporary.resolve(name));
    Files.createDirectories(folder.resolve("site/daily"));
    Files.writeString(folder.resolve("site/daily/2025-07-01.html"), "<p>a draft's page</p>");
    if (marker != null) {
      Files.writeString(folder.resolve(DraftPreview.MARKER), marker);
    }
    return folder;
  }

  private static String markerOf(ProcessHandle process) {
    return "a local preview's site; deleted when it stops\npid="
        + process.pid()
        + "\nstarted="
        + process.info().startInstant().orElseThrow()
        + "\n";
  }

  @Test
  void theFolderOfAServeThatNoLongerRunsGoesAndEveryOtherStays() throws Exception {
    Process finished = new ProcessBuilder("true").start();
    String deadMarker = markerOf(finished.toHandle());
    finished.waitFor();
    ProcessHandle self = ProcessHandle.current();

    Path own = preview("notebake-serve-own", markerOf(self));
    Path dead = preview("notebake-serve-dead", deadMarker);
    Path running = preview("notebake-serve-running", markerOf(self));
    Path reused = // the id is alive, but it is another process now
        preview("notebake-serve-reused", "pid=" + self.pid() + "\nstarted=2001-01-01T00:00:00Z\n");
    Path older = preview("notebake-serve-older", "a local preview's site; deleted when it stops\n");
    Path unmarked = preview("notebake-serve-unmarked", null);
    Path elsewhere = preview("mine", deadMarker);
    Path link = Files.createSymbolicLink(temporary.resolve("notebake-serve-link"), elsewhere);

    List<Path> removed = LeftPreviews.removeDead(own);

    assertThat(removed).containsExactlyInAnyOrder(dead, reused);
    assertThat(dead).doesNotExist();
    assertThat(reused).doesNotExist();
    for (Path kept : List.of(own, running, older, unmarked, elsewhere)) {
      assertThat(kept.resolve("site/daily/2025-07-01.html")).as(kept.toString()).exists();
    }
    assertThat(link).isSymbolicLink();
  }

  @Test
  void aNewPreviewFolderNamesItsProcessInItsMarker() throws Exception {
    Path root = DraftPreview.createRoot();
    try {
      assertThat(Files.readString(root.resolve(DraftPreview.MARKER)))
          .contains("pid=" + ProcessHandle.current().pid() + "\n")
          .containsPattern("started=\\d{4}-");
    } finally {
      org.notebake.site.output.MarkedTree.delete(root, DraftPreview.MARKER);
    }
  }
}
