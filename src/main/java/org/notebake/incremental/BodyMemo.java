package org.notebake.incremental;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Severity;
import org.notebake.markdown.NoteFacts;
import org.notebake.text.HiddenSibling;
import org.notebake.text.Murmur128;

/**
 * Notes' rendered bodies, remembered by a hash of everything that went into them, so that a rebuild
 * renders only the notes whose inputs changed. An entry's key covers the build's salt (notebake's
 * code and the configuration) and the note's own text and front matter; the entry also lists the
 * notes its links resolved to and its embeds showed, with the hash of each, and is used only while
 * all of them are unchanged; and how its links resolved: the fingerprint of the names of every
 * published and private note, file and asset it was made under, and each question it asked the
 * site's index with the answer. Under other names (a note added, a picture pasted) it is used only
 * if each question gets the same answer. A changed input therefore always misses.
 *
 * <pre>{@code
 * BodyMemo memo = BodyMemo.load(cacheFolder, salt);        // empty if missing, corrupt or foreign
 * Entry hit = memo.find(key, currentHashes::get);          // null: render, then memo.put(key, ...)
 * memo.save(cacheFolder);                                  // bake only; serve keeps it in memory
 * }</pre>
 *
 * <p>On disk ({@code .<output>.notebake-cache/bodies.bin}, next to the output and never in it nor
 * in the vault) the memo is one file: a magic line, a format version, the salt, the file's id, the
 * entries, the keys removed (none) and a CRC-32C of all of it (a guard against a damaged file,
 * computed by the processor's own instruction; the keys themselves are SHA-256). It is written and
 * read as a stream, never held whole in memory (at 10,000 notes it is about 80 MB). After a build
 * that changed few entries only they are written, with the keys removed since and the whole file's
 * id, to {@code bodies-changes.bin} beside it (as {@link PageMemo#save} does). A file with another
 * magic, version, salt or checksum is ignored whole.
 */
public final class BodyMemo {
  static final String MAGIC = "notebake body memo";
  static final int VERSION = 12;
  static final String FILE = "bodies.bin";
  static final String CHANGES = "bodies-changes.bin";
  static final String CHANGES_MAGIC = "notebake body memo changes";
  static final String MARKER = CacheFolder.MARKER;

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
  public static BodyMemo loadInBackground(Path folder, String salt) {
    BodyMemo memo = new BodyMemo(salt);
    memo.table.read("reads its body memo", () -> load(folder, salt).table());
    return memo;
  }

  public BodyMemo(String salt) {
    this.table = new Background.Slot<>(new MemoTable<>(salt, Entry::dependencies));
  }

  /**
   * One note's rendered body and what rendering it said.
   *
   * @param dependencies path of every note the body depends on, to the hash it had
   * @param summary the body's summary and {@code words} its word count (for reading time)
   * @param math whether the body has maths, {@code diagrams} whether it has diagrams
   * @param attachments content paths of attachments the body published
   * @param names the fingerprint of the vault's names (every note, file and asset) the entry was
   *     last known right under
   * @param lookups each question rendering asked the site's index, to its answer ({@code
   *     SiteIndex.answer}): under other names the entry holds while each gets the same answer
   */
  public record Entry(
      Map<String, String> dependencies,
      String html,
      String summary,
      int words,
      boolean math,
      boolean diagrams,
      NoteFacts facts,
      List<Diagnostic> diagnostics,
      List<String> attachments,
      String names,
      Map<String, String> lookups) {
    public Entry {
      dependencies = Map.copyOf(dependencies);
      facts = facts == null ? NoteFacts.NONE : facts;
      diagnostics = List.copyOf(diagnostics);
      attachments = List.copyOf(attachments);
      lookups = Map.copyOf(lookups);
    }

    /** This entry, known right under {@code names} too. */
    public Entry under(String names) {
      return new Entry(
          dependencies,
          html,
          summary,
          words,
          math,
          diagrams,
          facts,
          diagnostics,
          attachments,
          names,
          lookups);
    }
  }

  /**
   * The salt of a build: notebake's code, whether drafts are shown, and the configuration that
   * rendering reads (all of it but photo metadata rules, the output folder, its warnings and the
   * lines its keys are set at, which only diagnostics about the configuration read).
   */
  public static String saltFor(org.notebake.config.SiteConfig config, boolean drafts) {
    return new Fingerprint()
        .add(MAGIC)
        .add(VERSION)
        .add(drafts)
        .add(codeIdentity())
        .addExcept(config, "photoKeep", "output", "warnings", "keys")
        .hex();
  }

  /** The jar (path, size, time) this code runs from, so a new notebake never reuses a memo. */
  private static String codeIdentity() {
    try {
      Path code =
          Path.of(BodyMemo.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return code + "\0" + Files.size(code) + "\0" + Files.getLastModifiedTime(code).toMillis();
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      return "unknown " + System.nanoTime(); // never matches again: nothing is reused
    }
  }

  /**
   * Makes the memo one of {@code salt}: if it was made for another (the configuration or notebake
   * changed), every entry is dropped.
   */
  public void adopt(String salt) {
    table.adopt(salt);
  }

  public String salt() {
    return table().salt();
  }

  /**
   * The entry for {@code key} if every note it depends on still has the hash it had, else null.
   *
   * @param currentHash a note's hash by path, null for a note no longer published
   */
  public Entry find(String key, java.util.function.Function<String, String> currentHash) {
    return table().find(key, currentHash);
  }

  public void put(String key, Entry entry) {
    table().put(key, entry);
  }

  /** Counts these entries as used by this build though it did not look them up (kept bodies). */
  public void keepUsing(java.util.Collection<String> keys) {
    table().keepUsing(keys);
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

  /** The entries held, by key (what a test of what entries share looks at). */
  Map<String, Entry> entries() {
    return table().entries();
  }

  /** The cache folder for an output folder: a hidden sibling, {@code .site.notebake-cache}. */
  public static Path folderFor(Path output) {
    Path absolute = output.toAbsolutePath().normalize();
    return HiddenSibling.of(absolute, MARKER);
  }

  /**
   * The memo saved in {@code folder}, or an empty one if there is none, or it is unreadable,
   * corrupt, of another version, or was made with another salt (another site, configuration or
   * notebake).
   */
  public static BodyMemo load(Path folder, String salt) {
    BodyMemo memo = new BodyMemo(salt);
    Path file = folder.resolve(FILE);
    if (!CacheFolder.isOurs(folder) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return memo;
    }
    try {
      Read changes = readChanges(folder, salt);
      Read whole = read(file, MAGIC, salt, changes);
      if (whole == null) {
        return memo;
      }
      memo.table().entries().putAll(whole.entries());
      if (whole.changesRead()) {
        memo.table().entries().putAll(changes.entries());
      }
      memo.table().readWhole(whole.id(), whole.onDisk());
    } catch (IOException | RuntimeException e) {
      memo.table().entries().clear(); // unreadable: rebuilt
    }
    return memo;
  }

  /**
   * One file of the memo, read: its id (a whole file's own, or for a changes file the id of the
   * whole file it changes), its entries, the keys it removes, and for a whole file what it holds by
   * key ({@link MemoTable#OTHER} where {@code changes} replaced or removed the entry) and whether
   * those changes were read over it.
   */
  private record Read(
      long id,
      Map<String, Entry> entries,
      Set<String> removed,
      Map<String, Object> onDisk,
      boolean changesRead) {}

  /**
   * The changes file, or null if it is missing, foreign or damaged (a stream meets a damaged length
   * before the checksum, as an exception): the whole file alone is then an older memo, as safe.
   */
  private static Read readChanges(Path folder, String salt) {
    try {
      return read(folder.resolve(CHANGES), CHANGES_MAGIC, salt, null);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Reads one file of the memo as a stream; null if it is missing, corrupt, of another version or
   * salt. For a whole file, {@code changes} (or null) are left out of it when they were written for
   * it.
   */
  private static Read read(Path file, String magic, String salt, Read changes) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    long size = Files.size(file);
    if (size < Integer.BYTES) {
      return null;
    }
    CRC32C crc = new CRC32C();
    try (InputStream raw = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      MemoInput in = MemoInput.checked(raw, size - Integer.BYTES, crc);
      if (!in.readUTF().equals(magic) || in.readInt() != VERSION || !in.readUTF().equals(salt)) {
        return null; // foreign: another format, site or configuration
      }
      long id = in.readLong();
      boolean changesRead = changes != null && changes.id() == id;
      Map<String, Entry> read = new java.util.HashMap<>();
      Map<String, Object> onDisk = new java.util.HashMap<>();
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        String key = in.readUTF();
        Entry entry = readEntry(in);
        boolean kept =
            !changesRead
                || (!changes.entries().containsKey(key) && !changes.removed().contains(key));
        if (kept) {
          read.put(key, entry);
        }
        onDisk.put(key, kept ? entry : MemoTable.OTHER);
      }
      Set<String> removed = new HashSet<>(strings(in));
      if (!in.atEnd()) {
        return null; // corrupt: more bytes than entries
      }
      int sum = new DataInputStream(raw).readInt();
      if (sum != (int) crc.getValue()) {
        return null; // corrupt: rebuilt
      }
      return new Read(id, read, removed, onDisk, changesRead);
    }
  }

  /**
   * Writes the memo into {@code folder}, creating and marking the folder if it is missing; a folder
   * that exists without notebake's marker is left alone (it is not ours). Only the entries that
   * differ from the whole file, to a changes file, when they are few ({@link PageMemo#save}): at
   * 10,000 notes the whole file is 77 MB and took 0.27 s to write.
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
                  write(
                      folder,
                      name,
                      whole ? MAGIC : CHANGES_MAGIC,
                      id,
                      new java.util.TreeMap<>(entries),
                      removed));
      return true;
    } catch (IOException e) {
      return false; // a cache that cannot be written only costs the next build time
    }
  }

  /** One file of the memo: header, entries, removed keys, checksum. */
  private void write(
      Path folder,
      String name,
      String magic,
      long id,
      Map<String, Entry> entries,
      List<String> removed)
      throws IOException {
    CacheFolder.replace(
        folder,
        name,
        file -> {
          CRC32C crc = new CRC32C();
          DataOutputStream out = new DataOutputStream(new CheckedOutputStream(file, crc));
          out.writeUTF(magic);
          out.writeInt(VERSION);
          out.writeUTF(table().salt());
          out.writeLong(id);
          out.writeInt(entries.size());
          for (Map.Entry<String, Entry> entry : entries.entrySet()) {
            out.writeUTF(entry.getKey());
            writeEntry(out, entry.getValue());
          }
          strings(out, removed);
          out.flush();
          new DataOutputStream(file).writeInt((int) crc.getValue());
        });
  }

  private static void writeEntry(DataOutputStream out, Entry entry) throws IOException {
    Map<String, String> dependencies = new java.util.TreeMap<>(entry.dependencies());
    out.writeInt(dependencies.size());
    for (Map.Entry<String, String> d : dependencies.entrySet()) {
      out.writeUTF(d.getKey());
      out.writeUTF(d.getValue());
    }
    writeLong(out, entry.html());
    long[] own = Murmur128.ownHash(entry.html()); // read back with it: not hashed again
    out.writeLong(own[0]);
    out.writeLong(own[1]);
    writeLong(out, entry.summary());
    out.writeInt(entry.words());
    out.writeBoolean(entry.math());
    out.writeBoolean(entry.diagrams());
    NoteFacts facts = entry.facts();
    strings(out, facts.tags());
    out.writeInt(facts.headings().size());
    for (NoteFacts.Heading h : facts.headings()) {
      out.writeInt(h.level());
      writeLong(out, h.text());
      writeLong(out, h.id());
      out.writeInt(h.line());
      out.writeBoolean(h.linked() != null);
      if (h.linked() != null) {
        writeLong(out, h.linked());
      }
    }
    strings(out, new ArrayList<>(facts.blockIds()));
    strings(out, new ArrayList<>(facts.htmlIds()));
    Map<String, NoteFacts.Lines> blockLines = new java.util.TreeMap<>(facts.blockLines());
    out.writeInt(blockLines.size());
    for (Map.Entry<String, NoteFacts.Lines> block : blockLines.entrySet()) {
      writeLong(out, block.getKey());
      out.writeInt(block.getValue().first());
      out.writeInt(block.getValue().last());
    }
    out.writeInt(facts.links().size());
    for (NoteFacts.OutgoingLink link : facts.links()) {
      writeLong(out, link.target());
      writeLong(out, link.fragment());
      out.writeBoolean(link.embed());
      writeLong(out, link.context());
    }
    out.writeInt(entry.diagnostics().size());
    for (Diagnostic d : entry.diagnostics()) {
      writeLong(out, d.path());
      out.writeInt(d.line());
      out.writeInt(d.column());
      out.writeBoolean(d.isError());
      writeLong(out, d.message());
      writeLong(out, d.rule());
    }
    strings(out, entry.attachments());
    writeLong(out, entry.names());
    Map<String, String> lookups = new java.util.TreeMap<>(entry.lookups());
    out.writeInt(lookups.size());
    for (Map.Entry<String, String> lookup : lookups.entrySet()) {
      writeLong(out, lookup.getKey());
      writeLong(out, lookup.getValue());
    }
  }

  private static Entry readEntry(MemoInput in) throws IOException {
    int count = in.readInt();
    Map<String, String> dependencies = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      dependencies.put(in.readUTF(), in.readUTF());
    }
    String html = readLong(in);
    Murmur128.remember(html, in.readLong(), in.readLong());
    String summary = readLong(in);
    int words = in.readInt();
    boolean math = in.readBoolean();
    boolean diagrams = in.readBoolean();
    List<String> tags = strings(in);
    int headingCount = in.readInt();
    List<NoteFacts.Heading> headings = new ArrayList<>();
    for (int i = 0; i < headingCount; i++) {
      int level = in.readInt();
      String text = readLong(in);
      String id = readLong(in);
      int line = in.readInt();
      headings.add(
          new NoteFacts.Heading(level, text, id, line, in.readBoolean() ? readLong(in) : null));
    }
    Set<String> blockIds = new HashSet<>(strings(in));
    Set<String> htmlIds = new HashSet<>(strings(in));
    int blockCount = in.readInt();
    Map<String, NoteFacts.Lines> blockLines = new java.util.HashMap<>();
    for (int i = 0; i < blockCount; i++) {
      blockLines.put(readLong(in), new NoteFacts.Lines(in.readInt(), in.readInt()));
    }
    int linkCount = in.readInt();
    List<NoteFacts.OutgoingLink> links = new ArrayList<>();
    for (int i = 0; i < linkCount; i++) {
      links.add(
          new NoteFacts.OutgoingLink(readLong(in), readLong(in), in.readBoolean(), readLong(in)));
    }
    int diagnosticCount = in.readInt();
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (int i = 0; i < diagnosticCount; i++) {
      String path = readLong(in);
      int line = in.readInt();
      int column = in.readInt();
      Severity severity = in.readBoolean() ? Severity.ERROR : Severity.WARNING;
      String message = readLong(in);
      String rule = readLong(in);
      diagnostics.add(new Diagnostic(path, line, column, severity, message, rule));
    }
    List<String> attachments = strings(in);
    String names = readLong(in);
    int lookupCount = in.readInt();
    if (lookupCount < 0 || lookupCount > 50_000_000) {
      throw new IOException("corrupt count " + lookupCount);
    }
    Map<String, String> lookups = new java.util.HashMap<>();
    for (int i = 0; i < lookupCount; i++) {
      lookups.put(readLong(in), readLong(in));
    }
    return new Entry(
        dependencies,
        html,
        summary,
        words,
        math,
        diagrams,
        new NoteFacts(tags, headings, blockIds, links, htmlIds, blockLines),
        diagnostics,
        attachments,
        names,
        lookups);
  }

  /** Counts an entry found as not used after all (its lookups answered otherwise). */
  public void unhit() {
    table().unhit();
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      writeLong(out, value);
    }
  }

  private static List<String> strings(MemoInput in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > 50_000_000) {
      throw new IOException("corrupt count " + count);
    }
    List<String> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      values.add(readLong(in));
    }
    return values;
  }

  /** A string of any length (writeUTF stops at 64 KiB), null kept. */
  private static void writeLong(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readLong(MemoInput in) throws IOException {
    int length = in.readInt();
    return length == -1 ? null : in.text(length);
  }

  static byte[] sha256(byte[] bytes) {
    return org.notebake.text.Sha256.of(bytes);
  }
}
