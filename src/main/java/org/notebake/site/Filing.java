package org.notebake.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.notebake.config.SiteConfig;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.jbake.TagInfo;
import org.notebake.links.Attachment;
import org.notebake.publish.Note;
import org.notebake.publish.NoteKey;
import org.notebake.render.DocumentBuilder;
import org.notebake.render.RenderedNote;
import org.notebake.render.TagIndex;

/**
 * The plan stage's first step: the notes that have a template, each one's page claimed, its tags
 * filed and its cover found, and what doing so said. serve's short way keeps the last build's
 * ({@link #again}): its notes have the same front matter, types, addresses and tags.
 *
 * @param withTemplate the notes whose pages are made, by path
 * @param tags every tag page and the notes filed under it
 * @param tagList {@code tags} as JBake's model takes them
 * @param slugs each note's tag slugs, within {@code tags.max.per.note}
 * @param covers each note's cover image, if its front matter names one that exists
 * @param said the diagnostics filing said (types without a template, contested pages, too many
 *     tags, covers naming nothing)
 * @param tagNotes the notes at a tag page's address ({@code tags/observability.md}, as Quartz
 *     writes a tag's text), by that address: no page of their own, their body above the tag's list
 */
record Filing(
    List<Note> withTemplate,
    TagIndex tags,
    List<TagInfo> tagList,
    Map<NoteKey, List<String>> slugs,
    Map<NoteKey, Optional<Attachment>> covers,
    List<Diagnostic> said,
    Map<String, NoteKey> tagNotes) {

  static Filing of(
      List<Note> published,
      Map<NoteKey, RenderedNote> rendered,
      DocumentBuilder builder,
      SiteConfig config,
      OutputPaths paths,
      Diagnostics diagnostics) {
    int mark = diagnostics.size();
    Map<String, NoteKey> tagNotes = tagNotes(published, rendered, config);
    java.util.Set<NoteKey> atTagPages = new java.util.HashSet<>(tagNotes.values());
    List<Note> pages =
        atTagPages.isEmpty()
            ? published
            : published.stream().filter(n -> !atTagPages.contains(n.key())).toList();
    TagIndex tags = new TagIndex(config.urls().tagPath(), config.urls().extension());
    List<Note> withTemplate = withTemplates(pages, config, paths, diagnostics);
    Map<NoteKey, List<String>> slugs = new HashMap<>();
    Map<NoteKey, Optional<Attachment>> covers = new HashMap<>();
    int maxTags = config.pages().maxTagsPerNote();
    java.util.Set<String> toldShared = new java.util.HashSet<>();
    for (Note note : withTemplate) {
      List<String> filed =
          withinNameLength(
              note,
              withinTagLimit(note, allTags(note, rendered), maxTags, diagnostics),
              config,
              diagnostics);
      java.util.Set<String> noteSlugs = new java.util.LinkedHashSet<>();
      for (String tag : filed) {
        // One at a time, so that a note's second spelling meets its first.
        String other = tags.sharedWith(tag);
        if (other != null && toldShared.add(tag.toLowerCase(java.util.Locale.ROOT))) {
          diagnostics.warning(
              note.path(),
              tagLine(note, tag),
              0,
              "the tag \""
                  + tag
                  + "\" shares its page, "
                  + tags.uri(org.notebake.text.Slugs.tag(tag))
                  + ", with the tag \""
                  + other
                  + "\" (an address drops such marks as '#' and '+'), where both are listed under"
                  + " \""
                  + other
                  + "\"; rename one to give each a page of its own");
        }
        noteSlugs.addAll(tags.add(note.uri(), List.of(tag)));
      }
      slugs.put(note.key(), new ArrayList<>(noteSlugs));
      covers.put(note.key(), builder.cover(note));
    }
    return new Filing(
        withTemplate,
        tags,
        withIntros(tags.tags(), tagNotes, rendered),
        slugs,
        covers,
        List.copyOf(diagnostics.since(mark)),
        tagNotes);
  }

  /**
   * The notes whose address is a tag page's: Quartz reads {@code tags/<tag>.md} as the text of that
   * tag's page, which lists the notes tagged with it. Only for a tag some other note carries (else
   * the note is a page of its own as any other), and only when tag pages are made.
   */
  private static Map<String, NoteKey> tagNotes(
      List<Note> published, Map<NoteKey, RenderedNote> rendered, SiteConfig config) {
    String prefix = config.urls().tagPath() + "/";
    List<Note> candidates = published.stream().filter(n -> n.uri().startsWith(prefix)).toList();
    if (candidates.isEmpty() || !config.pages().tags()) {
      return Map.of();
    }
    TagIndex others = new TagIndex(config.urls().tagPath(), config.urls().extension());
    for (Note note : published) {
      if (!note.uri().startsWith(prefix)) {
        others.add(note.uri(), allTags(note, rendered));
      }
    }
    java.util.Set<String> tagPages = new java.util.HashSet<>();
    others.tags().forEach(tag -> tagPages.add(tag.uri()));
    Map<String, NoteKey> found = new java.util.TreeMap<>();
    for (Note note : candidates) {
      if (tagPages.contains(note.uri())) {
        found.put(note.uri(), note.key());
      }
    }
    return found;
  }

  /** A note's tags: its front matter's, then those its text holds ({@code #observability}). */
  private static List<String> allTags(Note note, Map<NoteKey, RenderedNote> rendered) {
    List<String> all = new ArrayList<>(note.tags());
    all.addAll(rendered.get(note.key()).facts().tags());
    return all;
  }

  /** The tags, each one a tag note is at with that note's body as its text. */
  private static List<TagInfo> withIntros(
      List<TagInfo> tags, Map<String, NoteKey> tagNotes, Map<NoteKey, RenderedNote> rendered) {
    if (tagNotes.isEmpty()) {
      return tags;
    }
    List<TagInfo> out = new ArrayList<>(tags.size());
    for (TagInfo tag : tags) {
      NoteKey note = tagNotes.get(tag.uri());
      out.add(note == null ? tag : tag.withIntro(rendered.get(note).body().html()));
    }
    return out;
  }

  /**
   * This filing for the short way's notes ({@code published}: the same notes, only some with
   * another text): the same pages, tags and covers, with this build's note objects. The pages are
   * claimed in {@code paths} again and what filing said is said again.
   */
  Filing again(
      List<Note> published,
      Map<NoteKey, RenderedNote> rendered,
      OutputPaths paths,
      Diagnostics diagnostics) {
    Map<NoteKey, Note> byKey = new HashMap<>();
    published.forEach(note -> byKey.put(note.key(), note));
    List<Note> notes = new ArrayList<>(withTemplate.size());
    // Claimed in the same order as then, so the same notes win; a loser's claim changed nothing.
    Diagnostics claimed = new Diagnostics(); // said again below, as filing said it
    for (Note then : withTemplate) {
      Note now = byKey.get(then.key());
      if (now == null || !paths.claim(now.uri(), now.path(), claimed)) {
        throw new IllegalStateException("the short way changed the notes: " + then.path());
      }
      notes.add(now);
    }
    said.forEach(diagnostics::add);
    // A tag note's text may be what changed: its tag's page shows the text rendered now.
    List<TagInfo> intros = withIntros(tagList, tagNotes, rendered);
    return new Filing(notes, tags, intros, slugs, covers, said, tagNotes);
  }

  /**
   * A note's tags, at most {@code max} tag pages' worth (a nested tag counts its parents too). Each
   * tag is a page and a feed listing the note, so a note with thousands of tags would make the site
   * grow with their count; over the limit is an error naming the note, and only the first tags are
   * filed so that even a failing build stays small.
   */
  private static List<String> withinTagLimit(
      Note note, List<String> all, int max, Diagnostics diagnostics) {
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

  /**
   * A note's tags whose pages and feeds ({@code tags/<tag>.html}, {@code .xml}, {@code .json}) have
   * names a file system can hold; a longer one is an error at the note, and is not filed, so no
   * page is planned that could only fail when written.
   */
  private static List<String> withinNameLength(
      Note note, List<String> tags, SiteConfig config, Diagnostics diagnostics) {
    List<String> kept = new ArrayList<>(tags.size());
    for (String tag : tags) {
      String tooLong = null; // the page or feed, and its name
      String name = null;
      String page = config.urls().tagPath();
      for (String part : org.notebake.text.Slugs.tag(tag).split("/")) {
        page += "/" + part;
        for (String suffix : List.of(config.urls().extension(), ".xml", ".json")) {
          String over = org.notebake.text.FileNames.tooLong(page + suffix);
          if (tooLong == null && over != null) {
            tooLong = page + suffix;
            name = over;
          }
        }
      }
      if (tooLong == null) {
        kept.add(tag);
        continue;
      }
      diagnostics.error(
          note.path(),
          tagLine(note, tag),
          0,
          "the tag \""
              + (tag.codePointCount(0, tag.length()) > 40
                  ? tag.substring(0, tag.offsetByCodePoints(0, 40)) + "…"
                  : tag)
              + "\" would be published as "
              + tooLong
              + ", a name of "
              + org.notebake.text.FileNames.overLimit(name)
              + "; shorten the tag");
    }
    return kept;
  }

  /**
   * Where the note gives {@code tag}: the first line of its text that holds {@code #tag} (as
   * Obsidian matches tags, whatever the case), else its front matter's {@code tags:} line, else 0.
   * Read again from the file when the note comes without its Markdown: only for a message.
   */
  static int tagLine(Note note, String tag) {
    String text = note.body();
    if (text.isEmpty()) {
      try {
        text = java.nio.file.Files.readString(note.source().path());
      } catch (java.io.IOException | RuntimeException e) {
        text = "";
      }
    }
    java.util.regex.Pattern written =
        java.util.regex.Pattern.compile(
            "#" + java.util.regex.Pattern.quote(nfc(tag)) + "(?![\\p{L}\\p{M}\\p{N}_-])",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
    String[] lines = text.split("\n", -1);
    int first = 0;
    String fence = lines[0].strip();
    if (fence.equals("---") || fence.equals("+++")) {
      // The file read again holds its front matter (the body has blank lines in its place), where
      // "status: #todo" is a YAML comment, not a tag.
      first = 1;
      while (first < lines.length && !lines[first].strip().equals(fence)) {
        first++;
      }
    }
    for (int i = first; i < lines.length; i++) {
      if (written.matcher(nfc(lines[i])).find()) {
        return i + 1;
      }
    }
    return note.frontMatter().line("tags");
  }

  private static String nfc(String text) {
    return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
  }

  /** Notes whose type has no template are reported and left out instead of failing later. */
  private static List<Note> withTemplates(
      List<Note> notes, SiteConfig config, OutputPaths paths, Diagnostics diagnostics) {
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
            "masterindex",
            "archive",
            "feed",
            "jsonfeed",
            "sitemap",
            "tag",
            "tagsindex",
            "error404",
            "galleryindex",
            "projectsindex",
            "notesindex")
        .contains(type);
  }
}
