package org.notebake.site.output;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A site notebake baked, brought up to date where it is: the files whose bytes changed are moved in
 * from the staging folder (one rename each, so a page is always whole, old or new), the files the
 * new site no longer has are moved out, and the new marker goes in last. Everything else in the
 * folder, the unchanged pages and every file of the user's ({@code .git/}, {@code CNAME}), is not
 * touched at all. A second bake after one edit at 10,000 notes renames a few files instead of
 * linking 20,000 into a new folder, swapping it in and deleting the old one.
 *
 * <pre>{@code
 * InPlaceUpdate.Plan plan = InPlaceUpdate.plan(output, live, staged, site);
 * InPlaceUpdate.apply(plan, output, staging, () -> {}); // all of it, or (after an error) none
 * InPlaceUpdate.recover(output, staging); // a killed build's: undone unless its marker is in
 * }</pre>
 *
 * <p>The update keeps a journal in the staging folder ({@value #JOURNAL}), written before the site
 * is changed: what is added (with its checksum), replaced and removed. A replaced or removed file
 * is first kept in {@value #BACKUP} inside the staging folder (a hard link, or the file itself).
 * Until the new marker replaces the old one the update can be undone: an error undoes it at once,
 * and a build killed half-way is undone by the next bake or check ({@link LeftoverRecovery}), which
 * finds the journal and an output whose marker is still the old one; then the previous site is
 * there again byte for byte. A file is added only where nothing is (a hard link made under the new
 * name fails if anything is there), so a file someone put there during the build is never
 * overwritten; a folder on the way is never a symbolic link.
 */
final class InPlaceUpdate {
  /** The journal's name in the staging folder; no site path may start with it. */
  static final String JOURNAL = ".notebake-update";

  /** Where replaced and removed files wait in the staging folder until the update is in. */
  static final String BACKUP = ".notebake-update.d";

  private static final String MAGIC = "notebake in-place update 1";
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  /**
   * One update. Paths are the site's ('/'-separated); {@code names} gives a listed file's name on
   * disk where it differs (macOS stores names decomposed).
   *
   * @param added each new path with its checksum and size ({@code size:checksum})
   * @param replaced listed paths the staging folder has new bytes for
   * @param removed listed paths the new site does not have
   * @param folders folders the added files need that are not there now, parents first
   * @param marker the checksum of the new marker's bytes: the update is in once the output's marker
   *     has it
   */
  record Plan(
      Map<String, String> added,
      List<String> replaced,
      List<String> removed,
      Map<String, String> names,
      List<String> folders,
      String before,
      String marker,
      byte[] markerBytes) {
    boolean isEmpty() {
      return added.isEmpty() && replaced.isEmpty() && removed.isEmpty();
    }
  }

  private InPlaceUpdate() {}

  /**
   * What bringing {@code output} to {@code site} takes. {@code live} is the output as inspected
   * just now (every listed file verified), {@code staged} the files in the staging folder.
   *
   * @throws OutputRefusedException naming every path where a file or folder of the user's is in the
   *     way of the new site (notebake never overwrites the user's files)
   */
  static Plan plan(Path output, LiveSite live, Map<String, Manifest.Entry> staged, Manifest site)
      throws IOException {
    Map<String, LiveSite.Verified> ours = live.verified();
    TreeMap<String, String> added = new TreeMap<>();
    List<String> replaced = new ArrayList<>();
    Map<String, String> names = new TreeMap<>();
    for (Map.Entry<String, Manifest.Entry> file : staged.entrySet()) {
      String path = file.getKey();
      LiveSite.Verified before = ours.get(path);
      if (before == null) {
        added.put(path, file.getValue().size() + ":" + file.getValue().checksum());
      } else {
        replaced.add(path);
        if (!before.name().equals(path)) {
          names.put(path, before.name());
        }
      }
    }
    List<String> removed = new ArrayList<>();
    for (Map.Entry<String, LiveSite.Verified> file : ours.entrySet()) {
      if (!site.files().containsKey(file.getKey())) {
        removed.add(file.getKey());
        if (!file.getValue().name().equals(file.getKey())) {
          names.put(file.getKey(), file.getValue().name());
        }
      }
    }
    Collections.sort(replaced);
    Collections.sort(removed);
    refuseCollisions(output, live.userEntries(), added.navigableKeySet());
    Set<String> folders = new TreeSet<>(); // sorted: a parent before what it holds
    for (String path : added.keySet()) {
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        folders.add(path.substring(0, slash));
      }
    }
    folders.removeIf(folder -> Files.isDirectory(output.resolve(folder), NOFOLLOW));
    byte[] marker = site.format();
    return new Plan(
        Collections.unmodifiableMap(added),
        List.copyOf(replaced),
        List.copyOf(removed),
        Collections.unmodifiableMap(names),
        List.copyOf(folders),
        markerChecksum(output),
        Manifest.checksum(marker),
        marker);
  }

  /**
   * A user's entry at a path the new site writes, above one (a file where a folder is needed) or
   * below one (their files inside a folder where a page goes now). A user's folder the new site
   * writes into is merged, as before.
   */
  private static void refuseCollisions(
      Path output, List<String> userEntries, java.util.NavigableSet<String> added) {
    List<String> collisions = new ArrayList<>();
    for (String entry : userEntries) {
      String below = entry + "/";
      String next = added.ceiling(below);
      boolean inside = next != null && next.startsWith(below); // the site adds a file within
      if (added.contains(entry)
          || addsAbove(entry, added)
          || (inside && !Files.isDirectory(output.resolve(entry), NOFOLLOW))) {
        collisions.add(entry);
      }
    }
    if (!collisions.isEmpty()) {
      throw new OutputRefusedException(
          output,
          "the output holds files notebake did not write at paths the new site writes too ("
              + String.join(", ", collisions)
              + "), and notebake never overwrites your files",
          "move or rename your files, or change the notes that produce those paths, then bake"
              + " again");
    }
  }

  /** Whether the new site adds a file at a folder of {@code entry}'s path. */
  private static boolean addsAbove(String entry, Set<String> added) {
    for (int slash = entry.indexOf('/'); slash >= 0; slash = entry.indexOf('/', slash + 1)) {
      if (added.contains(entry.substring(0, slash))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Applies {@code plan} to {@code output} from {@code staging}: journal, files out, files in,
   * marker. On an error the output is put back as it was before the error is thrown (what cannot be
   * put back stays in the staging folder for the next build's recovery). {@code beforeEach} runs
   * before each change (tests kill the update there).
   */
  static void apply(Plan plan, Path output, Path staging, Runnable beforeEach) throws IOException {
    beforeEach.run();
    writeJournal(plan, staging);
    try {
      for (String path : plan.removed()) {
        String name = plan.names().getOrDefault(path, path);
        Path backup = staging.resolve(BACKUP).resolve(name);
        Files.createDirectories(backup.getParent());
        beforeEach.run();
        Files.move(output.resolve(name), backup, StandardCopyOption.ATOMIC_MOVE);
      }
      for (String path : plan.replaced()) {
        String name = plan.names().getOrDefault(path, path);
        Path live = output.resolve(name);
        Path backup = staging.resolve(BACKUP).resolve(name);
        Files.createDirectories(backup.getParent());
        beforeEach.run();
        keepCopy(live, backup);
        beforeEach.run();
        Files.move(
            staging.resolve(path),
            live,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      }
      beforeEach.run();
      removeEmptiedFolders(plan, output);
      for (String folder : plan.folders()) {
        Path dir = output.resolve(folder);
        beforeEach.run();
        if (!Files.isDirectory(dir, NOFOLLOW)) {
          try {
            Files.createDirectory(dir); // fails on anything there, a link included
          } catch (FileAlreadyExistsException e) {
            throw inTheWay(output, folder);
          }
        }
      }
      for (String path : plan.added().keySet()) {
        Path dir = output.resolve(path).getParent();
        if (!Files.isDirectory(dir, NOFOLLOW)) {
          throw inTheWay(output, Manifest.relative(output, dir));
        }
        beforeEach.run();
        putWhereNothingIs(output, path, staging.resolve(path), output.resolve(path));
      }
      beforeEach.run();
      Path next = staging.resolve(OutputMarker.NAME + ".next");
      Files.write(next, plan.markerBytes(), StandardOpenOption.CREATE_NEW, NOFOLLOW);
      beforeEach.run();
      Files.move(
          next,
          output.resolve(OutputMarker.NAME),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      try {
        undo(output, staging, plan);
      } catch (IOException | RuntimeException undoFailure) {
        e.addSuppressed(undoFailure);
      }
      throw e;
    }
  }

  /** Something not a folder (a file, a link) was put where the new site needs a folder. */
  private static OutputRefusedException inTheWay(Path output, String folder) {
    return new OutputRefusedException(
        output,
        "something that is not a folder was put at "
            + folder
            + " while the site was built,"
            + " where the new site needs a folder",
        "notebake never overwrites your files: move it, then bake again");
  }

  /** A replaced file's bytes, kept aside: a second name for it, or a copy where there are none. */
  private static void keepCopy(Path live, Path backup) throws IOException {
    try {
      Files.createLink(backup, live);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | IOException e) {
      Files.copy(live, backup, StandardCopyOption.COPY_ATTRIBUTES, NOFOLLOW); // no hard links
    }
  }

  /**
   * Moves {@code from} to {@code to} only if nothing is at {@code to}: a hard link under the new
   * name is made (which fails if anything is there), then the old name goes. Where there are no
   * hard links (FAT, some network shares: the link fails otherwise), a move without replacing,
   * which looks first (a rename alone would replace what is there).
   */
  private static void putWhereNothingIs(Path output, String path, Path from, Path to)
      throws IOException {
    try {
      try {
        Files.createLink(to, from);
      } catch (FileAlreadyExistsException e) {
        throw e;
      } catch (UnsupportedOperationException | IOException e) {
        Files.move(from, to); // no ATOMIC_MOVE, no REPLACE_EXISTING: refuses an existing target
        return;
      }
    } catch (FileAlreadyExistsException e) {
      throw new OutputRefusedException(
          output,
          "something was put at "
              + path
              + " while the site was built, where the new site has a file",
          "notebake never overwrites your files: move yours, then bake again");
    }
    Files.delete(from);
  }

  /**
   * Folders of removed files that hold nothing now and that no added file needs, deepest first: the
   * new site would not have them. One that holds anything (a user's file) stays.
   */
  private static void removeEmptiedFolders(Plan plan, Path output) throws IOException {
    Set<String> emptied = new TreeSet<>(Collections.reverseOrder());
    for (String path : plan.removed()) {
      String name = plan.names().getOrDefault(path, path);
      for (int slash = name.lastIndexOf('/'); slash > 0; slash = name.lastIndexOf('/', slash - 1)) {
        emptied.add(name.substring(0, slash));
      }
    }
    Set<String> needed = new java.util.HashSet<>();
    for (String path : plan.added().keySet()) {
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        needed.add(path.substring(0, slash));
      }
    }
    emptied.removeAll(needed);
    for (String folder : emptied) {
      try {
        Files.delete(output.resolve(folder));
      } catch (DirectoryNotEmptyException | NoSuchFileException e) {
        // still holds something (of the new site's, or the user's), or already gone
      }
    }
  }

  /** The journal, written under a temporary name and renamed: it is whole or not there. */
  private static void writeJournal(Plan plan, Path staging) throws IOException {
    Path temporary = staging.resolve(JOURNAL + ".tmp");
    try (OutputStream file =
        Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, NOFOLLOW)) {
      CRC32C crc = new CRC32C();
      DataOutputStream out = new DataOutputStream(new CheckedOutputStream(file, crc));
      out.writeUTF(MAGIC);
      out.writeUTF(plan.before());
      out.writeUTF(plan.marker());
      out.writeInt(plan.added().size());
      for (Map.Entry<String, String> added : plan.added().entrySet()) {
        out.writeUTF(added.getKey());
        out.writeUTF(added.getValue());
      }
      strings(out, plan.replaced());
      strings(out, plan.removed());
      out.writeInt(plan.names().size());
      for (Map.Entry<String, String> name : plan.names().entrySet()) {
        out.writeUTF(name.getKey());
        out.writeUTF(name.getValue());
      }
      strings(out, plan.folders());
      out.flush();
      new DataOutputStream(file).writeInt((int) crc.getValue());
    }
    Files.move(temporary, staging.resolve(JOURNAL), StandardCopyOption.ATOMIC_MOVE);
  }

  private static void strings(DataOutputStream out, List<String> values) throws IOException {
    out.writeInt(values.size());
    for (String value : values) {
      out.writeUTF(value);
    }
  }

  /** The journal in {@code staging}, or null if there is none (nothing was changed yet). */
  private static Plan readJournal(Path staging) throws IOException {
    Path journal = staging.resolve(JOURNAL);
    if (!Files.isRegularFile(journal, NOFOLLOW)) {
      return null;
    }
    byte[] bytes = Files.readAllBytes(journal);
    if (bytes.length < Integer.BYTES) {
      throw new IOException(journal + " is cut short");
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - Integer.BYTES);
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
    if (!in.readUTF().equals(MAGIC)) {
      throw new IOException(journal + " is not a journal this notebake reads");
    }
    String before = in.readUTF();
    String marker = in.readUTF();
    Map<String, String> added = new TreeMap<>();
    for (int i = count(in); i > 0; i--) {
      added.put(in.readUTF(), in.readUTF());
    }
    List<String> replaced = strings(in);
    List<String> removed = strings(in);
    Map<String, String> names = new TreeMap<>();
    for (int i = count(in); i > 0; i--) {
      names.put(in.readUTF(), in.readUTF());
    }
    List<String> folders = strings(in);
    int sum = in.readInt();
    if (in.available() != 0 || sum != (int) crc.getValue()) {
      throw new IOException(journal + " is damaged");
    }
    for (String path : added.keySet()) {
      Manifest.requireSafe(path);
    }
    for (String path : replaced) {
      Manifest.requireSafe(names.getOrDefault(path, path));
    }
    for (String path : removed) {
      Manifest.requireSafe(names.getOrDefault(path, path));
    }
    for (String folder : folders) {
      Manifest.requireSafe(folder);
    }
    return new Plan(added, replaced, removed, names, folders, before, marker, null);
  }

  private static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > 10_000_000) {
      throw new IOException("a journal count of " + count);
    }
    return count;
  }

  private static List<String> strings(DataInputStream in) throws IOException {
    List<String> values = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      values.add(in.readUTF());
    }
    return values;
  }

  /**
   * What a killed build left: if {@code staging} holds a journal and the output's marker is still
   * the one it had before the update, the update is undone. A journal whose update is in (the new
   * marker) or was followed by a later build (another marker) is not followed. True if something
   * was undone.
   */
  static boolean recover(Path output, Path staging) throws IOException {
    Plan plan = readJournal(staging);
    if (plan == null || !plan.before().equals(markerChecksum(output))) {
      return false;
    }
    undo(output, staging, plan);
    return true;
  }

  /** The checksum of the output's marker file's bytes ("" if there is none). */
  private static String markerChecksum(Path output) throws IOException {
    Path marker = output.resolve(OutputMarker.NAME);
    if (!Files.isRegularFile(marker, NOFOLLOW)) {
      return "";
    }
    try (InputStream in = Files.newInputStream(marker, NOFOLLOW)) {
      return Manifest.checksum(in.readNBytes((int) Manifest.MAX_BYTES + 1));
    }
  }

  /** After the update is in: its journal goes first, so what is left of the folder is inert. */
  static void forget(Path staging) throws IOException {
    Files.deleteIfExists(staging.resolve(JOURNAL));
  }

  /**
   * Puts the output back as it was before {@code plan}: its added files (those still with the bytes
   * it added) and the folders it made (if empty) go, its replaced and removed files come back from
   * the backup. Each step looks before it acts, so undoing twice, or a part never done, is safe.
   */
  private static void undo(Path output, Path staging, Plan plan) throws IOException {
    List<String> added = new ArrayList<>(plan.added().keySet());
    Collections.reverse(added);
    for (String path : added) {
      Path file = output.resolve(path);
      if (!Files.isDirectory(file.getParent(), NOFOLLOW)) {
        continue; // never moved in: its folder is not there (or is still a file of the old site)
      }
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW);
      } catch (NoSuchFileException e) {
        continue; // never moved in
      }
      String expected = plan.added().get(path);
      if (attributes.isRegularFile()
          && expected.equals(attributes.size() + ":" + Manifest.checksum(file))) {
        Files.delete(file);
      }
    }
    List<String> folders = new ArrayList<>(plan.folders());
    Collections.reverse(folders);
    for (String folder : folders) {
      Path dir = output.resolve(folder);
      if (Files.isDirectory(dir, NOFOLLOW)) {
        try {
          Files.delete(dir);
        } catch (DirectoryNotEmptyException e) {
          // someone else's file is in it now: the folder stays
        }
      }
    }
    List<String> back = new ArrayList<>(plan.replaced());
    back.addAll(plan.removed());
    for (String path : back) {
      String name = plan.names().getOrDefault(path, path);
      Path backup = staging.resolve(BACKUP).resolve(name);
      if (!Files.exists(backup, NOFOLLOW)) {
        continue; // never moved out (a replaced file's backup is made before it is replaced)
      }
      Path live = output.resolve(name);
      makeFolders(output, live.getParent());
      Files.move(backup, live, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Makes the folders down to {@code dir} inside {@code output}, never through a link. */
  private static void makeFolders(Path output, Path dir) throws IOException {
    if (dir.equals(output) || Files.isDirectory(dir, NOFOLLOW)) {
      return;
    }
    makeFolders(output, dir.getParent());
    Files.createDirectory(dir);
  }
}
