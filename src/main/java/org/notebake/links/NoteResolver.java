package org.notebake.links;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.markdown.obsidian.EmbedResolution;
import org.notebake.markdown.obsidian.LinkRequest;
import org.notebake.markdown.obsidian.LinkResolution;
import org.notebake.markdown.obsidian.ObsidianResolver;
import org.notebake.publish.Note;
import org.notebake.text.Slugs;
import org.notebake.vault.SourceFile;

/**
 * Answers the Markdown renderer's questions about one note's links and embeds, knowing only
 * published notes. A link to a missing or private note becomes plain text and a diagnostic at the
 * link's position; an embed of a private note is an error and renders nothing of it.
 */
public final class NoteResolver implements ObsidianResolver {
  /** Embeds deeper than this render as a link, as Digital Garden and Obsidian Publish do. */
  public static final int MAX_DEPTH = 4;

  private static final Set<String> AUDIO = Set.of("mp3", "wav", "ogg", "m4a", "flac", "opus");
  private static final Set<String> VIDEO = Set.of("mp4", "webm", "ogv", "mov", "mkv");

  /** Photos: what an alt text is required for (not icons or diagrams drawn as SVG). */
  private static final Set<String> PHOTOS = Set.of("jpg", "jpeg", "png", "webp");

  private static final Set<String> IMAGES =
      Set.of("png", "jpg", "jpeg", "gif", "webp", "svg", "avif", "bmp", "tif", "tiff", "heic");

  /**
   * Renders another note's body for a transclusion, links relative to the host page: all of it, or
   * only what the section under {@code fragment} needs (null for the whole note).
   */
  public interface Transcluder {
    String render(Note note, String fragment, String hostUri, List<Embedding> stack);
  }

  private final SiteIndex index;
  private final Note note;
  private final String fragment;
  private final String hostUri;
  private final List<Embedding> stack;
  private final Diagnostics diagnostics;
  private final Consumer<Attachment> used;
  private final Transcluder transcluder;

  /** How many notes this note's rendering has embedded so far. */
  private int embeds;

  private final String tagPath;
  private final String extension;
  private final SiteAddress address;

  /**
   * @param note the note whose Markdown is rendered
   * @param fragment the heading whose section of the note is embedded, or null for all of it
   * @param hostUri the page it appears on (its own, or the page embedding it)
   * @param stack the embeds above it, outermost first (empty for a page's own body)
   * @param used told about every attachment the note references, so it gets published
   * @param tagPath the folder of the tag pages ({@code tag.path}), or null when the site makes none
   *     ({@code render.tags=false}): a {@code #tag} is then text, linking nowhere
   * @param address the site's own address: a link written with it is one from the site's root
   */
  public NoteResolver(
      SiteIndex index,
      Note note,
      String fragment,
      String hostUri,
      List<Embedding> stack,
      Diagnostics diagnostics,
      Consumer<Attachment> used,
      Transcluder transcluder,
      String tagPath,
      String extension,
      SiteAddress address) {
    this.index = index;
    this.note = note;
    this.fragment = fragment;
    this.hostUri = hostUri;
    this.stack = List.copyOf(stack);
    this.diagnostics = diagnostics;
    this.used = used;
    this.transcluder = transcluder;
    this.tagPath = tagPath;
    this.extension = extension;
    this.address = address;
  }

  @Override
  public String sitePath(String written) {
    return address.sitePath(written).orElse(null);
  }

  @Override
  public boolean namesNote(String target) {
    return index.findNote(target, note).isPresent() || index.isPrivateNote(target, note);
  }

  @Override
  public String tagHref(String tag) {
    if (tagPath == null) {
      return null;
    }
    return Hrefs.relative(hostUri, tagPath + "/" + Slugs.tag(tag) + extension);
  }

  @Override
  public LinkResolution resolveLink(LinkRequest request) {
    String shown = request.alias() == null || request.alias().isBlank() ? null : request.alias();
    if (request.target().isEmpty()) {
      // Embedded in another page, [[#Heading]] still means this note's heading, which the host
      // page may not hold (only a section of the note is embedded there): Obsidian opens the note.
      String page = note.uri().equals(hostUri) ? "" : Hrefs.relative(hostUri, note.uri());
      String id = fragmentId(note, request, request.fragment());
      return new LinkResolution.Resolved(
          id == null ? page : page + "#" + id, shown != null ? shown : display(request));
    }
    Optional<NoteLookup.Found<Note>> target = index.findNote(request.target(), note);
    if (target.isPresent()) {
      Note found = warnIfAmbiguous(target.get(), request);
      String id =
          request.fragment() == null ? null : fragmentId(found, request, request.fragment());
      String href = Hrefs.relative(hostUri, found.uri()) + (id == null ? "" : "#" + id);
      return new LinkResolution.Resolved(href, shown != null ? shown : display(request, found));
    }
    Optional<String> tag = tagOf(request);
    if (tag.isPresent() && index.hasTagPage(tag.get())) {
      // Quartz's link to a tag's page: [[tags/plugin]] (no note of that name, as above).
      return new LinkResolution.Resolved(
          tagHref(tag.get()), shown != null ? shown : display(request));
    }
    Optional<String> folder =
        isNoteReference(request.target()) ? index.folder(request.target(), note) : Optional.empty();
    Optional<Note> page = folder.flatMap(index::folderPage);
    if (page.isPresent()) {
      String id =
          request.fragment() == null ? null : fragmentId(page.get(), request, request.fragment());
      return new LinkResolution.Resolved(
          Hrefs.relative(hostUri, page.get().uri()) + (id == null ? "" : "#" + id),
          shown != null ? shown : display(request, page.get()));
    }
    if (folder.isPresent() && !request.target().startsWith("/")) {
      // From the root, the page's link check decides: the templates make pages there (/tags/).
      warning(
          request,
          "link target \""
              + request.target()
              + "\" is the folder "
              + folder.get()
              + ", which has no page of its own; link a note in it, or give it an index.md",
          "link.unresolved");
      return new LinkResolution.Unresolved(shown != null ? shown : display(request));
    }
    Optional<NoteLookup.Found<Attachment>> file = index.findAttachment(request.target(), note);
    if (file.isPresent() && !isNoteReference(request.target())) {
      used.accept(warnIfAmbiguousFile(file.get(), request));
      String name = request.target().substring(request.target().lastIndexOf('/') + 1);
      return new LinkResolution.Resolved(
          Hrefs.relative(hostUri, file.get().value().uri()), shown != null ? shown : name);
    }
    String path = request.target();
    boolean markdownFile = extension(path).equals("md") || extension(path).equals("markdown");
    if (path.startsWith("/") && !markdownFile && !index.isPrivateNote(path, note)) {
      // A path from the site root: an asset, a page the templates make (/archive.html) or nothing;
      // the page's link check knows every output and reports a path that exists nowhere. A .md
      // file from the vault's root (Obsidian writes them so) is a note, found above or missing.
      return toPageCheck(path.substring(1), request, shown);
    }
    if (!request.wiki()
        && SITE_FILES.contains(extension(path))
        && !index.isPrivateNote(path, note)) {
      // A page the templates make, written relative to this note's page as JBake sites write it
      // ([home](../index.html), [feed](../feed.xml)): the page's link check decides, as above. A
      // wikilink names a note or file of the vault, as in Obsidian: [[manifest.xml]] is missing.
      return toPageCheck(NoteLookup.join(SiteIndex.folderOf(note.uri()), path), request, shown);
    }
    reportMissing(request, false);
    return new LinkResolution.Unresolved(shown != null ? shown : display(request));
  }

  /** The tag a wikilink to its page names ({@code plugin} of {@code [[tags/plugin]]}), if any. */
  private Optional<String> tagOf(LinkRequest request) {
    if (tagPath == null || !request.wiki()) {
      return Optional.empty();
    }
    String target = request.target();
    target = target.startsWith("/") ? target.substring(1) : target;
    String prefix = tagPath + "/";
    return target.startsWith(prefix) && target.length() > prefix.length()
        ? Optional.of(target.substring(prefix.length()))
        : Optional.empty();
  }

  /** A link to {@code address} (from the site root) as written, for the page's link check. */
  private LinkResolution toPageCheck(String address, LinkRequest request, String shown) {
    String fragment = request.fragment() == null ? "" : "#" + request.fragment();
    String path = request.target();
    return new LinkResolution.Resolved(
        Hrefs.relative(hostUri, address) + fragment,
        shown != null ? shown : path.substring(path.lastIndexOf('/') + 1));
  }

  /** The types of the files the templates write besides notes' pages: index, feeds, sitemap. */
  private static final java.util.Set<String> SITE_FILES =
      java.util.Set.of("html", "htm", "xml", "json", "txt");

  @Override
  public EmbedResolution resolveEmbed(LinkRequest request) {
    Optional<String> drawing =
        index.otherFile(request.target(), note).filter(SourceFile::isDrawing);
    if (drawing.isPresent()) {
      return embedDrawing(request, drawing.get());
    }
    String ext = extension(request.target());
    if (!ext.isEmpty() && !ext.equals("md")) {
      return embedFile(request, ext);
    }
    Optional<NoteLookup.Found<Note>> target =
        request.target().isEmpty()
            ? Optional.of(new NoteLookup.Found<>(note, List.of()))
            : index.findNote(request.target(), note);
    if (target.isEmpty()) {
      reportMissing(request, true);
      return new EmbedResolution.Unresolved(display(request));
    }
    return transclude(warnIfAmbiguous(target.get(), request), request);
  }

  private EmbedResolution embedFile(LinkRequest request, String ext) {
    Optional<NoteLookup.Found<Attachment>> file = index.findAttachment(request.target(), note);
    if (file.isEmpty() && request.target().startsWith("/") && index.isAsset(request.target())) {
      return embedAsset(request, ext, request.target().substring(1));
    }
    if (file.isEmpty() && !request.target().startsWith("/")) {
      // A JBake site's ![Icon](img/icon.png): relative to the page, a file of its assets.
      String fromPage = NoteLookup.join(SiteIndex.folderOf(note.uri()), request.target());
      if (!fromPage.isEmpty() && index.isAsset(fromPage)) {
        return embedAsset(request, ext, fromPage);
      }
    }
    if (file.isEmpty() && index.isWithheldFile(request.target())) {
      warning(
          request,
          "embedded photo \""
              + request.target()
              + "\" is private (its sidecar or its album's photos: list opts out of publishing), so"
              + " it is left out; remove the embed, or publish the photo",
          "link.private");
      return new EmbedResolution.Unresolved("");
    }
    if (file.isEmpty()) {
      Optional<String> other = index.otherFile(request.target(), note);
      String why =
          other
              .map(this::whyNot)
              .or(
                  () ->
                      movedFile(request.target())
                          .map(
                              path ->
                                  "is not there; a file of that name is "
                                      + path
                                      + ": fix the path"))
              .orElse(missing(ext));
      // A file that is missing shows as its name, with a warning, as Obsidian Publish and Quartz
      // show it (real vaults' pasted images never committed stopped their whole bakes); a Git LFS
      // pointer is a clone's mistake, which an error keeps from being deployed.
      String message = "embedded file \"" + request.target() + "\" " + why;
      if (other.filter(index::isLfsPointer).isPresent()) {
        error(request, message, "embed.unresolved");
      } else {
        warning(request, message, "embed.unresolved");
      }
      return new EmbedResolution.Unresolved(display(request));
    }
    Attachment attachment = warnIfAmbiguousFile(file.get(), request);
    used.accept(attachment);
    String src = Hrefs.relative(hostUri, attachment.uri());
    if (IMAGES.contains(ext)) {
      return described(
          EmbedOptions.image(src, request, attachment.source().name()), attachment, request);
    }
    if (AUDIO.contains(ext)) {
      return new EmbedResolution.Media("audio", src);
    }
    if (VIDEO.contains(ext)) {
      return new EmbedResolution.Media("video", src);
    }
    String name = attachment.source().relativePath();
    return new EmbedResolution.Download(src, name.substring(name.lastIndexOf('/') + 1));
  }

  /**
   * A photo embedded without alt text takes the one its sidecar or album gives; with none, it is a
   * warning naming the photo and where to write it. The file name is never read out instead.
   */
  private EmbedResolution described(
      EmbedResolution.Image image, Attachment photo, LinkRequest request) {
    if (!image.alt().isEmpty() || !PHOTOS.contains(photo.extension().toLowerCase(Locale.ROOT))) {
      return image;
    }
    Optional<String> alt = index.altText(photo);
    if (alt.isPresent()) {
      return new EmbedResolution.Image(image.src(), alt.get(), image.width(), image.height());
    }
    String path = photo.source().relativePath();
    String name = path.substring(path.lastIndexOf('/') + 1);
    // The size the embed gives stays in the fix: ![[photo.jpg|what the photo shows|300]].
    String size = image.width() == null ? "" : "|" + request.alias().strip();
    warning(
        request,
        "the photo \""
            + name
            + "\" has no alt text, so people who cannot see it learn nothing from it; write \""
            + (request.wiki()
                ? "![[" + request.target() + "|what the photo shows" + size + "]]"
                : "![what the photo shows" + size + "](" + request.target() + ")")
            + "\" or alt: in a sidecar \""
            + path
            + ".md\"",
        "image.alt");
    return image;
  }

  /** {@code ![x](/img/a.png)}: a file of the site's assets, copied to the site root. */
  /** An embed of the site's asset at {@code path} (relative to the site root). */
  private EmbedResolution embedAsset(LinkRequest request, String ext, String path) {
    String src = Hrefs.relative(hostUri, path);
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (IMAGES.contains(ext)) {
      return EmbedOptions.image(src, request, name);
    }
    if (AUDIO.contains(ext)) {
      return new EmbedResolution.Media("audio", src);
    }
    if (VIDEO.contains(ext)) {
      return new EmbedResolution.Media("video", src);
    }
    return new EmbedResolution.Download(src, name);
  }

  private EmbedResolution transclude(Note target, LinkRequest request) {
    if (outsideSection(request.line())) {
      // Only a section of this note is embedded; what lies outside it is cut away unseen.
      return new EmbedResolution.Unresolved("");
    }
    if (index.isDraft(target) && !index.isDraft(note)) {
      // serve --drafts shows a published page as it would be with its drafts published; but a
      // bake refuses this embed, and the preview showed the draft's text there without a word.
      warning(
          request,
          "embed target \""
              + request.target()
              + "\" is a draft: this preview shows it here, but a bake refuses the embed until it"
              + " is published (publish: true)",
          "embed.private");
    }
    String id = null;
    if (request.fragment() != null) {
      // First: an embed of a heading or block the note lacks shows nothing, so it cannot lead
      // back; said as the missing section it is, not as a cycle through the whole note.
      id = fragmentId(target, request, request.fragment(), true);
      if (id == null) {
        return new EmbedResolution.Unresolved(display(request));
      }
    }
    List<Embedding> chain = new ArrayList<>(stack);
    chain.add(new Embedding(note, fragment, request.line()));
    int cycleStart = cycleStart(chain, target, request.fragment());
    if (cycleStart >= 0) {
      error(
          request,
          "embed cycle: "
              + cycle(chain.subList(cycleStart, chain.size()), target, request.fragment())
              + "; remove one of these embeds");
      return new EmbedResolution.Unresolved(display(request));
    }
    String href = Hrefs.relative(hostUri, target.uri());
    if (chain.size() >= MAX_DEPTH) {
      diagnostics.warning(
          note.path(),
          request.line(),
          request.column(),
          "embeds nest deeper than "
              + MAX_DEPTH
              + " levels; \""
              + target.title()
              + "\" is shown as a link instead");
      return new EmbedResolution.Download(href, target.title());
    }
    String title = target.title();
    // A block's lines are known as a section's are, so embeds outside it are cut away unseen too.
    String section = id == null ? null : request.fragment();
    String html = transcluder.render(target, section, hostUri, chain);
    if (id != null) {
      html = Sections.extract(html, id);
      href = href + "#" + id;
      title = title + " › " + shownFragment(request.fragment());
    }
    // Numbered in the order the note embeds them; a nested embed is numbered again inside.
    html = EmbeddedIds.scope(html, "--embed-" + ++embeds);
    return new EmbedResolution.Transclusion(href, title, html);
  }

  /** True if this note is rendered for one section only and {@code line} lies outside it. */
  private boolean outsideSection(int line) {
    if (fragment == null || line <= 0) {
      return false;
    }
    return index
        .sectionLines(note, fragment)
        .map(lines -> line < lines[0] || line > lines[1])
        .orElse(false);
  }

  /**
   * Where in {@code chain} a cycle starts if {@code target} (or its section {@code targetFragment})
   * is embedded now, or -1. Rendering the target again follows only the embeds inside what it
   * embeds: a cycle exists when one of them is an embed already on the chain, so {@code ![[#Log
   * in]]} of the same note is fine unless the "Log in" section itself leads back.
   */
  private int cycleStart(List<Embedding> chain, Note target, String targetFragment) {
    Optional<int[]> lines =
        targetFragment == null ? Optional.empty() : index.sectionLines(target, targetFragment);
    for (int i = 0; i < chain.size(); i++) {
      Embedding step = chain.get(i);
      if (!step.note().equals(target)) {
        continue;
      }
      int line = step.line();
      if (lines.isEmpty() || line <= 0 || (line >= lines.get()[0] && line <= lines.get()[1])) {
        return i;
      }
    }
    return -1;
  }

  private static String cycle(List<Embedding> steps, Note target, String targetFragment) {
    List<String> names = new ArrayList<>();
    for (Embedding step : steps) {
      names.add(step.note().path() + (step.fragment() == null ? "" : "#" + step.fragment()));
    }
    names.add(target.path() + (targetFragment == null ? "" : "#" + targetFragment));
    return String.join(" → ", names);
  }

  /** "H1 › H2" for a heading path "H1#H2", a block id without its '^'. */
  private static String shownFragment(String fragment) {
    return fragment.replaceFirst("^\\^", "").replaceAll("\\s*#\\s*", " › ").strip();
  }

  /** The element id a fragment points at, or null (with a diagnostic) when the note has none. */
  private String fragmentId(Note target, LinkRequest request, String fragment) {
    return fragmentId(target, request, fragment, false);
  }

  /** As above; {@code embed}: for an embed, which shows nothing without the fragment's part. */
  private String fragmentId(Note target, LinkRequest request, String fragment, boolean embed) {
    if (fragment == null || fragment.isBlank()) {
      return null;
    }
    Optional<String> id = index.anchor(target, fragment);
    if (id.isEmpty()) {
      warnFragment(
          request,
          target,
          fragment.startsWith("^") ? "block " + fragment : "heading \"" + fragment + "\"",
          embed);
    }
    return id.orElse(null);
  }

  private void warnFragment(LinkRequest request, Note target, String what, boolean embed) {
    warning(
        request,
        "\""
            + target.title()
            + "\" has no "
            + what
            + (embed
                ? "; the embed shows nothing of the note. "
                : "; the link goes to the top of the note. ")
            + "Fix the "
            + (what.startsWith("block") ? "block id" : "heading")
            + (embed ? " in the embed" : " in the link"),
        "link.anchor");
  }

  private Note warnIfAmbiguous(NoteLookup.Found<Note> found, LinkRequest request) {
    return warnIfAmbiguous(found, request, "notes", found.value().path());
  }

  /** Two files of one name, neither next to the note nor in its attachment folder. */
  private Attachment warnIfAmbiguousFile(NoteLookup.Found<Attachment> found, LinkRequest request) {
    return warnIfAmbiguous(found, request, "files", found.value().source().relativePath());
  }

  private <T> T warnIfAmbiguous(
      NoteLookup.Found<T> found, LinkRequest request, String what, String chosen) {
    if (!found.others().isEmpty()) {
      warning(
          request,
          "\""
              + request.target()
              + "\" matches several "
              + what
              + "; using "
              + chosen
              + " (shortest path), not "
              + String.join(", ", found.others())
              + ". Write the folder in the link to choose another",
          "link.ambiguous");
    }
    return found.value();
  }

  private void reportMissing(LinkRequest request, boolean embed) {
    String kind = embed ? "embed" : (request.wiki() ? "wikilink" : "link");
    Optional<String> unreadable = index.unreadableNote(request.target(), note);
    if (unreadable.isPresent()) {
      String message =
          kind
              + " target \""
              + request.target()
              + "\" is a note that cannot be read (permission denied), so it is not published and "
              + (embed
                  ? "nothing of it is rendered. Make it readable (check its permissions) or remove"
                      + " the embed"
                  : "the link is shown as plain text. Make it readable (check its permissions) or"
                      + " remove the link");
      if (embed) {
        error(request, message, "embed.unreadable");
      } else {
        warning(request, message, "link.unreadable");
      }
      return;
    }
    if (index.isPrivateNote(request.target(), note)) {
      String message =
          kind
              + " target \""
              + request.target()
              + "\" is a private note; "
              + (embed
                  ? "nothing of it is rendered. Publish it (publish: true) or remove the embed"
                  : "the link is shown as plain text. Publish it (publish: true) or remove the link");
      if (embed) {
        error(request, message, "embed.private");
      } else {
        warning(request, message, "link.private");
      }
      return;
    }
    if (index.isWithheldFile(request.target())) {
      String message =
          kind
              + " target \""
              + request.target()
              + "\" is a private photo (its sidecar or its album's photos: list opts out of"
              + " publishing); "
              + (embed
                  ? "it is left out. Remove the embed, or publish the photo"
                  : "the link is shown as plain text. Remove the link, or publish the photo");
      warning(request, message, "link.private");
      return;
    }
    Optional<String> other = index.otherFile(request.target(), note);
    if (other.isPresent()) {
      String message = kind + " target \"" + request.target() + "\" " + whyNot(other.get());
      if (embed) {
        warning(request, message, "embed.unresolved");
      } else {
        warning(request, message, "link.unresolved");
      }
      return;
    }
    String target = request.target();
    String hint =
        misWritten(target)
            .or(
                () ->
                    webAddress(target)
                        .map(address -> "; it looks like a web address: write https://" + address))
            .or(
                () ->
                    moved(target)
                        .or(() -> movedFile(target).map(path -> "a file of that name is " + path))
                        .map(found -> "; " + found + ": fix the path"))
            .or(
                () ->
                    tagOf(request)
                        .map(
                            tag ->
                                "; a link finds the page of a tag (#"
                                    + tag
                                    + ") that a published note carries, in its front matter"
                                    + " (tags: ...) or its text, and only with render.tags on"))
            .or(() -> index.suggest(target).map(s -> "; did you mean \"" + shown(s) + "\"?"))
            .orElse("; create the note or fix the link");
    String message = kind + " target \"" + shown(target) + "\" matches no published note" + hint;
    if (embed) {
      warning(request, message, "embed.unresolved");
    } else {
      warning(request, message, "link.unresolved");
    }
  }

  private static final java.util.regex.Pattern WIKILINK_AS_TARGET =
      java.util.regex.Pattern.compile("\\[\\[([^\\]|]+)(?:\\|[^\\]]*)?\\]\\]");

  /**
   * How a Markdown link's target was written wrong, seen in real vaults: a wikilink inside its
   * parentheses ({@code [text]([[Note|alias]])}), or an address in quotes ({@code
   * [text]('https://…')}).
   */
  static Optional<String> misWritten(String target) {
    java.util.regex.Matcher wiki = WIKILINK_AS_TARGET.matcher(target);
    if (wiki.matches()) {
      String name = wiki.group(1).strip();
      return Optional.of(
          "; it is a wikilink inside a Markdown link: write [["
              + name
              + "|text]] or [text]("
              + name.replace(" ", "%20")
              + ")");
    }
    if (target.length() > 2) {
      char first = target.charAt(0);
      char last = target.charAt(target.length() - 1);
      if ((first == '\'' || first == '"') && last == first) {
        return Optional.of(
            "; it is in quotes: write the address without them ("
                + target.substring(1, target.length() - 1)
                + ")");
      }
    }
    return Optional.empty();
  }

  /**
   * A name as a diagnostic shows it: a space other than the plain one, or an invisible formatting
   * character, as {@code \\u00a0}, so that a target and a suggestion that look alike show how they
   * differ.
   */
  static String shown(String name) {
    StringBuilder out = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            c -> {
              int type = Character.getType(c);
              // Control characters are the printer's to escape, for the terminal and JSON alike.
              boolean lookalike =
                  c != ' ' && (type == Character.SPACE_SEPARATOR || type == Character.FORMAT);
              if (lookalike) {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /**
   * An embed of an Excalidraw drawing shows the picture the plugin exports beside it ({@code
   * Board.excalidraw.svg}, {@code .png}, or {@code Board.svg}, {@code .png}; the {@code .light} one
   * of a pair), as Obsidian Publish does; without one it is an error that says how to get one.
   */
  private EmbedResolution embedDrawing(LinkRequest request, String drawing) {
    String folder = SiteIndex.folderOf(drawing);
    String base = drawing.substring(drawing.lastIndexOf('/') + 1).replaceFirst("(?i)\\.md$", "");
    String stem = base.replaceFirst("(?i)\\.excalidraw$", "");
    List<String> exports = new java.util.ArrayList<>();
    for (String name : List.of(base, stem)) {
      // The plugin's export, and its light one when it exports a dark and a light picture.
      for (String type : List.of(".svg", ".light.svg", ".png", ".light.png")) {
        exports.add(name + type);
      }
    }
    for (String exported : exports) {
      Optional<Attachment> picture = index.attachmentAt(folder, exported);
      if (picture.isPresent()) {
        String path = picture.get().source().relativePath();
        return embedFile(
            new LinkRequest(
                "/" + path,
                null,
                request.alias(),
                request.wiki(),
                request.line(),
                request.column()),
            extension(path));
      }
    }
    warning(
        request,
        "embedded file \"" + request.target() + "\" " + whyNot(drawing),
        "embed.unresolved");
    return new EmbedResolution.Unresolved(display(request));
  }

  /**
   * What an embed of a file found nowhere hears. A base or canvas would not be rendered even if it
   * were found (kepano's vault keeps its bases in the templates folder, which is never scanned), so
   * fixing its name would not help.
   */
  private static String missing(String type) {
    if (type.equals("canvas") || type.equals("base")) {
      return "is an Obsidian "
          + type
          + ", which notebake does not render (nor is a file of that name in the folders it reads:"
          + " templates and ignored folders are left out); link a note instead, or export it as"
          + " an image and embed that";
    }
    return "is not in the vault; fix the name or add the file next to the note or in the"
        + " attachment folder";
  }

  /** What a link that found {@code path}, a file the vault holds but does not publish, hears. */
  private String whyNot(String path) {
    if (SourceFile.isDrawing(path)) {
      return "is "
          + path
          + ", an Excalidraw drawing, which notebake does not render: turn on the Excalidraw"
          + " plugin's Auto-export SVG (it writes the picture beside the drawing) and bake again";
    }
    return index.isLfsPointer(path)
        ? "is "
            + path
            + ", a Git LFS pointer, not the file itself; run git lfs pull in the vault, then bake"
            + " again"
        : unpublished(path);
  }

  /**
   * What a link that found {@code path}, a file of a type the notes' folders do not publish, hears.
   */
  private static String unpublished(String path) {
    Optional<String> markup = SourceFile.unrenderedMarkup(path);
    if (markup.isPresent()) {
      return unrendered(path, markup.get());
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    String type = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    String what = type.isEmpty() ? "a file without an extension" : "a ." + type + " file";
    if (type.equals("canvas") || type.equals("base")) {
      return "is "
          + path
          + ", an Obsidian "
          + type
          + ", which notebake does not render; link a note instead, or export it as an image and"
          + " embed that";
    }
    if (Hrefs.servedAsItIs(type)) {
      return "is "
          + path
          + ", "
          + what
          + ", which is published only from the site's assets/ folder (assets/"
          + name
          + " is served at /"
          + name
          + "): move it there and link to /"
          + name;
    }
    return "is "
        + path
        + ", "
        + what
        + ", a type notebake does not publish from the notes' folders (notes, pictures,"
        + " documents, audio and video only); to publish it as it is, put it in the site's assets/"
        + " folder and link to it from the site root";
  }

  /**
   * What a link that found {@code path}, a page in {@code markup} that the scan skipped, hears: a
   * JBake site's AsciiDoc pages were JBake's to render.
   */
  private static String unrendered(String path, String markup) {
    String article = "AEIOU".indexOf(markup.charAt(0)) >= 0 ? "an " : "a ";
    String how =
        markup.equals("AsciiDoc")
            ? " (JBake renders it with AsciidoctorJ); convert it to Markdown or link to its"
                + " published address"
            : "; convert it to Markdown";
    return "is " + path + ", " + article + markup + " page, which notebake does not render" + how;
  }

  /** A host name under a common top-level domain, as a link without its https:// is written. */
  private static final java.util.regex.Pattern WEB_ADDRESS =
      java.util.regex.Pattern.compile(
          "(?:www\\.)?(?:[A-Za-z0-9-]+\\.)+(?:com|org|net|io|dev|ai|co|edu|gov|app|me|info)(?:[/?#].*)?",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** {@code offsec.com}, {@code www.example.org/x}: a web address written without its scheme. */
  private static Optional<String> webAddress(String target) {
    return WEB_ADDRESS.matcher(target).matches() ? Optional.of(target) : Optional.empty();
  }

  /**
   * For a target with a folder that names no note ({@code /networking/OSI/MAC-addresses.md}), the
   * published notes its file name alone finds, the one sharing most of its folders first: a note
   * moved since the link was written.
   */
  private Optional<String> moved(String target) {
    String path = target.replace('\\', '/');
    String name = SiteIndex.withoutNoteType(path.substring(path.lastIndexOf('/') + 1));
    if (path.indexOf('/') < 0 || name.isEmpty()) {
      return Optional.empty();
    }
    Optional<NoteLookup.Found<Note>> found = index.findNote(name, note);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    List<String> paths = new java.util.ArrayList<>();
    paths.add(SiteIndex.withoutExtension(found.get().value().path())); // as others are
    paths.addAll(found.get().others());
    // Notes of that file name, not those an alias of that name finds.
    String key = NoteLookup.key(name);
    paths.removeIf(p -> !NoteLookup.key(p.substring(p.lastIndexOf('/') + 1)).equals(key));
    String wanted = path.startsWith("/") ? path.substring(1) : path;
    paths.sort(
        java.util.Comparator.comparingInt((String p) -> -sharedPrefix(p, wanted))
            .thenComparing(p -> p));
    if (paths.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        paths.size() == 1
            ? "the note " + paths.get(0) + " has that name"
            : "notes of that name: "
                + String.join(", ", paths.subList(0, Math.min(3, paths.size()))));
  }

  /**
   * For a file's path that names nothing ({@code ../../pics/a.png}), the path of the file its name
   * alone finds (the one nearest the note when several have it): a file moved since.
   */
  private Optional<String> movedFile(String target) {
    String path = target.replace('\\', '/');
    String name = path.substring(path.lastIndexOf('/') + 1);
    if (path.indexOf('/') < 0 || name.isEmpty()) {
      return Optional.empty();
    }
    return index.findAttachment(name, note).map(found -> found.value().source().relativePath());
  }

  private static int sharedPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }

  private void error(LinkRequest request, String message) {
    diagnostics.error(note.path(), request.line(), request.column(), message);
  }

  private void error(LinkRequest request, String message, String rule) {
    diagnostics.add(
        Diagnostic.error(note.path(), request.line(), request.column(), message).withRule(rule));
  }

  private void warning(LinkRequest request, String message, String rule) {
    diagnostics.add(
        Diagnostic.warning(note.path(), request.line(), request.column(), message).withRule(rule));
  }

  private static String display(LinkRequest request) {
    if (request.alias() != null && !request.alias().isBlank()) {
      return request.alias();
    }
    String target = request.target();
    if (request.fragment() == null) {
      return target;
    }
    String shown = shownFragment(request.fragment());
    return target.isEmpty() ? shown : target + " › " + shown;
  }

  /** A wikilink shows what was written; a Markdown link with no text shows the note's title. */
  private static String display(LinkRequest request, Note found) {
    return request.wiki() ? display(request) : found.title();
  }

  private static boolean isNoteReference(String target) {
    String ext = extension(target);
    return ext.isEmpty() || ext.equals("md");
  }

  static String extension(String target) {
    String name = target.substring(target.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
