package org.notebake.jbake;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.notebake.text.Slugs;

/**
 * The {@code db} variable of templates: the read-only queries JBake templates call, such as {@code
 * ${db.getPublishedPostsByTag(tag).size()}}. Unlike JBake, templates get no handle on the store
 * itself (no drop, delete or update). Lists come back as plain lists: FreeMarker looks over the
 * class of what a method returns, and JBake's {@code DocumentList} names OrientDB's result type,
 * which the jar leaves out (every {@code db} call failed the bake with a NoClassDefFoundError).
 */
public final class ContentQueries {
  private final ContentStore db;

  ContentQueries(ContentStore db) {
    this.db = db;
  }

  public List<DocumentModel> getPublishedPosts() {
    return Collections.unmodifiableList(db.getPublishedPosts());
  }

  public List<DocumentModel> getPublishedPages() {
    return Collections.unmodifiableList(db.getPublishedPages());
  }

  public List<DocumentModel> getPublishedContent(String type) {
    return Collections.unmodifiableList(db.getPublishedContent(type));
  }

  public List<DocumentModel> getAllContent(String type) {
    return Collections.unmodifiableList(db.getAllContent(type));
  }

  public List<DocumentModel> getPublishedPostsByTag(String tag) {
    return Collections.unmodifiableList(db.getPublishedPostsByTag(Slugs.tag(tag)));
  }

  public List<DocumentModel> getPublishedDocumentsByTag(String tag) {
    return Collections.unmodifiableList(db.getPublishedDocumentsByTag(Slugs.tag(tag)));
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
