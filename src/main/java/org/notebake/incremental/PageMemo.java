package org.notebake.incremental;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CheckedOutputStream;
import org.notebake.html.FragmentIndex;

/**
 * Finished pages, remembered by what went into them, so that a rebuild skips the templates, the
 * HTML passes and the privacy scan of a page whose inputs are unchanged. An entry's key covers the
 * build's page salt (notebake, configuration, templates, privacy lists, image sizes and photo
 * variants) and the page itself (path, source, type, template); the entry lists every value its
 * template read (fields of documents, the lists of documents and tags, data files, the date) and
 * every path its link check asked about, each with its hash, and is used only while all of them are
 * unchanged. The page's bytes are not kept: they are the previous build's file of that path, taken
 * only if its length and checksums are the ones remembered. A page that said anything (a
 * diagnostic, a privacy finding, even an allowed one) is never remembered, so a reused page has
 * nothing to say.
 *
 * <pre>{@code
 * PageMemo memo = PageMemo.load(cacheFolder, salt);     // empty if missing, corrupt or foreign
 * Entry hit = memo.find(key, site::currentValue);        // null: render, then memo.put(key, ...)
 * memo.save(cacheFolder);                                 // bake only; serve keeps it in memory
 * }</pre>
 *
 * <p>On disk: {@code pages.bin} in the same cache folder as {@link BodyMemo}'s, with the same
 * shape: a magic line, a format version, the salt, the file's id, the entries (each string once, in
 * a table), the keys removed (none) and a checksum of all of it; beside it, after a build that
 * changed few entries, {@code pages-changes.bin} of the same shape with only those, the keys
 * removed since, and the whole file's id ({@link #save}). A file with another magic, version, salt
 * or checksum, or any read error, is ignored whole.
 */
public final class PageMemo {
  static final String MAGIC = "notebake page memo";
  static final int VERSION = 7;
  static final String FILE = "pages.bin";
  static final String CHANGES = "pages-changes.bin";
  static final String CHANGES_MAGIC = "notebake page memo changes";

  /** The entries, perhaps still being read ({@link #loadInBackground}). */
  private final Background.Slot<Entry> table;

  private MemoTable<Entry> table() {
    return table.get();
  }

  /**
   * As {@link #load}, on a thread of its own: the memo returned reads as the loaded one, its first
   * use (other than {@link #adopt}) waiting for the reading to end. A bake reads both memos while
   * it scans and selects the vault.
   */
  public static PageMemo loadInBackground(Path folder, String salt) {
    PageMemo memo = new PageMemo(salt);
    memo.table.read("reads its page memo", () -> load(folder, salt).table());
    return memo;
  }

  public PageMemo(String salt) {
    this.table =
        new Background.Slot<>(
            new MemoTable<>(
                salt, Entry::dependencies, org.notebake.jbake.JBakeSite::ownFieldDocument));
  }

  /**
   * One finished page.
   *
   * @param dependencies each value the page was made from, to the hash it had
   * @param checksum the page's bytes' {@link #checksum}
   * @param ids the ids the link check recorded on the page, or null if it was not an HTML page
   * @param links the links to other pages' fragments it recorded, checked once all pages are known
   */
  public record Entry(
      Map<String, String> dependencies,
      String checksum,
      Set<String> ids,
      List<FragmentIndex.Link> links) {
    public Entry {
      dependencies = Dependencies.of(dependencies);
      ids = ids == null ? null : Set.copyOf(ids);
      links = List.copyOf(links);
    }
  }

  /**
   * Makes the memo one of {@code salt}: if it was made for another (templates, configuration or
   * notebake changed), every entry is dropped.
   */
  public void adopt(String salt) {
    table.adopt(salt);
  }

  /**
   * The salt of a build's pages: the body memo's (notebake, drafts, configuration), the photo
   * metadata rules (pasted {@code data:} images are stripped by them), every template file, and the
   * privacy deny and allow lists' contents and the finding-id key (the scan a reused page skipped
   * would read them).
   */
  public static String saltFor(org.notebake.config.SiteConfig config, boolean drafts) {
    return saltFor(config, drafts, org.notebake.jbake.TemplateFiles.fingerprint(config));
  }

  /**
   * As {@link #saltFor(org.notebake.config.SiteConfig, boolean)}, with the template files'
   * fingerprint at hand.
   */
  public static String saltFor(
      org.notebake.config.SiteConfig config, boolean drafts, String templateFiles) {
    Fingerprint salt =
        new Fingerprint()
            .add(MAGIC)
            .add(VERSION)
            .add(BodyMemo.saltFor(config, drafts))
            .add(config.photoKeep().fields())
            .add(templateFiles);
    // The finding-id key too: an id in privacy.allow allows a finding only under the key it was
    // made with, and pages reused under another key published a number a clean bake refused.
    Path idKey = config.source().resolve(org.notebake.privacy.gate.PrivacyGate.ID_KEY_FILE);
    for (Path list :
        new Path[] {config.privacy().denyFile(), config.privacy().allowFile(), idKey}) {
      try {
        if (list == null) {
          throw new IOException("no list");
        }
        salt.add(list.toString()).addBytes(Files.readAllBytes(list));
      } catch (IOException e) {
        salt.add("no file");
      }
    }
    // The vault's maths preamble: a page with maths loads the script named after its macros. A
    // vault without one keeps the salt it had.
    Path preamble = config.content().resolve(org.notebake.markdown.obsidian.math.MathPreamble.FILE);
    try {
      if (Files.isRegularFile(preamble, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        salt.add("preamble").addBytes(Files.readAllBytes(preamble));
      }
    } catch (IOException e) {
      salt.add("preamble unread");
    }
    return salt.hex();
  }

  public String salt() {
    return table().salt();
  }

  /**
   * The entry for {@code key} if every value it depends on still has the hash it had, else null.
   */
  public Entry find(String key, Function<String, String> currentValue) {
    return table().find(key, currentValue);
  }

  /** The generation of the site the last {@link #compare} looked values up in, or 0. */
  private long comparedIn;

  /**
   * The generation of the site (of this process: {@code JBakeSite.generation}) every value now held
   * was looked up in, or 0 (none yet, or loaded from a file): a value that site and a later one are
   * known to give alike need not be looked up again.
   */
  public synchronized long comparedIn() {
    return comparedIn;
  }

  /** The output paths of the build begun last ({@link #begin}), or null. */
  private Set<String> lastPaths;

  /**
   * Starts a build that writes exactly {@code paths}; true if the build begun before it wrote the
   * same ones, so that every "does this path exist" a page asked has the same answer as then.
   */
  public synchronized boolean begin(Set<String> paths) {
    table().begin();
    boolean same = paths.equals(lastPaths);
    lastPaths = paths;
    return same;
  }

  /**
   * Starts this build's checks (after {@link #begin}): each value the last build's pages depend on
   * is looked up once, and {@link #find} checks a page that build confirmed or made only against
   * the values that changed (at 10,000 notes, 270,000 look-ups instead of 960,000: pages share most
   * of what they read). {@code unchangedKnown} names values known unchanged without a look-up,
   * {@code documentTakenOver} documents (by name) whose own fields are (either null: none).
   *
   * @return how many values changed
   */
  public int compare(
      Function<String, String> currentValue,
      java.util.function.Predicate<String> unchangedKnown,
      java.util.function.Predicate<String> documentTakenOver) {
    return compare(currentValue, unchangedKnown, documentTakenOver, 0);
  }

  /**
   * As {@link #compare(Function, java.util.function.Predicate, java.util.function.Predicate)}, in
   * the site of generation {@code site} ({@link #comparedIn} after).
   */
  public synchronized int compare(
      Function<String, String> currentValue,
      java.util.function.Predicate<String> unchangedKnown,
      java.util.function.Predicate<String> documentTakenOver,
      long site) {
    comparedIn = 0; // if the look-ups fail half way, the values are of no one site
    int changed = table().compare(currentValue, unchangedKnown, documentTakenOver);
    comparedIn = site;
    return changed;
  }

  /** A hit whose page could not be taken after all (its file changed or is gone) is a miss. */
  public void unhit() {
    table().unhit();
  }

  public void put(String key, Entry entry) {
    table().put(key, entry);
  }

  /** Drops entries no build since the last call used, so the memo stays the size of the site. */
  public void retainUsed() {
    table().retainUsed();
  }

  public int hits() {
    return table().hits();
  }

  public int misses() {
    return table().misses();
  }

  /** Counts from zero again (per build). */
  public void resetCounts() {
    table().resetCounts();
  }

  public int size() {
    return table().size();
  }

  /**
   * What tells a page's bytes from any other the live file may hold: their length and two CRCs of
   * different polynomials (64 bits), which the JVM computes at memory speed; a SHA-256 of every
   * page of a large site took longer than the rest of the check. The live folder is the author's
   * own, so the changes to catch are accidents (a failed build, a hand edit, a truncated copy), not
   * forgeries.
   */
  public static String checksum(byte[] bytes) {
    java.util.zip.CRC32C c = new java.util.zip.CRC32C();
    c.update(bytes);
    java.util.zip.CRC32 d = new java.util.zip.CRC32();
    d.update(bytes);
    java.util.HexFormat hex = java.util.HexFormat.of();
    return bytes.length
        + ":"
        + hex.toHexDigits((int) c.getValue())
        + hex.toHexDigits((int) d.getValue());
  }

  /**
   * The memo saved in {@code folder}, or an empty one if there is none, or it is unreadable,
   * corrupt, of another version, or was made with another salt. A changes file beside it ({@link
   * #save}) is read over it when it was written for that very file; otherwise the whole file alone
   * is read (an older memo, which is as safe: every entry is checked against this build's values
   * and the live page's checksum before it is used).
   */
  public static PageMemo load(Path folder, String salt) {
    PageMemo memo = new PageMemo(salt);
    Path file = folder.resolve(FILE);
    if (!CacheFolder.isOurs(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return memo;
    }
    try {
      Read changes = read(folder.resolve(CHANGES), CHANGES_MAGIC, salt, null);
      Read whole = read(file, MAGIC, salt, changes);
      if (whole == null) {
        return memo;
      }
      Map<String, Entry> entries = whole.entries();
      List<String> names = whole.names();
      List<String> hashes = whole.hashes();
      if (whole.changesRead()) {
        entries.putAll(changes.entries());
        // A value both files name counts as changed unless they agree (as two entries of one).
        Map<String, String> more = new java.util.HashMap<>();
        for (int i = 0; i < changes.names().size(); i++) {
          more.put(changes.names().get(i), changes.hashes().get(i));
        }
        for (int i = 0; i < names.size() && !more.isEmpty(); i++) {
          String other = more.remove(names.get(i));
          if (other != null && !other.equals(hashes.get(i))) {
            hashes.set(i, LastValues.DIFFERS);
          }
        }
        more.forEach(
            (name, hash) -> {
              names.add(name);
              hashes.add(hash);
            });
      }
      memo.table().loaded(entries, names.toArray(String[]::new), hashes.toArray(String[]::new));
      memo.table().readWhole(whole.id(), whole.onDisk());
    } catch (IOException | RuntimeException e) {
      return new PageMemo(salt); // unreadable: rebuilt
    }
    return memo;
  }

  /**
   * One file of the memo, read: its id (a whole file's own, or for a changes file the id of the
   * whole file it changes), its entries, each value they name with the hash they agree on (or
   * {@link LastValues#DIFFERS}), the keys it removes, and for a whole file what it holds by key
   * ({@link MemoTable#OTHER} where {@code changes} replaced or removed the entry) and whether those
   * changes were read over it.
   */
  private record Read(
      long id,
      Map<String, Entry> entries,
      List<String> names,
      List<String> hashes,
      Set<String> removed,
      Map<String, Object> onDisk,
      boolean changesRead) {}

  /**
   * Reads one file of the memo; null if it is missing, corrupt, of another version or salt. For a
   * whole file, {@code changes} (or null) are left out of it when they were written for it.
   */
  private static Read read(Path file, String magic, String salt, Read changes) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    byte[] all = BytesInput.readFile(file);
    if (all.length < 8) {
      return null;
    }
    int length = all.length - 8;
    if (crc(all, length) != ByteBuffer.wrap(all, length, 8).getLong()) {
      return null; // corrupt: rebuilt
    }
    MemoInput in = MemoInput.of(all, 0, length);
    if (!in.readUTF().equals(magic) || in.readInt() != VERSION || !in.readUTF().equals(salt)) {
      return null; // foreign: another format, site or configuration
    }
    long id = in.readLong();
    boolean changesRead = changes != null && changes.id() == id;
    Set<String> replaced = new HashSet<>();
    if (changesRead) {
      replaced.addAll(changes.entries().keySet());
      replaced.addAll(changes.removed());
    }
    String[] table = new String[count(in)];
    for (int i = 0; i < table.length; i++) {
      table[i] = text(in);
    }
    int count = count(in);
    Map<String, Entry> entries = new java.util.HashMap<>();
    Map<String, Object> onDisk = new java.util.HashMap<>();
    // The value the entries give each name, by the strings' numbers: NONE until one gives it,
    // DISAGREE once two give different ones (960,000 dependencies at 10,000 pages; merged by
    // string instead, they were most of the load).
    int[] valueOf = new int[table.length];
    java.util.Arrays.fill(valueOf, NONE);
    int[] seenIn = new int[table.length]; // the entry that last named each string, from 1
    for (int i = 0; i < count; i++) {
      String key = text(in);
      boolean kept = !replaced.contains(key);
      Entry entry = readEntry(in, table, kept ? valueOf : null, seenIn, i + 1);
      if (kept) {
        entries.put(key, entry);
      }
      onDisk.put(key, kept ? entry : MemoTable.OTHER);
    }
    Set<String> removed = new HashSet<>();
    for (int i = count(in); i > 0; i--) {
      removed.add(text(in));
    }
    if (in.available() != 0) {
      return null; // corrupt: more bytes than entries
    }
    List<String> names = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i < valueOf.length; i++) {
      if (valueOf[i] != NONE) {
        names.add(table[i]);
        hashes.add(valueOf[i] == DISAGREE ? LastValues.DIFFERS : table[valueOf[i]]);
      }
    }
    return new Read(id, entries, names, hashes, removed, onDisk, changesRead);
  }

  /**
   * Writes the memo into {@code folder}, creating and marking the folder if it is missing; a folder
   * that exists without notebake's marker is left alone (it is not ours).
   *
   * <p>When only a few entries differ from the whole file this memo was read from or last wrote
   * (one page in {@value MemoTable#CHANGES_SHARE} at most: a second bake after an edit), only they
   * and the keys removed since are written, to a changes file beside it ({@code pages-changes.bin},
   * naming the whole file's id); the whole file is written again, and the changes file deleted,
   * when they grow past that. At 10,000 pages the whole file is 26 MB: 0.9-1.0 s to number its
   * 385,000 strings and write it.
   *
   * @return false if nothing was written
   */
  public boolean save(Path folder) {
    try {
      if (!CacheFolder.prepare(folder)) {
        return false;
      }
      table()
          .save(
              folder,
              FILE,
              CHANGES,
              (name, whole, id, entries, removed) ->
                  write(folder, name, whole ? MAGIC : CHANGES_MAGIC, id, entries, removed));
      return true;
    } catch (IOException e) {
      return false; // a cache that cannot be written only costs the next build time
    }
  }

  /**
   * Writes a file of the memo straight to the cache folder, its checksum last: header, string
   * table, entries, removed keys. It streams: built in memory first, the 26 MB file of 10,000 pages
   * and its copies filled the heap at the end of a clean bake (a full collection, 1.2-1.5 s to
   * save).
   */
  private void write(
      Path folder,
      String name,
      String magic,
      long id,
      Map<String, Entry> entries,
      List<String> removed)
      throws IOException {
    // One look at the entries: both passes below read the same ones in the same order.
    List<Map.Entry<String, Entry>> listed = new ArrayList<>(entries.size());
    entries.forEach((key, entry) -> listed.add(Map.entry(key, entry)));
    // Pages share most of what they depend on (the lists, the menu's paths, a neighbour's
    // title): each string is written once, and entries name strings by number. Entries and
    // their dependencies are written in the maps' own order: sorting them for a file nobody
    // reads but notebake was most of a second bake's save at 10,000 notes (610,000 dependencies).
    // Each dependency's two numbers are kept in the order they are written (entries are
    // immutable), so each string is looked up once: looking each up again to write it was half of
    // a clean bake's save at 10,000 notes.
    int pairs = 0;
    for (Map.Entry<String, Entry> entry : listed) {
      pairs += entry.getValue().dependencies().size();
    }
    Map<String, Integer> table = new java.util.HashMap<>(Math.max(16, pairs));
    List<String> strings = new ArrayList<>();
    int[] numbers = new int[2 * pairs];
    int at = 0;
    for (Map.Entry<String, Entry> entry : listed) {
      for (Map.Entry<String, String> d : entry.getValue().dependencies().entrySet()) {
        numbers[at++] = number(table, strings, d.getKey());
        numbers[at++] = number(table, strings, d.getValue());
      }
    }
    table = null; // garbage before the file is written
    String salt = table().salt();
    CacheFolder.replace(
        folder,
        name,
        file -> {
          // Checksummed as crc() checksums a file read back: CRC-32C, then CRC-32.
          java.util.zip.CRC32C castagnoli = new java.util.zip.CRC32C();
          java.util.zip.CRC32 classic = new java.util.zip.CRC32();
          DataOutputStream out =
              new DataOutputStream(
                  new java.io.BufferedOutputStream(
                      new CheckedOutputStream(new CheckedOutputStream(file, classic), castagnoli),
                      1 << 16));
          out.writeUTF(magic);
          out.writeInt(VERSION);
          out.writeUTF(salt);
          out.writeLong(id);
          out.writeInt(strings.size());
          for (String value : strings) {
            text(out, value);
          }
          out.writeInt(listed.size());
          int next = 0;
          for (Map.Entry<String, Entry> entry : listed) {
            text(out, entry.getKey());
            next = writeEntry(out, entry.getValue(), numbers, next);
          }
          out.writeInt(removed.size());
          for (String key : removed) {
            text(out, key);
          }
          out.flush();
          long sum = (castagnoli.getValue() << 32) | classic.getValue();
          file.write(ByteBuffer.allocate(8).putLong(sum).array());
        });
  }

  /** {@code value}'s number in the string table, a new one the first time it is seen. */
  private static int number(Map<String, Integer> table, List<String> strings, String value) {
    Integer known = table.putIfAbsent(value, strings.size());
    if (known != null) {
      return known;
    }
    strings.add(value);
    return strings.size() - 1;
  }

  /**
   * Writes one entry, its dependencies' string numbers from {@code numbers} at {@code next};
   * returns where the next entry's begin.
   */
  private static int writeEntry(DataOutputStream out, Entry entry, int[] numbers, int next)
      throws IOException {
    int count = entry.dependencies().size();
    out.writeInt(count);
    for (int i = 0; i < 2 * count; i++) {
      out.writeInt(numbers[next++]);
    }
    text(out, entry.checksum());
    out.writeBoolean(entry.ids() != null);
    if (entry.ids() != null) {
      List<String> ids = new ArrayList<>(entry.ids());
      ids.sort(null);
      out.writeInt(ids.size());
      for (String id : ids) {
        text(out, id);
      }
    }
    out.writeInt(entry.links().size());
    for (FragmentIndex.Link link : entry.links()) {
      text(out, link.page());
      out.writeBoolean(link.sourcePath() != null);
      if (link.sourcePath() != null) {
        text(out, link.sourcePath());
      }
      out.writeInt(link.position().line());
      out.writeInt(link.position().column());
      text(out, link.kind());
      text(out, link.url());
      text(out, link.target());
      text(out, link.fragment());
    }
    return next;
  }

  private static final int NONE = -1;
  private static final int DISAGREE = -2;

  /** One entry; each dependency's value number goes into {@code valueOf} (see {@link #load}). */
  private static Entry readEntry(
      MemoInput in, String[] table, int[] valueOf, int[] seenIn, int number) throws IOException {
    int count = count(in);
    String[] names = new String[count];
    String[] hashes = new String[count];
    for (int i = 0; i < count; i++) {
      int name = in.readInt();
      int value = in.readInt();
      if (seenIn[name] == number) {
        throw new IOException("a dependency twice in one entry"); // a damaged file
      }
      seenIn[name] = number;
      names[i] = table[name];
      hashes[i] = table[value];
      if (valueOf == null) {
        continue; // an entry the changes file replaced: its values are not the memo's
      }
      int known = valueOf[name];
      if (known == NONE) {
        valueOf[name] = value;
      } else if (known != value && known != DISAGREE && !table[known].equals(table[value])) {
        valueOf[name] = DISAGREE;
      }
    }
    Map<String, String> dependencies = Dependencies.adopt(names, hashes);
    String checksum = text(in);
    Set<String> ids = null;
    if (in.readBoolean()) {
      int idCount = count(in);
      ids = new HashSet<>();
      for (int i = 0; i < idCount; i++) {
        ids.add(text(in));
      }
    }
    int linkCount = count(in);
    List<FragmentIndex.Link> links = new ArrayList<>();
    for (int i = 0; i < linkCount; i++) {
      String page = text(in);
      String sourcePath = in.readBoolean() ? text(in) : null;
      FragmentIndex.Position at = new FragmentIndex.Position(in.readInt(), in.readInt());
      links.add(
          new FragmentIndex.Link(page, sourcePath, at, text(in), text(in), text(in), text(in)));
    }
    return new Entry(dependencies, checksum, ids, links);
  }

  /**
   * Two CRCs of different polynomials, 64 bits, over the file: it catches a torn or damaged file as
   * surely as a SHA-256 for what a cache needs, and the JVM computes it at memory speed (a SHA-256
   * of the 26 MB file at 10,000 notes took a second each way).
   */
  private static long crc(byte[] bytes, int length) {
    java.util.zip.CRC32C c = new java.util.zip.CRC32C();
    c.update(bytes, 0, length);
    java.util.zip.CRC32 d = new java.util.zip.CRC32();
    d.update(bytes, 0, length);
    return (c.getValue() << 32) | d.getValue();
  }

  private static int count(MemoInput in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > in.available()) {
      throw new IOException("corrupt count " + count);
    }
    return count;
  }

  /** A string of any length (writeUTF stops at 64 KiB). */
  private static void text(DataOutputStream out, String value) throws IOException {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String text(MemoInput in) throws IOException {
    return in.text(in.readInt());
  }
}
