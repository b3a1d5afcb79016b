package org.notebake.privacy.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.HtmlPass;
import org.notebake.html.PageContext;
import org.notebake.privacy.AllowList;
import org.notebake.privacy.CalloutMarkers;
import org.notebake.privacy.Channel;
import org.notebake.privacy.DenyList;
import org.notebake.privacy.Finding;
import org.notebake.privacy.FindingIds;
import org.notebake.privacy.PositionMapper;
import org.notebake.privacy.PrivacyRules;
import org.notebake.privacy.PrivacyScanner;
import org.notebake.privacy.RenderedSource;
import org.notebake.privacy.files.Credits;
import org.notebake.publish.Note;

/**
 * The last gate before anything is published: scans every output as what it is, and reports each
 * finding once, by its id, at the line of the note it came from. A finding is an error, so the
 * build is not swapped in, unless the author allowed it (privacy.allow, {@code %%privacy:allow …%%}
 * in the note, or a {@code privacy-allow} list in its front matter).
 *
 * <p>What is read, by output type:
 *
 * <ul>
 *   <li>HTML (pages and HTML assets): the text of the page, code apart (where an address-shaped
 *       expression is code), maths and Mermaid diagrams apart (read as the browser shows them);
 *       every attribute value, URLs percent-decoded; inline scripts, styles and JSON-LD whole;
 *       comments.
 *   <li>XML (feeds, sitemap): every text and attribute, and the HTML escaped in a feed entry read
 *       as a page.
 *   <li>JavaScript, CSS, JSON: the whole file, never split at {@code <} or {@code >}; a JSON string
 *       that holds HTML (a JSON Feed's {@code content_html}) is read as a page instead.
 *   <li>Any other text ({@code .txt}, {@code .csv}, {@code .md}): the whole file.
 *   <li>Every published file's path.
 * </ul>
 */
public final class PrivacyGate {
  /** Attributes whose value is a URL, or a list of them; any other value that looks like one. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of(
          "href",
          "src",
          "srcset",
          "poster",
          "action",
          "formaction",
          "cite",
          "data",
          "background",
          "longdesc",
          "manifest",
          "ping",
          "xlink:href",
          "codebase",
          "icon",
          "imagesrcset");

  private static final Set<String> CODE_ELEMENTS = Set.of("code", "pre", "kbd", "samp", "var");

  /** Where the key that finding ids are made with is kept, relative to the site's source. */
  public static final String ID_KEY_FILE = ".notebake/finding-id.key";

  private final PrivacyScanner scanner;
  private final Map<String, Note> notes;
  private final Diagnostics diagnostics;
  private final Map<String, FindingReporter.Hit> hits = new ConcurrentHashMap<>();

  /** How a fix hint names the allow-list file, which is not a key of jbake.properties. */
  private final String allowFile;

  /** What templates print besides notes, where a finding no note holds is looked for. */
  private PrintedInputs printed = PrintedInputs.NONE;

  /** Which lines of a note's text its page shows (the reporter asks where a value repeats). */
  private java.util.function.Function<String, java.util.BitSet> showing =
      FindingReporter.EVERY_LINE;

  private PrivacyGate(
      PrivacyScanner scanner, Map<String, Note> notes, Diagnostics diagnostics, String allowFile) {
    this.scanner = scanner;
    this.notes = notes;
    this.diagnostics = diagnostics;
    this.allowFile = allowFile;
  }

  public static PrivacyGate create(
      SiteConfig config, Map<String, Note> notes, Diagnostics diagnostics) {
    SiteConfig.PrivacySettings settings = config.privacy();
    PrivacyRules rules =
        PrivacyRules.builder()
            .region(settings.region())
            .publicEmails(settings.publicEmails())
            .deny(
                readList(
                    settings.denyFile(), config, diagnostics, DenyList::parse, DenyList.empty()))
            .allow(
                readList(
                    settings.allowFile(), config, diagnostics, AllowList::parse, AllowList.empty()))
            .ids(FindingIds.lazy(() -> idKey(config.source(), diagnostics)))
            .removedCallouts(config.removedCallouts())
            .build();
    PrivacyGate gate =
        new PrivacyGate(
            PrivacyScanner.create(rules), notes, diagnostics, allowFileHint(config, settings));
    // Made only if a value stands on several lines of a note (serve makes a gate every rebuild).
    gate.showing =
        new java.util.function.Function<>() {
          private org.notebake.markdown.MarkdownConverter markdown;

          @Override
          public java.util.BitSet apply(String source) {
            if (markdown == null) {
              markdown =
                  new org.notebake.markdown.MarkdownConverter(
                      config.strictLineBreaks(),
                      config.removedCallouts(),
                      config.snippetHiddenClasses());
            }
            return markdown.shownLines(source);
          }
        };
    List<Path> printed = new java.util.ArrayList<>();
    // Not a folder that holds the notes too (a vault whose templates sit at its root).
    java.util.stream.Stream.of(config.data(), config.templates())
        .filter(java.util.Objects::nonNull)
        .filter(folder -> !config.content().startsWith(folder))
        .forEach(printed::add);
    org.notebake.config.KeyLocations.FILES.forEach(
        name -> printed.add(config.source().resolve(name)));
    gate.printed = new PrintedInputs(printed);
    return gate;
  }

  /**
   * {@code the file privacy.allow beside jbake.properties}, or the file {@code privacy.allow.file}
   * names: a bare {@code privacy.allow} reads like a key of jbake.properties, which it is not.
   */
  private static String allowFileHint(SiteConfig config, SiteConfig.PrivacySettings settings) {
    Path file = settings.allowFile();
    Path folder = file.getParent();
    if (folder != null && folder.equals(config.source())) {
      return "the file " + file.getFileName() + " beside jbake.properties";
    }
    String name =
        file.startsWith(config.source())
            ? config.source().relativize(file).toString().replace('\\', '/')
            : file.toString();
    return "the file " + name;
  }

  /**
   * The site's finding-id key: read from {@link #ID_KEY_FILE}, or made and written there the first
   * time something is found. If it cannot be written, the ids of this build are its own.
   */
  public static byte[] idKey(Path source, Diagnostics diagnostics) {
    Path file = source.resolve(ID_KEY_FILE);
    try {
      if (Files.isRegularFile(file)) {
        byte[] key =
            HexFormat.of().parseHex(Files.readString(file, StandardCharsets.UTF_8).strip());
        if (key.length < 16) {
          throw new IllegalArgumentException("the key has fewer than 32 hex digits");
        }
        return key;
      }
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          HexFormat.of().formatHex(key) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE_NEW);
      diagnostics.warning(
          ID_KEY_FILE,
          0,
          0,
          "created the key finding ids are made with (ids name a finding without revealing it); "
              + "keep it with the vault, e.g. commit it, so ids stay the same on every machine");
      return key;
    } catch (IOException | IllegalArgumentException e) {
      diagnostics.warning(
          ID_KEY_FILE,
          0,
          0,
          "cannot read or write the finding-id key ("
              + e.getMessage()
              + "), so the finding ids of this build are its own; make the file readable and "
              + "writable, or write 64 hex digits into it");
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      return key;
    }
  }

  private interface ListParser<T> {
    T parse(String path, List<String> lines, Diagnostics diagnostics);
  }

  private static <T> T readList(
      Path file, SiteConfig config, Diagnostics diagnostics, ListParser<T> parser, T empty) {
    if (!Files.isRegularFile(file)) {
      return empty;
    }
    String name = config.source().relativize(file).toString().replace('\\', '/');
    try {
      return parser.parse(name, Files.readAllLines(file), diagnostics);
    } catch (IOException e) {
      diagnostics.error(name, 0, 0, "cannot read: " + e.getMessage());
      return empty;
    }
  }

  /** The HTML pass that scans each page while it is parsed anyway. */
  public HtmlPass htmlPass() {
    return (Document page, PageContext context, Diagnostics unused) ->
        scanHtml(page, context.outputPath(), context.sourcePath());
  }

  /**
   * One walk over an HTML document: the text of {@code main}, the text around it (header, footer,
   * title), code apart from both, every attribute, inline scripts and styles, and comments. Text is
   * read as a browser runs it together: inline elements join their neighbours ({@code 912
   * <em>555</em>0142}, {@code jo<b>@</b>example.org}), other elements part them.
   */
  private void scanHtml(Node root, String out, String source) {
    ReadText main = new ReadText(4096);
    ReadText chrome = new ReadText(1024);
    StringBuilder code = new StringBuilder();
    StringBuilder rendered = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          private int mainDepth = -1;
          private int codeDepth = -1;
          private int renderedDepth = -1;

          /** True while in inline code or maths, which a reader reads with the prose around it. */
          private boolean inlineApart;

          private ReadText prose() {
            return mainDepth >= 0 ? main : chrome;
          }

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text && renderedDepth >= 0) {
              rendered.append(text.getWholeText());
              if (inlineApart) {
                // As shown, so that prose running into maths ($912\,555$ 0142) is read whole.
                prose().apart(RenderedSource.text(text.getWholeText()));
              }
            } else if (node instanceof TextNode text && codeDepth >= 0) {
              // Highlighting splits code into spans that render as one run of text.
              code.append(text.getWholeText());
              proseApart(text);
            } else if (node instanceof TextNode text) {
              prose().text(text.getWholeText());
            } else if (node instanceof DataNode data) {
              scan(out, source, data.getWholeData(), Channel.SCRIPT);
            } else if (node instanceof Comment comment) {
              scan(out, source, comment.getData(), Channel.TEXT);
            } else if (node instanceof Element el) {
              if (mainDepth < 0 && el.normalName().equals("main")) {
                mainDepth = depth;
              }
              partsText(el);
              if (renderedDepth < 0 && (el.hasClass("math") || el.hasClass("mermaid"))) {
                renderedDepth = depth;
                inlineApart = codeDepth < 0 && el.tag().isInline();
              }
              if (codeDepth < 0 && CODE_ELEMENTS.contains(el.normalName())) {
                codeDepth = depth;
                inlineApart = renderedDepth < 0 && el.tag().isInline();
              }
              scanAttributes(el, out, source);
            }
          }

          private void proseApart(TextNode text) {
            if (inlineApart) {
              prose().apart(text.getWholeText());
            }
          }

          /**
           * An element that is not inline parts the text around it, and so does one HTML does not
           * know: text read as HTML that was none ({@code https://<user>:<password>@host} in a
           * feed's summary) keeps its words apart, as it did when every run was parted.
           */
          private void partsText(Element el) {
            Tag tag = el.tag();
            if (!tag.isInline()
                || !tag.isKnownTag()
                || tag.is(Tag.TextBoundary)
                || el.nameIs("br")) {
              prose().gap();
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element el) {
              partsText(el);
              mainDepth = depth == mainDepth ? -1 : mainDepth;
              if (depth == renderedDepth) {
                rendered.append('\n');
                renderedDepth = -1;
                inlineApart = false;
              }
              if (depth == codeDepth) {
                // Two code spans are two pieces of code: `pwd` and `:disabled` are not
                // pwd:disabled.
                code.append('\n');
                codeDepth = -1;
                inlineApart = false;
              }
            }
          }
        },
        root);
    scanProse(out, source, main);
    scan(out, source, code.toString(), Channel.CODE);
    scan(out, source, rendered.toString(), Channel.RENDERED);
    scanProse(out, source, chrome);
  }

  /**
   * Prose with its inline code and maths: what lies within one piece of code or maths is read by
   * that channel alone; what runs across prose and code ({@code call `912` 555 0142}) is a finding
   * here.
   */
  private void scanProse(String out, String source, ReadText prose) {
    String text = prose.text.toString();
    if (text.isBlank()) {
      return;
    }
    for (Finding f : scanner.scan(text, Channel.TEXT)) {
      if (!prose.withinApart(f.start(), f.end())) {
        hit(out, source, f);
      }
    }
  }

  /**
   * Text as a reader reads it: runs joined across inline elements, parted by a space where an
   * element parts them, and the ranges that are inline code or maths.
   */
  private static final class ReadText {
    final StringBuilder text;
    private final List<int[]> apart = new ArrayList<>();

    ReadText(int capacity) {
      text = new StringBuilder(capacity);
    }

    void text(String run) {
      text.append(run);
    }

    void apart(String run) {
      int start = text.length();
      text.append(run);
      int last = apart.size() - 1;
      if (last >= 0 && apart.get(last)[1] == start) {
        apart.get(last)[1] = text.length(); // one code span highlighted into several runs
      } else {
        apart.add(new int[] {start, text.length()});
      }
    }

    void gap() {
      if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
        text.append(' ');
      }
    }

    boolean withinApart(int start, int end) {
      for (int[] range : apart) {
        if (range[0] <= start && end <= range[1]) {
          return true;
        }
      }
      return false;
    }
  }

  /** Every attribute: a URL percent-decoded, a style as CSS, any other value as text. */
  private void scanAttributes(Element el, String out, String source) {
    if (el.attributesSize() == 0) {
      return;
    }
    for (Attribute attribute : el.attributes()) {
      String value = attribute.getValue();
      if (value.isEmpty()) {
        continue;
      }
      String key = attribute.getKey().toLowerCase(Locale.ROOT);
      Channel channel;
      if (URL_ATTRIBUTES.contains(key) || key.endsWith(":href") || value.contains("://")) {
        channel = Channel.URL;
      } else if (key.equals("style")) {
        channel = Channel.SCRIPT;
      } else {
        channel = Channel.ATTRIBUTE;
      }
      scan(out, source, value, channel);
    }
  }

  /**
   * Any output that is not a page, read as what it is: XML by its elements, attributes and escaped
   * HTML; HTML as a page; JavaScript, CSS and JSON whole as code; anything else whole as text.
   */
  public void scanText(String outputPath, String sourcePath, String text) {
    String type = extension(outputPath);
    switch (type) {
      case "xml", "rss", "atom", "svg", "xsl", "xslt" -> scanXml(outputPath, sourcePath, text);
      case "html", "htm", "xhtml" -> scanHtml(Jsoup.parse(text), outputPath, sourcePath);
      case "json", "jsonld" -> scanJson(outputPath, sourcePath, text);
      case "js", "mjs", "cjs", "css", "map", "webmanifest" ->
          scan(outputPath, sourcePath, text, Channel.SCRIPT);
      // Plain text: a share card's (10,000 of them, the same each of serve's rebuilds).
      default -> scan(outputPath, sourcePath, text, Channel.TEXT, quiet);
    }
  }

  private void scanJson(String outputPath, String sourcePath, String text) {
    JsonHtml json = JsonHtml.split(text);
    scan(outputPath, sourcePath, json.rest(), Channel.SCRIPT);
    for (String html : json.html()) {
      scanHtml(Jsoup.parseBodyFragment(html), outputPath, sourcePath);
    }
  }

  private static String extension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /**
   * An XML output, parsed (DTDs are not loaded): each text and attribute is scanned, and a text
   * that holds escaped HTML, as a feed entry's content does, is read as a page.
   */
  private void scanXml(String outputPath, String sourcePath, String xml) {
    Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Element el) {
            scanAttributes(el, outputPath, sourcePath);
          } else if (node instanceof TextNode text) {
            String value = text.getWholeText();
            if (value.isBlank()) {
              return;
            }
            if (value.indexOf('<') < 0) {
              scan(outputPath, sourcePath, value, Channel.TEXT);
            } else {
              scanHtml(Jsoup.parseBodyFragment(value), outputPath, sourcePath);
            }
          } else if (node instanceof Comment comment) {
            scan(outputPath, sourcePath, comment.getData(), Channel.TEXT);
          } else if (node instanceof XmlDeclaration || node instanceof DocumentType) {
            scan(outputPath, sourcePath, node.outerHtml(), Channel.ATTRIBUTE);
          }
        },
        doc);
  }

  /**
   * The words a published note's address was made from, its file name or slug before slugging
   * dropped signs such as {@code @} ({@code avery.quinn@example.org.md} is published as {@code
   * avery.quinn-example.org.html}), read as a file name at the note's page.
   */
  public void scanAddressOf(Note note) {
    scan(
        note.uri(),
        note.path(),
        org.notebake.publish.NoteFactory.addressWords(note.source(), note.frontMatter()),
        Channel.FILE_NAME,
        quiet);
  }

  /** A published file's path; {@code sourcePath}, if known, is the note that publishes it. */
  public void scanFileName(String path) {
    scan(path, null, path, Channel.FILE_NAME, quiet);
  }

  /**
   * File names and plain texts found quiet in an earlier build under the same rules are not scanned
   * again ({@link QuietTexts}); null: every text is scanned.
   */
  private QuietTexts quiet;

  /**
   * This gate, skipping the texts {@code quiet} knows have nothing to find, and telling it more.
   */
  public PrivacyGate remembering(QuietTexts quiet) {
    this.quiet = quiet;
    return this;
  }

  private void scan(String outputPath, String sourcePath, String text, Channel channel) {
    scan(outputPath, sourcePath, text, channel, null);
  }

  /** With {@code known} not null, a text it knows quiet is not scanned, and it learns this one. */
  private void scan(
      String outputPath, String sourcePath, String text, Channel channel, QuietTexts known) {
    if (text == null || text.isBlank()) {
      return;
    }
    if (known != null && known.isQuiet(channel, text)) {
      return;
    }
    List<Finding> findings = scanner.scan(text, channel);
    if (known != null) {
      known.found(channel, text, findings.isEmpty());
    }
    for (Finding f : findings) {
      hit(outputPath, sourcePath, f);
    }
  }

  private void hit(String outputPath, String sourcePath, Finding f) {
    if (sourcePath == null && f.rule().equals(CalloutMarkers.RULE)) {
      // A list page or feed repeats a note's text, summaries flattening its code blocks (where
      // the syntax may be shown): a marker left as text is found on the note's own page.
      return;
    }
    String key = f.id() + "\u0000" + outputPath + "\u0000" + (sourcePath == null ? "" : sourcePath);
    hits.putIfAbsent(key, new FindingReporter.Hit(f, outputPath, sourcePath));
  }

  /**
   * A published file's own text (an attachment, an asset), reported at that file: no note's allow
   * covers it, only privacy.allow does.
   *
   * @param file the file as the author knows it, {@code attachments/contacts.txt}
   * @param source the file's text as written, to find each finding's line in; null when the text
   *     was extracted (a PDF) and has no lines of its own
   */
  public void scanFile(String file, String text, String source) {
    scanFile(file, text, source, offset -> 0);
  }

  /**
   * As {@link #scanFile(String, String, String)}, where {@code endLine} knows the file's line on or
   * before which a character of the text is written (0 when it does not): an SVG's text is rebuilt,
   * and the first copy of a finding in its source may be one the rebuild left out.
   */
  public void scanFile(
      String file, String text, String source, java.util.function.IntUnaryOperator endLine) {
    // Offsets of findings are the text's: the comments are found in it only if it is the source.
    Credits credits = Credits.of(file, text.equals(source) ? source : null);
    for (Finding f : fileFindings(file, text)) {
      if (f.rule().equals("email") && credits.covers(f.start(), f.end())) {
        continue; // a library's author, credited in its comment (Credits)
      }
      int line = source == null ? 0 : endLine.applyAsInt(f.start());
      PositionMapper.Position at =
          line > 0
              ? PositionMapper.locateLast(source, f.match(), PositionMapper.endOfLine(source, line))
                  .orElse(new PositionMapper.Position(line, 0))
              : text.equals(source) && f.start() <= text.length()
                  ? PositionMapper.positionOf(text, f.start())
                  : source == null ? null : PositionMapper.locate(source, f.match()).orElse(null);
      fileHits.add(new FileHit(file, f, at == null ? 0 : at.line(), at == null ? 0 : at.column()));
    }
  }

  /**
   * A file notebake makes from one file of the vault (the maths preamble's macros, as a script):
   * {@code text}, what is published, is read as the type {@code sitePath} names, and {@code shown},
   * the maths in it, as KaTeX shows it ({@code (415)\,867\text{-}5309}); each finding is reported
   * at its line of {@code source}, the text of the vault's file {@code file}, which is what can be
   * fixed.
   */
  public void scanMadeFrom(String file, String sitePath, String text, String source, String shown) {
    List<Finding> found = new ArrayList<>(fileFindings(sitePath, text));
    for (Finding f : scanner.scan(shown, Channel.RENDERED)) {
      if (found.stream().noneMatch(g -> g.id().equals(f.id()))) {
        found.add(f);
      }
    }
    for (Finding f : found) {
      PositionMapper.Position at =
          PositionMapper.locate(source, f.match())
              .or(() -> PositionMapper.locate(source, f.value()))
              .orElse(null);
      fileHits.add(new FileHit(file, f, at == null ? 0 : at.line(), at == null ? 0 : at.column()));
    }
  }

  /** Code the site publishes as a file: its string escapes are decoded, as in the site's own. */
  private static final Set<String> CODE_FILES =
      Set.of("json", "jsonld", "webmanifest", "map", "js", "mjs", "cjs", "css");

  /**
   * A file's findings, read as text; a JSON file, script or style sheet is read as code too, its
   * string escapes decoded ({@code "\u0039\u0031\u0032..."} is a phone number to whoever parses
   * it), as {@link #scanText} reads the site's own. A finding both readings make is kept once.
   */
  private List<Finding> fileFindings(String file, String text) {
    List<Finding> found = new ArrayList<>(scanner.scan(text));
    if (CODE_FILES.contains(extension(file)) && text.indexOf('\\') >= 0) {
      for (Finding f : scanner.scan(text, Channel.SCRIPT)) {
        if (found.stream().noneMatch(g -> g.start() < f.end() && f.start() < g.end())) {
          found.add(f);
        }
      }
      found.sort(java.util.Comparator.comparingInt(Finding::start));
    }
    return found;
  }

  private record FileHit(String file, Finding finding, int line, int column) {}

  private final java.util.Queue<FileHit> fileHits =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** True if anything was found on {@code outputPath} so far, allowed or not (page memos). */
  public boolean foundOn(String outputPath) {
    return hits.values().stream().anyMatch(h -> outputPath.equals(h.outputPath()));
  }

  /** Reports every finding not allowed by its note; returns how many were reported. */
  public int finish() {
    int reported =
        new FindingReporter(notes, diagnostics, allowFile, scanner)
            .printedFrom(printed)
            .showing(showing)
            .report(hits.values());
    for (FileHit hit : fileHits) {
      Finding f = hit.finding();
      diagnostics.add(
          Diagnostic.error(
                  hit.file(),
                  hit.line(),
                  hit.column(),
                  f.description()
                      + " \""
                      + f.masked()
                      + "\" would be published (id "
                      + f.id()
                      + "); remove it from the file, or allow it: add "
                      + f.id()
                      + " to "
                      + allowFile)
              .withRule("privacy." + f.rule())
              .withFinding(f.id()));
      reported++;
    }
    return reported;
  }
}
