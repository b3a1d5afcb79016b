package org.notebake.jbake;

import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.template.ModelExtractor;
import org.jbake.template.model.TemplateModel;

/**
 * The {@code tags} variable: JBake's entries ({@code name}, {@code uri}, {@code tagged_posts},
 * {@code tagged_documents}) with slugged uris, plus {@code slug} and {@code feed_uri}. JBake's own
 * extractor builds uris from raw tag names, which breaks on spaces and capitals.
 */
final class TagsExtractor implements ModelExtractor<DocumentList<TemplateModel>> {

  @Override
  public DocumentList<TemplateModel> get(ContentStore db, Map model, String key) {
    DocumentList<TemplateModel> out = new DocumentList<>();
    if (!(db instanceof MemoryContentStore store)) {
      return out;
    }
    for (TagInfo tag : store.tags()) {
      TemplateModel entry = new TemplateModel();
      entry.setName(tag.name());
      entry.setUri(tag.uri());
      entry.put("slug", tag.slug());
      entry.put("feed_uri", tag.feedUri());
      entry.setTaggedPosts(store.getPublishedPostsByTag(tag.slug()));
      entry.setTaggedDocuments(store.getPublishedDocumentsByTag(tag.slug()));
      out.add(entry);
    }
    return out;
  }
}
