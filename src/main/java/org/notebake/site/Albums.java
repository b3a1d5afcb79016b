package org.notebake.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notebake.album.Album;
import org.notebake.album.AlbumFolder;
import org.notebake.album.AlbumPhoto;
import org.notebake.album.AlbumReader;
import org.notebake.album.PhotoProbe;
import org.notebake.album.Sidecar;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.gallery.ImageException;
import org.notebake.gallery.ImageStripper;
import org.notebake.gallery.MetadataKeepList;
import org.notebake.gallery.PhotoFacts;
import org.notebake.gallery.PhotoFactsReader;
import org.notebake.jbake.SiteDocument;
import org.notebake.links.Attachment;
import org.notebake.links.Hrefs;
import org.notebake.publish.Note;
import org.notebake.publish.NoteKey;
import org.notebake.publish.PublishPolicy;
import org.notebake.render.RenderedNote;
import org.notebake.vault.NoteReader;
import org.notebake.vault.ParsedNote;
import org.notebake.vault.SourceFile;
import org.notebake.vault.Vault;

/**
 * The albums stage: a published gallery note named {@code index.md} makes its folder an album, and
 * its photos are published with it. Sidecars ({@code wall.jpg.md}) describe photos and are never
 * pages; a photo whose sidecar or album entry opts out is withheld from the whole site, so no embed
 * or cover can publish it either.
 *
 * <pre>{@code
 * List<SourceFile> pages = Albums.pages(vault);              // notes without the sidecars
 * Albums albums = Albums.read(published, vault, attachments, reader, keep, diagnostics);
 * List<Attachment> linkable = albums.publicOnly(attachments); // private photos cannot be linked
 * SiteDocument page = albums.decorate(document, used::add);  // photos, photo_count, cover
 * }</pre>
 */
final class Albums {
  private final Map<String, Album> byNote;
  private final Set<String> withheld;
  private final Map<String, String> altTexts;

  private final LoosePhotos loose;

  private Albums(
      Map<String, Album> byNote,
      Set<String> withheld,
      Map<String, String> altTexts,
      LoosePhotos loose) {
    this.byNote = byNote;
    this.withheld = withheld;
    this.altTexts = altTexts;
    this.loose = loose;
  }

  /** The vault's notes without the sidecars, which describe photos and are not pages. */
  static List<SourceFile> pages(Vault vault, Map<String, String> typeFolders) {
    Sidecars sidecars = new Sidecars(vault, typeFolders);
    return vault.notes().stream().filter(n -> sidecars.photoOf(n) == null).toList();
  }

  /**
   * The gallery folders' own pages that are albums of the photos beside them: {@code
   * gallery/index.md} (in a folder {@code type.folders} makes {@code gallery}) with photos in its
   * folder and no other note in it or below (sidecars aside), as a Hugo bundle's images are its
   * page's. With albums or notes below, the page lists them and stays a page ({@link LoosePhotos}).
   */
  static Set<String> folderAlbums(Vault vault, Map<String, String> typeFolders) {
    Set<String> found = new HashSet<>();
    List<SourceFile> notes = null;
    for (Map.Entry<String, String> folder : typeFolders.entrySet()) {
      String prefix = folder.getKey() + "/";
      if (!folder.getValue().equals("gallery")
          || vault.attachments().stream()
              .noneMatch(
                  a ->
                      AlbumFolder.of(a.relativePath()).equals(folder.getKey())
                          && AlbumFolder.isImage(a.relativePath()))) {
        continue;
      }
      if (notes == null) {
        notes = pages(vault, typeFolders);
      }
      List<String> inside =
          notes.stream().map(SourceFile::relativePath).filter(p -> p.startsWith(prefix)).toList();
      if (inside.size() == 1
          && AlbumFolder.isAlbumIndex(inside.get(0))
          && AlbumFolder.of(inside.get(0)).equals(folder.getKey())) {
        found.add(inside.get(0));
      }
    }
    return Set.copyOf(found);
  }

  /** The 1-based line of a body's first text (its front matter's lines are blank). */
  private static int firstTextLine(String body) {
    int line = 1;
    for (int i = 0; i < body.length() && Character.isWhitespace(body.charAt(i)); i++) {
      if (body.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Which notes describe a photo: {@code wall.jpg.md} beside {@code wall.jpg} anywhere, and in a
   * gallery album's folder ({@code gallery/walk/index.md}, in a folder {@code type.folders} makes
   * {@code gallery}) also {@code pond.md} beside the one photo {@code pond.jpg}, as a Hugo bundle
   * holds a photo's page (a real photo blog's 232 such notes were 232 empty galleries).
   */
  private static final class Sidecars {
    private final Set<String> files = new HashSet<>();
    private final Set<String> albumFolders = new HashSet<>();

    Sidecars(Vault vault, Map<String, String> typeFolders) {
      vault.attachments().forEach(a -> files.add(a.relativePath()));
      for (SourceFile note : vault.notes()) {
        String path = note.relativePath();
        int slash = path.indexOf('/');
        if (AlbumFolder.isAlbumIndex(path)
            && slash > 0
            && "gallery".equals(typeFolders.get(path.substring(0, slash)))) {
          albumFolders.add(AlbumFolder.of(path));
        }
      }
    }

    /** The photo {@code note} describes, or null if it is a note of its own. */
    String photoOf(SourceFile note) {
      String path = note.relativePath();
      String photo = AlbumFolder.describedPhoto(path);
      if (photo != null) {
        return files.contains(photo) ? photo : null;
      }
      if (!albumFolders.contains(AlbumFolder.of(path)) || AlbumFolder.isAlbumIndex(path)) {
        return null;
      }
      String stem = path.substring(0, path.lastIndexOf('.'));
      String found = null;
      for (String extension : AlbumFolder.IMAGES) {
        for (String candidate :
            List.of(
                stem + "." + extension,
                stem + "." + extension.toUpperCase(java.util.Locale.ROOT))) {
          if (files.contains(candidate)) {
            if (found != null) {
              return null; // pond.jpg and pond.png: which one it describes is not clear
            }
            found = candidate;
          }
        }
      }
      return found;
    }
  }

  static Albums read(
      List<Note> published,
      Vault vault,
      List<Attachment> attachments,
      NoteReader reader,
      MetadataKeepList keep,
      Map<String, String> typeFolders,
      Diagnostics diagnostics) {
    Sidecars described = new Sidecars(vault, typeFolders);
    Map<String, Sidecar> sidecars = new HashMap<>();
    Set<String> withheld = new HashSet<>();
    for (SourceFile note : vault.notes()) {
      String photo = described.photoOf(note);
      if (photo != null) {
        ParsedNote parsed = reader.read(note, diagnostics);
        if (AlbumFolder.describedPhoto(note.relativePath()) == null
            && !parsed.body().isBlank()
            && !parsed.malformed()) {
          // It was a page of its own before: its text is not lost without a word.
          diagnostics.warning(
              note.relativePath(),
              firstTextLine(parsed.body()),
              1,
              "describes the photo "
                  + AlbumFolder.fileName(photo)
                  + " beside it in the album, so it is no page and its text is not published"
                  + " (a photo's note gives it alt: and caption:); move the text into caption:");
        }
        Sidecar sidecar =
            new Sidecar(
                note,
                photo,
                parsed.frontMatter(),
                parsed.malformed()
                    || PublishPolicy.ignoredBlockOptsOut(note.relativePath(), parsed, diagnostics));
        sidecars.put(photo, sidecar);
        if (sidecar.withholds(diagnostics)) {
          withheld.add(photo);
        }
      }
    }
    Map<String, List<Attachment>> byFolder = new HashMap<>();
    for (Attachment a : attachments) {
      byFolder
          .computeIfAbsent(AlbumFolder.of(a.source().relativePath()), f -> new ArrayList<>())
          .add(a);
    }
    AlbumReader albums = new AlbumReader(probe(keep), !keep.fields().isEmpty(), diagnostics);
    Map<String, Album> byNote = new LinkedHashMap<>();
    for (Note note : published) {
      if (note.type().equals("gallery") && AlbumFolder.isAlbumIndex(note.path())) {
        String folder = AlbumFolder.of(note.path());
        byNote.put(
            note.path(), albums.read(note, byFolder.getOrDefault(folder, List.of()), sidecars));
      }
    }
    // A photo the album's list opts out is private to the whole site, as its sidecar would make
    // it: no embed, cover or site image elsewhere publishes it.
    byNote.values().forEach(album -> withheld.addAll(album.withheld()));
    Map<String, String> alts = new HashMap<>();
    sidecars.forEach(
        (photo, sidecar) ->
            sidecar
                .frontMatter()
                .string("alt")
                .map(String::strip)
                .filter(a -> !a.isEmpty() && !withheld.contains(photo))
                .ifPresent(a -> alts.put(photo, a)));
    for (Album album : byNote.values()) {
      for (AlbumPhoto photo : album.photos()) {
        if (!photo.alt().isEmpty()) {
          alts.putIfAbsent(photo.file().source().relativePath(), photo.alt());
        }
      }
    }
    LoosePhotos loose =
        LoosePhotos.find(published, byNote.keySet(), byFolder, withheld, typeFolders);
    return new Albums(byNote, withheld, alts, loose);
  }

  /**
   * The warnings of the albums' photos without alt text, but for those the album's own page shows
   * in its text: there the embed gives the alt text ({@code ![[a.jpg|Red square]]}), or says itself
   * that it gives none.
   */
  void tellMissingAlt(Map<NoteKey, RenderedNote> rendered, Diagnostics diagnostics) {
    for (Album album : byNote.values()) {
      RenderedNote page = rendered.get(album.index().key());
      for (AlbumPhoto photo : album.photos()) {
        Diagnostic missing = album.missingAlt().get(photo.file().source().relativePath());
        if (missing != null
            && (page == null || !shows(album.index().uri(), page.body().html(), photo))) {
          diagnostics.add(missing);
        }
      }
    }
  }

  /**
   * A warning at each gallery page whose photos beside it no album publishes ({@link LoosePhotos}).
   */
  void tellLoosePhotos(java.util.Collection<Attachment> used, Diagnostics diagnostics) {
    loose.tell(used, diagnostics);
  }

  /** Whether an album's page at {@code uri} shows {@code photo} in its text ({@code html}). */
  private static boolean shows(String uri, String html, AlbumPhoto photo) {
    return html.contains("src=\"" + Hrefs.relative(uri, photo.file().uri()) + "\"");
  }

  /** Date taken for ordering, and the caption line of the facts the keep-list allows. */
  private static PhotoProbe probe(MetadataKeepList keep) {
    return photo -> {
      try {
        PhotoFacts facts = PhotoFactsReader.read(photo.path());
        return new PhotoProbe.Probed(
            facts.dateTaken(), ImageStripper.caption(facts.keepOnly(keep)));
      } catch (ImageException | RuntimeException e) {
        // Publishing the photo reports it with the reason; the album just has no facts for it.
        return PhotoProbe.Probed.NOTHING;
      }
    };
  }

  /**
   * The cover's alt text: its own, else the one the album's text embeds it with ({@code
   * ![[a.jpg|Red square]]}), else numbered as the album numbers it ("Photo 2 of 3, Trip").
   */
  private static String coverAlt(Album album, AlbumPhoto cover, SiteDocument doc) {
    if (cover.alt().isEmpty() && shows(doc.uri(), doc.body(), cover)) {
      String src = Hrefs.relative(doc.uri(), cover.file().uri());
      for (org.jsoup.nodes.Element img :
          org.jsoup.Jsoup.parseBodyFragment(doc.body()).select("img")) {
        if (img.attr("src").equals(src) && !img.attr("alt").isBlank()) {
          return img.attr("alt").strip();
        }
      }
    }
    return alt(cover, album.photos().indexOf(cover) + 1, album.photos().size(), doc.title());
  }

  private static String alt(AlbumPhoto photo, int number, int count, String album) {
    if (!photo.alt().isEmpty()) {
      return photo.alt();
    }
    return photo.caption().isEmpty()
        ? "Photo " + number + " of " + count + ", " + album
        : photo.caption();
  }

  /** Photos their sidecars or albums withhold, by path relative to the content folder. */
  Set<String> withheld() {
    return withheld;
  }

  /** Alt texts from sidecars and albums, by photo path, for embeds that give none. */
  Map<String, String> altTexts() {
    return altTexts;
  }

  /** Every photo of every published album: published with its album, embedded or not. */
  List<Attachment> photos() {
    return photos(note -> true);
  }

  /** The photos of the albums whose page's note (its path) is {@code shown}. */
  List<Attachment> photos(java.util.function.Predicate<String> shown) {
    return byNote.entrySet().stream()
        .filter(album -> shown.test(album.getKey()))
        .flatMap(album -> album.getValue().photos().stream())
        .map(AlbumPhoto::file)
        .toList();
  }

  /**
   * The attachments any note may embed or link: all but photos withheld by their sidecar or album,
   * under any path (a symbolic link's too).
   */
  List<Attachment> publicOnly(List<Attachment> attachments) {
    Set<java.nio.file.Path> withheldFiles = new HashSet<>();
    for (Attachment a : attachments) {
      if (withheld.contains(a.source().relativePath())) {
        withheldFiles.add(a.source().path());
      }
    }
    return attachments.stream().filter(a -> !withheldFiles.contains(a.source().path())).toList();
  }

  /**
   * An album's page with its photos ({@code photos}: uri, alt, caption, facts; {@code
   * photo_count}); A photo the reflection already shows is not repeated in the grid, and a cover
   * that is one of the photos is not shown above them ({@code cover_in_album}). Other documents are
   * returned as they are.
   */
  SiteDocument decorate(SiteDocument doc) {
    Album album = byNote.get(doc.sourcePath());
    if (album == null) {
      return doc;
    }
    List<Map<String, Object>> photos = new ArrayList<>();
    int number = 0;
    for (AlbumPhoto photo : album.photos()) {
      number++;
      if (shows(doc.uri(), doc.body(), photo)) {
        continue;
      }
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("uri", photo.file().uri());
      // Warned about already; a screen reader still hears which photo it is, never a file name.
      fields.put("alt", alt(photo, number, album.photos().size(), doc.title()));
      fields.put("caption", photo.caption());
      fields.put("facts", photo.facts());
      photos.add(fields);
    }
    Map<String, Object> fields = new HashMap<>(doc.fields());
    fields.put("photos", photos);
    fields.put("photo_count", album.photos().size());
    album
        .cover()
        .ifPresent(
            cover -> {
              String uri = (String) fields.get("cover");
              if (uri == null) {
                fields.put("cover", cover.file().uri());
                fields.put("cover_alt", coverAlt(album, cover, doc));
              } else if (!uri.equals(cover.file().uri())) {
                return;
              } else if (String.valueOf(fields.getOrDefault("cover_alt", "")).isBlank()) {
                fields.put("cover_alt", coverAlt(album, cover, doc));
              }
              fields.put("cover_in_album", true);
            });
    return doc.withFields(fields);
  }
}
