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

  /**
   * The marker of a process that ran and is gone (stopped here: "true" may end before it is read).
   */
  private static String deadProcessMarker() throws Exception {
    Process finished = new ProcessBuilder("sleep", "60").start();
    String marker = markerOf(finished.toHandle());
    finished.destroyForcibly().waitFor();
    return marker;
  }

  @Test
  void theFolderOfAServeThatNoLongerRunsGoesAndEveryOtherStays() throws Exception {
    String deadMarker = deadProcessMarker();
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

  /**
   * What "live" means: a serve whose marker is locked. Its id may be no process here (a serve in a
   * container sharing /tmp has ids of its own namespace), or its start may read otherwise now (the
   * clock was set since it started): neither makes its folder a dead serve's.
   */
  @Test
  void aServeStillHoldingItsMarkerIsLiveWhateverItsIdAndStartSay() throws Exception {
    String deadMarker = deadProcessMarker();
    ProcessHandle self = ProcessHandle.current();
    Path own = preview("notebake-serve-own", markerOf(self));
    Path namespaced = preview("notebake-serve-namespaced", deadMarker);
    Path clockSet =
        preview("notebake-serve-clock", "pid=" + self.pid() + "\nstarted=2001-01-01T00:00:00Z\n");
    Path holder = temporary.resolve("Hold.java");
    Files.writeString(
        holder,
        """
        import java.nio.channels.FileChannel;
        import java.nio.file.*;
        class Hold {
          public static void main(String[] markers) throws Exception {
            for (String marker : markers) {
              FileChannel.open(Path.of(marker), StandardOpenOption.WRITE).lock();
            }
            System.out.println("held");
            System.in.read();
          }
        }
        """);
    Process serve = // another process, as a live serve is
        new ProcessBuilder(
                self.info().command().orElse("java"),
                holder.toString(),
                namespaced.resolve(DraftPreview.MARKER).toString(),
                clockSet.resolve(DraftPreview.MARKER).toString())
            .redirectErrorStream(true)
            .start();
    try {
      assertThat(new String(serve.getInputStream().readNBytes(4))).isEqualTo("held");

      List<Path> removed = LeftPreviews.removeDead(own);

      assertThat(removed).isEmpty();
      assertThat(namespaced.resolve("site/daily/2025-07-01.html")).exists();
      assertThat(clockSet.resolve("site/daily/2025-07-01.html")).exists();
    } finally {
      serve.destroyForcibly().waitFor();
    }
    assertThat(LeftPreviews.removeDead(own)).containsExactlyInAnyOrder(namespaced, clockSet);
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
