package org.notebake.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.text.Slugs;
import org.notebake.vault.FrontMatter;
import org.notebake.vault.GitDates;
import org.notebake.vault.SourceFile;

/**
 * Turns a published file and its front matter into a {@link Note}: title, type, dates, tags,
 * aliases and its URL.
 *
 * <pre>{@code
 * // content/essays/Signals Lost.md with "date: 2025-06-14" and no permalink
 * Note note = factory.create(file, frontMatter, body, diagnostics);
 * note.uri();   // "essays/signals-lost.html"
 * }</pre>
 */
public final class NoteFactory {
  private static final Pattern DATE_IN_NAME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private final Map<String, String> typeFolders;
  private final String defaultType;
  private final ZoneId zone;
  private final String noExtensionPrefix;
  private final String extension;
  private final Map<String, String> typeExtensions;
  private final String homeNote;

  /** What the with methods add: none of it by default. */
  private final Options options;

  /**
   * @param templated the types that have a template, or null when any type may be used (no
   *     templates known)
   * @param folderAlbums folder pages that are albums of the photos beside them
   * @param gitDates when each file was first committed, the date of a note that names none
   * @param jbakeSite whether the source is a JBake site, which JBake 2.7 baked
   */
  private record Options(
      java.util.Set<String> templated,
      java.util.Set<String> folderAlbums,
      GitDates gitDates,
      boolean jbakeSite) {
    static final Options NONE = new Options(null, java.util.Set.of(), GitDates.none(), false);

    Options {
      templated = templated == null ? null : java.util.Set.copyOf(templated);
      folderAlbums = java.util.Set.copyOf(folderAlbums);
    }
  }

  public NoteFactory(Map<String, String> typeFolders, String defaultType, ZoneId zone) {
    this(typeFolders, defaultType, zone, null, ".html", Map.of(), "");
  }

  public NoteFactory(
      Map<String, String> typeFolders, String defaultType, ZoneId zone, String noExtensionPrefix) {
    this(typeFolders, defaultType, zone, noExtensionPrefix, ".html", Map.of(), "");
  }

  /**
   * @param noExtensionPrefix JBake's {@code uri.noExtension.prefix} when {@code uri.noExtension} is
   *     on (notes whose path starts with it get {@code name/index.html}), or null
   * @param extension JBake's {@code output.extension} of pages, e.g. {@code .html} or {@code .htm}
   * @param typeExtensions JBake's {@code template.<type>.extension}, for types that set their own
   * @param homeNote the path (relative to content) of the note that is the home page ({@code
   *     index.note}), or ""
   */
  public NoteFactory(
      Map<String, String> typeFolders,
      String defaultType,
      ZoneId zone,
      String noExtensionPrefix,
      String extension,
      Map<String, String> typeExtensions,
      String homeNote) {
    this(
        typeFolders,
        defaultType,
        zone,
        noExtensionPrefix,
        extension,
        typeExtensions,
        homeNote,
        Options.NONE);
  }

  private NoteFactory(
      Map<String, String> typeFolders,
      String defaultType,
      ZoneId zone,
      String noExtensionPrefix,
      String extension,
      Map<String, String> typeExtensions,
      String homeNote,
      Options options) {
    this.options = options;
    this.extension = extension;
    this.typeExtensions = Map.copyOf(typeExtensions);
    this.typeFolders = Map.copyOf(typeFolders);
    this.defaultType = defaultType.isBlank() ? "post" : defaultType;
    this.zone = zone;
    this.noExtensionPrefix =
        noExtensionPrefix == null || noExtensionPrefix.isBlank() ? null : noExtensionPrefix;
    this.homeNote = homeNote;
  }

  private NoteFactory with(Options changed) {
    return new NoteFactory(
        typeFolders,
        defaultType,
        zone,
        noExtensionPrefix,
        extension,
        typeExtensions,
        homeNote,
        changed);
  }

  /**
   * This factory, for a site whose templates render {@code types}: a note declaring another type
   * (Obsidian vaults use {@code type:} for their own kinds of note: idea, daily, 🧬concept) is
   * published as its folder's type or the default one, with a warning, instead of not at all.
   */
  public NoteFactory withTemplatesFor(java.util.Set<String> types) {
    return with(
        new Options(types, options.folderAlbums(), options.gitDates(), options.jbakeSite()));
  }

  /**
   * This factory, for a site where the folder pages {@code pages} name ({@code gallery/index.md},
   * by path) are albums of the photos beside them: such a page keeps its folder's type ({@code
   * gallery}) instead of being the folder's page, as a Hugo bundle's images are its page's.
   */
  public NoteFactory withFolderAlbums(java.util.Set<String> pages) {
    return with(new Options(options.templated(), pages, options.gitDates(), options.jbakeSite()));
  }

  /**
   * This factory, dating a note that names no date (nor holds one in its name, as a daily note
   * does) by the commit that added its file, before its modification time.
   */
  public NoteFactory withGitDates(GitDates dates) {
    return with(
        new Options(options.templated(), options.folderAlbums(), dates, options.jbakeSite()));
  }

  /**
   * This factory, for a JBake site ({@code content/} beside {@code jbake.properties}): JBake 2.7
   * baked its pages at their paths whatever a {@code slug=} line says, so such a line is no news to
   * its author; in a vault it is told ({@link #create}).
   */
  public NoteFactory forJBakeSite(boolean jbakeSite) {
    return with(
        new Options(options.templated(), options.folderAlbums(), options.gitDates(), jbakeSite));
  }

  /** {@code index} or Hugo's {@code _index}: a folder's own page when it is below the root. */
  private static boolean isFolderPageName(SourceFile file) {
    return file.name().equals("index") || file.name().equals("_index");
  }

  /**
   * The title of a note without one: its file's name; for a folder's page ({@code index.md} or
   * Hugo's {@code _index.md} below the root) its folder's name, as Quartz and Hugo title a folder
   * ({@code docs/shortcodes/_index.md} is "shortcodes", not "_index").
   */
  private static String untitled(SourceFile file) {
    String path = file.relativePath();
    int slash = path.lastIndexOf('/');
    if (slash < 0 || !isFolderPageName(file)) {
      return file.name();
    }
    String folder = path.substring(0, slash);
    return folder.substring(folder.lastIndexOf('/') + 1);
  }

  public Note create(SourceFile file, FrontMatter fm, String body, Diagnostics diagnostics) {
    String title = fm.string("title").filter(t -> !t.isBlank()).orElse(untitled(file));
    fm.value("title")
        .filter(v -> v instanceof Map || v instanceof List)
        .ifPresent(
            v ->
                diagnostics.warning(
                    file.relativePath(),
                    fm.line("title"),
                    1,
                    "title is a "
                        + (v instanceof Map ? "map" : "list")
                        + ", not text, so the page is titled \""
                        + title
                        + "\" after the file; write it as title: \"...\" (quote a title that"
                        + " holds a colon or starts with { or [)"));
    ZonedDateTime date =
        firstDate(fm, DATE_KEYS, file, diagnostics).orElseGet(() -> fallbackDate(file));
    ZonedDateTime updated =
        date(fm, "updated", file, diagnostics)
            .or(() -> date(fm, "modified", file, diagnostics))
            .orElse(null);
    List<String> tags = new ArrayList<>(fm.strings("tags"));
    tags.addAll(fm.strings("tag"));
    List<String> aliases = new ArrayList<>(fm.strings("aliases"));
    aliases.addAll(fm.strings("alias"));
    String uri = uri(file, fm, null);
    String type = type(file, fm, uri);
    java.util.Set<String> templated = options.templated();
    if (templated != null && !templated.contains(type)) {
      String instead = undeclaredType(file, uri);
      if (templated.contains(instead)) {
        diagnostics.add(
            org.notebake.diagnostics.Diagnostic.warning(
                    file.relativePath(), fm.line("type"), 1, untemplated(type, instead))
                .withRule(UntemplatedTypes.RULE));
        type = instead;
      }
    }
    Note note =
        new Note(file, fm, body, title, type, date, updated, tags, aliases, uri(file, fm, type));
    tellUnreadSlug(file, fm, note.uri(), diagnostics);
    return note;
  }

  /**
   * Tells a vault's note with a JBake header that its {@code slug=} line does not move its page
   * (the page keeps JBake's address, as on a JBake site, where the line is no news and not told).
   */
  private void tellUnreadSlug(
      SourceFile file, FrontMatter fm, String uri, Diagnostics diagnostics) {
    if (options.jbakeSite()
        || fm.format() != FrontMatter.Format.JBAKE
        || fm.string("slug").filter(slug -> !slug.isBlank()).isEmpty()) {
      return;
    }
    diagnostics.warning(
        file.relativePath(),
        fm.line("slug"),
        1,
        "slug= is not read in a JBake header (JBake 2.7 keeps a page at its file's path), so the"
            + " page stays at "
            + uri
            + "; to move it, rename the file, or write the header as YAML front matter (---,"
            + " slug: ..., ---)");
  }

  /**
   * The addresses a note's page would have by its path alone (not its permalink or slug): its
   * slugged path, and a JBake page's path as written ({@code blog/2017-09-16_Zion.html}). A link to
   * one of them where no page is names a note that is not published; the home note has none.
   */
  public List<String> pathAddresses(SourceFile file) {
    if (file.relativePath().equals(homeNote)) {
      return List.of();
    }
    String slugged = uri(file, FrontMatter.none(), null);
    String path = file.relativePath();
    String asWritten = path.substring(0, path.lastIndexOf('/') + 1) + file.name() + extension;
    return slugged.equals(asWritten) ? List.of(slugged) : List.of(slugged, asWritten);
  }

  /**
   * {@code essays/signals.html}, or with JBake's {@code uri.noExtension} and a path under its
   * prefix, {@code essays/signals/index.html} (served as {@code essays/signals/}).
   */
  private String uri(SourceFile file, FrontMatter fm, String type) {
    if (file.relativePath().equals(homeNote)) {
      return "index" + this.extension;
    }
    String extension =
        type == null ? this.extension : typeExtensions.getOrDefault(type, this.extension);
    String index = "index" + extension;
    String uri = fileUri(file, fm, extension);
    boolean underPrefix =
        noExtensionPrefix != null && ("/" + file.relativePath()).startsWith(noExtensionPrefix);
    if (!underPrefix || uri.endsWith("/" + index) || uri.equals(index)) {
      return uri;
    }
    return uri.substring(0, uri.length() - extension.length()) + "/" + index;
  }

  private static String untemplated(String type, String instead) {
    boolean key = type.matches("[A-Za-z0-9_-]+");
    return "type \""
        + type
        + "\" has no template, so the note is published as a "
        + instead
        + (key
            ? "; to give it its own, add template."
                + type
                + ".file="
                + type
                + ".ftlh to"
                + " jbake.properties"
            : "; a type names a template (template.<type>.file), so use letters, digits, - and _"
                + " in it to give it its own");
  }

  /** The declared type, else the type of its folder; the home page is a page, not a post. */
  private String type(SourceFile file, FrontMatter fm, String uri) {
    Optional<String> declared = fm.string("type").filter(t -> !t.isBlank());
    if (declared.isPresent()) {
      return declared.get().strip();
    }
    return undeclaredType(file, uri);
  }

  /**
   * A page for a folder's own page ({@code posts/index.md}, Hugo's {@code posts/_index.md}: what
   * the folder is, not one more essay in its feed) but for one that is an album of the photos
   * beside it ({@link #withFolderAlbums}), else the type of the note's folder, else a page for the
   * home page, else the default type.
   */
  private String undeclaredType(SourceFile file, String uri) {
    String path = file.relativePath();
    boolean folderPage = isFolderPageName(file);
    for (Map.Entry<String, String> folder : typeFolders.entrySet()) {
      if (path.startsWith(folder.getKey() + "/")) {
        // posts/_index.md is the folder's page; posts/trip/index.md one post, its folder a bundle
        // (Hugo's leaf bundle); posts/2024/_index.md a folder's page again (a branch bundle).
        boolean ownPage =
            file.name().equals("_index")
                || folderPage && path.lastIndexOf('/') == folder.getKey().length();
        return ownPage && !options.folderAlbums().contains(path) ? "page" : folder.getValue();
      }
    }
    return uri.equals("index" + extension) || folderPage ? "page" : defaultType;
  }

  /**
   * The keys a note's date is read from, the first one set winning: {@code date}, then the
   * spellings of "created" that vaults' templates and plugins write, then a publication date
   * (Quartz's and Hugo's {@code published}/{@code publishDate}, as the Web Clipper writes them).
   */
  private static final List<String> DATE_KEYS =
      List.of(
          "date",
          "created",
          "created-at",
          "created_at",
          "createdAt",
          "date created",
          "published",
          "publishDate",
          "publish_date");

  private Optional<ZonedDateTime> firstDate(
      FrontMatter fm, List<String> keys, SourceFile file, Diagnostics diagnostics) {
    for (String key : keys) {
      if (key.equals("published") && isYesOrNo(fm.value(key).orElse(null))) {
        continue; // Jekyll's published: false says whether, not when (PublishPolicy reads it)
      }
      Optional<ZonedDateTime> date = date(fm, key, file, diagnostics);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static boolean isYesOrNo(Object value) {
    return value instanceof Boolean
        || (value instanceof String text && text.strip().matches("(?i)true|false|yes|no"));
  }

  private Optional<ZonedDateTime> date(
      FrontMatter fm, String key, SourceFile file, Diagnostics diagnostics) {
    if (!fm.has(key)) {
      return Optional.empty();
    }
    try {
      Optional<ZonedDateTime> value = fm.dateTime(key, zone);
      if (value.isEmpty()) {
        diagnostics.warning(file.relativePath(), fm.line(key), 1, badDate(key, fm));
      }
      return value;
    } catch (DateTimeParseException | IllegalArgumentException e) {
      diagnostics.warning(file.relativePath(), fm.line(key), 1, badDate(key, fm));
      return Optional.empty();
    }
  }

  private static String badDate(String key, FrontMatter fm) {
    return key
        + ": \""
        + fm.string(key).orElse("")
        + "\" is not a date; "
        + "write it as 2025-07-01 or 2025-07-01T09:30 (it is ignored)";
  }

  /**
   * A daily note's name holds its date; otherwise the commit that added the file, in a git
   * repository; otherwise the file's modification time.
   */
  private ZonedDateTime fallbackDate(SourceFile file) {
    Matcher m = DATE_IN_NAME.matcher(file.name());
    if (m.find()) {
      try {
        return LocalDate.parse(m.group(1)).atStartOfDay(zone);
      } catch (DateTimeParseException e) {
        // Not a real date after all ("2025-13-45 ideas"): fall through to the file time.
      }
    }
    java.util.Optional<java.time.Instant> committed = options.gitDates().added(file.relativePath());
    if (committed.isPresent()) {
      return committed.get().atZone(zone);
    }
    try {
      return Files.getLastModifiedTime(file.path()).toInstant().atZone(zone);
    } catch (IOException e) {
      return ZonedDateTime.ofInstant(java.time.Instant.EPOCH, zone);
    }
  }

  /**
   * {@code permalink} (a site path: {@code /work/signals} or {@code /work/signals/}) wins, then
   * {@code slug} (replaces the file name; not in a JBake header), then the file's own path, each
   * part slugged.
   */
  private static String fileUri(SourceFile file, FrontMatter fm, String extension) {
    Optional<String> permalink = permalink(fm);
    if (permalink.isPresent()) {
      String p = permalink.get().strip();
      String path = Slugs.path(p.replaceAll("\\.html?$", ""));
      if (path.equals("untitled") || path.isEmpty()) {
        return "index" + extension;
      }
      return p.endsWith("/") ? path + "/index" + extension : path + extension;
    }
    String rel = file.relativePath();
    int slash = rel.lastIndexOf('/');
    Optional<String> slug = slug(fm);
    if (fm.format() == FrontMatter.Format.JBAKE) {
      String folder = slash < 0 ? "" : rel.substring(0, slash + 1);
      if (keepsItsCase(folder + file.name())) {
        return folder + file.name() + extension;
      }
    }
    String folder = slash < 0 ? "" : Slugs.path(rel.substring(0, slash)) + "/";
    return folder + Slugs.segment(slug.orElse(sectionAsIndex(file.name()))) + extension;
  }

  /**
   * Hugo's {@code _index.md} is its folder's own page ({@code posts/_index.md} is {@code /posts/},
   * the content one the home page), as {@code index.md} is in Quartz and here.
   */
  private static String sectionAsIndex(String name) {
    return name.equals("_index") ? "index" : name;
  }

  /**
   * {@code permalink}, else Hugo's {@code url} when it is a path from the site's root ({@code url:
   * /commands/hugo_server/}; a vault's bookmark note writes {@code url: https://...}, the page it
   * saved, which is no address of the note), else what the Obsidian Digital Garden plugin writes
   * for it: {@code dg-permalink}, and {@code dg-home: true} for the home page ({@code /}).
   */
  private static Optional<String> permalink(FrontMatter fm) {
    Optional<String> permalink = fm.string("permalink").filter(p -> !p.isBlank());
    if (permalink.isPresent()) {
      return permalink;
    }
    Optional<String> hugo =
        fm.string("url").map(String::strip).filter(u -> u.startsWith("/") && !u.startsWith("//"));
    if (hugo.isPresent()) {
      return hugo;
    }
    Optional<String> garden = fm.string("dg-permalink").filter(p -> !p.isBlank());
    if (garden.isPresent()) {
      return garden;
    }
    return fm.bool("dg-home").filter(home -> home).map(home -> "/");
  }

  /**
   * The words a note's address is made of before they are slugged: its permalink, else its folders
   * and its slug or file name ({@code people/avery.quinn@example.org}). A slug turns {@code @} into
   * {@code -}, so an address in a file name no longer reads as one in the page's path: the privacy
   * gate reads these words instead.
   */
  public static String addressWords(SourceFile file, FrontMatter fm) {
    Optional<String> permalink = permalink(fm);
    if (permalink.isPresent()) {
      return permalink.get().strip();
    }
    String rel = file.relativePath();
    int slash = rel.lastIndexOf('/');
    String folder = slash < 0 ? "" : rel.substring(0, slash + 1);
    return folder + slug(fm).orElse(file.name());
  }

  /**
   * The {@code slug} that replaces a note's file name in its address; none in a JBake header, as
   * JBake 2.7 reads no such key and keeps the page at its file's path ({@code
   * notes/install_notes.html}, where links from elsewhere point).
   */
  private static Optional<String> slug(FrontMatter fm) {
    if (fm.format() == FrontMatter.Format.JBAKE) {
      return Optional.empty();
    }
    return fm.string("slug").filter(s -> !s.isBlank());
  }

  /**
   * A JBake site's page keeps the address JBake gave it ({@code blog/2017-09-16_Zion.html},
   * capitals and all), so links to it from elsewhere still work after the move, where the path is
   * already one a slug would give but for its case; any other name is slugged as a note's is.
   */
  private static boolean keepsItsCase(String path) {
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || !Slugs.segment(part).equals(part.toLowerCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }
}
