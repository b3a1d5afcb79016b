package org.notebake.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.notebake.cards.ShareImage;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.html.NoteHtmlSanitizer;
import org.notebake.html.UrlPolicy;
import org.notebake.jbake.SiteDocument;
import org.notebake.links.Attachment;
import org.notebake.links.NoteLookup;
import org.notebake.links.SiteIndex;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.Note;
import org.notebake.vault.FrontMatter;

/**
 * Builds what templates see of a note: its body plus summary, reading time, table of contents,
 * backlinks, tag links, cover and the front matter keys the allow-list lets through. Nothing else
 * of a note's YAML front matter reaches a template; a JBake header ({@code key=value} lines ended
 * by {@code ~~~~~~}), which exists only to feed the site's templates, reaches them whole, as in
 * JBake.
 */
public final class DocumentBuilder {
  /**
   * Front matter the built-in theme reads, passed whatever {@code frontmatter.expose} says: text
   * kept whole (a comma in a role is not a list).
   */
  static final List<String> THEME_TEXT_KEYS =
      List.of("role", "period", "team", "context", "outcome", "cover_alt", "repo", "url");

  /** Every front matter key the theme reads: the text keys, stack, links and featured. */
  static final List<String> THEME_KEYS =
      java.util.stream.Stream.concat(
              THEME_TEXT_KEYS.stream(), java.util.stream.Stream.of("stack", "links", "featured"))
          .toList();

  private static final int SUMMARY_CHARS = 200;

  private final SiteConfig.Urls urls;
  private final Set<String> exposedKeys;
  private final SiteIndex index;
  private final Diagnostics diagnostics;
  private final String mathPreamble;

  public DocumentBuilder(
      SiteConfig.Urls urls, Set<String> exposedKeys, SiteIndex index, Diagnostics diagnostics) {
    this(urls, exposedKeys, index, diagnostics, null);
  }

  /**
   * @param mathPreamble the site path of the script of the vault's maths macros, which pages with
   *     maths load ({@code content.math_preamble}); null when there is none
   */
  public DocumentBuilder(
      SiteConfig.Urls urls,
      Set<String> exposedKeys,
      SiteIndex index,
      Diagnostics diagnostics,
      String mathPreamble) {
    this.urls = urls;
    this.exposedKeys = exposedKeys;
    this.index = index;
    this.diagnostics = diagnostics;
    this.mathPreamble = mathPreamble;
  }

  /**
   * A rendered body as a document needs it: the HTML, and of its text only the summary and the word
   * count, so the text of every body is not held until the documents are built.
   */
  public record Body(String html, String summary, int words, boolean math, boolean diagrams) {
    /**
     * The body of a note just rendered. Whether it has maths or diagrams is found here, once: the
     * body memo keeps it (two passes over every body each bake were 4% of a second bake's time).
     */
    static Body of(NoteHtmlSanitizer.Cleaned cleaned) {
      String text = cleaned.text();
      String html = cleaned.html();
      return new Body(
          html,
          cleaned.summaryMarked()
              ? DocumentBuilder.wholeSummary(cleaned.prose())
              : DocumentBuilder.summary(cleaned.prose()),
          ReadingTime.words(text),
          hasMath(html),
          hasDiagrams(html));
    }
  }

  /**
   * @param cover the note's cover image ({@link #cover}), published with it
   */
  public SiteDocument build(
      Note note,
      Body body,
      NoteFacts facts,
      Optional<Attachment> cover,
      List<String> tagSlugs,
      TagIndex tags,
      List<Backlink> backlinks) {
    FrontMatter fm = note.frontMatter();
    Map<String, Object> fields = new HashMap<>();
    String summary = body.summary();
    fields.put("summary", summary);
    fields.put("description", fm.string("description").filter(d -> !d.isBlank()).orElse(summary));
    if (body.words() > 0) {
      // A note of properties only (a vault's film or book card) has nothing to read.
      fields.put("reading_minutes", ReadingTime.minutes(body.words()));
    }
    if (!urls.host().isEmpty()) {
      // Without site.host a page has no absolute address, and a relative canonical misleads.
      fields.put("canonical", urls.absolute(note.uri()));
    }
    // Templates load KaTeX and Mermaid only on the pages that have maths or diagrams.
    fields.put("has_math", body.math());
    fields.put("has_diagrams", body.diagrams());
    if (body.math() && mathPreamble != null) {
      fields.put("math_preamble", mathPreamble);
    }
    fields.put("toc", TableOfContents.of(facts));
    fields.put("backlinks", backlinks.stream().map(DocumentBuilder::backlink).toList());
    fields.put("tag_links", tagSlugs.stream().map(tags::link).toList());
    cssClasses(fm).ifPresent(c -> fields.put("cssclasses", c));
    cover
        .map(Attachment::uri)
        .ifPresent(
            uri -> {
              fields.put("cover", uri);
              fields.put(
                  "cover_alt", fm.string("cover_alt").or(() -> fm.string("cover-alt")).orElse(""));
            });
    ShareImage.fields(note.uri(), cover.map(c -> c.source().path()), fields);
    themeKeys(fm, fields);
    for (String key : exposedKeys) {
      exposed(fm, key).ifPresent(value -> fields.put(key.replace('-', '_'), value));
    }
    weight(note).ifPresent(w -> fields.put(FolderListings.WEIGHT, w));
    if (fm.format() == FrontMatter.Format.JBAKE) {
      jbakeHeader(fm, fields);
    }
    linksOnly(note, fields);
    return new SiteDocument(
        note.path(),
        note.uri(),
        note.type(),
        note.title(),
        note.date(),
        note.updated(),
        tagSlugs,
        body.html(),
        fields);
  }

  /** True if a rendered body holds maths, as the Markdown renderer marks it. */
  static boolean hasMath(String html) {
    return html.contains("class=\"math math-");
  }

  /** True if a rendered body holds a Mermaid diagram, as the Markdown renderer marks it. */
  static boolean hasDiagrams(String html) {
    return html.contains("<pre class=\"mermaid\"");
  }

  /** A summary the note marks the end of (Hugo's {@code <!--more-->}): whole, blanks collapsed. */
  static String wholeSummary(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The first words of the text, whitespace collapsed, cut at a word near SUMMARY_CHARS. */
  public static String summary(String text) {
    StringBuilder t = new StringBuilder(SUMMARY_CHARS + 1);
    boolean space = false;
    for (int i = 0; i < text.length() && t.length() <= SUMMARY_CHARS; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = t.length() > 0;
      } else {
        if (space) {
          t.append(' ');
          space = false;
        }
        t.append(c);
      }
    }
    if (t.length() <= SUMMARY_CHARS) {
      return t.toString();
    }
    int cut = t.lastIndexOf(" ", SUMMARY_CHARS);
    return t.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS).strip() + "…";
  }

  private static Map<String, Object> backlink(Backlink b) {
    return Map.of("title", b.title(), "uri", b.uri(), "context", b.context());
  }

  private static Optional<String> cssClasses(FrontMatter fm) {
    List<String> classes = new ArrayList<>(fm.strings("cssclasses"));
    classes.addAll(fm.strings("cssclass"));
    List<String> safe = classes.stream().filter(c -> c.matches("[A-Za-z0-9_-]+")).toList();
    return safe.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", safe));
  }

  /**
   * The note's {@code weight}, a whole number, as Hugo orders a section's pages by it (lighter
   * first); anything else is a warning at its line and no weight.
   */
  private Optional<Long> weight(Note note) {
    FrontMatter fm = note.frontMatter();
    Optional<Object> value = fm.value("weight");
    if (value.isEmpty() || value.get() instanceof Map || value.get() instanceof List) {
      value.ifPresent(v -> weightWarning(note, v instanceof Map ? "a map" : "a list"));
      return Optional.empty();
    }
    String text = String.valueOf(value.get()).strip();
    if (text.matches("[-+]?[0-9]{1,18}")) {
      return Optional.of(Long.parseLong(text)); // as Hugo's, a 64-bit number
    }
    // Not quoted: a warning may reach a public CI log, and the value is the note's own text.
    weightWarning(note, "text");
    return Optional.empty();
  }

  private void weightWarning(Note note, String what) {
    diagnostics.warning(
        note.path(),
        note.frontMatter().line("weight"),
        1,
        "weight is "
            + what
            + ", not a whole number, so its folder's page lists the note by date; write weight:"
            + " 10 (folder pages list lighter notes first, as Hugo orders a section)");
  }

  /**
   * {@code cover:} or {@code image:} naming a vault image, published alongside the note; a warning
   * at the note when it names none.
   */
  public Optional<Attachment> cover(Note note) {
    FrontMatter fm = note.frontMatter();
    Optional<String> value = fm.string("cover").or(() -> fm.string("image"));
    if (value.isEmpty() || value.get().isBlank()) {
      return Optional.empty();
    }
    String target = value.get().strip().replaceAll("^!?\\[\\[|]]$", "");
    Optional<NoteLookup.Found<Attachment>> found = index.findAttachment(target, note);
    if (found.isEmpty()) {
      diagnostics.warning(
          note.path(),
          fm.line(fm.has("cover") ? "cover" : "image"),
          1,
          "cover image \""
              + target
              + (index.isWithheldFile(target)
                  ? "\" is private (its sidecar or its album's photos: list opts out of"
                      + " publishing), so it is not the page's cover; name a published photo"
                  : target.matches("(?i)https?://.*")
                      ? "\" is a web address, and a cover is an image in the vault (a web page's image"
                          + " is never fetched); save it in the vault and name the file in cover:, or"
                          + " the page is shared without it"
                      : "\" is not in the vault; the page is shared without it"));
    }
    return found.map(NoteLookup.Found::value);
  }

  /** The theme's keys that are a link's address: a project's code and live site. */
  private static final List<String> ADDRESS_KEYS = List.of("repo", "url");

  /**
   * A project's {@code repo:} and {@code url:} go into a link's {@code href}: one that is no web
   * address ({@code javascript://github.com/...%0A...}, shown as a GitHub address) is left out,
   * with a warning, as a note's own links are (only http, https, mailto, tel and relative ones).
   */
  private void linksOnly(Note note, Map<String, Object> fields) {
    for (String key : ADDRESS_KEYS) {
      if (fields.get(key) instanceof String address && !UrlPolicy.allowsLink(address)) {
        fields.remove(key);
        // Not quoted: the value is the note's own text, and a warning may reach a public log.
        diagnostics.warning(
            note.path(),
            note.frontMatter().line(key),
            1,
            key
                + " is no web address (a link may be http, https, mailto or tel), so the page"
                + " leaves it out; write "
                + key
                + ": https://...");
      }
    }
  }

  /**
   * True for {@code github.com/avery/signals}, as a project's {@code repo:} is often written: a web
   * address without its scheme (its host letters, digits, dots and hyphens, its last label two
   * letters or more, then nothing or a path), which would be a link relative to the page.
   */
  static boolean isHostAndPath(String value) {
    int slash = value.indexOf('/');
    String host = slash < 0 ? value : value.substring(0, slash);
    int dot = host.lastIndexOf('.');
    if (dot <= 0
        || host.length() - dot - 1 < 2
        || value.chars().anyMatch(Character::isWhitespace)) {
      return false;
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean allowed = letter || (c >= '0' && c <= '9') || c == '.' || c == '-';
      if (!allowed || (i > dot && !letter)) {
        return false;
      }
    }
    return !host.startsWith("-") && !host.contains("..");
  }

  /** The keys the theme documents ({@link #THEME_KEYS}), in the shapes its templates expect. */
  public static void themeKeys(FrontMatter fm, Map<String, Object> fields) {
    for (String key : THEME_TEXT_KEYS) {
      fm.string(key)
          .map(String::strip)
          .filter(v -> !v.isEmpty())
          .map(v -> ADDRESS_KEYS.contains(key) && isHostAndPath(v) ? "https://" + v : v)
          .ifPresent(v -> fields.putIfAbsent(key, v));
    }
    List<String> stack = fm.strings("stack");
    if (!stack.isEmpty()) {
      fields.put("stack", stack);
    }
    boolean featured =
        fm.bool("featured")
            .orElse(fm.string("featured").map("true"::equalsIgnoreCase).orElse(false));
    if (featured) {
      fields.put("featured", true);
    }
    List<Map<String, Object>> links = links(fm);
    if (!links.isEmpty()) {
      fields.put("links", links);
    }
  }

  /**
   * {@code links:} as a map ({@code live: https://...}) or a list of addresses or {@code name: url}
   * maps, as {@code [{name, url}]}; only http(s) addresses, so no {@code javascript:} link reaches
   * a page.
   */
  private static List<Map<String, Object>> links(FrontMatter fm) {
    List<Map<String, Object>> out = new ArrayList<>();
    Object value = fm.value("links").orElse(null);
    if (value instanceof Map<?, ?> map) {
      map.forEach((name, url) -> link(String.valueOf(name), url, out));
    } else if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Map<?, ?> map) {
          map.forEach((name, url) -> link(String.valueOf(name), url, out));
        } else if (item != null) {
          link(null, item, out);
        }
      }
    } else if (value instanceof String url) {
      link(null, url, out);
    }
    return out;
  }

  private static void link(String name, Object url, List<Map<String, Object>> out) {
    if (!(url instanceof String text) || !text.strip().matches("(?i)https?://\\S+")) {
      return;
    }
    String href = text.strip();
    String label =
        name == null || name.isBlank() ? href.replaceFirst("(?i)^https?://", "") : name.strip();
    out.add(Map.of("name", label, "url", href));
  }

  /**
   * Every key of a JBake header, as JBake's templates see it ({@code content.featuredimage}, {@code
   * content['featured-image']}, also as {@code content.featured_image}). What notebake sets itself
   * (summary, description, cover, canonical, ...) stays notebake's unless {@code
   * frontmatter.expose} names the key; {@code privacy-allow} is notebake's, not the templates'.
   */
  static void jbakeHeader(FrontMatter fm, Map<String, Object> fields) {
    for (String key : fm.keys()) {
      if (key.equals("privacy-allow")) {
        continue;
      }
      exposed(fm, key)
          .ifPresent(
              value -> {
                fields.putIfAbsent(key, value);
                fields.putIfAbsent(key.replace('-', '_'), value);
              });
    }
  }

  /**
   * A front matter value as templates get it: text stays text, commas and all ({@code subtitle:
   * "Day 19, Point Lobos"}, a JBake header's JSON), a number or boolean as its text, a YAML list as
   * a list of its scalars; empty for a map or null.
   */
  static Optional<Object> exposed(FrontMatter fm, String key) {
    if (fm.value(key).orElse(null) instanceof List) {
      return Optional.of(fm.strings(key));
    }
    return fm.string(key).map(v -> (Object) v);
  }
}
