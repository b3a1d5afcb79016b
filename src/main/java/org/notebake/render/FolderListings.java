package org.notebake.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.notebake.jbake.SiteDocument;

/**
 * A folder's own page lists what is in the folder, as Quartz's folder pages and Hugo's section
 * pages ({@code _index.md}) do. A folder page is a page from a note named {@code index} or {@code
 * _index} in a folder below the content root (the root's is the home page); each published document
 * is listed on the page of the nearest folder above it that has one, and a folder page below it
 * stands for its own folder's documents:
 *
 * <pre>
 * notes/index.md            lists  notes/a.md, notes/deep/b.md, notes/topic/index.md
 * notes/topic/index.md      lists  notes/topic/c.md
 * </pre>
 *
 * <p>The list is the {@code folder_documents} field of the folder page's document in Hugo's order
 * of a section: by {@code weight}, lighter first, where a note has one (a weight of 0 is none, as
 * in Hugo), then newest first, then by title; each entry the title, uri, date, type, summary,
 * description and reading time that {@code partials/post-list.ftlh} shows. Entries are values, so a
 * listed note's new title or summary is a new field of the folder page and its memoised page is
 * rendered again.
 */
public final class FolderListings {
  /** The template field of a folder page: its documents' entries. */
  public static final String FIELD = "folder_documents";

  /** A document's field of its front matter's {@code weight}, a whole number, when it has one. */
  public static final String WEIGHT = "weight";

  private FolderListings() {}

  /** The document's weight; null for none, and for 0, which Hugo counts as none. */
  private static Long weight(SiteDocument doc) {
    return doc.fields().get(WEIGHT) instanceof Long w && w != 0 ? w : null;
  }

  /** The documents, each folder page with its {@value #FIELD}; the others as they were. */
  public static List<SiteDocument> attach(List<SiteDocument> documents) {
    Map<String, SiteDocument> pages = new HashMap<>();
    for (SiteDocument doc : documents) {
      String folder = folderOf(doc);
      if (folder != null) {
        pages.putIfAbsent(folder, doc); // index.md and _index.md in one folder: a collision error
      }
    }
    if (pages.isEmpty()) {
      return documents;
    }
    Map<SiteDocument, List<SiteDocument>> listed = new IdentityHashMap<>();
    for (SiteDocument doc : documents) {
      String folder = parent(doc.sourcePath());
      if (pages.get(folder) == doc) {
        folder = parent(folder);
      }
      for (; !folder.isEmpty(); folder = parent(folder)) {
        SiteDocument page = pages.get(folder);
        if (page != null) {
          listed.computeIfAbsent(page, p -> new ArrayList<>()).add(doc);
          break;
        }
      }
    }
    Comparator<SiteDocument> sectionOrder =
        Comparator.comparing(
                FolderListings::weight, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Comparator.comparing(SiteDocument::date).reversed())
            .thenComparing(SiteDocument::title)
            .thenComparing(SiteDocument::uri);
    List<SiteDocument> out = new ArrayList<>(documents.size());
    for (SiteDocument doc : documents) {
      List<SiteDocument> mine = listed.get(doc);
      if (mine == null) {
        out.add(doc);
        continue;
      }
      mine.sort(sectionOrder);
      Map<String, Object> fields = new HashMap<>(doc.fields());
      fields.put(FIELD, mine.stream().map(FolderListings::entry).toList());
      out.add(doc.withFields(fields));
    }
    return out;
  }

  /**
   * The folder {@code doc} is the page of ({@code notes/topic}), or null: a page named {@code
   * index} or {@code _index} below the root.
   */
  static String folderOf(SiteDocument doc) {
    if (!"page".equals(doc.type())) {
      return null;
    }
    String path = doc.sourcePath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String stem = dot < 0 ? name : name.substring(0, dot);
    String folder = parent(path);
    return (stem.equals("index") || stem.equals("_index")) && !folder.isEmpty() ? folder : null;
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** What {@code partials/post-list.ftlh} shows of a listed document. */
  private static Map<String, Object> entry(SiteDocument doc) {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("title", doc.title());
    entry.put("uri", doc.uri());
    entry.put("type", doc.type());
    entry.put("date", Date.from(doc.date().toInstant()));
    for (String key : List.of("description", "summary", "reading_minutes")) {
      Object value = doc.fields().get(key);
      if (value != null) {
        entry.put(key, value);
      }
    }
    return java.util.Collections.unmodifiableMap(entry);
  }
}
