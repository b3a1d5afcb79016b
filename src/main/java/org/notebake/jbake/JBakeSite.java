package org.notebake.jbake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractors;
import org.jbake.template.model.TemplateModel;
import org.notebake.config.SiteConfig;

/**
 * The one door to jbake-core: holds the published documents in JBake's model, plans the pages JBake
 * would render (documents, index, archive, tags, tags index, feeds, sitemap, 404) and renders each
 * through JBake's template layer.
 *
 * <pre>{@code
 * JBakeSite site = JBakeSite.create(config, documents, dataFiles, tags);
 * for (PlannedOutput out : site.plan()) {
 *   String text = site.render(out);   // throws TemplateFailure with template:line:col
 * }
 * }</pre>
 *
 * <p>jbake-core keeps document types and model extractors in static registries; this class is the
 * only place that touches them, and it only ever adds entries, so repeated bakes in one JVM (tests,
 * serve) see the same state.
 */
public final class JBakeSite {
  private final SiteConfig.Pages pages;
  private final SiteConfig.Urls urls;
  private final SiteConfig.TemplateSet templates;
  private final MemoryContentStore store;
  private final SafeTemplateEngine engine;
  private final Map<String, DocumentModel> documents;
  private final Map<String, TagInfo> tagsByPage;
  private final Map<String, TagInfo> tagsByFeed;
  private final DocumentModels models;

  /** What the site was made of, for {@link #after}: documents, data files, tags, templates. */
  private final List<SiteDocument> docs;

  /**
   * Each document's name in page memos ({@code d:essays/a.html}), in the order of {@link #docs}.
   */
  private final List<String> docNames;

  private final List<DataFile> dataFiles;
  private final List<TagInfo> tags;
  private final String templateFiles;

  /**
   * Every document and data file by identity, to its name in page memos ({@code d:essays/a.html}).
   */
  private final Map<DocumentModel, String> ids;

  private final Map<String, DocumentModel> byId;
  private final java.time.ZoneId zone;

  /** What a page memo sees of this site: each dependency's value, as a hash. */
  private final SiteValues values;

  /** Extractor names that answer from the store's lists, to the part of the structure they read. */
  private final Map<String, String> storeLists;

  /** With {@code index.paginate}, each index page by its path; otherwise empty. */
  private final Map<String, IndexPage> indexPages;

  /** Page {@code number} of {@code count}, listing published posts from {@code first} on. */
  private record IndexPage(int number, int count, int first, int perPage) {}

  private JBakeSite(
      SiteConfig config,
      List<SiteDocument> docs,
      List<DataFile> dataFiles,
      List<TagInfo> tags,
      String templateFiles) {
    this.pages = config.pages();
    this.urls = config.urls();
    this.templates = config.templateSet();
    this.models = new DocumentModels(urls.noExtensionPrefix() != null);
    this.madeFrom = 0;
    this.docs = List.copyOf(docs);
    this.dataFiles = List.copyOf(dataFiles);
    this.tags = withTheirFeeds(tags, templates);
    this.templateFiles = templateFiles;
    this.documents = new LinkedHashMap<>();
    this.tagsByPage = new LinkedHashMap<>();
    this.tagsByFeed = new LinkedHashMap<>();
    this.ids = new java.util.IdentityHashMap<>();
    this.byId = new java.util.HashMap<>();
    this.storeLists = new java.util.HashMap<>();
    this.indexPages = new LinkedHashMap<>();
    registerTypes(templates.byType().keySet());
    List<DocumentModel> all = new ArrayList<>();
    List<String> names = new ArrayList<>(docs.size());
    for (SiteDocument doc : docs) {
      DocumentModel model = models.document(doc);
      documents.put(doc.uri(), model);
      all.add(model);
      String name = "d:" + doc.uri();
      name(model, name);
      names.add(name);
    }
    this.docNames = names;
    models.linkNeighbours(all);
    String dataType = templates.dataType();
    for (DataFile data : dataFiles) {
      DocumentModel model = models.data(data, dataType);
      all.add(model);
      name(model, "data:" + data.name());
    }
    this.zone = config.zone();
    Map<String, List<String>> tagged = new LinkedHashMap<>();
    for (TagInfo tag : this.tags) {
      tagged.put(tag.slug(), tag.documentUris());
      tagsByPage.put(tag.uri(), tag);
      if (tag.feedUri() != null) {
        tagsByFeed.put(tag.feedUri(), tag);
        tagsByFeed.put(jsonFeedPath(tag.feedUri()), tag);
      }
    }
    this.store = new MemoryContentStore(all, templates.byType().keySet(), tagged, dataType);
    store.tags(this.tags);
    this.values = new SiteValues(ids, byId, store, zone, docs.size());
    Set<String> types = new java.util.TreeSet<>(store.types());
    types.addAll(List.of("post", "page", "index", "archive", "feed"));
    for (String type : types) {
      // JBake's published_<type>s and <type>s (pluralised by an "s"), published_posts and pages.
      storeLists.put("published_" + type + "s", TemplateReads.typeList(type));
      storeLists.put(type + "s", TemplateReads.typeList(type));
    }
    // Every type (JBake's registry of types, which the store answers for each).
    storeLists.put("published_content", TemplateReads.STRUCTURE);
    storeLists.put("all_content", TemplateReads.STRUCTURE);
    for (String tagList : List.of("tags", "alltags", "tag_posts", "tagged_documents")) {
      storeLists.put(tagList, TemplateReads.TAGS);
    }
    // Dates were read in the site's zone; templates print them in it, not in the machine's.
    this.engine =
        new SafeTemplateEngine(
            store,
            config.templates(),
            templateFiles,
            templates.locale(),
            TimeZone.getTimeZone(config.zone()));
    paginateIndex();
  }

  /**
   * {@code last}'s site with {@code docs}: its store, lists, models and the values its lists hash
   * to; the model of each document that is not {@code last}'s object is filled again in place, so
   * the lists and its neighbours still hold it.
   */
  private JBakeSite(JBakeSite last, List<SiteDocument> docs) {
    this.madeFrom = last.generation;
    this.pages = last.pages;
    this.urls = last.urls;
    this.templates = last.templates;
    this.models = last.models;
    this.docs = List.copyOf(docs);
    this.docNames = last.docNames; // the same uris, in the same order
    this.dataFiles = last.dataFiles;
    this.tags = last.tags;
    this.templateFiles = last.templateFiles;
    this.documents = last.documents;
    this.tagsByPage = last.tagsByPage;
    this.tagsByFeed = last.tagsByFeed;
    this.ids = last.ids;
    this.byId = last.byId;
    this.storeLists = last.storeLists;
    this.indexPages = last.indexPages;
    this.store = last.store;
    this.engine = last.engine;
    this.zone = last.zone;
    for (int i = 0; i < docs.size(); i++) {
      SiteDocument doc = docs.get(i);
      if (doc != last.docs.get(i)) {
        models.refill(documents.get(doc.uri()), doc);
      }
    }
    this.values = new SiteValues(last.values, docs.size()); // the lists are last's
  }

  /**
   * The tags, with a feed each only when the built-in theme's feed template renders them: a site's
   * own {@code feed.ftl} is JBake's one feed of the site, and rendered per tag each copy was the
   * whole site's feed (a 200-post site, 84 MB of copies; JBake 2.7 has no tag feeds).
   */
  private static List<TagInfo> withTheirFeeds(
      List<TagInfo> tags, SiteConfig.TemplateSet templates) {
    SiteConfig.Template feed = templates.byType().get("feed");
    if (feed == null || !feed.fromSite()) {
      return List.copyOf(tags);
    }
    return tags.stream()
        .map(t -> new TagInfo(t.slug(), t.name(), t.uri(), null, t.documentUris(), t.intro()))
        .toList();
  }

  private static final java.util.concurrent.atomic.AtomicLong GENERATIONS =
      new java.util.concurrent.atomic.AtomicLong();

  /** This site among the sites of this process, each one's own. */
  private final long generation = GENERATIONS.incrementAndGet();

  /** The {@link #generation} of the site this one was made from ({@link #after}), or 0. */
  private final long madeFrom;

  /** This site among the sites of this process: no other has the same. */
  public long generation() {
    return generation;
  }

  /**
   * Whether {@code dependency} hashes as it did in the site of generation {@code earlier}, known
   * without a look-up: this site was made from that one ({@link #after}), and the dependency is a
   * list's structure (what documents each type and tag lists, in order, the tags) or a document's
   * neighbour (a document by name), which that made alike.
   */
  public boolean listedAsIn(long earlier, String dependency) {
    return earlier != 0 && madeFrom == earlier && SiteValues.alikeWhenListedAlike(dependency);
  }

  /**
   * As {@link #create(SiteConfig, List, List, List, String, FieldMemory)}, made from {@code last}
   * (the site of the build before, under the same configuration and salt) when the documents differ
   * from its documents only in what no list orders or files them by: the same uris in the same
   * order, each with the same type, date, tags and source, and the same data files, tags and
   * templates. Everything a list of documents hashes to is then as it was, and only the models of
   * documents that are not {@code last}'s objects are made again (about 60 ms at 10,000 notes, on
   * each of serve's rebuilds). Null, and {@code last} untouched, when more differs; otherwise
   * {@code last} must not be used again: its models are this site's.
   */
  public static JBakeSite after(
      JBakeSite last,
      List<SiteDocument> docs,
      List<DataFile> dataFiles,
      List<TagInfo> tags,
      String templateFiles,
      FieldMemory memory) {
    if (!templateFiles.equals(last.templateFiles)
        || !dataFiles.equals(last.dataFiles)
        || !tags.equals(last.tags)
        || docs.size() != last.docs.size()) {
      return null;
    }
    for (int i = 0; i < docs.size(); i++) {
      SiteDocument now = docs.get(i);
      SiteDocument then = last.docs.get(i);
      if (now != then && !sameListing(now, then)) {
        return null;
      }
    }
    return remembering(new JBakeSite(last, docs), memory);
  }

  /** Whether two documents are listed and filed alike: uri, type, date, tags and source. */
  private static boolean sameListing(SiteDocument a, SiteDocument b) {
    return a.uri().equals(b.uri())
        && a.type().equals(b.type())
        && a.date().toInstant().equals(b.date().toInstant())
        && a.tags().equals(b.tags())
        && java.util.Objects.equals(a.sourcePath(), b.sourcePath());
  }

  /**
   * JBake's {@code index.paginate}: {@code index.posts_per_page} posts on each index page, the
   * first at {@code index.file}, the others at {@code 2/index.html}, {@code 3/index.html}...
   */
  private void paginateIndex() {
    int posts = store.getPublishedPosts().size();
    int perPage = pages.postsPerPage();
    if (!pages.index()
        || documents.containsKey(pages.indexFile())
        || !pages.paginate()
        || posts == 0
        || perPage <= 0) {
      return;
    }
    String file = pages.indexFile();
    int count = (posts + perPage - 1) / perPage;
    for (int number = 1; number <= count; number++) {
      String path = number == 1 ? file : number + "/" + file;
      indexPages.put(path, new IndexPage(number, count, (number - 1) * perPage, perPage));
    }
  }

  /**
   * Prepares the JBake model for one bake. Templates load from the site's own template folder
   * (which may not exist), then from the built-in theme.
   */
  public static JBakeSite create(
      SiteConfig config, List<SiteDocument> docs, List<DataFile> dataFiles, List<TagInfo> tags) {
    return create(config, docs, dataFiles, tags, TemplateFiles.fingerprint(config));
  }

  /**
   * As {@link #create(SiteConfig, List, List, List)}, with the build's {@link
   * TemplateFiles#fingerprint} (already computed for the page memo): while it is the same, the
   * templates parsed by an earlier build of the site in this process are used again.
   */
  public static JBakeSite create(
      SiteConfig config,
      List<SiteDocument> docs,
      List<DataFile> dataFiles,
      List<TagInfo> tags,
      String templateFiles) {
    return new JBakeSite(config, docs, dataFiles, tags, templateFiles);
  }

  /**
   * What a build remembers of the documents of the build before it (serve's {@code
   * site.DocumentMemory}).
   */
  public interface FieldMemory {
    /**
     * The map the hashes of {@code doc}'s own fields are kept in, filled as they are computed: the
     * last build's when it is the same document object.
     */
    Map<String, String> fieldHashes(SiteDocument doc);

    /** Whether {@code doc} is the very object the last build had (its own fields are as then). */
    boolean takenOver(SiteDocument doc);
  }

  /**
   * As {@link #create(SiteConfig, List, List, List, String)}, with the hashes of each document's
   * fields remembered from earlier builds. Only fields that are a function of the document itself
   * go there (not its neighbours).
   */
  public static JBakeSite create(
      SiteConfig config,
      List<SiteDocument> docs,
      List<DataFile> dataFiles,
      List<TagInfo> tags,
      String templateFiles,
      FieldMemory memory) {
    return remembering(new JBakeSite(config, docs, dataFiles, tags, templateFiles), memory);
  }

  private static JBakeSite remembering(JBakeSite site, FieldMemory memory) {
    for (int i = 0; i < site.docs.size(); i++) {
      SiteDocument doc = site.docs.get(i);
      String name = site.docNames.get(i);
      site.values.remember(name, memory.fieldHashes(doc), memory.takenOver(doc));
    }
    return site;
  }

  /**
   * Whether the document named {@code id} is the last build's object (its own fields are as then).
   */
  public boolean takenOver(String id) {
    return values.takenOver(id);
  }

  /**
   * The document whose own field {@code dependency} is (not a neighbour: another note's edit can
   * change those), or null if it is none: a document taken over has the own fields it had.
   */
  public static String ownFieldDocument(String dependency) {
    return SiteValues.ownFieldDocument(dependency);
  }

  private static synchronized void registerTypes(Set<String> types) {
    ModelExtractors extractors = ModelExtractors.getInstance();
    extractors.registerEngine("tags", new TagsExtractor());
    for (String type : types) {
      if (!DocumentTypes.contains(type)) {
        DocumentTypes.addDocumentType(type);
      }
      extractors.registerExtractorsForCustomTypes(type);
    }
  }

  /** Every output the templates produce, in a stable order. */
  public List<PlannedOutput> plan() {
    List<PlannedOutput> out = new ArrayList<>();
    for (Map.Entry<String, DocumentModel> doc : documents.entrySet()) {
      String type = doc.getValue().getType();
      out.add(
          new PlannedOutput(
              doc.getKey(),
              (String) doc.getValue().get("source_path"),
              type,
              template(type),
              isHtml(doc.getKey())));
    }
    if (documents.containsKey(pages.indexFile())) {
      // A note is the home page (permalink: / or index.note): it replaces the generated one.
    } else if (indexPages.isEmpty()) {
      listPage(out, pages.index(), pages.indexFile(), "masterindex", true);
    } else {
      for (String path : indexPages.keySet()) {
        out.add(new PlannedOutput(path, null, "masterindex", template("masterindex"), true));
      }
    }
    listPage(out, pages.archive(), pages.archiveFile(), "archive", true);
    listPage(out, pages.feed(), pages.feedFile(), "feed", false);
    // A feed.file that already ends in .json is the site's JSON feed (its own feed template
    // writes one there): the built-in JSON feed beside it steps aside rather than take its name.
    String jsonFeed = jsonFeedPath(pages.feedFile());
    listPage(out, pages.feed() && !jsonFeed.equals(pages.feedFile()), jsonFeed, "jsonfeed", false);
    listPage(out, pages.sitemap(), pages.sitemapFile(), "sitemap", false);
    // A site's own content/404.html is its error page, as in JBake: the generated one steps aside.
    listPage(
        out,
        pages.error404() && !documents.containsKey(pages.error404File()),
        pages.error404File(),
        "error404",
        true);
    galleryIndex(out);
    typeIndex(out, "project", "projectsindex", "projects/index" + urls.extension());
    typeIndex(out, "note", "notesindex", "notes/index" + urls.extension());
    if (pages.tags()) {
      for (TagInfo tag : tagsByPage.values()) {
        out.add(new PlannedOutput(tag.uri(), null, "tag", template("tag"), true));
        if (pages.feed() && tag.feedUri() != null) {
          out.add(new PlannedOutput(tag.feedUri(), null, "feed", template("feed"), false));
          out.add(
              new PlannedOutput(
                  jsonFeedPath(tag.feedUri()), null, "jsonfeed", template("jsonfeed"), false));
        }
      }
      if (pages.tagsIndex()) {
        String path = urls.tagPath() + "/index" + urls.extension();
        out.add(new PlannedOutput(path, null, "tagsindex", template("tagsindex"), true));
      }
    }
    return out;
  }

  /**
   * {@code gallery/index.html}, listing every gallery (album) with its cover, when there is one and
   * no note of the site claims that path.
   */
  private void galleryIndex(List<PlannedOutput> out) {
    String path = GALLERY_INDEX + urls.extension();
    boolean galleries = documents.values().stream().anyMatch(d -> "gallery".equals(d.getType()));
    if (galleries
        && templates.byType().containsKey("galleryindex")
        && !documents.containsKey(path)) {
      out.add(new PlannedOutput(path, null, "galleryindex", template("galleryindex"), true));
    }
  }

  /** Where the gallery index goes, before the output extension. */
  public static final String GALLERY_INDEX = "gallery/index";

  private void listPage(
      List<PlannedOutput> out, boolean render, String file, String type, boolean html) {
    if (render) {
      out.add(new PlannedOutput(file, null, type, template(type), html));
    }
  }

  /**
   * A list of every published document of one type (projects/index.html, notes/index.html), when
   * the theme has a template for it, some document has the type and no note took the page's path.
   */
  private void typeIndex(List<PlannedOutput> out, String docType, String listType, String path) {
    if (templates.file(listType) != null
        && !documents.containsKey(path)
        && !store.getPublishedContent(docType).isEmpty()) {
      out.add(new PlannedOutput(path, null, listType, template(listType), true));
    }
  }

  /**
   * The JSON Feed beside an Atom feed: {@code feed.xml} gives {@code feed.json}, {@code
   * tags/gpu.xml} gives {@code tags/gpu.json}. Templates derive it the same way.
   */
  private static String jsonFeedPath(String atomPath) {
    int slash = atomPath.lastIndexOf('/');
    int dot = atomPath.lastIndexOf('.');
    return (dot > slash ? atomPath.substring(0, dot) : atomPath) + ".json";
  }

  /** A document of a type with its own {@code template.<type>.extension} may be CSS or text. */
  private static boolean isHtml(String path) {
    String lower = path.toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith("/");
  }

  private String template(String type) {
    String name = templates.file(type);
    return name == null ? type + ".ftlh" : name;
  }

  /** Renders one planned output through the JBake template layer. */
  public String render(PlannedOutput output) throws TemplateFailure {
    return render(output, null);
  }

  /**
   * Renders one planned output and records in {@code reads} (when not null) what its template read
   * of the site; {@link #currentValue} tells, in a later build, whether each of those still is what
   * it was.
   */
  public String render(PlannedOutput output, TemplateReads reads) throws TemplateFailure {
    TemplateModel model = new TemplateModel();
    model.setConfig(templates.variables());
    model.setVersion("v2.7.0");
    model.put(JBakeTemplateModel.PUBLISHED_YEAR, java.time.LocalDate.now(zone).getYear());
    DocumentModel doc = documents.get(output.path());
    // What a list page's own variables (tag, paging, index) come from: a tag's own page or feed
    // (not paged) from that tag's lists and names alone, which another tag's edits leave as they
    // are; any other list page from all the lists. A document's page has none.
    String listed = null;
    if (doc != null) {
      model.setContent(doc);
    } else {
      model.setContent(models.listPage(output.type(), output.path()));
      TagInfo tag = tagsByPage.getOrDefault(output.path(), tagsByFeed.get(output.path()));
      if (tag != null) {
        models.tagPage(model, tag, store);
      }
      IndexPage page = indexPages.get(output.path());
      if (page != null) {
        paging(model, page);
      }
      listed =
          tag != null && page == null ? TemplateReads.tagList(tag.slug()) : TemplateReads.STRUCTURE;
    }
    // Untracked, a render still goes through the wrapper that rebases other documents' bodies.
    TemplateReads recorded = reads == null ? new TemplateReads() : reads;
    if (listed != null) {
      recorded.global(listed);
    }
    TrackingObjectWrapper tracking =
        new TrackingObjectWrapper(
            ids, doc == null ? model.getContent() : null, recorded, new PageBodies(output.path()));
    return engine.render(model, output.template(), tracking, storeLists::get);
  }

  private void name(DocumentModel model, String id) {
    ids.put(model, id);
    byId.put(id, model);
  }

  /**
   * What a dependency a {@link TemplateReads} recorded is in this site, as a hash: a field of a
   * document (absent, or the document gone, hash as such), a whole document, the lists, the data
   * files, everything, or today's date. Equal hashes in two builds mean the template would read the
   * same. Thread-safe; each value is computed once per site.
   */
  public String currentValue(String dependency) {
    return values.currentValue(dependency);
  }

  /**
   * As {@link #currentValue}, but a document's field is not kept for later: the page memo compares
   * every value the last build's pages read once, and keeping 270,000 hashes of fields (at 10,000
   * notes) that only a re-made page asks again held 30 MB through the rest of the build.
   */
  public String valueOnce(String dependency) {
    return values.valueOnce(dependency);
  }

  /**
   * The variables JBake's paginated index sets: numberOfPages, currentPageNumber, previousFileName
   * ("" back to the first page, absent on it), nextFileName (absent on the last), and this page's
   * slice of published_posts. Set per render, since pages render in parallel.
   */
  private void paging(TemplateModel model, IndexPage page) {
    model.setNumberOfPages(page.count());
    model.setCurrentPageNuber(page.number());
    if (page.number() > 1) {
      model.setPreviousFilename(page.number() == 2 ? "" : (page.number() - 1) + "/");
    }
    if (page.number() < page.count()) {
      model.setNextFileName((page.number() + 1) + "/");
    }
    DocumentList<DocumentModel> all = store.getPublishedPosts();
    DocumentList<DocumentModel> slice = new DocumentList<>();
    all.stream().skip(page.first()).limit(page.perPage()).forEach(slice::add);
    model.put("published_posts", slice);
    model.put(
        ContentQueries.PageWindow.KEY, new ContentQueries.PageWindow(page.first(), page.perPage()));
  }
}
