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
      TemplateAccess.beans(
              new freemarker.ext.beans.BeansWrapperBuilder(
                  freemarker.template.Configuration.VERSION_2_3_34))
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
      Object window = model.get(ContentQueries.PageWindow.KEY);
      return (bodies == null ? BEANS : bodies.beans())
          .wrap(new ContentQueries(db, window instanceof ContentQueries.PageWindow w ? w : null));
    }
    if (key.equals(ModelAttributes.DATA)) {
      record(TemplateReads.DATA);
      Map<?, ?> config = model.getConfig();
      Object type = config == null ? null : config.get("data_file_docType");
      // As in JBake, with a plain BeansWrapper: a data file's maps and strings keep their Java
      // methods (Apache Shiro's feed lists authors?keys?filter(key -> key.contains(" "))).
      return BEANS.wrap(new DataFileUtil(db, type == null ? "data" : type.toString()));
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
   * whether there are any ({@code essays?has_content} in every page's header), that the page
   * depends on that; when it asks how many ({@code ?size}), on the count; and on the whole list, in
   * order, once it reads an item. An undated note is dated by its file, so an edit moves it to the
   * top of its list, and a new note changes the count: every page that only asked whether there are
   * essays was made again at each.
   *
   * <p>It is a {@link freemarker.ext.beans.BeanModel} (around the plain model, not JBake's list,
   * whose class names OrientDB's, which the jar leaves out) only so that {@code ?has_content} asks
   * it {@link #isEmpty()}: FreeMarker's emptiness test looks for a bean model before a sequence,
   * whose {@code size()} would not tell "any?" from "how many?" ({@code
   * TemplateReadsTest.hasContentDependsOnWhetherAnyNotOnHowMany} holds FreeMarker to that).
   */
  private static final class CountedList extends freemarker.ext.beans.BeanModel
      implements freemarker.template.TemplateSequenceModel {
    private final freemarker.template.TemplateSequenceModel plain;
    private final String list;
    private final String count;
    private final TemplateReads reads;

    CountedList(
        freemarker.template.TemplateSequenceModel plain,
        String list,
        String count,
        TemplateReads reads) {
      super(plain, BEANS); // introspects the model's class, never the store's lists
      this.plain = plain;
      this.list = list;
      this.count = count;
      this.reads = reads;
    }

    @Override
    public boolean isEmpty() {
      reads.global(TemplateReads.anyOf(count));
      try {
        return plain.size() == 0;
      } catch (TemplateModelException e) {
        reads.global(count); // not known to be empty or not: on the count, as ?size
        return false;
      }
    }

    @Override
    public int size() {
      reads.global(count);
      try {
        return plain.size();
      } catch (TemplateModelException e) {
        throw new IllegalStateException("cannot count " + list, e);
      }
    }

    @Override
    public freemarker.template.TemplateModel get(int index) throws TemplateModelException {
      reads.global(list);
      return plain.get(index);
    }

    /** Not a hash to templates, as the plain list is not: {@code posts.x} is missing. */
    @Override
    public freemarker.template.TemplateModel get(String key) {
      return null;
    }

    @Override
    public freemarker.template.TemplateCollectionModel keys() {
      return new freemarker.template.SimpleCollection(java.util.List.of(), BEANS);
    }

    @Override
    public freemarker.template.TemplateCollectionModel values() {
      return keys();
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
