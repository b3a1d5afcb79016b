package org.notebake.links;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.notebake.text.DotSegments;

/**
 * Finds things by the names Obsidian lets a link use: a vault path, a path relative to the linking
 * note, a bare file name (case-insensitive), or an alias, which answers only where no file has the
 * name. When a bare name is ambiguous the shortest path wins, as in Obsidian's "shortest path when
 * possible" mode.
 *
 * @param <T> what is found (a note or an attachment)
 */
public final class NoteLookup<T> {
  private final Map<String, T> byPath = new HashMap<>();
  private final Map<String, List<Candidate<T>>> byName = new HashMap<>();

  record Candidate<T>(String path, T value) {}

  /** A lookup result; {@code others} lists the other candidates when the name was ambiguous. */
  public record Found<T>(T value, List<String> others) {}

  /**
   * @param path vault-relative path without the extension for notes, with it for attachments
   * @param names the bare names it answers to (file name, aliases)
   */
  void add(String path, List<String> names, T value) {
    byPath.putIfAbsent(key(path), value);
    for (String name : names) {
      byName.computeIfAbsent(key(name), n -> new ArrayList<>()).add(new Candidate<>(path, value));
    }
  }

  /**
   * @param target the reference as written ("Note", "folder/Note", "../x/Note")
   * @param fromFolder the linking note's folder, "" at the root
   */
  Optional<Found<T>> find(String target, String fromFolder) {
    String t = target.replace('\\', '/');
    if (t.startsWith("/")) {
      t = t.substring(1);
    }
    T relative = byPath.get(key(join(fromFolder, t)));
    if (relative != null) {
      return Optional.of(new Found<>(relative, List.of()));
    }
    T absolute = byPath.get(key(t));
    if (absolute != null) {
      return Optional.of(new Found<>(absolute, List.of()));
    }
    // As Obsidian does when the path leads nowhere: the file whose path ends as the link's does,
    // its ../ and ./ left out (../../pics/a.png from notes/wifi/ finds notes/pics/a.png).
    String tail = DotSegments.dropLeading(t);
    String name = tail.contains("/") ? tail.substring(tail.lastIndexOf('/') + 1) : tail;
    List<Candidate<T>> candidates = byName.getOrDefault(key(name), List.of());
    if (t.contains("/")) {
      // A path names a file, never an alias: [[./color theory]] is no note aliased "color theory".
      String suffix = key("/" + tail);
      candidates = candidates.stream().filter(c -> key("/" + c.path()).endsWith(suffix)).toList();
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    // Obsidian finds a link's note by its file name; an alias answers only where no file has it
    // ([[COOP]] is COOP.md, not the note aliased COOP, and the link is no ambiguous one).
    String wanted = key(name);
    List<Candidate<T>> named =
        candidates.stream().filter(c -> key(fileName(c.path())).equals(wanted)).toList();
    if (!named.isEmpty()) {
      candidates = named;
    }
    List<Candidate<T>> sorted = new ArrayList<>(candidates);
    sorted.sort(
        Comparator.comparingInt((Candidate<T> c) -> depth(c.path()))
            .thenComparingInt(c -> c.path().length())
            .thenComparing(Candidate::path));
    List<String> others = sorted.stream().skip(1).map(Candidate::path).distinct().toList();
    others = others.stream().filter(p -> !p.equals(sorted.get(0).path())).toList();
    return Optional.of(new Found<>(sorted.get(0).value(), others));
  }

  /** The value at exactly this vault path, if any. */
  Optional<T> exact(String path) {
    return Optional.ofNullable(byPath.get(key(path)));
  }

  /** Known names, for "did you mean" suggestions. */
  Iterable<String> names() {
    return byName.keySet();
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static int depth(String path) {
    return (int) path.chars().filter(c -> c == '/').count();
  }

  /** Joins and normalises "a/b" + "../c" to "a/c". */
  static String join(String folder, String relative) {
    List<String> parts = new ArrayList<>();
    for (String part : (folder.isEmpty() ? relative : folder + "/" + relative).split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
        continue;
      }
      parts.add(part);
    }
    return String.join("/", parts);
  }

  static String key(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT);
  }
}
