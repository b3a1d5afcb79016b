package org.notebake.jbake;

import java.io.File;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * JBake's {@link ContentStore} answered from memory instead of OrientDB.
 *
 * <p>jbake-core asks its store once per rendered document for all documents of a type, which makes
 * a bake O(n²) and starts a database on every run. This store holds only published documents,
 * indexes them by type and tag once, and hands every query a precomputed list, so model extractors
 * ({@code published_posts}, {@code tags}, {@code tag_posts}, {@code db.getPublishedPostsByTag(t)},
 * {@code data.get("x.yaml")}) work unchanged at O(1) per call. It never starts OrientDB.
 *
 * <p>The lists it returns are shared: templates only read them.
 */
final class MemoryContentStore extends ContentStore {
  /**
   * The documents newest first, then by source path; each one's date and path read once (a
   * comparator reading them from the map-shaped models did so twice for each of about 140,000
   * comparisons at 10,000 documents). Stable: equal keys keep their order.
   */
  static List<DocumentModel> newestFirst(Collection<DocumentModel> documents) {
    record Keyed(long time, String path, DocumentModel doc) {}
    List<Keyed> keyed = new ArrayList<>(documents.size());
    for (DocumentModel doc : documents) {
      Date date = doc.getDate();
      keyed.add(
          new Keyed(date == null ? 0 : date.getTime(), String.valueOf(doc.getSourceuri()), doc));
    }
    keyed.sort(Comparator.comparingLong(Keyed::time).reversed().thenComparing(Keyed::path));
    List<DocumentModel> out = new ArrayList<>(keyed.size());
    keyed.forEach(k -> out.add(k.doc()));
    return out;
  }

  private final Map<String, DocumentList<DocumentModel>> byType = new LinkedHashMap<>();
  private final Map<String, DocumentList<DocumentModel>> postsByTag = new HashMap<>();
  private final Map<String, DocumentList<DocumentModel>> documentsByTag = new HashMap<>();
  private final Map<String, DocumentList<DocumentModel>> byUri = new HashMap<>();
  private final Set<String> allTags = new TreeSet<>();
  private final Set<String> postTags = new TreeSet<>();
  private List<TagInfo> tags = List.of();

  /**
   * @param documents published documents and data files
   * @param types every registered document type, so empty types answer with empty lists
   * @param tagged tag slug to the uris of its documents (nested tags include their children)
   * @param dataType the document type of data files, kept out of tag and content queries
   */
  MemoryContentStore(
      Collection<DocumentModel> documents,
      Collection<String> types,
      Map<String, List<String>> tagged,
      String dataType) {
    super("memory", "notebake");
    for (String type : types) {
      byType.put(type, new DocumentList<>());
    }
    List<DocumentModel> sorted = newestFirst(documents);
    Map<String, DocumentModel> byOutput = new HashMap<>();
    for (DocumentModel doc : sorted) {
      byType.computeIfAbsent(doc.getType(), t -> new DocumentList<>()).add(doc);
      byUri.computeIfAbsent(doc.getSourceuri(), u -> new DocumentList<>()).add(doc);
      if (!doc.getType().equals(dataType)) {
        byOutput.put(doc.getUri(), doc);
      }
    }
    indexTags(sorted, tagged, byOutput);
  }

  /**
   * Each tag's documents and posts, in the order of all documents (newest first): the documents are
   * walked once in that order and each joins its tags' lists, instead of sorting each tag's list
   * again (the store is made again at every rebuild: at 10,000 notes the sorts were most of it).
   */
  private void indexTags(
      List<DocumentModel> sorted,
      Map<String, List<String>> tagged,
      Map<String, DocumentModel> byOutput) {
    Map<String, List<String>> tagsOf = new HashMap<>();
    tagged.forEach(
        (tag, uris) -> {
          allTags.add(tag);
          documentsByTag.put(tag, new DocumentList<>());
          postsByTag.put(tag, new DocumentList<>());
          for (String uri : uris) {
            tagsOf.computeIfAbsent(uri, u -> new ArrayList<>()).add(tag);
          }
        });
    for (DocumentModel doc : sorted) {
      List<String> tags = tagsOf.get(doc.getUri());
      if (tags == null || byOutput.get(doc.getUri()) != doc) {
        continue; // untagged, a data file, or not the document its uri names
      }
      boolean post = "post".equals(doc.getType());
      for (String tag : tags) {
        documentsByTag.get(tag).add(doc);
        if (post) {
          postsByTag.get(tag).add(doc);
          postTags.add(tag);
        }
      }
    }
  }

  private DocumentList<DocumentModel> ofType(String type) {
    DocumentList<DocumentModel> list = byType.get(type);
    return list == null ? new DocumentList<>() : list;
  }

  private DocumentList<DocumentModel> paged(DocumentList<DocumentModel> all) {
    long start = getStart();
    long limit = getLimit();
    if (start < 0 || limit < 0) {
      return all;
    }
    DocumentList<DocumentModel> page = new DocumentList<>();
    all.stream().skip(start).limit(limit).forEach(page::add);
    return page;
  }

  /**
   * The canonical text of what the type lists say (which documents of each type, in their order),
   * each document by {@code idOf}; with {@link #tagStructure}, what a template that lists documents
   * sees beside the fields it reads of each.
   */
  String typesStructure(java.util.function.Function<DocumentModel, String> idOf) {
    StringBuilder out = new StringBuilder();
    new java.util.TreeMap<>(byType).forEach((type, docs) -> list(out, "type " + type, docs, idOf));
    return out.toString();
  }

  /** How many documents of {@code type} the store lists. */
  int typeCount(String type) {
    return ofType(type).size();
  }

  /** The part of {@link #typesStructure} that lists documents of one type. */
  String typeStructure(String type, java.util.function.Function<DocumentModel, String> idOf) {
    StringBuilder out = new StringBuilder();
    list(out, "type " + type, ofType(type), idOf);
    return out.toString();
  }

  /**
   * The part of {@link #tagStructure} about one tag ({@code slug}): its documents and posts, in
   * order, and its name and pages.
   */
  String tagList(String slug, java.util.function.Function<DocumentModel, String> idOf) {
    StringBuilder out = new StringBuilder();
    list(out, "documents " + slug, getPublishedDocumentsByTag(slug), idOf);
    list(out, "posts " + slug, getPublishedPostsByTag(slug), idOf);
    for (TagInfo tag : tags) {
      if (tag.slug().equals(slug)) {
        out.append("tag ").append(tag.name().length()).append(':').append(tag.name());
        out.append(' ').append(tag.uri()).append(' ').append(tag.feedUri());
        out.append(" intro ").append(tag.intro().length()).append(':').append(tag.intro());
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** The tag lists as text: their documents, in order, the tag sets, names and pages. */
  String tagStructure(java.util.function.Function<DocumentModel, String> idOf) {
    StringBuilder out = new StringBuilder();
    new java.util.TreeMap<>(documentsByTag)
        .forEach((tag, docs) -> list(out, "documents " + tag, docs, idOf));
    new java.util.TreeMap<>(postsByTag)
        .forEach((tag, docs) -> list(out, "posts " + tag, docs, idOf));
    out.append("all tags ").append(allTags).append("\npost tags ").append(postTags).append('\n');
    for (TagInfo tag : tags) {
      out.append("tag ").append(tag.slug().length()).append(':').append(tag.slug());
      out.append(' ').append(tag.name().length()).append(':').append(tag.name());
      out.append(' ').append(tag.uri()).append(' ').append(tag.feedUri());
      out.append(" intro ").append(tag.intro().length()).append(':').append(tag.intro());
      out.append('\n');
    }
    return out.toString();
  }

  private static void list(
      StringBuilder out,
      String name,
      List<DocumentModel> docs,
      java.util.function.Function<DocumentModel, String> idOf) {
    out.append(name.length()).append(':').append(name).append(" [");
    for (DocumentModel doc : docs) {
      String id = idOf.apply(doc);
      out.append(id.length()).append(':').append(id).append(',');
    }
    out.append("]\n");
  }

  /** Every document type the store lists, so {@code published_<type>s} can be told apart. */
  Set<String> types() {
    return byType.keySet();
  }

  void tags(List<TagInfo> tags) {
    this.tags = List.copyOf(tags);
  }

  List<TagInfo> tags() {
    return tags;
  }

  @Override
  public void startup() {}

  @Override
  public void close() {}

  @Override
  public void shutdown() {}

  @Override
  public void drop() {}

  @Override
  public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {}

  @Override
  public long getDocumentCount(String docType) {
    return ofType(docType).size();
  }

  @Override
  public long getPublishedCount(String docType) {
    return ofType(docType).size();
  }

  @Override
  public DocumentList<DocumentModel> getDocumentByUri(String uri) {
    DocumentList<DocumentModel> list = byUri.get(uri);
    return list == null ? new DocumentList<>() : list;
  }

  @Override
  public DocumentList<DocumentModel> getDocumentStatus(String uri) {
    return getDocumentByUri(uri);
  }

  @Override
  public DocumentList<DocumentModel> getPublishedPosts() {
    return ofType("post");
  }

  @Override
  public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
    return applyPaging ? paged(ofType("post")) : ofType("post");
  }

  @Override
  public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
    DocumentList<DocumentModel> list = postsByTag.get(tag);
    return list == null ? new DocumentList<>() : list;
  }

  @Override
  public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
    DocumentList<DocumentModel> list = documentsByTag.get(tag);
    return list == null ? new DocumentList<>() : list;
  }

  @Override
  public DocumentList<DocumentModel> getPublishedPages() {
    return ofType("page");
  }

  @Override
  public DocumentList<DocumentModel> getPublishedContent(String docType) {
    return ofType(docType);
  }

  @Override
  public DocumentList<DocumentModel> getAllContent(String docType) {
    return ofType(docType);
  }

  @Override
  public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
    return applyPaging ? paged(ofType(docType)) : ofType(docType);
  }

  @Override
  public DocumentList<DocumentModel> getUnrenderedContent() {
    return new DocumentList<>();
  }

  @Override
  public void deleteContent(String uri) {}

  @Override
  public void markContentAsRendered(DocumentModel document) {}

  @Override
  public void deleteAllByDocType(String docType) {}

  @Override
  public Set<String> getTags() {
    return postTags;
  }

  @Override
  public Set<String> getAllTags() {
    return allTags;
  }

  // The two methods below would reach OrientDB in JBake's store; the jar does not ship it, so
  // every overridable method answers from memory (LeanJarIT calls each one against the jar).

  @Override
  public boolean isActive() {
    return true;
  }

  /** Adds a document after construction; it is listed by type and uri, not by tag. */
  @Override
  public void addDocument(DocumentModel document) {
    byType.computeIfAbsent(document.getType(), t -> new DocumentList<>()).add(document);
    byUri.computeIfAbsent(document.getSourceuri(), u -> new DocumentList<>()).add(document);
  }
}
