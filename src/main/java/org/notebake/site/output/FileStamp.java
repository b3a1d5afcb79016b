package org.notebake.site.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * What a file looked like when its checksum was last read: its identity (device and inode on
 * Linux), size and modification time, and the checksum itself. A file that still has the same
 * identity, size and time is taken to have the same bytes, the way {@code git status} and {@code
 * make} decide, so a build does not read an unchanged site twice.
 *
 * <pre>{@code
 * FileStamp seen = FileStamp.of(attributes, "8a9136aa3bb3b5b5");
 * seen.sameFileAs(Files.readAttributes(path, BasicFileAttributes.class, NOFOLLOW_LINKS)); // true
 * }</pre>
 *
 * <p>Changing a page in place and then setting its time back defeats this; so would writing a
 * matching marker by hand (docs/output.md: the list guards against accidents, not against intent).
 * The change time is not compared because making a hard link to a file changes it.
 */
record FileStamp(String key, long size, FileTime modified, String checksum) {
  FileStamp {
    Objects.requireNonNull(modified);
    Objects.requireNonNull(checksum);
  }

  static FileStamp of(BasicFileAttributes attributes, String checksum) {
    return new FileStamp(
        key(attributes), attributes.size(), attributes.lastModifiedTime(), checksum);
  }

  /** The file's identity as text ({@code (dev=803,ino=1234)} on Linux), or null if it has none. */
  private static String key(BasicFileAttributes attributes) {
    return attributes.fileKey() == null ? null : attributes.fileKey().toString();
  }

  /** The stamp of {@code file} now (never through a link), with the checksum given. */
  static FileStamp read(Path file, String checksum) throws IOException {
    return of(
        Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), checksum);
  }

  /**
   * Whether {@code now} is this same regular file, unchanged: same identity (where the file system
   * has one), size and modification time.
   */
  boolean sameFileAs(BasicFileAttributes now) {
    return now.isRegularFile()
        && key != null
        && key.equals(key(now))
        && size == now.size()
        && modified.equals(now.lastModifiedTime());
  }
}
