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
 * Every read-only query of JBake 2.7's {@code ContentStore} is here (a JBake theme calling {@code
 * db.getAllContent("post", true)} failed the bake), each answering what JBake's does.
 */
public final class ContentQueries {
  private final ContentStore db;
  private final PageWindow window;

  /**
   * @param window the posts of the paginated index page being made, or null on any other page
   */
  ContentQueries(ContentStore db, PageWindow window) {
    this.db = db;
    this.window = window;
  }

  /**
   * Which of the published posts a paginated index page shows: {@code limit} of them from the
   * {@code start}th. Set per page (pages are made in parallel), where JBake sets it on its store.
   */
  record PageWindow(long start, long limit) {
    /** The model's key: a value of this class, which templates cannot read into. */
    static final String KEY = "notebake.page_window";
  }

  private List<DocumentModel> paged(List<DocumentModel> all, boolean applyPaging) {
    if (!applyPaging || window == null) {
      return Collections.unmodifiableList(all);
    }
    return all.stream().skip(window.start()).limit(window.limit()).toList();
  }

  public List<DocumentModel> getPublishedPosts() {
    return Collections.unmodifiableList(db.getPublishedPosts());
  }

  /** With {@code applyPaging}, the posts of the index page being made (JBake's pagination). */
  public List<DocumentModel> getPublishedPosts(boolean applyPaging) {
    return paged(db.getPublishedPosts(), applyPaging);
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

  /** With {@code applyPaging}, the documents of the index page being made. */
  public List<DocumentModel> getAllContent(String type, boolean applyPaging) {
    return paged(db.getAllContent(type), applyPaging);
  }

  /** The document whose source is {@code uri} ({@code blog/first.md}), in a list of one or none. */
  public List<DocumentModel> getDocumentByUri(String uri) {
    return Collections.unmodifiableList(db.getDocumentByUri(uri));
  }

  /** As JBake's: the document of {@code uri}, whose {@code status} a template reads. */
  public List<DocumentModel> getDocumentStatus(String uri) {
    return Collections.unmodifiableList(db.getDocumentStatus(uri));
  }

  /** Nothing: a bake renders every document before it is done (JBake lists those not yet). */
  public List<DocumentModel> getUnrenderedContent() {
    return List.of();
  }

  /** The index of the first post of the index page being made (JBake's pagination), else -1. */
  public long getStart() {
    return window == null ? -1 : window.start();
  }

  /** How many posts an index page holds (JBake's pagination), else -1. */
  public long getLimit() {
    return window == null ? -1 : window.limit();
  }

  public boolean isActive() {
    return true;
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
