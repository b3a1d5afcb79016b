package org.notebake.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {
  private final StringWriter text = new StringWriter();
  private long now = -5_000_000_000L; // nanoTime may be negative

  private ProgressDisplay display(boolean terminal) {
    return new ProgressDisplay(new PrintWriter(text), terminal, () -> now);
  }

  @Test
  void terminalRedrawsOneLinePerStageAtMostTenTimesASecond() {
    ProgressDisplay display = display(true);
    Progress.Counter counter = display.start("markdown", 1000);
    for (int i = 0; i < 1000; i++) {
      now += 1_000_000; // 1 ms an item: one redraw every 100 items
      counter.step();
    }
    String shown = text.toString();
    assertTrue(shown.startsWith("\rmarkdown      0/1000 [......"), shown);
    assertTrue(shown.endsWith("\rmarkdown   1000/1000 [" + "#".repeat(30) + "] 100%\n"), shown);
    long redraws = shown.chars().filter(c -> c == '\r').count();
    assertTrue(redraws >= 10 && redraws <= 12, redraws + " redraws");
    assertEquals(1, shown.chars().filter(c -> c == '\n').count(), "one line for the stage");
  }

  @Test
  void countsReportedOutOfOrderNeverGoBack() {
    ProgressDisplay display = display(true);
    display.report("templates", 0, 10);
    now += 200_000_000;
    display.report("templates", 7, 10);
    now += 200_000_000;
    display.report("templates", 5, 10);
    assertTrue(!text.toString().contains(" 5/10"), text.toString());
  }

  @Test
  void logGetsOnePlainLineForALongStageOnly() {
    ProgressDisplay display = display(false);
    Progress.Counter small = display.start("images", 3);
    now += 5_000_000_000L;
    for (int i = 0; i < 3; i++) {
      small.step();
    }
    Progress.Counter big = display.start("markdown", 500);
    for (int i = 0; i < 500; i++) {
      now += 4_000_000;
      big.step();
    }
    assertEquals("notebake: markdown 500/500 in 2.0 s\n", text.toString().replace("\r\n", "\n"));
  }

  @Test
  void barOfAnEmptyStageIsFull() {
    assertEquals("tags       0/0 [" + "#".repeat(30) + "] 100%", ProgressDisplay.bar("tags", 0, 0));
  }
}
