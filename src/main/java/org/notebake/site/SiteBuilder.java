package org.notebake.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.diagnostics.Location;
import org.notebake.html.NoteHtmlSanitizer;
import org.notebake.jbake.DataFile;
import org.notebake.jbake.JBakeSite;
import org.notebake.jbake.PlannedOutput;
import org.notebake.jbake.SiteDocument;
import org.notebake.jbake.TemplateFieldReferences;
import org.notebake.links.Attachment;
import org.notebake.links.SiteIndex;
import org.notebake.markdown.MarkdownConverter;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.HeaderlessFiles;
import org.notebake.publish.Note;
import org.notebake.publish.NoteFactory;
import org.notebake.publish.NoteKey;
import org.notebake.publish.PublishPolicy;
import org.notebake.publish.PublishSettingsCheck;
import org.notebake.publish.UntemplatedTypes;
import org.notebake.render.Backlink;
import org.notebake.render.Backlinks;
import org.notebake.render.BodyRenderer;
import org.notebake.render.DocumentBuilder;
import org.notebake.render.EmbedFanOut;
import org.notebake.render.NoteAnalysis;
import org.notebake.render.RelatedEssays;
import org.notebake.render.RenderedNote;
import org.notebake.render.TagIndex;
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
 * per note, read for tags, headings and links too) → plan pages (documents, tags, backlinks,
 * output paths) → images → apply templates (JBake) and HTML passes → assets → verify (privacy
 * gate), swap
 * </pre>
 *
 * <p>Every problem is collected into {@link Diagnostics}; nothing is swapped into the output folder
 * unless the build finished without errors.
 */
public final class SiteBuilder {
  private final SiteConfig config;
  private final Diagnostics diagnostics;
  private final Stopwatch clock = new Stopwatch();
  private final OutputPaths paths;
  private Map<String, AssetCopier.AssetSource> assets;

  /** Files of the vault of types it does not publish, which a link may still name. */
  private List<String> otherFiles = List.of();

  /** Whether the scan read the vault's maths preamble (it is there, and not ignored). */
  private boolean preambleScanned;

  /** Attachments that are Git LFS pointers, not the files. */
  private List<String> lfsPointers = List.of();

  private org.notebake.publish.DraftPreview drafts;
  private org.notebake.progress.Progress progress = org.notebake.progress.Progress.NONE;
  private org.notebake.incremental.BodyMemo memo;
  private org.notebake.vault.NoteCache noteCache;
  private DocumentMemory documentMemory;
  private Runnable onSwapped = () -> {};
  private org.notebake.site.output.OutputMemory outputMemory =
      new org.notebake.site.output.OutputMemory();
  private LastBuild lastBuild;
  private java.util.Set<java.nio.file.Path> changes;
  private PublishPolicy policy;
  private NoteFactory factory;

  /** The note whose page each site path would be if it were published (link checks tell it). */
  private Map<String, String> privatePages = Map.of();

  public SiteBuilder(SiteConfig config, Diagnostics diagnostics) {
    this.config = config;
    this.diagnostics = diagnostics;
    this.paths = new OutputPaths(config.source(), config.content());
  }

  /**
   * Notes' bodies come from {@code memo} where their inputs are unchanged, and go into it (a memo
   * of another configuration or notebake is emptied first).
   */
  public SiteBuilder withMemo(org.notebake.incremental.BodyMemo memo) {
    this.memo = memo;
    return this;
  }

  /**
   * What this process knows of the output's files from its last build (serve): the next build
   * checks them by their stamps instead of reading them again.
   */
  public SiteBuilder withOutputMemory(org.notebake.site.output.OutputMemory outputMemory) {
    this.outputMemory = outputMemory;
    return this;
  }

  /**
   * Notes whose files did not change since {@code cache} read them (serve) are not read or parsed
   * again.
   */
  public SiteBuilder withNoteCache(org.notebake.vault.NoteCache cache) {
    this.noteCache = cache;
    return this;
  }

  /** serve: documents and their field hashes taken over from the last build where unchanged. */
  public SiteBuilder withDocumentMemory(DocumentMemory memory) {
    this.documentMemory = memory;
    return this;
  }

  /**
   * serve: what the last build planned from, and the files that changed since ({@code changed},
   * null when not known): an edit of notes' text alone redoes only those notes ({@link LastBuild}).
   */
  public SiteBuilder withLastBuild(LastBuild last, java.util.Set<java.nio.file.Path> changed) {
    this.lastBuild = last;
    this.changes = changed;
    return this;
  }

  /**
   * {@code swapped} runs as soon as the new site is in place, before the previous one is deleted
   * (serve reloads open tabs then).
   */
  /**
   * Writes into serve's {@code folder} in place: only files that changed are moved in, those no
   * longer made are deleted (the bake's staging folder and swap are skipped). The folder must be
   * the configured output.
   */
  public SiteBuilder withPreviewFolder(org.notebake.site.output.PreviewFolder folder) {
    this.previewFolder = folder;
    return this;
  }

  private org.notebake.site.output.PreviewFolder previewFolder;

  public SiteBuilder onSwapped(Runnable swapped) {
    this.onSwapped = swapped;
    return this;
  }

  /**
   * Finished pages come from {@code pages} where their inputs are unchanged, and go into it (a memo
   * of other templates, configuration or notebake is emptied first). Only a build that writes uses
   * it: a reused page is read from the live output folder.
   */
  public SiteBuilder withPageMemo(org.notebake.incremental.PageMemo pages) {
    this.pageMemo = pages;
    return this;
  }

  private org.notebake.incremental.PageMemo pageMemo;

  /** This build's {@code jbake.TemplateFiles.fingerprint}: the page salt's and the templates'. */
  private String templateFiles;

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
    if (write && previewFolder == null) {
      // A refused output changes nothing, beside it either: planning fills the share cards' cache
      // there, so the output is checked before the build begins (and again when it is opened).
      org.notebake.site.output.OutputPolicy.check(
          config.source(), config.content(), config.output(), force);
    }
    if (memo != null) {
      memo.adopt(org.notebake.incremental.BodyMemo.saltFor(config, drafts != null));
    }
    templateFiles = org.notebake.jbake.TemplateFiles.fingerprint(config);
    String salt = null;
    if (pageMemo != null || documentMemory != null || lastBuild != null) {
      salt = org.notebake.incremental.PageMemo.saltFor(config, drafts != null, templateFiles);
      if (pageMemo != null) {
        pageMemo.adopt(salt);
      }
      if (documentMemory != null) {
        documentMemory.begin(salt);
      }
    }
    config.warnings().forEach(diagnostics::add);
    int mark = diagnostics.size();
    LastBuild.Kept kept = lastBuild == null ? null : lastBuild.take();
    Reused planned =
        lastBuild == null ? null : new Reused(lastBuild.takeSite(), lastBuild.takeFiling());
    SitePlan plan = null;
    if (kept != null && changes != null && kept.salt().equals(salt)) {
      plan = clock.time("notes", () -> replan(kept, changes, planned));
    }
    if (plan != null) {
      lastBuild.counted();
      return write(kept.vault(), plan, write, force, salt);
    }
    assets = null; // as the whole build finds them
    Vault vault =
        clock.time(
            "scan",
            () ->
                new VaultScanner(config.isJBakeSite())
                    .scan(config.content(), config.neverScanned(), diagnostics));
    ObsidianSettingsCheck.check(config.content(), config.source(), diagnostics);
    if (noteCache != null) {
      noteCache.retainOnly(vault.notes());
    }
    try {
      plan = plan(vault, mark, salt);
    } catch (EmbedFanOut.TooLarge e) {
      // Rendering pages that large would take minutes and the heap: stop at the estimate.
      return new BuildReport(
          Albums.pages(vault, config.typeFolders()).size(),
          e.published(),
          vault.attachments().size(),
          0,
          0,
          List.of(),
          0,
          clock.millis(),
          false);
    }
    return write(vault, plan, write, force, salt);
  }

  private BuildReport write(Vault vault, SitePlan plan, boolean write, boolean force, String salt) {
    SiteWriter writer = new SiteWriter(config, diagnostics, clock, paths);
    writer.progress = progress;
    writer.outputMemory = outputMemory;
    writer.onSwapped = onSwapped;
    writer.previewFolder = previewFolder;
    writer.pageMemo = pageMemo;
    writer.documentMemory = documentMemory;
    writer.privatePages = privatePages;
    if (lastBuild != null && salt != null) {
      writer.quietTexts = lastBuild.quietTexts(salt);
    }
    int written = writer.write(plan, write, force);
    return new BuildReport(
        Albums.pages(vault, config.typeFolders()).size(),
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
   * The plan of the whole vault. Notes' Markdown, facts and rendered bodies live only in here, so a
   * large vault's text is not held while the site is written (but by serve, whose {@link LastBuild}
   * keeps them for its next build's short way).
   */
  private SitePlan plan(Vault vault, int mark, String salt) {
    Rendered from = rendered(vault, mark, salt);
    SitePlan plan =
        clock.time(
            "plan",
            () ->
                plan(
                    from.published(),
                    from.rendered(),
                    from.index(),
                    from.albums(),
                    from.siteImages(),
                    from.backlinks(),
                    null));
    return clock.time("paths", () -> claimPaths(plan));
  }

  /** Everything up to the plan: select, index, render, backlinks. */
  private Rendered rendered(Vault vault, int mark, String salt) {
    NoteSelector.Selection selection = clock.time("select", () -> select(vault));
    otherFiles = vault.skipped().ofOtherTypes();
    preambleScanned = otherFiles.contains(MathPreambleStep.FILE);
    lfsPointers = vault.skipped().lfsPointers();
    List<Note> published = selection.published();
    List<Attachment> everyFile = AttachmentUris.of(vault.attachments());
    Albums albums =
        clock.time(
            "albums",
            () ->
                Albums.read(
                    published,
                    vault,
                    everyFile,
                    noteReader(),
                    config.photoKeep(),
                    config.typeFolders(),
                    diagnostics));
    MarkdownConverter markdown = markdown();
    SiteIndex index =
        clock.time("index", () -> index(selection, albums.publicOnly(everyFile), markdown, albums));
    EmbedFanOut.Result fanOut =
        clock.time("estimate", () -> EmbedFanOut.check(published, index, diagnostics));
    if (!fanOut.over().isEmpty()) {
      throw new EmbedFanOut.TooLarge(published.size());
    }
    HeapEstimate.check(
        published.size(),
        fanOut.renderedChars(),
        fanOut.renderedLinks(),
        fanOut.largestChars(),
        Runtime.getRuntime().maxMemory());
    List<Attachment> linkable = albums.publicOnly(everyFile);
    MemoizedBodies bodies =
        memo == null
            ? null
            : new MemoizedBodies(
                memo,
                markdown,
                index,
                config,
                published,
                selection.withheld(),
                linkable,
                assets().keySet(),
                otherFiles,
                lfsPointers,
                albums);
    Map<NoteKey, RenderedNote> rendered =
        clock.time("markdown", () -> render(published, bodies, markdown, index));
    albums.tellMissingAlt(rendered, diagnostics);
    List<Attachment> siteImages = siteImages(everyFile, albums);
    Map<NoteKey, List<Backlink>> backlinks =
        clock.time("plan", () -> Backlinks.of(published, rendered, index));
    if (lastBuild == null) {
      // The plan asks its index for attachments (covers) only; the notes are in it so that it
      // answers as the first one would, a note's headings and block ids as its rendering read them.
      List<Note> lean = withoutBodies(published);
      Function<NoteKey, NoteFacts> read =
          key -> {
            RenderedNote note = rendered.get(key);
            return note == null ? null : note.facts();
          };
      return new Rendered(
          lean,
          rendered,
          index(lean, read, selection.withheld(), linkable, albums),
          albums,
          siteImages,
          backlinks);
    }
    if (memo != null) {
      lastBuild.keep(
          new LastBuild.Kept(
              salt,
              vault,
              selection,
              policy,
              factory,
              albums,
              everyFile,
              bodies,
              rendered,
              backlinks,
              siteImages,
              assets(),
              diagnostics.since(mark),
              LastBuild.filesWhereNamed(vault, config.content())));
    }
    return new Rendered(published, rendered, index, albums, siteImages, backlinks);
  }

  /**
   * What the plan is made from. A bake's notes and index come without the notes' Markdown (tens of
   * megabytes at 10,000 notes, freed before the documents and pages are made); serve's keep it for
   * its next build.
   */
  private record Rendered(
      List<Note> published,
      Map<NoteKey, RenderedNote> rendered,
      SiteIndex index,
      Albums albums,
      List<Attachment> siteImages,
      Map<NoteKey, List<Backlink>> backlinks) {}

  private static List<Note> withoutBodies(List<Note> notes) {
    List<Note> lean = new ArrayList<>(notes.size());
    notes.forEach(note -> lean.add(note.withoutBody()));
    return List.copyOf(lean);
  }

  /**
   * The plan after edits of notes' text alone, from what the last build planned from ({@link
   * ShortWay}): the changed notes and those whose bodies read them are rendered again, everything
   * else is kept. Null (and nothing said or claimed) when the changes are more than that.
   */
  private SitePlan replan(
      LastBuild.Kept kept, java.util.Set<java.nio.file.Path> changed, Reused planned) {
    assets = kept.assets(); // no asset changed: the plan is given the same
    preambleScanned = kept.vault().skipped().ofOtherTypes().contains(MathPreambleStep.FILE);
    MarkdownConverter markdown = markdown();
    ShortWay.Result next =
        new ShortWay(kept, noteReader(), drafts, published -> new NoteAnalysis(markdown, published))
            .after(changed, config.content());
    if (next == null) {
      return null;
    }
    LastBuild.Kept now = next.kept();
    now.said().forEach(diagnostics::add);
    lastBuild.keep(now);
    SitePlan plan =
        clock.time(
            "plan",
            () ->
                plan(
                    now.selection().published(),
                    now.rendered(),
                    next.index(),
                    now.albums(),
                    now.siteImages(),
                    now.backlinks(),
                    planned));
    return clock.time("paths", () -> claimPaths(plan));
  }

  /**
   * Claims every output path that is not a note's page (those were claimed when their notes were
   * chosen, so a colliding note is left out of the documents): list pages, attachments, assets,
   * robots.txt. After this the writer claims nothing.
   */
  private SitePlan claimPaths(SitePlan plan) {
    for (PlannedOutput page : plan.pages()) {
      if (page.sourcePath() == null) {
        paths.claimGenerated(page.path(), page.type(), page.template(), diagnostics);
      }
    }
    for (Attachment attachment : plan.attachments()) {
      paths.claim(attachment.uri(), attachment.source().relativePath(), diagnostics);
    }
    for (String asset : plan.assets().keySet()) {
      if (!asset.equals("robots.txt")) {
        paths.claim(asset, "assets/" + asset, diagnostics);
      }
    }
    paths.claim("robots.txt", "robots.txt", diagnostics);
    // Last: an old address is given up for anything the site makes there now.
    return plan.withRedirects(
        plan.redirects().stream().filter(r -> paths.claimRedirect(r, diagnostics)).toList());
  }

  /**
   * Names, aliases and attachments a link may point at. A link to a heading or block has its
   * target's headings read on demand, by an analysis rendering never writes to.
   */
  private SiteIndex index(
      NoteSelector.Selection selection,
      List<Attachment> attachments,
      MarkdownConverter md,
      Albums albums) {
    List<Note> published = selection.published();
    return index(
        published, new NoteAnalysis(md, published), selection.withheld(), attachments, albums);
  }

  /**
   * The withheld notes that cannot be read (NoteReader reported each), so that a link to one says
   * so instead of calling it private.
   */
  private static List<String> unreadable(List<SourceFile> withheld) {
    return withheld.stream()
        .filter(file -> !java.nio.file.Files.isReadable(file.path()))
        .map(SourceFile::relativePath)
        .toList();
  }

  private SiteIndex index(
      List<Note> published,
      Function<NoteKey, NoteFacts> facts,
      List<SourceFile> withheld,
      List<Attachment> attachments,
      Albums albums) {
    SiteIndex index =
        SiteIndex.build(published, facts, withheld, attachments, config.attachmentFolder());
    if (config.tagPagesFolder() != null) {
      index.withTagPages();
    }
    return index
        .withUnreadableNotes(unreadable(withheld))
        .withAssets(assets().keySet())
        .withOtherFiles(otherFiles)
        .withLfsPointers(lfsPointers)
        .withAltTexts(albums.altTexts())
        .withWithheldFiles(albums.withheld())
        .withDrafts(draftPaths(published));
  }

  /** serve --drafts: the notes shown as drafts; none in any other build. */
  private List<String> draftPaths(List<Note> published) {
    return drafts == null
        ? List.of()
        : published.stream().filter(n -> drafts.isDraftPage(n.uri())).map(Note::path).toList();
  }

  /** The site's assets and the theme's, collected once. */
  private Map<String, AssetCopier.AssetSource> assets() {
    if (assets == null) {
      assets = AssetCopier.collect(config.assets(), config.ignoreHiddenAssets());
    }
    return assets;
  }

  private NoteSelector.Selection select(Vault vault) {
    Location publishFolders = config.keys().locate("publish.folders");
    PublishSettingsCheck.warnUnmatchedFolders(
        config.publishFolders(), publishFolders, config.content(), vault.notes(), diagnostics);
    String home =
        PublishSettingsCheck.homeNote(
            config.homeNote(), config.keys().locate("index.note"), vault.notes(), diagnostics);
    policy =
        new PublishPolicy(
            config.publishFolders(),
            home,
            new PublishPolicy.Defaults(
                defaultStatus(), config.headers().defaultTypeSet(), config.isJBakeSite()));
    factory =
        new NoteFactory(
                config.typeFolders(),
                config.headers().defaultType(),
                config.zone(),
                config.urls().noExtensionPrefix(),
                config.urls().extension(),
                config.urls().typeExtensions(),
                home)
            .withTemplatesFor(config.templateSet().byType().keySet())
            .withFolderAlbums(Albums.folderAlbums(vault, config.typeFolders()))
            .withGitDates(org.notebake.vault.GitDates.of(config.content()))
            .forJBakeSite(config.isJBakeSite());
    NoteReader reader = noteReader();
    NoteSelector.Selection selection =
        NoteSelector.select(
            Albums.pages(vault, config.typeFolders()),
            reader,
            policy,
            factory,
            diagnostics,
            config.isQuartzGarden() ? "Quartz" : config.isHugoSite() ? "Hugo" : null,
            publishFolders);
    UntemplatedTypes.tellOnce(diagnostics);
    HeaderlessFiles.tellOnce(diagnostics);
    NoteReader.tellEncryptedOnce(diagnostics);
    privatePages = new java.util.HashMap<>();
    for (SourceFile file : selection.withheld()) {
      factory.pathAddresses(file).forEach(a -> privatePages.putIfAbsent(a, file.relativePath()));
    }
    return drafts == null ? selection : withDrafts(selection, reader, factory);
  }

  /**
   * The site's {@code default.status} for notes that say nothing of publishing: a JBake site's, as
   * JBake gives it to its content/ folder. In a vault (no content/ folder) notes are chosen one by
   * one or by folder, and a {@code default.status=published} copied from a JBake site would publish
   * every note: it publishes nothing there, and says so. Nor where {@code publish.folders} chooses
   * folders: it would publish every note outside them (a Quartz garden's content/ folder is laid
   * out as a JBake site's, and its private journal was one key away from the site).
   */
  private String defaultStatus() {
    String status = config.headers().defaultStatus();
    if (!status.startsWith("published")) {
      return status;
    }
    boolean foldersChosen =
        !config.publishFolders().isEmpty() && !config.publishFolders().contains(".");
    if (!config.bareVault() && !foldersChosen) {
      return status;
    }
    diagnostics.add(
        config
            .keys()
            .locate("default.status")
            .warning(
                "default.status="
                    + status
                    + (config.bareVault()
                        ? " publishes nothing in a vault (it applies to a JBake site's content/"
                            + " folder)"
                        : " publishes nothing where publish.folders chooses the folders (it would"
                            + " publish every note outside them)")
                    + "; publish notes with publish: true, or folders with publish.folders"));
    return "";
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

  private NoteReader noteReader() {
    NoteReader reader =
        new NoteReader(
            new FrontMatterParser(config.headers().separator(), config.headers().dateFormat()),
            NoteReader.DEFAULT_MAX_BYTES);
    return noteCache == null ? reader : reader.withCache(noteCache);
  }

  private MarkdownConverter markdown() {
    return new MarkdownConverter(
        config.strictLineBreaks(), config.removedCallouts(), config.snippetHiddenClasses());
  }

  private BodyRenderer bodyRenderer(
      MarkdownConverter markdown, SiteIndex index, Diagnostics diagnostics) {
    return new BodyRenderer(
        markdown,
        new NoteHtmlSanitizer(),
        index,
        diagnostics,
        config.tagPagesFolder(),
        config.urls().extension(),
        config.urls().address());
  }

  /**
   * Every published note rendered (through the memo when there is one), then said: a link to a tag
   * page ({@code [[tags/plugin]]}, as Quartz writes one) finds it when some note's text holds the
   * tag ({@code #plugin}), which only rendering finds. So the tags the text holds are given to the
   * index once every note is rendered, and the notes whose links it now answers otherwise are
   * rendered again (a body the memo kept may hold the page already); what rendering said is told
   * for the final bodies only.
   */
  private Map<NoteKey, RenderedNote> render(
      List<Note> notes, MemoizedBodies bodies, MarkdownConverter markdown, SiteIndex index) {
    Map<String, List<org.notebake.diagnostics.Diagnostic>> said = new ConcurrentHashMap<>();
    org.notebake.progress.Progress.Counter counter = progress.start("markdown", notes.size());
    Map<NoteKey, RenderedNote> rendered =
        bodies == null
            ? render(notes, markdown, index, said, counter)
            : bodies.render(notes, counter);
    if (config.tagPagesFolder() != null) {
      List<String> written = new ArrayList<>();
      rendered.values().forEach(note -> written.addAll(note.facts().tags()));
      java.util.Set<String> added = index.withTagPages(written);
      // Through the memo, each body knows what it asked (a body reused from the last build may
      // hold the page already); else the notes that link to a page the index did not know.
      List<Note> anew =
          bodies != null
              ? bodies.stale(notes)
              : added.isEmpty()
                  ? List.of()
                  : notes.stream()
                      .filter(n -> linksToTagPage(rendered.get(n.key()).facts(), added))
                      .toList();
      if (!anew.isEmpty()) {
        rendered.putAll(
            bodies == null
                ? render(
                    anew,
                    markdown,
                    index,
                    said,
                    org.notebake.progress.Progress.NONE.start("markdown", anew.size()))
                : bodies.again(anew));
      }
    }
    for (Note note : notes) {
      (bodies == null ? said.getOrDefault(note.path(), List.of()) : bodies.said(note.path()))
          .forEach(diagnostics::add);
    }
    return rendered;
  }

  /** Whether a note links to one of the tag pages {@code slugs}, as a link resolves it. */
  private boolean linksToTagPage(NoteFacts facts, java.util.Set<String> slugs) {
    String prefix = config.tagPagesFolder() + "/";
    for (NoteFacts.OutgoingLink link : facts.links()) {
      String target = link.target().startsWith("/") ? link.target().substring(1) : link.target();
      if (target.startsWith(prefix)
          && slugs.contains(org.notebake.text.Slugs.tag(target.substring(prefix.length())))) {
        return true;
      }
    }
    return false;
  }

  /** {@code notes} rendered, each on its own; what rendering each said goes into {@code said}. */
  private Map<NoteKey, RenderedNote> render(
      List<Note> notes,
      MarkdownConverter markdown,
      SiteIndex index,
      Map<String, List<org.notebake.diagnostics.Diagnostic>> said,
      org.notebake.progress.Progress.Counter counter) {
    Map<NoteKey, RenderedNote> rendered = new ConcurrentHashMap<>();
    Parallel.forEach(
        notes,
        note -> {
          Diagnostics own = new Diagnostics();
          rendered.put(note.key(), bodyRenderer(markdown, index, own).render(note));
          said.put(note.path(), own.sorted());
          counter.step();
        });
    return rendered;
  }

  /**
   * From the rendered notes: tag pages, backlinks, covers, the documents templates see, and the
   * attachments the site publishes (those some page or cover references).
   */
  private SitePlan plan(
      List<Note> published,
      Map<NoteKey, RenderedNote> rendered,
      SiteIndex index,
      Albums albums,
      List<Attachment> siteImages,
      Map<NoteKey, List<Backlink>> backlinks,
      Reused planned) {
    MathPreambleStep.Script preamble =
        rendered.values().stream().anyMatch(note -> note.body().math())
            ? MathPreambleStep.produce(config.content(), preambleScanned, diagnostics)
            : null;
    DocumentBuilder builder =
        new DocumentBuilder(
            config.urls(),
            config.exposedKeys(),
            index,
            diagnostics,
            preamble == null ? null : preamble.path());
    Filing filing =
        planned == null || planned.filing() == null
            ? Filing.of(published, rendered, builder, config, paths, diagnostics)
            : planned.filing().again(published, rendered, paths, diagnostics);
    if (lastBuild != null) {
      lastBuild.keepFiling(filing);
    }
    List<SiteDocument> built = documents(filing, rendered, backlinks, albums, builder);
    built.sort(Comparator.comparing(SiteDocument::uri));
    List<DataFile> data = DataFiles.read(config.data(), diagnostics);
    List<SiteDocument> documents =
        org.notebake.render.FolderListings.attach(
            documentMemory == null
                ? RelatedEssays.attach(built)
                : documentMemory.attachRelated(built));
    Map<String, AssetCopier.AssetSource> assets = new java.util.TreeMap<>(assets());
    if (documents.stream().anyMatch(d -> Boolean.TRUE.equals(d.fields().get("has_math")))) {
      AssetCopier.addVendor("katex", assets);
      if (preamble != null) {
        assets.put(preamble.path(), preamble.source());
      }
    }
    if (documents.stream().anyMatch(d -> Boolean.TRUE.equals(d.fields().get("has_diagrams")))) {
      AssetCopier.addVendor("mermaid", assets);
    }
    List<TemplateFieldReferences.Reference> fieldReferences =
        TemplateFieldReferences.in(config.templates());
    boolean siteTemplatesShowCards =
        fieldReferences.stream().anyMatch(r -> r.key().equals("share_card"));
    GalleryAssets.keepOnlyIfShown(assets, documents, config.templateSet().byType());
    // The share cards (from the documents) are found or drawn while JBake's site is made from
    // them, which keeps one core busy and leaves the other idle.
    java.util.concurrent.Future<org.notebake.cards.ShareCards.Result> drawing =
        org.notebake.incremental.Background.start(
            "finds its share cards",
            () ->
                clock.time(
                    "cards",
                    () -> shareCards(documents, assets, planned != null, siteTemplatesShowCards)));
    JBakeSite site;
    try {
      site = jbakeSite(documents, data, filing, planned == null ? null : planned.site());
    } finally {
      // also when making the site failed: no thread of this build outlives it
      org.notebake.incremental.Background.finish(drawing);
    }
    org.notebake.cards.ShareCards.Result cards = org.notebake.incremental.Background.join(drawing);
    Map<String, Note> bySource = new HashMap<>();
    published.forEach(n -> bySource.put(n.path(), n.withoutBody()));
    UnexposedKeyCheck.report(
        fieldReferences, templatesPath(), documents, bySource, config.exposedKeys(), diagnostics);
    cards
        .cards()
        .forEach(
            (path, card) -> assets.putIfAbsent(path, AssetCopier.AssetSource.drawn(card.file())));
    List<Attachment> used = used(rendered, filing.covers(), albums.photos(), siteImages);
    albums.tellLoosePhotos(used, diagnostics);
    return new SitePlan(
        site,
        site.plan(),
        used,
        assets,
        bySource,
        cards,
        shownBy(rendered),
        draftOnly(used, published, rendered, index, filing, albums, siteImages),
        Redirects.of(filing.withTemplate(), diagnostics));
  }

  /** In a preview with drafts, the attachments only drafts show ({@link DraftOnlyFiles}). */
  private java.util.Set<Attachment> draftOnly(
      List<Attachment> used,
      List<Note> notes,
      Map<NoteKey, RenderedNote> rendered,
      SiteIndex index,
      Filing filing,
      Albums albums,
      List<Attachment> siteImages) {
    if (drafts == null) {
      return java.util.Set.of();
    }
    java.util.Set<String> draftNotes = new java.util.HashSet<>();
    notes.stream().filter(n -> drafts.isDraftPage(n.uri())).forEach(n -> draftNotes.add(n.path()));
    return DraftOnlyFiles.among(
        used,
        notes,
        rendered,
        index,
        filing.covers(),
        albums.photos(path -> !draftNotes.contains(path)),
        siteImages,
        note -> draftNotes.contains(note.path()));
  }

  /**
   * Each attachment a note shows, to the first such note (by path), for messages about it: one pass
   * keeping the least path, not a sort of every note each build.
   */
  private static Map<String, String> shownBy(Map<NoteKey, RenderedNote> rendered) {
    Map<String, String> first = new HashMap<>();
    for (RenderedNote note : rendered.values()) {
      String path = note.key().path();
      for (Attachment a : note.attachments()) {
        first.merge(
            a.source().relativePath(), path, (was, now) -> was.compareTo(now) <= 0 ? was : now);
      }
    }
    return first;
  }

  /** The site's templates folder as messages name it: {@code templates/}. */
  private String templatesPath() {
    return config.source().relativize(config.templates()).toString().replace('\\', '/') + "/";
  }

  /**
   * Each filed note's document as templates see it, on all cores; in serve, the last build's object
   * when it is built from equal inputs ({@link DocumentMemory}).
   */
  private List<SiteDocument> documents(
      Filing filing,
      Map<NoteKey, RenderedNote> rendered,
      Map<NoteKey, List<Backlink>> backlinks,
      Albums albums,
      DocumentBuilder builder) {
    TagIndex tags = filing.tags();
    Map<NoteKey, List<String>> slugs = filing.slugs();
    Map<NoteKey, Optional<Attachment>> covers = filing.covers();
    return Parallel.map(
        filing.withTemplate(),
        note -> {
          RenderedNote body = rendered.get(note.key());
          List<Backlink> linked = backlinks.getOrDefault(note.key(), List.of());
          java.util.function.Supplier<SiteDocument> make =
              () ->
                  builder.build(
                      note,
                      body.body(),
                      body.facts(),
                      covers.get(note.key()),
                      slugs.get(note.key()),
                      tags,
                      linked);
          if (documentMemory == null) {
            return albums.decorate(make.get());
          }
          List<String> tagLinks = new ArrayList<>();
          for (String slug : slugs.get(note.key())) {
            tagLinks.add(tags.name(slug) + '\u0000' + tags.uri(slug));
          }
          DocumentMemory.Inputs inputs =
              new DocumentMemory.Inputs(note, body.body(), body.facts(), tagLinks, linked);
          return albums.decorate(
              documentMemory.document(note.key(), inputs, covers.get(note.key()), make));
        });
  }

  /**
   * JBake's model of the documents: in serve, made from the last build's when the short way left
   * the lists alike ({@link JBakeSite#after}), and kept for the next.
   */
  private JBakeSite jbakeSite(
      List<SiteDocument> documents, List<DataFile> data, Filing filing, JBakeSite lastSite) {
    if (documentMemory == null) {
      return JBakeSite.create(config, documents, data, filing.tagList(), templateFiles);
    }
    JBakeSite site =
        lastSite == null
            ? null
            : JBakeSite.after(
                lastSite, documents, data, filing.tagList(), templateFiles, documentMemory);
    if (site == null) {
      site =
          JBakeSite.create(
              config, documents, data, filing.tagList(), templateFiles, documentMemory);
    }
    if (lastBuild != null) {
      lastBuild.keepSite(site);
    }
    // documentMemory.end() comes when the templates stage begins (SiteWriter): "the last build"
    // must mean the same build to it and to the page memo.
    return site;
  }

  /**
   * What the short way's plan takes from the last build's: its JBake site, whose models may be
   * filled again in place ({@link JBakeSite#after}), its filing ({@link Filing#again}), and its
   * share cards (every page's card request is the last build's); either may be null.
   */
  private record Reused(JBakeSite site, Filing filing) {}

  /**
   * Every page's share card. After edits of notes' text alone (the short way) they are the last
   * build's, while the card cache holds what it held then: what a card shows (title, tags, site)
   * did not change.
   */
  private org.notebake.cards.ShareCards.Result shareCards(
      List<SiteDocument> documents,
      Map<String, AssetCopier.AssetSource> assets,
      boolean sameCards,
      boolean siteTemplatesShowCards) {
    if (sameCards) {
      org.notebake.cards.ShareCards.Result kept = lastBuild.cards(cardsStamp());
      if (kept != null) {
        return kept;
      }
    }
    int said = diagnostics.size();
    org.notebake.cards.ShareCards.Result made =
        ShareCardStep.produce(
            config,
            documents,
            assets,
            drafts == null ? null : drafts::isDraftPage,
            siteTemplatesShowCards,
            diagnostics);
    if (lastBuild != null && diagnostics.size() == said) {
      lastBuild.keepCards(made, cardsStamp());
    }
    return made;
  }

  /** The stamp of the card cache, and with drafts of the preview's own one for their cards. */
  private Object cardsStamp() {
    Object shared = LastBuild.stampOf(ShareCardStep.cacheFolder(config));
    if (drafts == null || shared == null) {
      return shared;
    }
    return java.util.Arrays.asList(shared, LastBuild.stampOf(ShareCardStep.draftsFolder(config)));
  }

  /**
   * The vault images {@code site.avatar} and {@code site.og_image} name, published with the site
   * though no note embeds them; a name that is neither such an image nor an asset is a warning
   * naming the key.
   */
  private List<Attachment> siteImages(List<Attachment> everyFile, Albums albums) {
    List<Attachment> found = new ArrayList<>();
    config
        .pages()
        .siteImages()
        .forEach(
            (key, path) -> {
              Optional<Attachment> file =
                  everyFile.stream().filter(a -> a.uri().equals(path)).findFirst();
              if (file.isPresent()
                  && albums.withheld().contains(file.get().source().relativePath())) {
                diagnostics.add(
                    config
                        .keys()
                        .locate(key)
                        .error(
                            key
                                + "="
                                + path
                                + " names a private photo (its sidecar or its album's photos:"
                                + " list opts out of publishing); name another image, or publish"
                                + " this one"));
                return;
              }
              file.ifPresent(found::add);
              if (file.isEmpty() && !assets().containsKey(path)) {
                diagnostics.add(
                    config
                        .keys()
                        .locate(key)
                        .warning(
                            key
                                + "="
                                + path
                                + " names no image of the vault or assets/, so the site has none;"
                                + " name one by its path in the vault, e.g. pages/portrait.jpg"));
              }
            });
    return found;
  }

  /** The attachments some rendered page or some cover references, each once, by site path. */
  private static List<Attachment> used(
      Map<NoteKey, RenderedNote> rendered,
      Map<NoteKey, Optional<Attachment>> covers,
      List<Attachment> albumPhotos,
      List<Attachment> siteImages) {
    // An album's photos are published with it, whether or not its reflection embeds them.
    java.util.Set<Attachment> used = new java.util.HashSet<>(albumPhotos);
    used.addAll(siteImages);
    rendered.values().forEach(note -> used.addAll(note.attachments()));
    covers.values().forEach(cover -> cover.ifPresent(used::add));
    List<Attachment> sorted = new ArrayList<>(used);
    sorted.sort(Comparator.comparing(Attachment::uri));
    return sorted;
  }
}
