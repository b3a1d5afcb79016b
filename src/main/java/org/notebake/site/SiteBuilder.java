package org.notebake.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.NoteHtmlSanitizer;
import org.notebake.jbake.DataFile;
import org.notebake.jbake.JBakeSite;
import org.notebake.jbake.SiteDocument;
import org.notebake.links.Attachment;
import org.notebake.links.SiteIndex;
import org.notebake.links.Slugs;
import org.notebake.markdown.MarkdownConverter;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.Note;
import org.notebake.publish.NoteFactory;
import org.notebake.publish.PublishPolicy;
import org.notebake.publish.PublishSettingsCheck;
import org.notebake.vault.FrontMatterParser;
import org.notebake.vault.NoteReader;
import org.notebake.vault.SourceFile;
import org.notebake.vault.Vault;
import org.notebake.vault.VaultScanner;

/**
 * The whole build, one line per stage:
 *
 * <pre>
 * scan vault → select what is published → index names and links → render Markdown (one parse
 * per note, read for tags, headings and links too) → apply templates (JBake) → HTML passes
 * → images → write, verify, swap
 * </pre>
 *
 * <p>Every problem is collected into {@link Diagnostics}; nothing is swapped into the output folder
 * unless the build finished without errors.
 */
public final class SiteBuilder {
  private final SiteConfig config;
  private final Diagnostics diagnostics;
  private final Stopwatch clock = new Stopwatch();
  private final OutputPaths paths = new OutputPaths();
  private Map<String, AssetCopier.AssetSource> assets;
  private org.notebake.publish.DraftPreview drafts;
  private org.notebake.progress.Progress progress = org.notebake.progress.Progress.NONE;
  private org.notebake.incremental.BodyMemo memo;

  public SiteBuilder(SiteConfig config, Diagnostics diagnostics) {
    this.config = config;
    this.diagnostics = diagnostics;
  }

  /**
   * Notes' bodies come from {@code memo} where their inputs are unchanged, and go into it (a memo
   * of another configuration or notebake is emptied first).
   */
  public SiteBuilder withMemo(org.notebake.incremental.BodyMemo memo) {
    this.memo = memo;
    return this;
  }

  /** Long stages (Markdown, templates) report how far they are to {@code progress}. */
  public SiteBuilder withProgress(org.notebake.progress.Progress progress) {
    this.progress = progress;
    return this;
  }

  /**
   * A local preview's build (notebake serve --drafts): private notes are shown too, and only into
   * the preview's own folder; the build refuses any other output.
   */
  public SiteBuilder withDrafts(org.notebake.publish.DraftPreview drafts) {
    drafts.checkOutput(config.output());
    this.drafts = drafts;
    return this;
  }

  /**
   * Bakes the site. With {@code write} false (notebake check) everything is rendered and scanned
   * but nothing is written.
   */
  public BuildReport build(boolean write, boolean force) {
    if (drafts != null) {
      drafts.checkOutput(config.output());
    }
    if (memo != null) {
      memo.adopt(org.notebake.incremental.BodyMemo.saltFor(config, drafts != null));
    }
    config.warnings().forEach(diagnostics::add);
    Vault vault =
        clock.time(
            "scan",
            () -> new VaultScanner().scan(config.content(), config.neverScanned(), diagnostics));
    ObsidianSettingsCheck.check(config.content(), config.source(), diagnostics);
    SitePlan plan;
    try {
      plan = plan(vault);
    } catch (EmbedFanOut.TooLarge e) {
      // Rendering pages that large would take minutes and the heap: stop at the estimate.
      return new BuildReport(
          vault.notes().size(),
          e.published(),
          vault.attachments().size(),
          0,
          0,
          List.of(),
          0,
          clock.millis(),
          false);
    }
    SiteWriter writer = new SiteWriter(config, diagnostics, clock, paths);
    writer.progress = progress;
    int written = writer.write(plan, write, force);
    return new BuildReport(
        vault.notes().size(),
        plan.notes().size(),
        vault.attachments().size(),
        plan.attachments().size(),
        written,
        writer.publishedFiles(),
        writer.privacyFindings(),
        clock.millis(),
        write && !diagnostics.hasErrors());
  }

  /**
   * Everything up to the plan. Notes' Markdown, facts and rendered bodies live only in here, so a
   * large vault's text is not held while the site is written.
   */
  private SitePlan plan(Vault vault) {
    NoteSelector.Selection selection = clock.time("select", () -> select(vault));
    List<Note> published = selection.published();
    List<Attachment> attachments = attachments(vault.attachments());
    // A note's facts come from the parse that renders it; a link to a heading or block of a note
    // not rendered yet has that note analysed first. Either way each note has its facts once.
    Map<Note, NoteFacts> facts = new ConcurrentHashMap<>();
    MarkdownConverter markdown = markdown();
    SiteIndex index =
        clock.time(
            "index",
            () ->
                SiteIndex.build(
                        published,
                        note -> facts.computeIfAbsent(note, n -> BodyRenderer.analyze(markdown, n)),
                        selection.withheld(),
                        attachments,
                        config.attachmentFolder())
                    .withAssets(assets().keySet()));
    EmbedFanOut.Result fanOut =
        clock.time("estimate", () -> EmbedFanOut.check(published, index, diagnostics));
    if (!fanOut.over().isEmpty()) {
      throw new EmbedFanOut.TooLarge(published.size());
    }
    HeapEstimate.check(published.size(), fanOut.renderedChars(), Runtime.getRuntime().maxMemory());
    BodyRenderer bodies = bodyRenderer(markdown, index);
    Map<Note, DocumentBuilder.Body> rendered =
        clock.time(
            "markdown",
            () ->
                memo == null
                    ? renderBodies(published, bodies, facts)
                    : new MemoizedBodies(
                            memo,
                            markdown,
                            index,
                            config,
                            diagnostics,
                            bodies,
                            published,
                            selection.withheld(),
                            attachments,
                            assets().keySet())
                        .render(published, facts, progress.start("markdown", published.size())));
    Map<Note, NoteFacts> ordered = new LinkedHashMap<>();
    published.forEach(note -> ordered.put(note, facts.get(note)));
    return clock.time("plan", () -> plan(ordered, rendered, index, bodies));
  }

  /** The site's assets and the theme's, collected once. */
  private Map<String, AssetCopier.AssetSource> assets() {
    if (assets == null) {
      assets = AssetCopier.collect(config.assets());
    }
    return assets;
  }

  private NoteSelector.Selection select(Vault vault) {
    PublishSettingsCheck.warnUnmatchedFolders(
        config.publishFolders(), config.content(), vault.notes(), diagnostics);
    String home = PublishSettingsCheck.homeNote(config.homeNote(), vault.notes(), diagnostics);
    PublishPolicy policy = new PublishPolicy(config.publishFolders(), home);
    NoteFactory factory =
        new NoteFactory(
            config.typeFolders(),
            config.headers().defaultType(),
            config.zone(),
            config.urls().noExtensionPrefix(),
            config.urls().extension(),
            config.urls().typeExtensions(),
            home);
    NoteReader reader =
        new NoteReader(
            new FrontMatterParser(config.headers().separator(), config.headers().dateFormat()),
            NoteReader.DEFAULT_MAX_BYTES);
    NoteSelector.Selection selection =
        NoteSelector.select(vault.notes(), reader, policy, factory, diagnostics);
    return drafts == null ? selection : withDrafts(selection, reader, factory);
  }

  /** A preview's selection: the withheld notes too, each page of one recorded as a draft. */
  private NoteSelector.Selection withDrafts(
      NoteSelector.Selection selection, NoteReader reader, NoteFactory factory) {
    drafts.clear();
    List<Note> all = new ArrayList<>(selection.published());
    for (SourceFile file : selection.withheld()) {
      Diagnostics ignored = new Diagnostics(); // reported as a private note's already
      org.notebake.vault.ParsedNote parsed = reader.read(file, ignored);
      if (!parsed.malformed()) {
        Note note = factory.create(file, parsed.frontMatter(), parsed.body(), ignored);
        all.add(note);
        drafts.addDraftPage(note.uri());
      }
    }
    return new NoteSelector.Selection(List.copyOf(all), List.of());
  }

  private MarkdownConverter markdown() {
    return new MarkdownConverter(config.strictLineBreaks(), config.removedCallouts());
  }

  /**
   * Every attachment with the slugged path it would be published at. A file cannot carry a slug, so
   * two whose clean names collide ({@code Power Inverter.png}, {@code Power Inverter'.png}) are
   * told apart by a suffix, in path order: {@code power-inverter.png}, {@code
   * power-inverter-2.png}.
   */
  private static List<Attachment> attachments(List<SourceFile> files) {
    // The shortest name of a colliding group keeps the clean one: Power Inverter.png does.
    List<SourceFile> byClaim = new ArrayList<>(files);
    byClaim.sort(
        Comparator.comparing(SiteBuilder::cleanUri)
            .thenComparingInt((SourceFile f) -> f.relativePath().length())
            .thenComparing(SourceFile::relativePath));
    Map<SourceFile, String> uris = new HashMap<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (SourceFile file : byClaim) {
      uris.put(file, distinct(cleanUri(file), taken));
    }
    List<Attachment> out = new ArrayList<>();
    for (SourceFile file : files) {
      out.add(new Attachment(file, uris.get(file)));
    }
    return out;
  }

  private static String cleanUri(SourceFile file) {
    String path = file.relativePath();
    String folder = parent(path);
    String name = path.substring(path.lastIndexOf('/') + 1);
    return (folder.isEmpty() ? "" : Slugs.path(folder) + "/") + Slugs.fileName(name);
  }

  private static String distinct(String uri, java.util.Set<String> taken) {
    String candidate = uri;
    int dot = uri.lastIndexOf('.');
    boolean hasExtension = dot > uri.lastIndexOf('/') + 1;
    for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
      candidate =
          hasExtension ? uri.substring(0, dot) + "-" + n + uri.substring(dot) : uri + "-" + n;
    }
    return candidate;
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private BodyRenderer bodyRenderer(MarkdownConverter markdown, SiteIndex index) {
    return new BodyRenderer(
        markdown,
        new NoteHtmlSanitizer(),
        index,
        diagnostics,
        config.urls().tagPath(),
        config.urls().extension());
  }

  private Map<Note, DocumentBuilder.Body> renderBodies(
      List<Note> notes, BodyRenderer bodies, Map<Note, NoteFacts> facts) {
    Map<Note, DocumentBuilder.Body> rendered = new ConcurrentHashMap<>();
    org.notebake.progress.Progress.Counter counter = progress.start("markdown", notes.size());
    Parallel.forEach(
        notes,
        note -> {
          BodyRenderer.Body body = bodies.render(note);
          rendered.put(note, DocumentBuilder.Body.of(body.cleaned()));
          facts.putIfAbsent(note, body.facts());
          counter.step();
        });
    return rendered;
  }

  private SitePlan plan(
      Map<Note, NoteFacts> facts,
      Map<Note, DocumentBuilder.Body> bodies,
      SiteIndex index,
      BodyRenderer renderer) {
    TagIndex tags = new TagIndex(config.urls().tagPath(), config.urls().extension());
    Map<Note, List<Backlink>> backlinks = Backlinks.of(facts, index);
    DocumentBuilder builder =
        new DocumentBuilder(
            config.urls(),
            config.exposedKeys(),
            index,
            renderer.usedAttachments()::add,
            diagnostics);
    List<Note> withTemplate = withTemplates(facts.keySet());
    Map<Note, List<String>> slugs = new HashMap<>();
    int maxTags = config.pages().maxTagsPerNote();
    for (Note note : withTemplate) {
      List<String> allTags = new ArrayList<>(note.tags());
      allTags.addAll(facts.get(note).tags());
      slugs.put(note, tags.add(note.uri(), withinTagLimit(note, allTags, maxTags)));
    }
    List<SiteDocument> documents =
        Parallel.map(
            withTemplate,
            note ->
                builder.build(
                    note,
                    bodies.get(note),
                    facts.get(note),
                    slugs.get(note),
                    tags,
                    backlinks.getOrDefault(note, List.of())));
    documents.sort(Comparator.comparing(SiteDocument::uri));
    List<DataFile> data = DataFiles.read(config.data(), diagnostics);
    JBakeSite site = JBakeSite.create(config, documents, data, tags.tags());
    List<Attachment> used = new ArrayList<>(renderer.usedAttachments());
    used.sort(Comparator.comparing(Attachment::uri));
    Map<String, Note> bySource = new HashMap<>();
    facts.keySet().forEach(n -> bySource.put(n.path(), n.withoutBody()));
    Map<String, AssetCopier.AssetSource> assets = new java.util.TreeMap<>(assets());
    if (documents.stream().anyMatch(d -> Boolean.TRUE.equals(d.fields().get("has_math")))) {
      AssetCopier.addVendor("katex", assets);
    }
    if (documents.stream().anyMatch(d -> Boolean.TRUE.equals(d.fields().get("has_diagrams")))) {
      AssetCopier.addVendor("mermaid", assets);
    }
    return new SitePlan(site, site.plan(), used, assets, bySource);
  }

  /**
   * A note's tags, at most {@code max} tag pages' worth (a nested tag counts its parents too). Each
   * tag is a page and a feed listing the note, so a note with thousands of tags would make the site
   * grow with their count; over the limit is an error naming the note, and only the first tags are
   * filed so that even a failing build stays small.
   */
  private List<String> withinTagLimit(Note note, List<String> all, int max) {
    int pages = TagIndex.pageCount(all);
    if (pages <= max) {
      return all;
    }
    diagnostics.error(
        note.path(),
        note.frontMatter().line("tags"),
        0,
        "the note has "
            + pages
            + " tags (nested tags count their parents), more than tags.max.per.note="
            + max
            + "; each tag is a page and a feed, so remove tags or raise tags.max.per.note in"
            + " jbake.properties");
    List<String> kept = new ArrayList<>();
    for (String tag : all) {
      kept.add(tag);
      if (TagIndex.pageCount(kept) > max) {
        kept.remove(kept.size() - 1);
        break;
      }
    }
    return kept;
  }

  /** Notes whose type has no template are reported and left out instead of failing later. */
  private List<Note> withTemplates(java.util.Set<Note> notes) {
    Map<String, SiteConfig.Template> templates = config.templateSet().byType();
    List<Note> out = new ArrayList<>();
    List<Note> sorted = new ArrayList<>(notes);
    sorted.sort(Comparator.comparing(Note::path));
    for (Note note : sorted) {
      if (!templates.containsKey(note.type())) {
        diagnostics.error(
            note.path(),
            note.frontMatter().line("type"),
            1,
            "type \""
                + note.type()
                + "\" has no template; add template."
                + note.type()
                + ".file="
                + note.type()
                + ".ftlh to jbake.properties or use one of "
                + templates.keySet().stream().filter(t -> !isListType(t)).sorted().toList());
      } else if (paths.claim(note.uri(), note.path(), diagnostics)) {
        out.add(note);
      }
    }
    return out;
  }

  private static boolean isListType(String type) {
    return List.of(
            "masterindex", "archive", "feed", "jsonfeed", "sitemap", "tag", "tagsindex", "error404")
        .contains(type);
  }
}
