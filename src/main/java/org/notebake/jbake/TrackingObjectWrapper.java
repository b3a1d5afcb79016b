package org.notebake.jbake;

import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.Map;
import org.jbake.model.DocumentModel;
import org.jbake.model.ModelAttributes;

/**
 * FreeMarker's default wrapper, the same settings as the engine's, that hands templates every
 * document model inside a {@link TrackedDocument}, so each field a template reads (on its own page,
 * a neighbour, an element of {@code published_posts}, a related essay) is recorded in a {@link
 * TemplateReads}, and whose {@code body}, on a page in another folder, is rebased to that page
 * ({@link PageBodies}). One instance per render.
 */
final class TrackingObjectWrapper extends DefaultObjectWrapper {
  private final Map<DocumentModel, String> ids;
  private final DocumentModel self;
  private final TemplateReads reads;
  private final PageBodies bodies;

  /**
   * @param ids every document and data file of the site by identity, to its name
   * @param self a list page's own content, made for this render from its path (not tracked)
   * @param bodies other documents' bodies as the page being rendered prints them
   */
  TrackingObjectWrapper(
      Map<DocumentModel, String> ids, DocumentModel self, TemplateReads reads, PageBodies bodies) {
    super(
        TemplateAccess.objects(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34)),
        true);
    this.ids = ids;
    this.self = self;
    this.reads = reads;
    this.bodies = bodies;
  }

  TemplateReads reads() {
    return reads;
  }

  PageBodies bodies() {
    return bodies;
  }

  @Override
  public TemplateModel wrap(Object obj) throws TemplateModelException {
    TemplateModel plain = super.wrap(obj);
    if (!(obj instanceof DocumentModel doc) || doc == self) {
      return plain;
    }
    String id = ids.get(doc);
    if (id == null
        || !(plain instanceof TemplateHashModelEx2 hash)
        || !(plain instanceof AdapterTemplateModel)
        || !(plain instanceof WrapperTemplateModel)) {
      reads.untracked();
      return plain;
    }
    return new TrackedDocument(hash, id, reads, doc, bodies);
  }

  /** A document as templates see it, recording each read; its body rebased to the page. */
  private record TrackedDocument(
      TemplateHashModelEx2 plain,
      String id,
      TemplateReads reads,
      DocumentModel doc,
      PageBodies bodies)
      implements TemplateHashModelEx2, AdapterTemplateModel, WrapperTemplateModel {

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      // The rebased body depends on the body alone: this page's path and the document's are fixed.
      reads.field(id, key);
      return key.equals(ModelAttributes.BODY) && bodies.moves(doc)
          ? bodies.body(doc)
          : plain.get(key);
    }

    @Override
    public boolean isEmpty() throws TemplateModelException {
      reads.document(id);
      return plain.isEmpty();
    }

    @Override
    public int size() throws TemplateModelException {
      reads.document(id);
      return plain.size();
    }

    @Override
    public TemplateCollectionModel keys() throws TemplateModelException {
      reads.document(id);
      return plain.keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
      reads.document(id);
      return plain.values();
    }

    @Override
    public KeyValuePairIterator keyValuePairIterator() throws TemplateModelException {
      reads.document(id);
      return plain.keyValuePairIterator();
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
      // Java code (a method a template calls) gets the map itself and may read any of it.
      reads.document(id);
      return ((AdapterTemplateModel) plain).getAdaptedObject(hint);
    }

    @Override
    public Object getWrappedObject() {
      reads.document(id);
      return ((WrapperTemplateModel) plain).getWrappedObject();
    }
  }
}
