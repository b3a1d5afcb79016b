package org.notebake.site;

import java.io.IOException;
import java.nio.file.Path;
import org.notebake.incremental.PageMemo;

/** Where the site's files go: a staging folder for bake, nowhere for check. */
interface OutputSink {
  void write(String path, byte[] bytes) throws IOException;

  void copy(Path from, String path) throws IOException;

  /** As {@link #copy}, for a file of notebake's cache: see {@code SiteOutput.linkOwn}. */
  default void linkOwn(Path from, String path) throws IOException {
    copy(from, path);
  }

  /**
   * Keeps the file the live site has at {@code path} if it holds these very bytes (their size and
   * checksum as {@link PageMemo#checksum} gives them), reading and writing nothing; false where the
   * sink cannot tell, and then the bytes are written as usual.
   */
  default boolean keep(String path, String checksum) {
    return false;
  }

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
