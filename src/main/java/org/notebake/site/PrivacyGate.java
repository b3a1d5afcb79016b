package org.notebake.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.CharacterReferences;
import org.notebake.html.HtmlPass;
import org.notebake.html.PageContext;
import org.notebake.privacy.AllowList;
import org.notebake.privacy.DenyList;
import org.notebake.privacy.Finding;
import org.notebake.privacy.PositionMapper;
import org.notebake.privacy.PrivacyRules;
import org.notebake.privacy.PrivacyScanner;
import org.notebake.publish.Note;

/**
 * The last gate before anything is published: scans the text of every output (page text, titles,
 * descriptions, alt text, link targets, feeds, sitemap, file names) for phone numbers, email
 * addresses, secrets and deny-listed names, and reports each finding at the line of the note it
 * came from. A finding is an error, so the build is not swapped in, unless the author allowed it
 * (privacy.allow, {@code %%privacy:allow …%%} in the note, or a {@code privacy-allow} list in its
 * front matter).
 */
final class PrivacyGate {
  /** Page chrome repeats on every page: text this short is scanned once per distinct string. */
  private static final int CACHED_TEXT = 512;

  private final PrivacyScanner scanner;
  private final Map<String, Note> notes;
  private final Diagnostics diagnostics;
  private final Map<String, List<Finding>> cache = new ConcurrentHashMap<>();
  private final Map<String, FindingReporter.Hit> hits = new ConcurrentHashMap<>();
  private final java.util.Set<String> seenPieces = ConcurrentHashMap.newKeySet();

  private PrivacyGate(PrivacyScanner scanner, Map<String, Note> notes, Diagnostics diagnostics) {
    this.scanner = scanner;
    this.notes = notes;
    this.diagnostics = diagnostics;
  }

  static PrivacyGate create(SiteConfig config, Map<String, Note> notes, Diagnostics diagnostics) {
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
            .build();
    return new PrivacyGate(PrivacyScanner.create(rules), notes, diagnostics);
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
  HtmlPass htmlPass() {
    return (Document page, PageContext context, Diagnostics unused) -> scanPage(page, context);
  }

  /**
   * One walk over the page: the text of {@code main}, the text around it (header, footer, title),
   * and the attributes people read or that hold addresses.
   */
  private void scanPage(Document page, PageContext context) {
    String out = context.outputPath();
    String source = context.sourcePath();
    StringBuilder main = new StringBuilder(4096);
    StringBuilder chrome = new StringBuilder(1024);
    NodeTraversor.traverse(
        new NodeVisitor() {
          private int mainDepth = -1;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              (mainDepth >= 0 ? main : chrome).append(text.getWholeText()).append(' ');
            } else if (node instanceof DataNode data
                && node.parent() instanceof Element script
                && script.attr("type").equals("application/ld+json")) {
              scan(out, source, data.getWholeData(), true);
            } else if (node instanceof Element el) {
              if (mainDepth < 0 && el.normalName().equals("main")) {
                mainDepth = depth;
              }
              scanAttributes(el, out, source);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (depth == mainDepth && node instanceof Element) {
              mainDepth = -1;
            }
          }
        },
        page);
    scan(out, source, main.toString(), false);
    scan(out, source, chrome.toString(), true);
  }

  /** Attribute names are lower case once parsed as HTML; one pass over each element's own. */
  private void scanAttributes(Element el, String out, String source) {
    if (el.attributesSize() == 0) {
      return;
    }
    for (Attribute attribute : el.attributes()) {
      String value = attribute.getValue();
      switch (attribute.getKey()) {
        case "alt", "title", "aria-label", "content" -> {
          if (!value.isEmpty()) {
            scan(out, source, value, true);
          }
        }
        case "href" -> {
          if (isAddressScheme(value)) {
            scan(out, source, value.substring(value.indexOf(':') + 1), true);
          }
        }
        default -> {}
      }
    }
  }

  /** {@code mailto:}, {@code tel:} or {@code sms:}, in any case, as browsers accept them. */
  private static boolean isAddressScheme(String href) {
    String url = href.strip();
    for (String scheme : new String[] {"mailto:", "tel:", "sms:"}) {
      if (url.regionMatches(true, 0, scheme, 0, scheme.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Feeds, sitemaps and other non-HTML text, scanned piece by piece between tags. A feed entry's
   * content is HTML escaped as text: it is unescaped and its text scanned as one piece, as a page's
   * main text is.
   */
  void scanText(String outputPath, String sourcePath, String text) {
    for (String piece : betweenTags(text)) {
      if (piece.isBlank() || !seenPieces.add(piece)) {
        // An entry's content recurs in the site feed and in each of its tags' feeds: once is
        // enough. Pieces are kept whole (not digested): feeds hold at most feed.limit entries.
        continue;
      }
      String unescaped = CharacterReferences.decode(piece);
      if (unescaped.indexOf('<') < 0) {
        scan(outputPath, sourcePath, unescaped, true);
      } else {
        scan(
            outputPath,
            sourcePath,
            CharacterReferences.decode(String.join(" ", betweenTags(unescaped))),
            false);
      }
    }
  }

  /**
   * The text between the tags of {@code markup}: a tag is {@code <} up to the next {@code >} with
   * no {@code <} in between; any other {@code <} is text.
   */
  static List<String> betweenTags(String markup) {
    List<String> pieces = new java.util.ArrayList<>();
    int textStart = 0;
    int lt = markup.indexOf('<');
    int gt = -1;
    while (lt >= 0) {
      if (gt <= lt) {
        gt = markup.indexOf('>', lt + 1);
        if (gt < 0) {
          break;
        }
      }
      int nextLt = markup.indexOf('<', lt + 1);
      if (nextLt < 0 || gt < nextLt) {
        pieces.add(markup.substring(textStart, lt));
        textStart = gt + 1;
        nextLt = markup.indexOf('<', textStart);
      }
      lt = nextLt;
    }
    pieces.add(markup.substring(textStart));
    return pieces;
  }

  private static String digest(String text) {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "sha256:" + java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM lacks SHA-256", e);
    }
  }

  void scanFileName(String path) {
    scan(path, null, path.replace('/', ' ').replace('-', ' '), true);
  }

  /**
   * @param repeats whether this text is likely to recur on other outputs (page chrome, feed
   *     entries): such text is scanned once, remembered by value when short and by digest when
   *     long. A page's own main text is unique and is scanned directly.
   */
  private void scan(String outputPath, String sourcePath, String text, boolean repeats) {
    if (text == null || text.isBlank()) {
      return;
    }
    List<Finding> findings;
    if (!repeats) {
      findings = scanner.scan(text);
    } else if (text.length() <= CACHED_TEXT) {
      findings = cache.computeIfAbsent(text, scanner::scan);
    } else {
      findings = cache.computeIfAbsent(digest(text), key -> scanner.scan(text));
    }
    for (Finding f : findings) {
      String key =
          f.rule() + "\u0000" + f.match() + "\u0000" + (sourcePath == null ? "" : sourcePath);
      hits.putIfAbsent(key, new FindingReporter.Hit(f, outputPath, sourcePath));
    }
  }

  /**
   * A published file's own text (an attachment, an asset), reported at that file: no note's allow
   * covers it, only privacy.allow does.
   *
   * @param file the file as the author knows it, {@code attachments/contacts.txt}
   * @param source the file's text as written, to find each finding's line in; null when the text
   *     was extracted (a PDF) and has no lines of its own
   */
  void scanFile(String file, String text, String source) {
    for (Finding f : scanner.scan(text)) {
      PositionMapper.Position at =
          text.equals(source) && f.start() <= text.length()
              ? PositionMapper.positionOf(text, f.start())
              : source == null ? null : PositionMapper.locate(source, f.match()).orElse(null);
      fileHits.add(new FileHit(file, f, at == null ? 0 : at.line(), at == null ? 0 : at.column()));
    }
  }

  private record FileHit(String file, Finding finding, int line, int column) {}

  private final java.util.Queue<FileHit> fileHits =
      new java.util.concurrent.ConcurrentLinkedQueue<>();

  /** Reports every finding not allowed by its note; returns how many were reported. */
  int finish() {
    int reported = new FindingReporter(notes, diagnostics).report(hits.values());
    for (FileHit hit : fileHits) {
      Finding f = hit.finding();
      diagnostics.error(
          hit.file(),
          hit.line(),
          hit.column(),
          f.description()
              + " \""
              + f.masked()
              + "\" would be published (rule "
              + f.rule()
              + "); remove it from the file, or allow it in privacy.allow");
      reported++;
    }
    return reported;
  }
}
