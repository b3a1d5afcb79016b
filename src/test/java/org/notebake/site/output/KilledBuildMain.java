package org.notebake.site.output;

import java.nio.file.Path;

/**
 * A build that never finishes: run in a child JVM by {@link KilledBuildTest}, which kills it once
 * it prints READY, to prove a killed build leaves the live site alone.
 */
public final class KilledBuildMain {
  private KilledBuildMain() {}

  public static void main(String[] args) throws InterruptedException {
    StagedOutput staged = StagedOutput.open(Path.of(args[0]));
    staged.writeString("index.html", "<p>half-built</p>");
    staged.writeString("notes/new.html", "<p>new</p>");
    System.out.println("READY " + staged.root());
    System.out.flush();
    Thread.sleep(60_000);
  }
}
