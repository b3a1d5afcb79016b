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
    // The live site's bytes at the live site's path: a hard link to its file, not a copy.
    staged.writeString("notes/old.html", "<p>notes/old.html</p>");
    System.out.println("READY " + staged.root());
    System.out.flush();
    Thread.sleep(60_000);
  }
}
