package org.notebake.render;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.notebake.jbake.SiteDocument;

/**
 * Up to {@value #LIMIT} essays related to each essay: those sharing the most tags with it, newer
 * first among equals. Computed once per build from an index of tag to essays, so a site of 10,000
 * notes costs tags times candidates per essay, not essays squared. A tag on very many essays says
 * little about any two of them: only its {@value #CANDIDATES_PER_TAG} newest essays are candidates
 * through it.
 *
 * <pre>{@code
 * a [obs, gpu]  b [obs, gpu]  c [obs]  d [cooking]
 * related(a) = [b, c]     related(d) = []
 * }</pre>
 */
public final class RelatedEssays {
  static final int LIMIT = 3;
  static final int CANDIDATES_PER_TAG = 256;
  static final String ESSAY_TYPE = "post";

  /** Essays counted together on one core. */
  private static final int SLICE = 512;

  private RelatedEssays() {}

  /** The documents, each essay with a {@code related} field when it has related essays. */
  public static List<SiteDocument> attach(List<SiteDocument> documents) {
    Map<String, List<String>> related = uris(essays(documents));
    Map<String, SiteDocument> byUri = new HashMap<>();
    documents.forEach(doc -> byUri.put(doc.uri(), doc));
    Entries entries = new Entries();
    List<SiteDocument> out = new ArrayList<>(documents.size());
    for (SiteDocument doc : documents) {
      List<String> mine = related.getOrDefault(doc.uri(), List.of());
      out.add(
          mine.isEmpty() ? doc : withRelated(doc, mine.stream().map(byUri::get).toList(), entries));
    }
    return out;
  }

  /** Each essay's related essays by uri, best first; essays without any are left out. */
  static Map<String, List<SiteDocument>> of(List<SiteDocument> documents) {
    Map<String, SiteDocument> byUri = new HashMap<>();
    documents.forEach(doc -> byUri.put(doc.uri(), doc));
    Map<String, List<SiteDocument>> out = new LinkedHashMap<>();
    uris(essays(documents))
        .forEach((uri, related) -> out.put(uri, related.stream().map(byUri::get).toList()));
    return out;
  }

  /** What of an essay decides which essays are related to which. */
  public record Essay(String uri, ZonedDateTime date, List<String> tags) {}

  /** The essays among the documents, newest first (then by uri). */
  public static List<Essay> essays(List<SiteDocument> documents) {
    // Each date's instant read once, not twice a comparison (serve sorts 10,000 essays a rebuild);
    // equal instants fall back to the dates' own order, then the uri.
    record Keyed(long seconds, int nanos, Essay essay) {}
    List<Keyed> keyed = new ArrayList<>();
    for (SiteDocument doc : documents) {
      if (ESSAY_TYPE.equals(doc.type())) {
        ZonedDateTime date = doc.date();
        keyed.add(
            new Keyed(
                date.toEpochSecond(), date.getNano(), new Essay(doc.uri(), date, doc.tags())));
      }
    }
    keyed.sort(
        Comparator.comparingLong(Keyed::seconds)
            .thenComparingInt(Keyed::nanos)
            .thenComparing(k -> k.essay().date())
            .reversed()
            .thenComparing(k -> k.essay().uri()));
    List<Essay> essays = new ArrayList<>(keyed.size());
    keyed.forEach(k -> essays.add(k.essay()));
    return List.copyOf(essays);
  }

  /**
   * The document with these related essays (in this order) as its {@code related} field, each
   * essay's entry taken from {@code entries}.
   */
  public static SiteDocument withRelated(
      SiteDocument doc, List<SiteDocument> related, Entries entries) {
    Map<String, Object> fields = new HashMap<>(doc.fields());
    fields.put("related", related.stream().map(entries::of).toList());
    return doc.withFields(fields);
  }

  /**
   * Each related essay's entry (title, uri, date, description), made once per document object and
   * shared by every essay it is related to: at 10,000 essays, 30,000 maps would otherwise hold the
   * same values three times over. The entries are read-only. Not thread-safe.
   */
  public static final class Entries {
    private final Map<SiteDocument, Map<String, Object>> made = new IdentityHashMap<>();

    Map<String, Object> of(SiteDocument doc) {
      return made.computeIfAbsent(doc, RelatedEssays::entry);
    }
  }

  /**
   * Each essay's related essays' uris, best first; essays without any are left out. {@code essays}
   * newest first, as {@link #essays} gives them, so that "newer first among equals" is "lower index
   * first".
   */
  public static Map<String, List<String>> uris(List<Essay> essays) {
    // Plain int arrays, not lists of Integer: at 10,000 essays this loop runs millions of times.
    Map<String, int[]> byTag = new HashMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    for (int i = 0; i < essays.size(); i++) {
      for (String tag : essays.get(i).tags()) {
        int[] members = byTag.computeIfAbsent(tag, t -> new int[CANDIDATES_PER_TAG]);
        int size = sizes.getOrDefault(tag, 0);
        if (size < CANDIDATES_PER_TAG) {
          members[size] = i;
          sizes.put(tag, size + 1);
        }
      }
    }
    // Each essay's candidates are counted apart from the others', so slices of the essays are
    // counted on all cores (at 10,000 essays this was 8% of a second bake's time, on one core).
    // Essays with the same tags have the same candidates but themselves: those are counted once
    // per set of tags (a third of the essays at 10,000 in the benchmark's vault, more in a vault
    // with few tags), one more kept than shown so that each essay can leave itself out.
    Map<List<String>, int[]> byTags = new java.util.concurrent.ConcurrentHashMap<>();
    int[][] related = new int[essays.size()][];
    IntStream.range(0, (essays.size() + SLICE - 1) / SLICE)
        .parallel()
        .forEach(
            slice -> {
              int[] shared = new int[essays.size()];
              int[] touched = new int[essays.size()];
              int end = Math.min(essays.size(), (slice + 1) * SLICE);
              for (int i = slice * SLICE; i < end; i++) {
                List<String> tags = sorted(essays.get(i).tags());
                int[] forTags = byTags.get(tags);
                if (forTags == null) {
                  forTags = bestFor(tags, byTag, sizes, shared, touched);
                  byTags.putIfAbsent(tags, forTags);
                }
                related[i] = without(i, forTags);
              }
            });
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < essays.size(); i++) {
      if (related[i].length > 0) {
        List<String> uris = new ArrayList<>(related[i].length);
        for (int k : related[i]) {
          uris.add(essays.get(k).uri());
        }
        out.put(essays.get(i).uri(), List.copyOf(uris));
      }
    }
    return out;
  }

  private static List<String> sorted(List<String> tags) {
    List<String> sorted = new ArrayList<>(tags);
    sorted.sort(null);
    return sorted;
  }

  /**
   * The best {@value #LIMIT} + 1 essays by index for an essay with these tags (a tag twice counts
   * twice); {@code shared} is all zero before and after, {@code touched} is scratch space.
   */
  private static int[] bestFor(
      List<String> tags,
      Map<String, int[]> byTag,
      Map<String, Integer> sizes,
      int[] shared,
      int[] touched) {
    int count = 0;
    for (String tag : tags) {
      int[] members = byTag.get(tag);
      if (members == null) {
        continue;
      }
      int size = sizes.get(tag);
      for (int m = 0; m < size; m++) {
        int other = members[m];
        if (shared[other]++ == 0) {
          touched[count++] = other;
        }
      }
    }
    int[] best = top(touched, count, shared, LIMIT + 1);
    for (int t = 0; t < count; t++) {
      shared[touched[t]] = 0;
    }
    return best;
  }

  /** The first {@value #LIMIT} of {@code best} that are not essay {@code i}. */
  private static int[] without(int i, int[] best) {
    int[] out = new int[Math.min(LIMIT, best.length)];
    int size = 0;
    for (int k = 0; k < best.length && size < out.length; k++) {
      if (best[k] != i) {
        out[size++] = best[k];
      }
    }
    return size == out.length ? out : java.util.Arrays.copyOf(out, size);
  }

  /**
   * The best {@code limit} candidates in one pass: most shared tags, then lower index (newer).
   * Sorting every candidate of every essay would cost more than finding them.
   */
  private static int[] top(int[] candidates, int count, int[] shared, int limit) {
    int[] best = new int[limit];
    int size = 0;
    for (int c = 0; c < count; c++) {
      int candidate = candidates[c];
      int at = size;
      while (at > 0 && better(candidate, best[at - 1], shared)) {
        at--;
      }
      if (at < limit) {
        int last = Math.min(size, limit - 1);
        System.arraycopy(best, at, best, at + 1, last - at);
        best[at] = candidate;
        size = Math.min(size + 1, limit);
      }
    }
    return java.util.Arrays.copyOf(best, size);
  }

  private static boolean better(int a, int b, int[] shared) {
    return shared[a] != shared[b] ? shared[a] > shared[b] : a < b;
  }

  /** What a template shows of a related essay. */
  private static Map<String, Object> entry(SiteDocument doc) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("title", doc.title());
    entry.put("uri", doc.uri());
    entry.put("date", Date.from(doc.date().toInstant()));
    Object description = doc.fields().get("description");
    if (description != null) {
      entry.put("description", description);
    }
    return Collections.unmodifiableMap(entry);
  }
}
