package org.notebake.site;

import java.io.IOException;
import java.nio.file.Path;

/** Where the site's files go: a staging folder for bake, nowhere for check. */
interface OutputSink {
  void write(String path, byte[] bytes) throws IOException;

  void copy(Path from, String path) throws IOException;

  /** A sink that writes nothing, for {@code notebake check}. */
  static OutputSink discarding() {
    return new OutputSink() {
      @Override
      public void write(String path, byte[] bytes) {}

      @Override
      public void copy(Path from, String path) {}
    };
  }
}
