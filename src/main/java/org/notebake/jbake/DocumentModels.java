package org.notebake.jbake;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;
import org.jbake.template.model.TemplateModel;

/**
 * Builds JBake's map-shaped models from notebake's records: the one place where typed data becomes
 * template maps.
 */
final class DocumentModels {
  private final boolean noExtension;

  /**
   * @param noExtension JBake's {@code uri.noExtension}
   */
  DocumentModels(boolean noExtension) {
    this.noExtension = noExtension;
  }

  DocumentModel document(SiteDocument doc) {
    DocumentModel model = new DocumentModel();
    fill(model, doc);
    return model;
  }

  /**
   * Empties {@code model} and fills it from {@code doc}, keeping its neighbours (JBake's
   * previousContent and nextContent): other models and the store's lists keep holding it.
   */
  void refill(DocumentModel model, SiteDocument doc) {
    Object previous = model.get(ModelAttributes.PREVIOUS_CONTENT);
    Object next = model.get(ModelAttributes.NEXT_CONTENT);
    model.clear();
    fill(model, doc);
    if (previous != null) {
      model.put(ModelAttributes.PREVIOUS_CONTENT, previous);
    }
    if (next != null) {
      model.put(ModelAttributes.NEXT_CONTENT, next);
    }
  }

  /** A document's body with its relative URLs as written for its own page, on every page. */
  static final String PAGE_BODY = "page_body";

  /** The keys {@link #fill} and {@link #linkNeighbours} set besides a document's own fields. */
  static final java.util.Set<String> KEYS =
      java.util.Set.of(
          "title",
          "type",
          "status",
          "date",
          "updated",
          "tags",
          "body",
          PAGE_BODY,
          "uri",
          "sourceuri",
          "source_path",
          "noExtensionUri",
          "rootpath",
          "rendered",
          "cached",
          "previousContent",
          "nextContent");

  private void fill(DocumentModel model, SiteDocument doc) {
    model.putAll(doc.fields());
    model.setTitle(doc.title());
    model.setType(doc.type());
    model.setStatus("published");
    model.setDate(Date.from(doc.date().toInstant()));
    if (doc.updated() != null) {
      model.put("updated", Date.from(doc.updated().toInstant()));
    }
    model.setTags(doc.tags().toArray(new String[0]));
    model.setBody(doc.body());
    // On another page body is rebased to it (PageBodies); this is it as written for its own page,
    // for a template that resolves its links itself (the theme's feeds, with xml:base).
    model.put(PAGE_BODY, doc.body());
    model.setUri(doc.uri());
    model.setSourceUri(doc.sourcePath());
    model.put("source_path", doc.sourcePath());
    if (noExtension) {
      // As JBake: set only with uri.noExtension, "blog/post/index.html" → "blog/post/".
      model.setNoExtensionUri(doc.uri().replaceFirst("/index\\.[A-Za-z0-9]+$", "/"));
    }
    model.setRootPath(rootPath(doc.uri()));
    model.setRendered(true);
    model.setCached(true);
  }

  /** Sets JBake's previousContent (older) and nextContent (newer) within each type. */
  void linkNeighbours(List<DocumentModel> all) {
    // Date and uri read once a document, not twice a comparison (the models are maps).
    record Keyed(long time, String uri, DocumentModel doc) {}
    List<Keyed> keyed = new java.util.ArrayList<>(all.size());
    for (DocumentModel doc : all) {
      keyed.add(new Keyed(doc.getDate().getTime(), doc.getUri(), doc));
    }
    keyed.sort(java.util.Comparator.comparingLong(Keyed::time).thenComparing(Keyed::uri));
    Map<String, List<DocumentModel>> byType = new java.util.HashMap<>();
    for (Keyed k : keyed) {
      byType.computeIfAbsent(k.doc().getType(), t -> new java.util.ArrayList<>()).add(k.doc());
    }
    for (List<DocumentModel> docs : byType.values()) {
      for (int i = 0; i < docs.size(); i++) {
        if (i > 0) {
          docs.get(i).setPreviousContent(docs.get(i - 1));
        }
        if (i + 1 < docs.size()) {
          docs.get(i).setNextContent(docs.get(i + 1));
        }
      }
    }
  }

  DocumentModel data(DataFile file, String dataType) {
    DocumentModel model = new DocumentModel();
    model.putAll(file.values());
    model.setType(dataType);
    model.setStatus("published");
    model.setSourceUri(file.name());
    model.setUri(file.name());
    model.setDate(new Date(0));
    return model;
  }

  /** The {@code content} of an index, archive, feed, sitemap, tag or 404 page. */
  DocumentModel listPage(String type, String path) {
    DocumentModel model = new DocumentModel();
    model.setType(type);
    model.setRootPath(rootPath(path));
    model.setUri(path);
    return model;
  }

  void tagPage(TemplateModel model, TagInfo tag, MemoryContentStore store) {
    model.setTag(tag.name());
    model.put("tag_slug", tag.slug());
    model.put("tag_uri", tag.uri());
    model.put("tag_feed_uri", tag.feedUri());
    model.put("tag_intro", tag.intro());
    DocumentList<DocumentModel> posts = store.getPublishedPostsByTag(tag.slug());
    model.setTaggedPosts(posts);
    model.setTaggedDocuments(store.getPublishedDocumentsByTag(tag.slug()));
  }

  /** {@code essays/x.html} needs {@code ../} to reach the site root. */
  static String rootPath(String uri) {
    long depth = uri.chars().filter(c -> c == '/').count();
    return "../".repeat((int) depth);
  }
}
