package org.notebake.site.output;

import java.nio.file.Path;
import java.util.Map;

/**
 * What one process knows about the site it swapped in last: each file's stamp and checksum, so the
 * next build into the same output (a {@code serve} rebuild) checks the live site by its files'
 * stamps instead of reading every byte again. A file whose identity, size or time changed is read
 * as before; a memory of another output folder is ignored.
 *
 * <pre>{@code
 * OutputMemory memory = new OutputMemory();
 * StagedOutput.open(target, memory); // the first build reads the live site, if any
 * StagedOutput.open(target, memory); // later ones read only files that changed since
 * }</pre>
 */
public final class OutputMemory {
  private Path output;
  private Map<String, LiveSite.Verified> files = Map.of();

  /** The files of {@code output} as its last commit left them, or none. */
  synchronized Map<String, LiveSite.Verified> filesOf(Path output) {
    return output.equals(this.output) ? files : Map.of();
  }

  synchronized void remember(Path output, Map<String, LiveSite.Verified> files) {
    this.output = output;
    this.files = Map.copyOf(files);
  }

  synchronized void forget() {
    this.output = null;
    this.files = Map.of();
  }
}
