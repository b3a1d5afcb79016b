package org.notebake.gallery.variants;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.notebake.vault.SourceStamp;

/**
 * The persistent cache of processed photos: one folder per photo content and processing options,
 * {@code <cache>/ab/<key>/}, holding the variants and an {@code entry.properties} that lists each
 * with its checksum. An entry is used only when every file is there and matches its checksum;
 * anything else is rebuilt, never trusted. A {@code sources.tsv} remembers each source's stamp
 * ({@link SourceStamp}: identity, size, modification and status-change times) and content hash, so
 * an unchanged photo is not even read again.
 *
 * <pre>{@code
 * VariantCache cache = VariantCache.open(folder, true);
 * Optional<VariantCache.Entry> hit = cache.load(key);
 * }</pre>
 *
 * <p>Only folders the cache made are ever deleted: a root it creates (or finds empty) gets a {@code
 * CACHEDIR.TAG}, and pruning touches only {@code xx/<64 hex digits>} folders under a root that has
 * it. A folder that held other files first is used, never pruned.
 */
final class VariantCache {
  private static final String TAG = "Signature: 8a477f597d28d172789f06886806bc55\n";
  private static final String TAG_FILE = "CACHEDIR.TAG";
  private static final String INDEX = "sources.tsv";
  private static final Pattern KEY = Pattern.compile("[0-9a-f]{64}");

  /** A stored variant: its format, size and bytes. */
  record StoredVariant(VariantFormat format, int width, int height, byte[] bytes) {}

  /**
   * What a photo's processing produced, minus its site paths. {@code folder} is where a loaded
   * entry's files are (null for one just made): {@link #fileOf} names each.
   */
  record Entry(
      int width,
      int height,
      String facts,
      String color,
      List<StoredVariant> variants,
      byte[] original,
      Path folder) {
    Entry(
        int width,
        int height,
        String facts,
        String color,
        List<StoredVariant> variants,
        byte[] original) {
      this(width, height, facts, color, variants, original, null);
    }

    /**
     * The cache's file holding {@code variant}'s bytes (as {@link #load} verified them), or null
     * when the entry was not loaded. The cache only ever replaces an entry's folder, never writes a
     * file of it in place, so the site may share the file (a hard link).
     */
    Path fileOf(StoredVariant variant) {
      return folder == null
          ? null
          : folder.resolve(variant.width() + "." + variant.format().extension());
    }

    /** The cache's file of the original, or null (see {@link #fileOf}). */
    Path originalFile() {
      return folder == null || original == null ? null : folder.resolve("original");
    }
  }

  private record Stat(String stamp, String hash) {}

  private final Path root;
  private final boolean writable;
  private final Map<String, Stat> sources = new ConcurrentHashMap<>();

  private VariantCache(Path root, boolean writable) {
    this.root = root;
    this.writable = writable;
  }

  /** Opens (with {@code writable}, creates) the cache at {@code root}. */
  static VariantCache open(Path root, boolean writable) throws IOException {
    VariantCache cache = new VariantCache(root, writable);
    Path tag = root.resolve(TAG_FILE);
    if (writable && (!Files.exists(root) || isEmptyFolder(root))) {
      Files.createDirectories(root);
      Files.writeString(
          tag, TAG + "# notebake's photo variant cache; safe to delete.\n", StandardCharsets.UTF_8);
    }
    if (writable && Files.isRegularFile(tag)) {
      org.notebake.text.HiddenSibling.keepOutOfGit(root);
    }
    cache.readIndex();
    return cache;
  }

  private static boolean isEmptyFolder(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      return !files.iterator().hasNext();
    }
  }

  /**
   * The SHA-256 of the file, from the index when its {@link SourceStamp} (identity, size,
   * modification and status-change times) is unchanged: a photo redacted in place to the same size
   * and given its old time back ({@code touch -r}, {@code cp -p}) is read again, so its old
   * variants are not published.
   */
  String contentHash(Path file, byte[][] readInto) throws IOException {
    String name = file.toAbsolutePath().normalize().toString();
    SourceStamp stamp = SourceStamp.read(file);
    Stat known = sources.get(name);
    if (known != null && known.stamp().equals(stamp.token())) {
      return known.hash();
    }
    byte[] bytes = Files.readAllBytes(file);
    readInto[0] = bytes;
    String hash = sha256(bytes);
    if (stamp.size() == bytes.length && stamp.settled(java.time.Instant.now())) {
      sources.put(name, new Stat(stamp.token(), hash));
    } else {
      sources.remove(name); // changed while read, or too recently to tell apart: read it next time
    }
    return hash;
  }

  /** The entry under {@code key}, when it is complete and every checksum matches. */
  Optional<Entry> load(String key) {
    Path folder = folder(key);
    Path file = folder.resolve("entry.properties");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      Properties p = new Properties();
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(in);
      }
      List<StoredVariant> variants = new ArrayList<>();
      int count = Integer.parseInt(p.getProperty("variants"));
      for (int i = 0; i < count; i++) {
        String[] v = p.getProperty("variant." + i).split(" ");
        VariantFormat format = VariantFormat.valueOf(v[0]);
        int width = Integer.parseInt(v[1]);
        byte[] bytes = verified(folder.resolve(width + "." + format.extension()), v[3]);
        if (bytes == null) {
          return Optional.empty();
        }
        variants.add(new StoredVariant(format, width, Integer.parseInt(v[2]), bytes));
      }
      byte[] original = null;
      if (p.getProperty("original") != null) {
        original = verified(folder.resolve("original"), p.getProperty("original"));
        if (original == null) {
          return Optional.empty();
        }
      }
      return Optional.of(
          new Entry(
              Integer.parseInt(p.getProperty("width")),
              Integer.parseInt(p.getProperty("height")),
              p.getProperty("facts", ""),
              p.getProperty("color", ""),
              variants,
              original,
              folder));
    } catch (IOException | RuntimeException e) {
      // Unreadable, half-written or edited by hand: rebuilt, never trusted.
      return Optional.empty();
    }
  }

  private static byte[] verified(Path file, String expected) throws IOException {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    byte[] bytes = Files.readAllBytes(file);
    return checksum(bytes).equals(expected) ? bytes : null;
  }

  /**
   * Stores an entry: written into a temporary folder and moved into place, so a build killed midway
   * leaves no half entry under a key. Returns the entry to publish from: {@code entry}, or the one
   * already in place under the key if it reads back whole (another thread stored the same photo
   * under another name, and may be linking its files into the site right now: they are kept).
   */
  Entry store(String key, Entry entry) throws IOException {
    if (!writable) {
      return entry;
    }
    Path folder = folder(key);
    Files.createDirectories(folder.getParent());
    Path temporary = Files.createTempDirectory(root, ".tmp-");
    try {
      Properties p = new Properties();
      p.setProperty("width", String.valueOf(entry.width()));
      p.setProperty("height", String.valueOf(entry.height()));
      p.setProperty("facts", entry.facts());
      p.setProperty("color", entry.color());
      p.setProperty("variants", String.valueOf(entry.variants().size()));
      for (int i = 0; i < entry.variants().size(); i++) {
        StoredVariant v = entry.variants().get(i);
        Files.write(temporary.resolve(v.width() + "." + v.format().extension()), v.bytes());
        p.setProperty(
            "variant." + i,
            v.format() + " " + v.width() + " " + v.height() + " " + checksum(v.bytes()));
      }
      if (entry.original() != null) {
        Files.write(temporary.resolve("original"), entry.original());
        p.setProperty("original", checksum(entry.original()));
      }
      try (Writer out =
          Files.newBufferedWriter(temporary.resolve("entry.properties"), StandardCharsets.UTF_8)) {
        p.store(out, null);
      }
      // Two photos with the same bytes (a logo saved under two names) are stored by two threads
      // under one key: one at a time here, and a folder another process put in place meanwhile
      // is taken as it is if it reads back whole.
      synchronized (this) {
        if (Files.exists(folder)) {
          Optional<Entry> stored = load(key);
          if (stored.isPresent()) {
            return stored.get(); // deleting it would pull its files from under a link being made
          }
          deleteEntry(folder); // damaged: nobody publishes from it
        }
        try {
          Files.move(temporary, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.FileSystemException e) {
          Optional<Entry> stored = load(key);
          if (stored.isEmpty()) {
            throw e;
          }
          return stored.get();
        }
        return entry;
      }
    } finally {
      if (Files.exists(temporary)) {
        deleteEntry(temporary);
      }
    }
  }

  /** Deletes every entry not in {@code used}, and leftovers of interrupted writes. */
  int prune(Set<String> used) throws IOException {
    if (!writable || !Files.isRegularFile(root.resolve(TAG_FILE))) {
      return 0;
    }
    int pruned = 0;
    try (DirectoryStream<Path> shards = Files.newDirectoryStream(root)) {
      for (Path shard : shards) {
        String name = shard.getFileName().toString();
        if (name.startsWith(".tmp-") && Files.isDirectory(shard)) {
          deleteEntry(shard);
        } else if (name.matches("[0-9a-f]{2}") && Files.isDirectory(shard)) {
          pruned += pruneShard(shard, used);
        }
      }
    }
    return pruned;
  }

  private static int pruneShard(Path shard, Set<String> used) throws IOException {
    int pruned = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(shard)) {
      for (Path entry : entries) {
        String key = entry.getFileName().toString();
        if (KEY.matcher(key).matches() && !used.contains(key) && Files.isDirectory(entry)) {
          deleteEntry(entry);
          pruned++;
        }
      }
    }
    return pruned;
  }

  /** An entry folder holds plain files only; nothing else is followed or removed. */
  private static void deleteEntry(Path folder) throws IOException {
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(file);
        }
      }
    }
    Files.deleteIfExists(folder);
  }

  /** Saves what was learnt about the sources, keeping only those seen in this build. */
  void saveIndex(Set<Path> seen) throws IOException {
    if (!writable) {
      return;
    }
    StringBuilder out = new StringBuilder();
    for (Path path : seen) {
      String name = path.toAbsolutePath().normalize().toString();
      Stat stat = sources.get(name);
      if (stat != null && name.indexOf('\t') < 0 && name.indexOf('\n') < 0) {
        out.append(name).append('\t').append(stat.stamp()).append('\t').append(stat.hash());
        out.append('\n');
      }
    }
    Path temporary = Files.createTempFile(root, ".tmp-", ".tsv");
    Files.writeString(temporary, out, StandardCharsets.UTF_8);
    Files.move(temporary, root.resolve(INDEX), StandardCopyOption.ATOMIC_MOVE);
  }

  private void readIndex() throws IOException {
    Path index = root.resolve(INDEX);
    if (!Files.isRegularFile(index)) {
      return;
    }
    try {
      for (String line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        // A line of the index before stamps had a status-change time (four fields) is passed over.
        if (f.length == 3 && KEY.matcher(f[2]).matches()) {
          sources.put(f[0], new Stat(f[1], f[2]));
        }
      }
    } catch (NumberFormatException | java.nio.charset.MalformedInputException e) {
      // A damaged index only costs reading the photos again.
      sources.clear();
    }
  }

  private Path folder(String key) {
    return root.resolve(key.substring(0, 2)).resolve(key);
  }

  /**
   * CRC-32C and length: catches a damaged, truncated or swapped file as surely as a cryptographic
   * hash would here (whoever can write the cache can rewrite its checksums too), at a hundredth of
   * SHA-256's cost, which a warm build pays on every variant it reuses.
   */
  static String checksum(byte[] bytes) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes);
    return "crc32c-" + Long.toHexString(crc.getValue()) + "-" + bytes.length;
  }

  static String sha256(byte[] bytes) {
    return org.notebake.text.Sha256.hex(bytes);
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
