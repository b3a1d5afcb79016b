package org.notebake.site.output;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.notebake.incremental.MemoInput;

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
 *
 * <p>A bake keeps it between processes in a file of the build cache beside the output ({@link
 * #save}, {@link #load}); a file that does not parse, is cut short or fails its checksum is ignored
 * whole, and the next build reads the live site as it always did. A stamp never makes a changed
 * file pass: a file whose identity, size or time differ from the stamp is read, and a stamp's
 * checksum must equal the live marker's.
 */
public final class OutputMemory {
  private Path output;
  private Map<String, LiveSite.Verified> files = Map.of();

  /** The memory being read from its file ({@link #loadInBackground}), until {@link #ready}. */
  private java.util.concurrent.Future<OutputMemory> reading;

  /**
   * As {@link #load}, on a thread of its own: the first use of the memory returned waits for the
   * reading (a bake needs it when it opens its staging folder, seconds later).
   */
  public static OutputMemory loadInBackground(Path file) {
    OutputMemory memory = new OutputMemory();
    memory.reading =
        org.notebake.incremental.Background.start("reads its output stamps", () -> load(file));
    return memory;
  }

  /** Takes over what the reading thread read, once; callers hold the lock. */
  private void ready() {
    if (reading == null) {
      return;
    }
    OutputMemory read = org.notebake.incremental.Background.join(reading);
    reading = null;
    output = read.output;
    files = read.files;
    sources = read.sources;
  }

  /** The files of {@code output} as its last commit left them, or none. */
  synchronized Map<String, LiveSite.Verified> filesOf(Path output) {
    ready();
    return output.equals(this.output) ? files : Map.of();
  }

  synchronized void remember(Path output, Map<String, LiveSite.Verified> files) {
    ready();
    this.output = output;
    this.files = Map.copyOf(files);
  }

  /**
   * Source files copied into the site (share cards from their cache, attachments, assets) as the
   * last commit saw them: an unchanged one is not read again to learn whether its copy in the live
   * site can be linked. In this process only; a file changed less than {@link #SETTLED} before it
   * was read is not remembered (its time could still be the time of a later change).
   */
  private Map<Path, FileStamp> sources = Map.of();

  static final java.time.Duration SETTLED = java.time.Duration.ofSeconds(2);

  /** The checksum of {@code source} if it is the same file, unchanged, as last remembered. */
  synchronized String sourceChecksum(Path source, java.nio.file.attribute.BasicFileAttributes now) {
    ready();
    FileStamp seen = sources.get(source);
    return seen != null && seen.sameFileAs(now) ? seen.checksum() : null;
  }

  /**
   * The checksum of the source {@code from}: the remembered one if it is unchanged, else read. It
   * goes into {@code seen} (this build's sources, for {@link #rememberSources}) unless it changed
   * too recently to be told apart by its stamp.
   */
  String checksumOf(
      Path from, java.nio.file.attribute.BasicFileAttributes attributes, Map<Path, FileStamp> seen)
      throws IOException {
    String checksum = sourceChecksum(from, attributes);
    if (checksum == null) {
      checksum = Manifest.checksum(from);
    }
    if (attributes.fileKey() != null && settled(attributes)) {
      seen.put(from, FileStamp.of(attributes, checksum));
    }
    return checksum;
  }

  /** Whether a file with {@code attributes}, read now, may be remembered by its stamp. */
  static boolean settled(java.nio.file.attribute.BasicFileAttributes attributes) {
    return attributes.lastModifiedTime().toInstant().isBefore(Instant.now().minus(SETTLED));
  }

  synchronized void rememberSources(Map<Path, FileStamp> sources) {
    ready();
    this.sources = Map.copyOf(sources);
  }

  synchronized void forget() {
    ready();
    this.output = null;
    this.files = Map.of();
  }

  private static final String MAGIC = "notebake-output-stamps 2";

  /** The memory saved in {@code file}; empty if there is none or it cannot be trusted. */
  public static OutputMemory load(Path file) {
    OutputMemory memory = new OutputMemory();
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return memory;
      }
      // Read whole only once its checksum is known good: a file put in its place (a copied disk
      // image, a run of zeros) is not held in memory, where it stopped the bake out of memory.
      long bytes = Files.size(file);
      if (bytes < 16 || bytes > MAX_BYTES || !checksumHolds(file, bytes)) {
        return memory;
      }
      byte[] all = org.notebake.incremental.BytesInput.readFile(file);
      if (all.length < 16) {
        return memory;
      }
      int length = all.length - 16;
      String sum = new String(all, length, 16, java.nio.charset.StandardCharsets.US_ASCII);
      if (!Manifest.checksum(all, length).equals(sum)) {
        return memory;
      }
      MemoInput in = MemoInput.of(all, 0, length);
      if (!in.readUTF().equals(MAGIC)) {
        return memory;
      }
      Path output = Path.of(in.readUTF());
      int count = in.readInt();
      Map<String, LiveSite.Verified> files = new HashMap<>();
      for (int i = 0; i < count; i++) {
        String path = in.readUTF();
        String name = in.readUTF();
        String key = in.readUTF();
        long size = in.readLong();
        FileTime modified = FileTime.from(Instant.ofEpochSecond(in.readLong(), in.readInt()));
        String checksum = in.readUTF();
        files.put(path, new LiveSite.Verified(name, new FileStamp(key, size, modified, checksum)));
      }
      int sourceCount = in.readInt();
      Map<Path, FileStamp> sources = new HashMap<>();
      for (int i = 0; i < sourceCount; i++) {
        Path source = Path.of(in.readUTF());
        sources.put(source, readStamp(in));
      }
      if (!in.atEnd()) {
        return new OutputMemory(); // more than was written: not ours
      }
      memory.remember(output, files);
      memory.rememberSources(sources);
    } catch (IOException | RuntimeException e) {
      memory.forget(); // unreadable: the live site is read instead
    }
    return memory;
  }

  /**
   * The largest file of stamps read: twice the largest marker read ({@link Manifest#MAX_BYTES}), as
   * a file's stamp takes at most about twice its marker line. A larger one is ignored: the live
   * site is read as before.
   */
  static final long MAX_BYTES = 2 * Manifest.MAX_BYTES;

  /** Whether the file's last 16 bytes are the checksum of the {@code size - 16} before them. */
  private static boolean checksumHolds(Path file, long size) throws IOException {
    try (java.io.InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      String sum = Manifest.checksum(in, size - 16);
      byte[] stored = in.readNBytes(17);
      return stored.length == 16
          && sum.equals(new String(stored, java.nio.charset.StandardCharsets.US_ASCII));
    }
  }

  private static FileStamp readStamp(MemoInput in) throws IOException {
    String key = in.readUTF();
    long size = in.readLong();
    FileTime modified = FileTime.from(Instant.ofEpochSecond(in.readLong(), in.readInt()));
    return new FileStamp(key, size, modified, in.readUTF());
  }

  private static void writeStamp(DataOutputStream out, FileStamp stamp) throws IOException {
    Instant modified = stamp.modified().toInstant();
    out.writeUTF(stamp.key());
    out.writeLong(stamp.size());
    out.writeLong(modified.getEpochSecond());
    out.writeInt(modified.getNano());
    out.writeUTF(stamp.checksum());
  }

  /**
   * Writes this memory to {@code file} (through a temporary sibling renamed over it).
   *
   * @return false if there was nothing to save or it could not be written
   */
  public synchronized boolean save(Path file) {
    ready();
    if (output == null) {
      return false;
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeUTF(MAGIC);
      out.writeUTF(output.toString());
      Map<String, LiveSite.Verified> sorted = new TreeMap<>(files);
      sorted.values().removeIf(v -> v.stamp().key() == null);
      out.writeInt(sorted.size());
      for (Map.Entry<String, LiveSite.Verified> entry : sorted.entrySet()) {
        FileStamp stamp = entry.getValue().stamp();
        Instant modified = stamp.modified().toInstant();
        out.writeUTF(entry.getKey());
        out.writeUTF(entry.getValue().name());
        out.writeUTF(stamp.key());
        out.writeLong(stamp.size());
        out.writeLong(modified.getEpochSecond());
        out.writeInt(modified.getNano());
        out.writeUTF(stamp.checksum());
      }
      Map<String, FileStamp> sources = new TreeMap<>();
      this.sources.forEach((path, stamp) -> sources.put(path.toString(), stamp));
      out.writeInt(sources.size());
      for (Map.Entry<String, FileStamp> entry : sources.entrySet()) {
        out.writeUTF(entry.getKey());
        writeStamp(out, entry.getValue());
      }
      out.flush();
      byte[] body = bytes.toByteArray();
      Path temporary = Files.createTempFile(file.getParent(), ".stamps", ".tmp");
      try {
        Files.write(temporary, body);
        Files.writeString(
            temporary, Manifest.checksum(body), java.nio.file.StandardOpenOption.APPEND);
        try {
          Files.move(
              temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
      return true;
    } catch (IOException e) {
      return false; // costs the next bake one read of the live site
    }
  }
}
