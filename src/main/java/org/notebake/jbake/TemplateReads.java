package org.notebake.jbake;

import java.util.HashSet;
import java.util.Set;

/**
 * What one template render read of the site, so that its page can be memoised by exactly that: each
 * field of each document it looked at, and the site-wide things it reached (the lists of documents
 * and tags, data files, the clock). A read that cannot be tracked makes the page depend on
 * everything; a document the site does not know makes the render {@linkplain #complete()
 * incomplete}, and such a page is never memoised.
 *
 * <pre>{@code
 * TemplateReads reads = new TemplateReads(names);   // names: the build's DependencyNames
 * String html = site.render(page, reads);
 * for (String d : reads.dependencies()) { remember(d, site.currentValue(d)); }
 * // next build: reuse the page while every site.currentValue(d) is what it was
 * }</pre>
 *
 * <p>A dependency is one of {@code field<NUL>document<NUL>key} (one value of one document), {@code
 * doc<NUL>document} (all of it), {@link #typeList}, {@link #typeCount}, {@link #typeAny}, {@link
 * #tagList}, or {@link #STRUCTURE}, {@link #TAGS}, {@link #DATA}, {@link #EVERYTHING}, {@link
 * #CLOCK}, {@link #YEAR}. One render runs on one thread; an instance is not shared.
 */
public final class TemplateReads {
  /** Which documents and tags exist, of which type, in which order. */
  public static final String STRUCTURE = "structure";

  /** The tags part of {@link #STRUCTURE}: each tag's documents in order, its name and pages. */
  public static final String TAGS = "structure\u0000tags";

  /** The part of {@link #STRUCTURE} that lists the documents of {@code type}, in order. */
  public static String typeList(String type) {
    return "structure\u0000type\u0000" + type;
  }

  /**
   * The part of {@link #TAGS} about one tag (by its slug): its documents and posts in order, its
   * name and pages; what a tag's own page and feed read ({@code tag}, {@code tagged_documents},
   * {@code tag_posts}).
   */
  public static String tagList(String tag) {
    return "structure\u0000tag\u0000" + tag;
  }

  /**
   * How many documents {@link #typeList} lists: all a page that only asks whether any exist reads.
   */
  public static String typeCount(String type) {
    return "structure\u0000count\u0000" + type;
  }

  /**
   * Whether {@link #typeList} lists any document: all a page that asks {@code ?has_content} reads.
   */
  public static String typeAny(String type) {
    return "structure\u0000any\u0000" + type;
  }

  /** The {@link #typeAny} of a {@link #typeCount}. */
  static String anyOf(String count) {
    return typeAny(count.substring(typeCount("").length()));
  }

  /** The {@link #typeCount} of a {@link #typeList}, or null if {@code list} is none. */
  static String countOf(String list) {
    String prefix = typeList("");
    return list.startsWith(prefix) ? typeCount(list.substring(prefix.length())) : null;
  }

  /** Every data file ({@code data.get("x.yaml")} returns a copy that cannot be tracked). */
  public static final String DATA = "data";

  /** Every document whole: {@code db} hands out objects that are not tracked. */
  public static final String EVERYTHING = "everything";

  /**
   * This year in the site's zone ({@code published_year}, notebake's own: a footer's copyright
   * year, which would otherwise make every page depend on the day).
   */
  public static final String YEAR = "clock\u0000year";

  /** Today's date in the site's zone ({@code published_date}). */
  public static final String CLOCK = "clock";

  private final DependencyNames names;
  private final Set<String> dependencies = new HashSet<>();
  private boolean complete = true;

  /** Reads named by a {@link DependencyNames} of their own (a page rendered alone). */
  public TemplateReads() {
    this(new DependencyNames());
  }

  /** Reads whose names are {@code names}' copies, shared with the build's other pages. */
  public TemplateReads(DependencyNames names) {
    this.names = names;
  }

  void field(String document, String key) {
    dependencies.add(names.field(document, key));
  }

  void document(String document) {
    dependencies.add(names.document(document));
  }

  void global(String name) {
    dependencies.add(names.shared(name));
  }

  /** The template reached a document model the site cannot name: nothing can vouch for it. */
  void untracked() {
    complete = false;
  }

  /** Every dependency recorded, each the build's one copy of its name. */
  public Set<String> dependencies() {
    return Set.copyOf(dependencies);
  }

  /** False if the render reached something that cannot be tracked; its page must not be reused. */
  public boolean complete() {
    return complete;
  }
}
