package org.notebake.jbake;

import java.util.Set;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.notebake.text.Slugs;

/**
 * The {@code db} variable of templates: the read-only queries JBake templates call, such as {@code
 * ${db.getPublishedPostsByTag(tag).size()}}. Unlike JBake, templates get no handle on the store
 * itself (no drop, delete or update).
 */
public final class ContentQueries {
  private final ContentStore db;

  ContentQueries(ContentStore db) {
    this.db = db;
  }

  public DocumentList<DocumentModel> getPublishedPosts() {
    return db.getPublishedPosts();
  }

  public DocumentList<DocumentModel> getPublishedPages() {
    return db.getPublishedPages();
  }

  public DocumentList<DocumentModel> getPublishedContent(String type) {
    return db.getPublishedContent(type);
  }

  public DocumentList<DocumentModel> getAllContent(String type) {
    return db.getAllContent(type);
  }

  public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
    return db.getPublishedPostsByTag(Slugs.tag(tag));
  }

  public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
    return db.getPublishedDocumentsByTag(Slugs.tag(tag));
  }

  public long getPublishedCount(String type) {
    return db.getPublishedCount(type);
  }

  public long getDocumentCount(String type) {
    return db.getDocumentCount(type);
  }

  public Set<String> getTags() {
    return db.getTags();
  }

  public Set<String> getAllTags() {
    return db.getAllTags();
  }
}
