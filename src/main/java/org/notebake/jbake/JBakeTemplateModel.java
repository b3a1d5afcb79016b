package org.notebake.jbake;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.model.ModelAttributes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.NoModelExtractorException;
import org.jbake.template.model.TemplateModel;
import org.jbake.util.DataFileUtil;

/**
 * What a template sees: the eager JBake {@link TemplateModel} plus JBake's lazily extracted
 * variables ({@code published_posts}, {@code tags}, {@code tag_posts}, {@code alltags}, ...), as
 * JBake's own {@code LazyLoadingModel} does, with two differences: {@code db} is a read-only {@link
 * ContentQueries} view instead of the store itself, and the model map is not copied on every
 * lookup.
 */
final class JBakeTemplateModel implements TemplateHashModel {
  private static final freemarker.ext.beans.BeansWrapper BEANS =
      new freemarker.ext.beans.BeansWrapperBuilder(freemarker.template.Configuration.VERSION_2_3_34)
          .build();

  private final ObjectWrapper wrapper;
  private final TemplateModel model;
  private final SimpleHash eager;
  private final ContentStore db;
  private final TemplateReads reads;
  private final PageBodies bodies;
  private final java.util.function.Function<String, String> storeLists;

  JBakeTemplateModel(ObjectWrapper wrapper, TemplateModel model, ContentStore db) {
    this(wrapper, model, db, null, null, key -> null);
  }

  /**
   * A model that records in {@code reads} which site-wide values the template reached: {@code
   * storeLists} gives, for an extractor that answers from the store's lists (published_posts, tags,
   * ...), the part of the structure it reads; {@code db} and any other extractor make the page
   * depend on everything. {@code bodies} rebases the bodies {@code db}'s documents hand out, as
   * {@code wrapper} does for the rest (null: as stored).
   */
  JBakeTemplateModel(
      ObjectWrapper wrapper,
      TemplateModel model,
      ContentStore db,
      TemplateReads reads,
      PageBodies bodies,
      java.util.function.Function<String, String> storeLists) {
    this.wrapper = wrapper;
    this.model = model;
    this.eager = new SimpleHash(model, wrapper);
    this.db = db;
    this.reads = reads;
    this.bodies = bodies;
    this.storeLists = storeLists;
  }

  @Override
  public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
    if (key.equals(ModelAttributes.DB)) {
      record(TemplateReads.EVERYTHING);
      // As in JBake, db's results are plain Java objects: ${db.getPublishedPostsByTag(t).size()}.
      return (bodies == null ? BEANS : bodies.beans()).wrap(new ContentQueries(db));
    }
    if (key.equals(ModelAttributes.DATA)) {
      record(TemplateReads.DATA);
      Map<?, ?> config = model.getConfig();
      Object type = config == null ? null : config.get("data_file_docType");
      return wrapper.wrap(new DataFileUtil(db, type == null ? "data" : type.toString()));
    }
    if (key.equals(PUBLISHED_YEAR)) {
      record(TemplateReads.YEAR);
      return eager.get(key);
    }
    if (eager.containsKey(key)) {
      return eager.get(key);
    }
    try {
      freemarker.template.TemplateModel value =
          ModelExtractors.getInstance().extractAndTransform(db, key, model, (name, v) -> wrap(v));
      if (key.equals(ModelAttributes.PUBLISHED_DATE)) {
        record(TemplateReads.CLOCK);
        return value;
      }
      String list = storeLists.apply(key);
      String count = list == null ? null : TemplateReads.countOf(list);
      if (count != null
          && reads != null
          && value instanceof freemarker.template.TemplateSequenceModel sequence) {
        return new CountedList(sequence, list, count, reads);
      }
      record(list != null ? list : TemplateReads.EVERYTHING);
      return value;
    } catch (NoModelExtractorException e) {
      return null; // absent for every page of this type and configuration
    }
  }

  /** This year in the site's zone, which {@link JBakeSite} puts in every page's model. */
  static final String PUBLISHED_YEAR = "published_year";

  private void record(String global) {
    if (reads != null) {
      reads.global(global);
    }
  }

  private freemarker.template.TemplateModel wrap(Object value) {
    try {
      return wrapper.wrap(value);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("cannot expose " + value.getClass() + " to templates", e);
    }
  }

  @Override
  public boolean isEmpty() {
    return false;
  }

  /**
   * A type's list of documents ({@code published_posts}) that records, when a template asks only
   * how many there are ({@code essays?has_content} in every page's header, {@code ?size}), that the
   * page depends on the count, and on the whole list, in order, once it reads an item: an undated
   * note is dated by its file, so an edit moves it to the top of its list, and every page that only
   * asked whether there are essays was made again at every such edit.
   */
  private record CountedList(
      freemarker.template.TemplateSequenceModel plain,
      String list,
      String count,
      TemplateReads reads)
      implements freemarker.template.TemplateSequenceModel,
          freemarker.template.AdapterTemplateModel,
          freemarker.ext.util.WrapperTemplateModel {

    @Override
    public int size() throws TemplateModelException {
      reads.global(count);
      return plain.size();
    }

    @Override
    public freemarker.template.TemplateModel get(int index) throws TemplateModelException {
      reads.global(list);
      return plain.get(index);
    }

    @Override
    public Object getAdaptedObject(Class<?> hint) {
      reads.global(list); // Java code gets the list itself and may read any of it
      return plain instanceof freemarker.template.AdapterTemplateModel adapter
          ? adapter.getAdaptedObject(hint)
          : plain;
    }

    @Override
    public Object getWrappedObject() {
      reads.global(list);
      return plain instanceof freemarker.ext.util.WrapperTemplateModel wrapper
          ? wrapper.getWrappedObject()
          : plain;
    }
  }
}
