package org.notebake.site.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What is in an output folder now, measured against the list in its marker: which files notebake
 * wrote (each still the same size and checksum, or the folder is not trusted) and which files and
 * folders the user added (kept by the next bake).
 *
 * <pre>{@code
 * LiveSite live = LiveSite.inspect(Path.of("/home/ana/site"));
 * live.state();       // OURS
 * live.userEntries(); // [.git, CNAME, notes/draft.txt]
 * }</pre>
 *
 * <p>The folder is walked without following links: a listed file reached only through a linked
 * folder counts as missing, and a link is always the user's. A user's folder is one entry, not
 * opened: everything below it is theirs. On a file system that stores names decomposed (macOS
 * HFS+), a listed {@code café.html} read back as {@code cafe\u0301.html} is still the same file.
 */
record LiveSite(
    State state,
    String problem,
    String fix,
    List<String> userEntries,
    Map<String, Verified> verified) {
  /** How to get past a marker written by notebake before it listed its files. */
  static final String EARLIER_VERSION_FIX =
      "if nothing in it is yours, bake once with --force (every file in it is replaced); from then"
          + " on the marker lists notebake's files and bakes keep the ones you add";

  /**
   * A listed file as this inspection found it: the name it has on disk (the listed one, or its
   * decomposed form on macOS) and its stamp when its checksum matched the list.
   */
  record Verified(String name, FileStamp stamp) {}

  /** What the output folder is. */
  enum State {
    /** Nothing at the output path. */
    MISSING,
    /** An empty folder: anybody's, and nothing to lose. */
    EMPTY,
    /** A site notebake baked, its listed files unchanged; user entries may be next to them. */
    OURS,
    /** Not a site notebake baked, or one whose files were changed since: see {@link #problem}. */
    FOREIGN
  }

  /** Inspects {@code output}, reading every listed file to check its checksum. */
  static LiveSite inspect(Path output) throws IOException {
    return inspect(output, Map.of());
  }

  /**
   * Inspects {@code output}; a listed file whose stamp is still the one in {@code known} (by listed
   * path) and whose listed checksum is the known one is not read again.
   */
  static LiveSite inspect(Path output, Map<String, Verified> known) throws IOException {
    Marker marker = marker(output);
    return marker.settled() != null ? marker.settled() : inspect(output, marker.list(), known);
  }

  /**
   * Inspects {@code output} by its marker alone, which no folder notebake did not bake has: {@link
   * OutputPolicy#check} refuses most foreign folders this way, and the staging folder's {@link
   * StagedOutput#open}, which comes next, walks the folder and checks every file under the output's
   * lock. (Before, the check walked it too, names and sizes: 3% of a second bake.) A folder with a
   * valid marker is OURS here, with no entries.
   */
  static LiveSite inspectMarker(Path output) throws IOException {
    Marker marker = marker(output);
    return marker.settled() != null
        ? marker.settled()
        : new LiveSite(State.OURS, null, null, List.of(), Map.of());
  }

  /**
   * What an output's marker says: what the folder is when that is settled without its files ({@code
   * settled}), else the files the marker lists.
   */
  private record Marker(LiveSite settled, Manifest list) {}

  private static Marker marker(Path output) throws IOException {
    if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      return new Marker(new LiveSite(State.MISSING, null, null, List.of(), Map.of()), null);
    }
    if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
      return new Marker(
          foreign("the output is a symbolic link or a file, not a folder notebake created"), null);
    }
    if (OutputPolicy.isEmptyDirectory(output)) {
      return new Marker(new LiveSite(State.EMPTY, null, null, List.of(), Map.of()), null);
    }
    try {
      return new Marker(null, OutputMarker.read(output));
    } catch (Manifest.Invalid e) {
      LiveSite foreign =
          new LiveSite(
              State.FOREIGN,
              "the output folder is not empty and notebake did not create it (its "
                  + OutputMarker.NAME
                  + " file "
                  + e.getMessage()
                  + ")",
              e.earlierVersion() ? EARLIER_VERSION_FIX : null,
              List.of(),
              Map.of());
      return new Marker(foreign, null);
    }
  }

  private static LiveSite inspect(Path output, Manifest manifest, Map<String, Verified> known)
      throws IOException {
    Walk walk = new Walk(output, manifest);
    Files.walkFileTree(output, walk);
    Map<String, Verified> verified = new HashMap<>();
    for (Map.Entry<String, Manifest.Entry> listed : manifest.files().entrySet()) {
      String actual = walk.matched.get(listed.getKey());
      if (actual == null) {
        return mismatch(listed.getKey(), "is missing or is no longer a regular file");
      }
      BasicFileAttributes attributes = walk.attributes.get(listed.getKey());
      String checksum = listed.getValue().checksum();
      Verified before = known.get(listed.getKey());
      if (before != null
          && before.name().equals(actual)
          && before.stamp().checksum().equals(checksum)
          && before.stamp().sameFileAs(attributes)) {
        verified.put(listed.getKey(), before);
        continue;
      }
      Path file = output.resolve(actual);
      if (attributes.size() != listed.getValue().size()
          || !Manifest.checksum(file).equals(checksum)) {
        return mismatch(listed.getKey(), "was changed since");
      }
      verified.put(listed.getKey(), new Verified(actual, FileStamp.of(attributes, checksum)));
    }
    List<String> user = new ArrayList<>(walk.user);
    user.sort(null);
    return new LiveSite(State.OURS, null, null, List.copyOf(user), Map.copyOf(verified));
  }

  private static LiveSite mismatch(String path, String what) {
    return new LiveSite(
        State.FOREIGN,
        "the output folder does not match its "
            + OutputMarker.NAME
            + " file: "
            + path
            + ", which notebake wrote, "
            + what,
        "put "
            + path
            + " back as notebake wrote it (to keep a changed page, save it under another name),"
            + " or move your own files out and pass --force, which replaces the folder as a whole",
        List.of(),
        Map.of());
  }

  private static LiveSite foreign(String problem) {
    return new LiveSite(State.FOREIGN, problem, null, List.of(), Map.of());
  }

  /** Visits the output once: checks listed files, collects the user's top-most entries. */
  private static final class Walk extends SimpleFileVisitor<Path> {
    private final Path root;
    private final Map<String, Manifest.Entry> files;
    private final Set<String> folders;

    /** Listed path to the name it was found under. */
    private final Map<String, String> matched = new HashMap<>();

    /** Listed path to the attributes of the file found under it. */
    private final Map<String, BasicFileAttributes> attributes = new HashMap<>();

    private final List<String> user = new ArrayList<>();

    Walk(Path root, Manifest manifest) {
      this.root = root;
      this.files = manifest.files();
      this.folders = manifest.folders();
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
      if (dir.equals(root)) {
        return FileVisitResult.CONTINUE;
      }
      String path = listedName(Manifest.relative(root, dir), folders);
      if (path != null) {
        return FileVisitResult.CONTINUE;
      }
      user.add(Manifest.relative(root, dir));
      return FileVisitResult.SKIP_SUBTREE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
      String actual = Manifest.relative(root, file);
      if (actual.equals(OutputMarker.NAME)) {
        return FileVisitResult.CONTINUE;
      }
      String path = listedName(actual, files.keySet());
      if (path == null || !attributes.isRegularFile()) {
        user.add(actual); // a link or special file in a listed file's place leaves it missing
        return FileVisitResult.CONTINUE;
      }
      String earlier = matched.get(path);
      if (earlier != null) {
        // Two names for one listed file (Linux keeps both forms): the exact one is ours.
        if (!actual.equals(path)) {
          user.add(actual);
          return FileVisitResult.CONTINUE;
        }
        user.add(earlier);
      }
      matched.put(path, actual);
      this.attributes.put(path, attributes);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
      String actual = Manifest.relative(root, file);
      if (listedName(actual, folders) == null && listedName(actual, files.keySet()) == null) {
        user.add(actual); // unreadable, but the user's: a bake leaves it alone
        return FileVisitResult.CONTINUE;
      }
      throw failure;
    }

    /** {@code actual} as listed, also when the file system gave it back decomposed. */
    private static String listedName(String actual, Set<String> listed) {
      if (listed.contains(actual)) {
        return actual;
      }
      String composed = Normalizer.normalize(actual, Normalizer.Form.NFC);
      return !composed.equals(actual) && listed.contains(composed) ? composed : null;
    }
  }
}
