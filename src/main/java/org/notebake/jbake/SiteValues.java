package org.notebake.jbake;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jbake.model.DocumentModel;

/**
 * What a page memo sees of a {@link JBakeSite}: each dependency a {@link TemplateReads} recorded,
 * as a hash (a field of a document, a whole document, the lists, the data files, everything,
 * today's date). Equal hashes in two builds mean the template would read the same. Thread-safe;
 * each value is computed once per site.
 */
final class SiteValues {
  static final String FIELD = "field\u0000";
  private static final String DOC = "doc\u0000";
  private static final String TYPE_LIST = TemplateReads.typeList("");
  private static final String TYPE_COUNT = TemplateReads.typeCount("");
  private static final String TYPE_ANY = TemplateReads.typeAny("");
  private static final String TAG_LIST = TemplateReads.tagList("");

  /**
   * Fields of a document model that are not the document's own: its neighbours within its type,
   * which another note's edit can change.
   */
  private static final Set<String> NEIGHBOURS =
      Set.of(
          org.jbake.model.ModelAttributes.PREVIOUS_CONTENT,
          org.jbake.model.ModelAttributes.NEXT_CONTENT);

  private final Map<DocumentModel, String> ids;
  private final Map<String, DocumentModel> byId;
  private final MemoryContentStore store;
  private final java.time.ZoneId zone;

  /**
   * Each dependency's value in this build. Sized for the fields pages read of every document (about
   * 30 each): grown from empty, its resizing cost a rebuild more than the lookups.
   */
  private final Map<String, String> current;

  /**
   * What the lists (types, tags, everything they list) hash to, as far as pages asked: a site made
   * from this one ({@link JBakeSite#after}) lists alike and starts with them.
   */
  private final Map<String, String> listValues = new ConcurrentHashMap<>();

  /** Each document's remembered field hashes, by its name (a site made with a memory). */
  private final Map<String, Map<String, String>> rememberedFields = new java.util.HashMap<>();

  /** The documents (by name) that are the last build's objects (a site made with a memory). */
  private final Set<String> takenOver = new java.util.HashSet<>();

  private final java.util.function.Function<String, String> valueOf = this::valueOf;

  private volatile String tagStructureText;

  /**
   * @param ids every document and data file by identity, to its name
   * @param byId the same, by name
   * @param documents how many documents the site has (sizes the values' map)
   */
  SiteValues(
      Map<DocumentModel, String> ids,
      Map<String, DocumentModel> byId,
      MemoryContentStore store,
      java.time.ZoneId zone,
      int documents) {
    this.ids = ids;
    this.byId = byId;
    this.store = store;
    this.zone = zone;
    this.current = new ConcurrentHashMap<>(Math.max(64, documents * 32));
  }

  /** The values of a site that lists as {@code last}'s did: it starts with the lists' values. */
  SiteValues(SiteValues last, int documents) {
    this(last.ids, last.byId, last.store, last.zone, documents);
    current.putAll(last.listValues);
    listValues.putAll(last.listValues);
    this.tagStructureText = last.tagStructureText;
  }

  /**
   * The hashes of the document {@code name}'s own fields known so far, and whether it is taken
   * over.
   */
  void remember(String name, Map<String, String> fields, boolean taken) {
    rememberedFields.put(name, fields);
    if (taken) {
      takenOver.add(name);
    }
  }

  boolean takenOver(String id) {
    return takenOver.contains(id);
  }

  /**
   * Whether {@code dependency} is a list's structure (what documents each type and tag lists, in
   * order, the tags) or a document's neighbour (a document by name): alike in two sites that list
   * their documents alike.
   */
  static boolean alikeWhenListedAlike(String dependency) {
    if (dependency.equals(TemplateReads.STRUCTURE)
        || dependency.equals(TemplateReads.TAGS)
        || dependency.startsWith(TYPE_LIST)
        || dependency.startsWith(TYPE_COUNT)
        || dependency.startsWith(TYPE_ANY)
        || dependency.startsWith(TAG_LIST)) {
      return true;
    }
    if (!dependency.startsWith(FIELD)) {
      return false;
    }
    int second = dependency.indexOf('\u0000', FIELD.length());
    if (second < 0) {
      return false;
    }
    int key = second + 1; // compared in place: the memo asks this of 20,000 values a rebuild
    for (String neighbour : NEIGHBOURS) {
      if (dependency.length() - key == neighbour.length()
          && dependency.startsWith(neighbour, key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The document whose own field {@code dependency} is (not a neighbour: another note's edit can
   * change those), or null if it is none: a document taken over has the own fields it had.
   */
  static String ownFieldDocument(String dependency) {
    if (!dependency.startsWith(FIELD)) {
      return null;
    }
    int second = dependency.indexOf('\u0000', FIELD.length());
    if (second < 0 || dependency.indexOf('\u0000', second + 1) >= 0) {
      return null;
    }
    return NEIGHBOURS.contains(dependency.substring(second + 1))
        ? null
        : dependency.substring(FIELD.length(), second);
  }

  String currentValue(String dependency) {
    // get first: a present key's computeIfAbsent may lock its bin, and pages check each
    // dependency of theirs, most of them known already.
    String value = current.get(dependency);
    return value != null ? value : current.computeIfAbsent(dependency, valueOf);
  }

  /**
   * As {@link #currentValue}; a document's field, unless known already, is computed and not kept.
   */
  String valueOnce(String dependency) {
    String value = current.get(dependency);
    if (value != null) {
      return value;
    }
    return dependency.startsWith(FIELD) ? valueOf(dependency) : currentValue(dependency);
  }

  private String listValue(String dependency, String value) {
    listValues.put(dependency, value);
    return value;
  }

  private String valueOf(String dependency) {
    ModelValues values = new ModelValues(ids);
    // The parts between NULs: one split a dependency, a page reads tens of them each build.
    int first = dependency.indexOf('\u0000');
    int second = first < 0 ? -1 : dependency.indexOf('\u0000', first + 1);
    boolean threeParts = second >= 0 && dependency.indexOf('\u0000', second + 1) < 0;
    if (threeParts && dependency.startsWith(FIELD)) {
      String id = dependency.substring(first + 1, second);
      DocumentModel doc = byId.get(id);
      if (doc == null) {
        return "gone";
      }
      String key = dependency.substring(second + 1);
      Map<String, String> remembered = NEIGHBOURS.contains(key) ? null : rememberedFields.get(id);
      String known = remembered == null ? null : remembered.get(key);
      if (known != null) {
        return known;
      }
      String hash = doc.containsKey(key) ? values.hash(doc.get(key)) : "absent";
      if (remembered != null) {
        remembered.put(key, hash);
      }
      return hash;
    }
    if (threeParts && dependency.startsWith(TAG_LIST)) {
      return listValue(
          dependency,
          ModelValues.hashText(store.tagList(dependency.substring(second + 1), ids::get)));
    }
    if (threeParts && dependency.startsWith(TYPE_COUNT)) {
      return listValue(
          dependency, String.valueOf(store.typeCount(dependency.substring(second + 1))));
    }
    if (threeParts && dependency.startsWith(TYPE_ANY)) {
      return listValue(
          dependency, store.typeCount(dependency.substring(second + 1)) > 0 ? "any" : "none");
    }
    if (threeParts && dependency.startsWith(TYPE_LIST)) {
      return listValue(
          dependency,
          ModelValues.hashText(store.typeStructure(dependency.substring(second + 1), ids::get)));
    }
    if (first >= 0 && second < 0 && dependency.startsWith(DOC)) {
      DocumentModel doc = byId.get(dependency.substring(first + 1));
      return doc == null ? "gone" : values.hashDocument(doc);
    }
    return switch (dependency) {
      case TemplateReads.STRUCTURE ->
          listValue(
              dependency, ModelValues.hashText(store.typesStructure(ids::get) + tagStructure()));
      case TemplateReads.TAGS -> listValue(dependency, ModelValues.hashText(tagStructure()));
      case TemplateReads.DATA -> everyDocument(values, true);
      case TemplateReads.EVERYTHING ->
          // Not through currentValue: a map's computeIfAbsent must not fill another of its keys.
          ModelValues.hashText(
              store.typesStructure(ids::get) + tagStructure() + everyDocument(values, false));
      case TemplateReads.CLOCK -> java.time.LocalDate.now(zone).toString();
      case TemplateReads.YEAR -> String.valueOf(java.time.LocalDate.now(zone).getYear());
      default -> "unknown " + java.util.UUID.randomUUID(); // never equal: the page is rendered
    };
  }

  /**
   * The store's tag lists as text, made once: the structure and the tags' own value both hold it
   * (about 40 ms a build at 10,000 notes).
   */
  private String tagStructure() {
    String text = tagStructureText;
    if (text == null) {
      synchronized (this) {
        text = tagStructureText;
        if (text == null) {
          text = store.tagStructure(ids::get);
          tagStructureText = text;
        }
      }
    }
    return text;
  }

  /** Every document (or only data files) whole, by name. */
  private String everyDocument(ModelValues values, boolean dataOnly) {
    StringBuilder out = new StringBuilder();
    new java.util.TreeMap<>(byId)
        .forEach(
            (id, doc) -> {
              if (!dataOnly || id.startsWith("data:")) {
                out.append(id).append('=').append(values.hashDocument(doc)).append('\n');
              }
            });
    return ModelValues.hashText(out.toString());
  }
}
