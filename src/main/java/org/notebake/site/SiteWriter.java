package org.notebake.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.diagnostics.OsCause;
import org.notebake.gallery.ImageStripper;
import org.notebake.gallery.InlineImages;
import org.notebake.html.FragmentIndex;
import org.notebake.html.HtmlPass;
import org.notebake.html.HtmlPipeline;
import org.notebake.html.ImageSizePass;
import org.notebake.html.PageContext;
import org.notebake.jbake.PlannedOutput;
import org.notebake.jbake.TemplateFailure;
import org.notebake.links.Attachment;
import org.notebake.links.SiteAddress;
import org.notebake.privacy.gate.PrivacyGate;
import org.notebake.site.output.OutputPolicy;
import org.notebake.site.output.OutputTarget;
import org.notebake.site.output.SiteOutput;
import org.notebake.site.output.StagedOutput;
import org.notebake.text.DotSegments;

/**
 * Renders the plan and writes it: template pages through the HTML passes, attachments stripped of
 * metadata, assets, robots.txt; scans everything for private data; and swaps the staging folder
 * into place only when no error was found.
 */
final class SiteWriter {
  private final SiteConfig config;
  private final Diagnostics diagnostics;
  private final Stopwatch clock;
  private final OutputPaths paths;

  private static final OutputSink DISCARDED = OutputSink.discarding();

  private final List<String> publishedFiles = Collections.synchronizedList(new ArrayList<>());
  private int privacyFindings;
  private org.notebake.gallery.variants.ResponsiveImagesPass photoPass;
  org.notebake.progress.Progress progress = org.notebake.progress.Progress.NONE;
  org.notebake.site.output.OutputMemory outputMemory = new org.notebake.site.output.OutputMemory();
  Runnable onSwapped = () -> {};

  /** serve's folder, updated in place (null: a bake's staging folder, {@code StagedOutput}). */
  org.notebake.site.output.PreviewFolder previewFolder;

  /** Finished pages of earlier builds (null: every page is made). */
  org.notebake.incremental.PageMemo pageMemo;

  /**
   * serve's documents, if any: the templates stage ends their build as it begins the page memo's,
   * so that both take the same build for the last one (a build that stops before its pages, its
   * output refused say, is the last one for neither).
   */
  DocumentMemory documentMemory;

  private Map<String, ?> photoState = Map.of();

  /**
   * The note (its path) whose page each site path would be if it were published: a link there is
   * told that its note is not published.
   */
  Map<String, String> privatePages = Map.of();

  /** serve's texts known to hold nothing under this build's rules, or null. */
  org.notebake.privacy.gate.QuietTexts quietTexts;

  SiteWriter(SiteConfig config, Diagnostics diagnostics, Stopwatch clock, OutputPaths paths) {
    this.config = config;
    this.paths = paths;
    this.diagnostics = diagnostics;
    this.clock = clock;
  }

  /** The files of the site the commit put in place (a photo is its sizes, not its original). */
  private int committed;

  /** Writes the site (or only renders and scans it, when {@code write} is false). */
  int write(SitePlan plan, boolean write, boolean force) {
    PrivacyGate gate = PrivacyGate.create(config, plan.notes(), diagnostics);
    if (quietTexts != null) {
      gate.remembering(quietTexts);
    }
    if (!write) {
      produce(plan, DISCARDED, gate);
      privacyFindings = gate.finish();
      return 0;
    }
    try (SiteOutput staged = open(force)) {
      int told = staged.warnings().size();
      staged.warnings().forEach(diagnostics::add);
      produce(plan, new StagedSink(staged), gate);
      privacyFindings = clock.time("privacy", gate::finish);
      if (!diagnostics.hasErrors()) {
        clock.time("swap", () -> staged.commit(onSwapped));
        committed = staged.files();
        // the commit's own: a staging folder or an old site that could not be deleted
        staged.warnings().stream().skip(told).forEach(diagnostics::add);
      }
    } catch (java.io.UncheckedIOException e) {
      diagnostics.error(
          config.output().toString(), 0, 0, "cannot write the site: " + e.getMessage());
    }
    return diagnostics.hasErrors() ? 0 : committed;
  }

  /** serve's folder, or a bake's staging folder (its changes put in place at the commit). */
  private SiteOutput open(boolean force) {
    if (previewFolder != null) {
      if (!previewFolder.folder().equals(config.output().toAbsolutePath().normalize())) {
        throw new IllegalStateException(
            "the preview folder "
                + previewFolder.folder()
                + " is not the output "
                + config.output());
      }
      return previewFolder.open();
    }
    OutputTarget target =
        OutputPolicy.check(config.source(), config.content(), config.output(), force);
    return StagedOutput.open(target, outputMemory);
  }

  /**
   * Images before templates: pages then know each photo's size and can reserve its space. Every
   * output path was claimed when the site was planned.
   */
  private void produce(SitePlan plan, OutputSink sink, PrivacyGate gate) {
    Map<String, ImageSizePass.Size> sizes = new java.util.concurrent.ConcurrentHashMap<>();
    PhotoPublisher photos = new PhotoPublisher(config, diagnostics, gate, paths, progress);
    List<Attachment> others =
        clock.time(
            "photos",
            () ->
                photos.publish(
                    plan.attachments(),
                    plan.shownBy(),
                    plan.draftOnly(),
                    sink,
                    sink != DISCARDED,
                    sizes));
    sizes.putAll(
        clock.time(
            "images",
            () ->
                new AttachmentWriter(
                        sink, diagnostics, gate, publishedFiles, new ImageStripper(keepList()))
                    .write(others)));
    photoPass = photos.pass();
    photoState = photos.photos();
    clock.time("templates", () -> renderPages(plan, sink, gate, sizes, photoPass));
    clock.time("assets", () -> copyAssets(plan.assets(), sink, gate));
    for (Redirects.Redirect redirect : plan.redirects()) {
      gate.scanFileName(redirect.path());
      write(
          sink,
          redirect.path(),
          redirect.note().path(),
          redirect.html(
              siteLang(),
              config.urls().host().isEmpty() ? "" : config.urls().absolute(redirect.note().uri())));
    }
    // A card is a picture of text: the gate reads that text as it reads the page's.
    plan.cards().cards().values().forEach(c -> gate.scanText(c.path(), c.sourcePath(), c.text()));
    plan.notes().values().forEach(gate::scanAddressOf);
  }

  /** The site's language as a page's {@code lang} writes it ({@code site.locale}, else en). */
  private String siteLang() {
    Object locale = config.templateSet().variables().get("site_locale");
    String tag = locale == null ? "" : String.valueOf(locale).strip().replace('_', '-');
    return tag.isEmpty() ? "en" : tag;
  }

  /** One of the theme's words in the site's language ({@code org.notebake.text.UiWords}). */
  private String uiWord(String key, String english) {
    Object word = config.templateSet().variables().get("ui_" + key);
    return word == null ? english : String.valueOf(word);
  }

  private void renderPages(
      SitePlan plan,
      OutputSink sink,
      PrivacyGate gate,
      Map<String, ImageSizePass.Size> sizes,
      HtmlPass photos) {
    FragmentIndex fragments = new FragmentIndex();
    String footnoteLabel = uiWord("footnote_back", "Back to reference {0}");
    HtmlPipeline themePipeline =
        HtmlPipeline.site(
            uiWord("anchor", "Link to this section"),
            footnoteLabel.equals("Back to reference {0}") ? null : footnoteLabel,
            sizes,
            fragments,
            photos,
            gate.htmlPass(),
            notes,
            FragmentIndex.TemplateLocator.NONE,
            privatePages::get);
    HtmlPipeline sitePipeline =
        HtmlPipeline.site(
            null,
            null,
            sizes,
            fragments,
            photos,
            gate.htmlPass(),
            notes,
            this::templatePosition,
            privatePages::get);
    String host = config.urls().host();
    InlineImages inline = new InlineImages(new ImageStripper(keepList()));
    org.notebake.progress.Progress.Counter counter =
        progress.start("templates", plan.pages().size());
    if (documentMemory != null) {
      documentMemory.end();
    }
    // After the photos stage: a page's link check asks whether a photo's variants exist, which
    // that stage decides (PageMemoTest.aSecondBakeReusesThePageOfANoteWithAPhoto).
    MemoizedPages memoized =
        pageMemo == null || sink == DISCARDED
            ? null
            : new MemoizedPages(
                pageMemo,
                plan.site(),
                paths,
                config.output().toAbsolutePath().normalize(),
                sizes,
                photoState);
    Parallel.forEach(
        plan.pages(),
        page -> {
          try {
            HtmlPipeline pipeline = own(page) ? sitePipeline : themePipeline;
            MemoizedPages.PageMaker maker =
                (reads, said, exists) ->
                    makePage(plan, page, pipeline, inline, gate, host, reads, said, exists);
            byte[] bytes =
                memoized == null
                    ? maker.make(null, diagnostics, paths::contains)
                    : memoized.page(page, maker, gate, fragments, diagnostics, sink);
            if (bytes != null && bytes != MemoizedPages.KEPT) {
              write(sink, page.path(), page.sourcePath(), bytes);
            }
          } catch (RuntimeException | StackOverflowError e) {
            reportLibraryFailure(page, e);
          }
          counter.step();
        });
    fragments.report(diagnostics, this::linkPosition);
  }

  /** Where and how the notes write the links their pages hold. */
  private final FragmentIndex.SourceLocator notes =
      new FragmentIndex.SourceLocator() {
        @Override
        public FragmentIndex.Position find(String sourcePath, String url) {
          return linkPosition(sourcePath, url);
        }

        @Override
        public String written(String sourcePath, String url) {
          return writtenAs(sourcePath, url);
        }
      };

  /**
   * The address as the note writes it: as the page holds it, or from the site's root ({@code
   * /2013/02/20/kernel/}, which the page holds relative to itself).
   */
  private String writtenAs(String sourcePath, String url) {
    try {
      String source = java.nio.file.Files.readString(config.content().resolve(sourcePath));
      String rooted = "/" + rootPath(url);
      if (FragmentIndex.positionOf(source, url).line() > 0 || rooted.equals("/")) {
        return url;
      }
      int at = source.indexOf(rooted);
      if (at < 0) {
        return url;
      }
      // Written whole with the site's address, https://avery.example.org/files/cv.pdf.
      return config
          .urls()
          .address()
          .writtenAround(source, at)
          .map(SiteAddress.Written::address)
          .orElse(rooted);
    } catch (IOException | RuntimeException e) {
      return url;
    }
  }

  /**
   * Where a link is written in a note: the first occurrence of its address in the note's file, or
   * of its path from the site's root ({@code /2013/02/20/kernel/} is {@code
   * ../../2013/02/20/kernel/} on the page), or of its last segment ({@code /archive.html#top} is
   * written {@code ../archive.html#top} on the page), first where a path or a Markdown link would
   * write it ({@code /photos}, {@code (photos}): the same word in the front matter's description is
   * not the link.
   */
  private FragmentIndex.Position linkPosition(String sourcePath, String url) {
    try {
      String source = java.nio.file.Files.readString(config.content().resolve(sourcePath));
      FragmentIndex.Position at = FragmentIndex.positionOf(source, url);
      String rooted = fromRoot(url);
      if (at.line() == 0 && !rooted.isEmpty()) {
        // Written from the site's root, /2013/02/20/kernel/, and made relative to the page; or
        // with the site's address in front of it, at the address.
        int offset = source.indexOf("/" + rooted);
        at =
            FragmentIndex.positionAt(
                source,
                config
                    .urls()
                    .address()
                    .writtenAround(source, offset)
                    .map(SiteAddress.Written::start)
                    .orElse(offset));
        if (at.line() == 0) {
          at = FragmentIndex.positionOf(source, rooted);
        }
      }
      String last = url.substring(url.lastIndexOf('/') + 1);
      if (at.line() > 0 || last.isEmpty() || templatesWrite(rooted)) {
        // A template that writes more of the address than its last segment is where the link is
        // (ProfBlog's menu writes blog/2017/programming-promises.html on every page, one note's
        // text quotes http://.../2007/01/programming-promises.html).
        return at;
      }
      for (String written : List.of("/" + last, "(" + last)) {
        at = FragmentIndex.positionOf(source, written);
        if (at.line() > 0) {
          // At the last segment itself, as before: the character before it only placed it.
          return new FragmentIndex.Position(at.line(), at.column() + 1);
        }
      }
      return FragmentIndex.positionAt(source, wordAt(source, last));
    } catch (IOException | RuntimeException e) {
      return new FragmentIndex.Position(0, 0);
    }
  }

  /**
   * Where {@code word} first stands in {@code source} as a word of its own, not inside a longer one
   * (a template's link to {@code /ru} is not the "ru" of the note's {@code "true"}); -1 if nowhere.
   */
  static int wordAt(String source, String word) {
    for (int at = source.indexOf(word); at >= 0; at = source.indexOf(word, at + 1)) {
      int end = at + word.length();
      boolean before = at > 0 && Character.isLetterOrDigit(source.charAt(at - 1));
      boolean after = end < source.length() && Character.isLetterOrDigit(source.charAt(end));
      if (!before && !after) {
        return at;
      }
    }
    return -1;
  }

  /**
   * {@code url}'s path as a template writes it after {@code ${content.rootpath}}: without the
   * query, the fragment and the leading {@code ../}, {@code ./} or {@code /}; empty when that is
   * only a file name, which says too little of where it is written.
   */
  private static String fromRoot(String url) {
    String path = rootPath(url);
    return path.contains("/") ? path : "";
  }

  /** {@code url}'s path without the query, the fragment and the leading dots and slashes. */
  private static String rootPath(String url) {
    String path = url.split("[?#]", 2)[0];
    String before;
    do { // a slash may lead too, before or among them: /../x, ..//x
      before = path;
      path = DotSegments.dropLeading(path.startsWith("/") ? path.substring(1) : path);
    } while (!path.equals(before));
    return path;
  }

  /** Whether one of the site's own templates holds {@code text} (false for empty text). */
  private boolean templatesWrite(String text) {
    return !text.isEmpty() && templateTexts().values().stream().anyMatch(t -> t.contains(text));
  }

  /** Where the site's own templates write an address, by page template and address. */
  private final Map<List<Object>, List<FragmentIndex.Located>> templateLinks =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Map<String, String> templateTexts;

  /**
   * Where the site's own templates write {@code url}, or its last segment ({@code
   * ../get-started.html} is written {@code ${content.rootpath}get-started.html}), looked for in the
   * page's template, then the templates it includes, then the others in name order: a broken link a
   * template writes is the template's to fix, not the generated page's.
   */
  private java.util.Optional<FragmentIndex.Located> templatePosition(
      String url, String template, int nth, boolean fromRoot) {
    List<FragmentIndex.Located> all =
        templateLinks.computeIfAbsent(
            java.util.Arrays.<Object>asList(url, template, fromRoot),
            key -> findInTemplates(url, template, fromRoot));
    return all.isEmpty()
        ? java.util.Optional.empty()
        : java.util.Optional.of(all.get(Math.min(nth, all.size() - 1)));
  }

  /** Every place the templates write {@code url}, in the order {@link #templatePosition} says. */
  private List<FragmentIndex.Located> findInTemplates(
      String url, String template, boolean fromRoot) {
    Map<String, String> texts = templateTexts();
    List<String> order = new ArrayList<>();
    if (template != null) {
      includedFrom(siteTemplatePath(template), texts, order);
    }
    texts.keySet().stream().filter(name -> !order.contains(name)).forEach(order::add);
    String address = url.split("[?#]", 2)[0];
    String last = address.substring(address.lastIndexOf('/') + 1);
    for (String written : List.of(url, address, fromRoot(url), last)) {
      if (written.isBlank()) {
        continue;
      }
      List<FragmentIndex.Located> all = new ArrayList<>();
      for (String name : order) {
        for (FragmentIndex.Position at : FragmentIndex.positionsOf(texts.get(name), written)) {
          all.add(new FragmentIndex.Located(name, at));
        }
      }
      if (!all.isEmpty()) {
        return List.copyOf(all);
      }
    }
    if (!fromRoot || template == null) {
      return List.of();
    }
    // Written as a document's address alone, href="${post.uri}", in the page's own templates.
    List<FragmentIndex.Located> uris = new ArrayList<>();
    List<String> own = new ArrayList<>();
    includedFrom(siteTemplatePath(template), texts, own);
    for (String name : own) {
      java.util.regex.Matcher uri = URI_ALONE.matcher(texts.get(name));
      while (uri.find()) {
        uris.add(
            new FragmentIndex.Located(
                name, FragmentIndex.positionAt(texts.get(name), uri.start(1))));
      }
    }
    return List.copyOf(uris);
  }

  /** An attribute whose value starts with a document's {@code uri}: {@code href="${post.uri}"}. */
  private static final java.util.regex.Pattern URI_ALONE =
      java.util.regex.Pattern.compile(
          "\\b(?:href|src)\\s*=\\s*[\"']?(\\$\\{\\s*[\\w.]+\\.uri\\s*(?:[!?][^}]*)?})");

  /**
   * A template's path in the site ({@code templates/post.ftl}), as {@link #templateTexts} keys it.
   */
  private String siteTemplatePath(String template) {
    return config
        .source()
        .relativize(config.templates().resolve(template).normalize())
        .toString()
        .replace('\\', '/');
  }

  private static final java.util.regex.Pattern INCLUDE =
      java.util.regex.Pattern.compile("<#(?:include|import)\\s+[\"']([^\"']+)[\"']");

  /**
   * {@code name}, then what it includes or imports (FreeMarker's paths), depth first, once each.
   */
  private void includedFrom(String name, Map<String, String> texts, List<String> order) {
    String text = texts.get(name);
    if (text == null || order.contains(name)) {
      return;
    }
    order.add(name);
    java.util.regex.Matcher include = INCLUDE.matcher(text);
    while (include.find()) {
      String target = include.group(1);
      String resolved =
          target.startsWith("/")
              ? siteTemplatePath(target.substring(1))
              : java.nio.file.Path.of(name.substring(0, name.lastIndexOf('/') + 1) + target)
                  .normalize()
                  .toString()
                  .replace('\\', '/');
      includedFrom(resolved, texts, order);
    }
  }

  /** The site's own template files' text by their path in the site, read once. */
  private synchronized Map<String, String> templateTexts() {
    if (templateTexts == null) {
      String folder = siteTemplatePath(".");
      String prefix = folder.isEmpty() ? "" : folder + "/";
      Map<String, String> texts = new java.util.TreeMap<>();
      org.notebake.jbake.TemplateFiles.texts(config.templates())
          .forEach((name, text) -> texts.put(prefix + name, text));
      templateTexts = texts;
    }
    return templateTexts;
  }

  /** Pages of the site's own templates get no theme "#" self-links. */
  private boolean own(PlannedOutput page) {
    SiteConfig.Template template = config.templateSet().byType().get(page.type());
    return template != null && template.fromSite();
  }

  /**
   * One page's bytes, or null if its template failed; {@code reads} (null: not tracked) records
   * what the template read, {@code said} takes what the page says.
   */
  private byte[] makePage(
      SitePlan plan,
      PlannedOutput page,
      HtmlPipeline pipeline,
      InlineImages inline,
      PrivacyGate gate,
      String host,
      org.notebake.jbake.TemplateReads reads,
      Diagnostics said,
      java.util.function.Predicate<String> siteFileExists) {
    String text = renderOne(plan, page, reads, said);
    if (text == null) {
      return null;
    }
    text = inline.strip(text, page.sourcePath(), said);
    if (page.html()) {
      // A folder of the address another build serves (links.outside) holds whatever it holds.
      java.util.function.Predicate<String> exists =
          path -> config.urls().isOutside(path) || siteFileExists.test(path);
      PageContext context =
          new PageContext(page.path(), page.sourcePath(), host, exists, page.template());
      text = pipeline.process(text, context, said);
    } else {
      text = photoPass.rewriteText(text, page.path(), host);
      gate.scanText(page.path(), page.sourcePath(), text);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A library (FreeMarker, Jsoup, a scanner's regular expression) that gives up on one page fails
   * that page with an error at its note, not the whole build with a stack trace.
   */
  private void reportLibraryFailure(PlannedOutput page, Throwable e) {
    String where = page.sourcePath() != null ? page.sourcePath() : page.path();
    String why =
        e instanceof StackOverflowError
            ? "it nests too deeply (elements inside elements, or a template calling itself)"
            : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    diagnostics.error(
        where,
        0,
        0,
        "cannot produce page "
            + page.path()
            + " from template "
            + page.template()
            + ": "
            + why
            + "; simplify or split the note, or fix the template");
  }

  private String renderOne(
      SitePlan plan, PlannedOutput page, org.notebake.jbake.TemplateReads reads, Diagnostics said) {
    try {
      return plan.site().render(page, reads);
    } catch (TemplateFailure e) {
      String template = e.template() == null ? page.template() : e.template();
      said.error(
          config
              .source()
              .relativize(config.templates())
              .resolve(template)
              .toString()
              .replace('\\', '/'),
          e.line(),
          e.column(),
          e.getMessage() + " (while rendering " + page.path() + ")");
      return null;
    }
  }

  private void copyAssets(
      Map<String, AssetCopier.AssetSource> assets, OutputSink sink, PrivacyGate gate) {
    ImageStripper images = new ImageStripper(keepList());
    // In parallel, as attachments are: reading a PDF's text takes seconds.
    Parallel.forEach(
        new ArrayList<>(assets.entrySet()), asset -> copyAsset(asset, images, sink, gate));
    if (!assets.containsKey("robots.txt")) {
      // Sitemap: takes an absolute URL only, and there is a sitemap only when site.host is known.
      String robots =
          "User-agent: *\nAllow: /\n"
              + (config.pages().sitemap()
                  ? "\nSitemap: " + config.urls().absolute(config.pages().sitemapFile()) + "\n"
                  : "");
      write(sink, "robots.txt", null, robots.getBytes(StandardCharsets.UTF_8));
    }
  }

  private void copyAsset(
      Map.Entry<String, AssetCopier.AssetSource> asset,
      ImageStripper images,
      OutputSink sink,
      PrivacyGate gate) {
    String path = asset.getKey();
    String file = assetFile(path, asset.getValue());
    try {
      gate.scanFileName(path);
      if (asset.getValue().drawn()) {
        // A card's text is scanned as the card is planned; its PNG is ours, with nothing to strip:
        // linked from the card cache, or from the live site if unchanged there, unread.
        sink.linkOwn(asset.getValue().file(), path);
        return;
      }
      byte[] bytes = asset.getValue().bytes();
      AssetCopier.MadeFrom made = asset.getValue().made();
      if (made != null) {
        // Found at its line of the vault's file, which is what can be fixed.
        gate.scanMadeFrom(
            made.from(),
            path,
            new String(bytes, StandardCharsets.UTF_8),
            made.source(),
            made.shown());
        sink.write(path, bytes);
        return;
      }
      if (AttachmentWriter.isRaster(path)) {
        // A portrait in assets/ must not carry the GPS of the garden it was taken in either.
        bytes = images.strip(path, bytes).bytes();
      } else if (!asset.getValue().isBundledLibrary()) {
        // Scanned as the type it is, as an attachment is: an SVG (favicon.svg) is rebuilt too.
        // Libraries bundled in the jar (KaTeX, Mermaid) hold no one's data and are not scanned.
        bytes =
            AttachmentWriter.scanned(file, path, bytes, gate, diagnostics, publishedFiles, images);
      }
      if (bytes != null) {
        sink.write(path, bytes);
      }
    } catch (IOException e) {
      diagnostics.error(file, 0, 0, "cannot copy asset: " + OsCause.of(e));
    } catch (ImageStripper.Failure e) {
      diagnostics.error(file, 0, 0, e.getMessage());
    }
  }

  /**
   * The asset as its diagnostics name it: its file in the site ({@code static/images/badge.svg} in
   * a Hugo site), or {@code assets/} and its path for the theme's own.
   */
  private String assetFile(String path, AssetCopier.AssetSource source) {
    java.nio.file.Path root = config.source().toAbsolutePath().normalize();
    if (source.file() != null && source.resource() == null) {
      java.nio.file.Path file = source.file().toAbsolutePath().normalize();
      if (file.startsWith(root)) {
        return root.relativize(file).toString().replace('\\', '/');
      }
    }
    return "assets/" + path;
  }

  /** Writes one page; a failure is blamed on the note it came from, with the OS's reason. */
  private void write(OutputSink sink, String path, String sourcePath, byte[] bytes) {
    String blamed = sourcePath == null ? path : sourcePath;
    try {
      sink.write(path, bytes);
    } catch (IOException e) {
      diagnostics.error(blamed, 0, 0, "cannot write " + path + ": " + OsCause.of(e));
    } catch (java.io.UncheckedIOException e) {
      diagnostics.error(blamed, 0, 0, e.getMessage());
    }
  }

  /** Photo facts the author chose to keep (privacy.photo.keep); GPS is never among them. */
  private org.notebake.gallery.MetadataKeepList keepList() {
    return config.photoKeep();
  }

  List<String> publishedFiles() {
    List<String> sorted = new ArrayList<>(publishedFiles);
    Collections.sort(sorted);
    return sorted;
  }

  int privacyFindings() {
    return privacyFindings;
  }

  /** Writes into a build's {@link SiteOutput}. */
  private record StagedSink(SiteOutput staged) implements OutputSink {
    @Override
    public void write(String path, byte[] bytes) throws IOException {
      staged.writeBytes(path, bytes);
    }

    @Override
    public void copy(java.nio.file.Path from, String path) throws IOException {
      staged.copy(from, path);
    }

    @Override
    public void linkOwn(java.nio.file.Path from, String path) {
      staged.linkOwn(from, path);
    }

    @Override
    public boolean keep(String path, String checksum) {
      int colon = checksum.indexOf(':');
      return colon > 0
          && staged.keep(
              path, Long.parseLong(checksum.substring(0, colon)), checksum.substring(colon + 1));
    }
  }
}
