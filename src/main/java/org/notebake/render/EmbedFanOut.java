package org.notebake.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.links.NoteResolver;
import org.notebake.links.SiteIndex;
import org.notebake.publish.Note;
import org.notebake.publish.NoteKey;

/**
 * How much Markdown each page will hold once its embeds are transcluded, worked out before anything
 * is rendered, from the {@code ![[...]]} in each note's text: a note that embeds 50 notes that each
 * embed 50 notes that each embed 50 is 125,050 renders on one page, and found only while rendering
 * it would take minutes and the heap. A page over the limits is an error naming the chain of embeds
 * that makes it large, and is not rendered.
 *
 * <pre>
 * hub.md: error: with its embeds this page renders 125050 notes (126 MB of Markdown), more than
 * 2000; the largest chain: hub.md → a1.md → b1.md → c1.md; embed fewer notes, or link to them
 * </pre>
 *
 * <p>The count reads the raw text, so an embed written inside a code block counts too: the estimate
 * is never lower than what rendering does.
 */
public final class EmbedFanOut {
  /** Notes transcluded into one page, the page's own included. */
  static final long MAX_NOTES_PER_PAGE = 2_000;

  /** Characters of Markdown rendered into one page, embeds included. */
  static final long MAX_CHARS_PER_PAGE = 32L << 20;

  private final SiteIndex index;
  private final Map<NoteKey, List<Note>> embeds = new HashMap<>();
  private final Map<NoteKey, Long> links = new HashMap<>();
  private final Map<Key, Size> sizes = new HashMap<>();

  private record Key(NoteKey note, int depth) {}

  /** Notes, characters and links a note expands to, and the embed it gets most of them from. */
  private record Size(long notes, long chars, long links, Note heaviest) {}

  private record Read(NoteKey key, List<Note> embeds, long links) {}

  private EmbedFanOut(SiteIndex index) {
    this.index = index;
  }

  /**
   * Reports every published note whose page would be over the limits and returns them, so they are
   * not rendered; also returns the total Markdown the site renders, embeds included, and that of
   * its {@link #LARGEST_PAGES} largest pages.
   */
  public static Result check(List<Note> published, SiteIndex index, Diagnostics diagnostics) {
    EmbedFanOut fanOut = new EmbedFanOut(index);
    // Each note's embeds are found in its own text, so on all cores, before they are added up.
    published.parallelStream()
        .map(note -> new Read(note.key(), fanOut.findEmbeds(note), links(note.body())))
        .toList()
        .forEach(
            read -> {
              fanOut.embeds.put(read.key(), read.embeds());
              fanOut.links.put(read.key(), read.links());
            });
    java.util.Set<NoteKey> over = new java.util.HashSet<>();
    long total = 0;
    long links = 0;
    java.util.PriorityQueue<Long> largest = new java.util.PriorityQueue<>();
    for (Note note : published) {
      Size size = fanOut.size(note, 1);
      if (size.notes() <= MAX_NOTES_PER_PAGE && size.chars() <= MAX_CHARS_PER_PAGE) {
        total += size.chars();
        links += size.links();
        largest.add(size.chars());
        if (largest.size() > LARGEST_PAGES) {
          largest.poll();
        }
      } else {
        over.add(note.key());
        diagnostics.error(
            note.path(),
            0,
            0,
            "with its embeds this page renders "
                + size.notes()
                + " notes ("
                + (size.chars() >> 20)
                + " MiB of Markdown), more than "
                + MAX_NOTES_PER_PAGE
                + " notes or "
                + (MAX_CHARS_PER_PAGE >> 20)
                + " MiB; the largest chain: "
                + fanOut.chain(note)
                + "; embed fewer notes (![[...]]), or link to them ([[...]])");
      }
    }
    return new Result(
        java.util.Set.copyOf(over),
        total,
        links,
        largest.stream().mapToLong(Long::longValue).sum());
  }

  /** Some page is over the limits (each one reported): the build stops before rendering. */
  public static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int published;

    public TooLarge(int published) {
      super(null, null, false, false);
      this.published = published;
    }

    public int published() {
      return published;
    }
  }

  /**
   * How many of the largest pages {@link Result#largestChars} adds up: as many as the site's
   * full-content feeds carry ({@code feed.limit}'s default), which hold them all at once.
   */
  public static final int LARGEST_PAGES = 20;

  /**
   * @param over notes over the limits, each reported
   * @param renderedChars Markdown characters rendered for the whole site, embeds included, the
   *     notes over the limits left out
   * @param renderedLinks the links and embeds ({@code [[...]]}, {@code ](...)}) in them
   * @param largestChars those of the {@link #LARGEST_PAGES} largest pages among them
   */
  public record Result(
      java.util.Set<NoteKey> over, long renderedChars, long renderedLinks, long largestChars) {}

  /**
   * Depth as {@link NoteResolver} counts it: the page's own note is 1; embeds stop at its limit.
   */
  private Size size(Note note, int depth) {
    Key key = new Key(note.key(), depth);
    Size known = sizes.get(key);
    if (known != null) {
      return known;
    }
    long notes = 1;
    long chars = note.body().length();
    long links = this.links.computeIfAbsent(note.key(), k -> links(note.body()));
    Note heaviest = null;
    long heaviestNotes = 0;
    if (depth < NoteResolver.MAX_DEPTH) {
      for (Note child : embeds(note)) {
        Size s = size(child, depth + 1);
        notes = saturatedAdd(notes, s.notes());
        chars = saturatedAdd(chars, s.chars());
        links = saturatedAdd(links, s.links());
        if (s.notes() > heaviestNotes) {
          heaviestNotes = s.notes();
          heaviest = child;
        }
      }
    }
    Size size = new Size(notes, chars, links, heaviest);
    sizes.put(key, size);
    return size;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private String chain(Note note) {
    List<String> names = new ArrayList<>();
    Note current = note;
    for (int depth = 1; current != null; depth++) {
      names.add(current.path());
      current = depth < NoteResolver.MAX_DEPTH ? size(current, depth).heaviest() : null;
    }
    return String.join(" → ", names);
  }

  /** The notes a note embeds, once per embed as written, files (![[a.png]]) left out. */
  private List<Note> embeds(Note note) {
    return embeds.computeIfAbsent(note.key(), key -> findEmbeds(note));
  }

  /** {@link #embeds}, read from the note's text. */
  private List<Note> findEmbeds(Note note) {
    List<Note> out = new ArrayList<>();
    for (String written : targets(note.body())) {
      int cut = firstOf(written, '|', '#');
      String target = (cut < 0 ? written : written.substring(0, cut)).strip();
      if (isFile(target)) {
        continue;
      }
      // A section of the note itself, or the note embedding itself, is a cycle the resolver
      // reports without rendering.
      index
          .findNote(target.isEmpty() ? "\0" : target, note)
          .map(found -> found.value())
          .filter(found -> !found.key().equals(note.key()))
          .ifPresent(out::add);
    }
    return out;
  }

  /**
   * What each {@code ![[...]]} in a text holds ({@code a#b|c}), as the renderer reads an embed: on
   * one line, with no {@code [} or {@code ]} inside. Linear: each scan for the closing {@code ]]}
   * stops at the next bracket or line end, where the next embed can start at the earliest; one that
   * ran on to the first {@code ]]} anywhere after made {@code ![[} repeated 20,000 times take a
   * minute.
   */
  static List<String> targets(String text) {
    List<String> found = new ArrayList<>();
    for (int open = text.indexOf("![["); open >= 0; open = text.indexOf("![[", open + 3)) {
      int end = open + 3;
      while (end < text.length() && "[]\n".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      if (text.startsWith("]]", end)) {
        found.add(text.substring(open + 3, end));
      }
    }
    return found;
  }

  /**
   * The links and embeds written in a text, {@code [[...]]} and {@code [...](...)}, as the raw text
   * holds them (in code too: never fewer than rendering makes).
   */
  public static long links(String text) {
    return count(text, "[[") + count(text, "](");
  }

  private static long count(String text, String what) {
    long n = 0;
    for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + what.length())) {
      n++;
    }
    return n;
  }

  private static int firstOf(String text, char a, char b) {
    int i = text.indexOf(a);
    int j = text.indexOf(b);
    return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
  }

  private static boolean isFile(String target) {
    String name = target.substring(target.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 && !name.substring(dot + 1).toLowerCase(Locale.ROOT).equals("md");
  }
}
