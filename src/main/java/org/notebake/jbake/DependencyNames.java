package org.notebake.jbake;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each dependency name a {@link TemplateReads} records, shared by every page of a
 * build: pages read the same fields of the same documents (a tag page lists a thousand titles, each
 * note's page its neighbours'), and a name made anew on each read was a string built, hashed and
 * thrown away tens of times a page, and one more copy in the page memo's map of names. A field's
 * name is found by its document and key, which are strings the site already holds, so a read that
 * was recorded before builds nothing.
 *
 * <pre>{@code
 * DependencyNames names = new DependencyNames();   // one per build
 * TemplateReads reads = new TemplateReads(names);   // one per page
 * }</pre>
 */
public final class DependencyNames {
  private final Map<String, Map<String, String>> fields = new ConcurrentHashMap<>();
  private final Map<String, String> documents = new ConcurrentHashMap<>();
  private final Map<String, String> others = new ConcurrentHashMap<>();

  /** {@code field<NUL>document<NUL>key}. */
  String field(String document, String key) {
    Map<String, String> keys = fields.get(document);
    if (keys == null) {
      keys = fields.computeIfAbsent(document, d -> new ConcurrentHashMap<>(16));
    }
    String name = keys.get(key);
    return name != null
        ? name
        : keys.computeIfAbsent(key, k -> "field\u0000" + document + "\u0000" + k);
  }

  /** {@code doc<NUL>document}. */
  String document(String document) {
    String name = documents.get(document);
    return name != null ? name : documents.computeIfAbsent(document, d -> "doc\u0000" + d);
  }

  /** The one copy of any other name equal to {@code name}. */
  public String shared(String name) {
    String known = others.get(name);
    return known != null ? known : others.computeIfAbsent(name, n -> n);
  }
}
