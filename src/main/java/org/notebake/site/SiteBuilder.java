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

  public SiteBuilder(SiteConfig config, Diagnostics diagnostics) {
    this.config = config;
    this.diagnostics = diagnostics;
  }

  /**
   * Bakes the site. With {@code write} false (notebake check) everything is rendered and scanned
   * but nothing is written.
   */
  public BuildReport build(boolean write, boolean force) {
    Vault vault = clock.time("scan", () -> new VaultScanner().scan(config.content(), diagnostics));
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
                    config.attachmentFolder()));
    EmbedFanOut.Result fanOut =
        clock.time("estimate", () -> EmbedFanOut.check(published, index, diagnostics));
    if (!fanOut.over().isEmpty()) {
      throw new EmbedFanOut.TooLarge(published.size());
    }
    HeapEstimate.check(published.size(), fanOut.renderedChars(), Runtime.getRuntime().maxMemory());
    BodyRenderer bodies = bodyRenderer(markdown, index);
    Map<Note, DocumentBuilder.Body> rendered =
        clock.time("markdown", () -> renderBodies(published, bodies, facts));
    Map<Note, NoteFacts> ordered = new LinkedHashMap<>();
    published.forEach(note -> ordered.put(note, facts.get(note)));
    return clock.time("plan", () -> plan(ordered, rendered, index, bodies));
  }

  private NoteSelector.Selection select(Vault vault) {
    PublishPolicy policy = new PublishPolicy(config.publishFolders());
    NoteFactory factory =
        new NoteFactory(
            config.typeFolders(),
            config.jbake().string("default.type", "post"),
            config.zone(),
            config.jbake().flag("uri.noExtension")
                ? config.jbake().string("uri.noExtension.prefix", "")
                : null);
    NoteReader reader =
        new NoteReader(
            new FrontMatterParser(
                config.jbake().string("header.separator", FrontMatterParser.JBAKE_SEPARATOR),
                config.jbake().string("date.format", FrontMatterParser.JBAKE_DATE_PATTERN)),
            NoteReader.DEFAULT_MAX_BYTES);
    return NoteSelector.select(vault.notes(), reader, policy, factory, diagnostics);
  }

  private MarkdownConverter markdown() {
    return new MarkdownConverter(config.strictLineBreaks(), config.removedCallouts());
  }

  /** Every attachment with the slugged path it would be published at. */
  private static List<Attachment> attachments(List<SourceFile> files) {
    List<Attachment> out = new ArrayList<>();
    for (SourceFile file : files) {
      String path = file.relativePath();
      String folder = parent(path);
      String name = path.substring(path.lastIndexOf('/') + 1);
      String uri = (folder.isEmpty() ? "" : Slugs.path(folder) + "/") + Slugs.fileName(name);
      out.add(new Attachment(file, uri));
    }
    return out;
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private BodyRenderer bodyRenderer(MarkdownConverter markdown, SiteIndex index) {
    return new BodyRenderer(markdown, new NoteHtmlSanitizer(), index, diagnostics, tagPath());
  }

  private String tagPath() {
    return config.jbake().string("tag.path", "tags");
  }

  private Map<Note, DocumentBuilder.Body> renderBodies(
      List<Note> notes, BodyRenderer bodies, Map<Note, NoteFacts> facts) {
    Map<Note, DocumentBuilder.Body> rendered = new ConcurrentHashMap<>();
    Parallel.forEach(
        notes,
        note -> {
          BodyRenderer.Body body = bodies.render(note);
          rendered.put(note, DocumentBuilder.Body.of(body.cleaned()));
          facts.putIfAbsent(note, body.facts());
        });
    return rendered;
  }

  private SitePlan plan(
      Map<Note, NoteFacts> facts,
      Map<Note, DocumentBuilder.Body> bodies,
      SiteIndex index,
      BodyRenderer renderer) {
    TagIndex tags = new TagIndex(tagPath(), config.jbake().string("output.extension", ".html"));
    Map<Note, List<Backlink>> backlinks = Backlinks.of(facts, index);
    DocumentBuilder builder =
        new DocumentBuilder(
            config.jbake().siteHost(),
            config.exposedKeys(),
            index,
            renderer.usedAttachments()::add,
            diagnostics);
    List<Note> withTemplate = withTemplates(facts.keySet());
    Map<Note, List<String>> slugs = new HashMap<>();
    int maxTags = maxTagsPerNote();
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
    JBakeSite site =
        JBakeSite.create(config.jbake(), documents, data, tags.tags(), config.templates());
    List<Attachment> used = new ArrayList<>(renderer.usedAttachments());
    used.sort(Comparator.comparing(Attachment::uri));
    Map<String, Note> bySource = new HashMap<>();
    facts.keySet().forEach(n -> bySource.put(n.path(), n.withoutBody()));
    return new SitePlan(site, site.plan(), used, AssetCopier.collect(config.assets()), bySource);
  }

  /** {@code tags.max.per.note}: how many tag pages one note may be filed under. */
  private int maxTagsPerNote() {
    int max = config.jbake().integer("tags.max.per.note", DEFAULT_MAX_TAGS_PER_NOTE);
    if (max < 1) {
      throw new org.notebake.config.ConfigException(
          "jbake.properties: error: tags.max.per.note="
              + max
              + " must be 1 or more (default "
              + DEFAULT_MAX_TAGS_PER_NOTE
              + ")");
    }
    return max;
  }

  static final int DEFAULT_MAX_TAGS_PER_NOTE = 100;

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
    Map<String, String> templates = config.jbake().templateFiles();
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
    return List.of("masterindex", "archive", "feed", "sitemap", "tag", "tagsindex", "error404")
        .contains(type);
  }
}
