package org.notebake.vault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What tells, without reading it, that a vault file changed since it was last read: its identity,
 * size, modification time and status-change time (ctime). The modification time alone is not
 * enough: {@code touch -r}, {@code cp -p}, {@code rsync -t} and many editors' "keep the date" give
 * a changed file its old time back, and a photo redacted in place often keeps its size. The ctime
 * is set by the kernel on every write, rename and {@code touch}, and no call can set it back.
 *
 * <pre>{@code
 * SourceStamp seen = SourceStamp.read(photo);       // before reading the file
 * byte[] bytes = Files.readAllBytes(photo);
 * if (seen.settled(Instant.now())) remember(seen.token(), hash(bytes));
 * SourceStamp.read(photo).token().equals(token);    // later: unchanged, as far as the system tells
 * }</pre>
 *
 * <p>Two writes within one tick of the file system's clock can leave both times as they were, so
 * (as Git does for its index) a stamp whose times are less than {@link #RACY} before it was read
 * should not be remembered: read the file again next time. Where the system has no ctime (Windows),
 * the stamp has the identity, size and modification time only.
 */
public record SourceStamp(String key, long size, long modifiedNanos, long changedNanos) {
  /** A file changed this recently may change again within its times' tick unseen. */
  public static final Duration RACY = Duration.ofSeconds(2);

  private static final long NO_CTIME = Long.MIN_VALUE;

  /** The stamp of {@code file} now (links followed). */
  public static SourceStamp read(Path file) throws IOException {
    try {
      Map<String, Object> a =
          Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,fileKey");
      return new SourceStamp(
          a.get("fileKey") == null ? null : a.get("fileKey").toString(),
          (Long) a.get("size"),
          nanos((FileTime) a.get("lastModifiedTime")),
          nanos((FileTime) a.get("ctime")));
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return new SourceStamp(
          a.fileKey() == null ? null : a.fileKey().toString(),
          a.size(),
          nanos(a.lastModifiedTime()),
          NO_CTIME);
    }
  }

  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }

  /** Whether both times are at least {@link #RACY} before {@code now}: safe to remember. */
  public boolean settled(Instant now) {
    return settled(now, RACY);
  }

  /** Whether both times are at least {@code racy} before {@code now}. */
  public boolean settled(Instant now, Duration racy) {
    long limit = nanos(FileTime.from(now.minus(racy)));
    return modifiedNanos < limit && (changedNanos == NO_CTIME || changedNanos < limit);
  }

  /** The stamp as one line of text without tabs or line breaks, to store and compare. */
  public String token() {
    String identity = String.valueOf(key).replaceAll("[\\t\\r\\n]", " ");
    return size + "/" + modifiedNanos + "/" + changedNanos + "/" + identity;
  }
}
