package org.notebake.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notebake.album.AlbumFolder;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.links.Attachment;
import org.notebake.publish.Note;
import org.notebake.text.Listing;

/**
 * Photos beside a gallery's folder page that is no album ({@code gallery/index.md} listing albums
 * below it, a Hugo {@code _index.md}, a page that declares {@code type: page}): no album publishes
 * them, so those no note shows are left out, with a warning at the page saying where to move them.
 * A photo blog's 150 photos beside its {@code gallery/index.md} were published as none, without a
 * word. Elsewhere, a page bundle's {@code index.md} none of whose photos any note shows is told the
 * same (a Hugo gallery theme's bundle of 32 photos went out as a page without them).
 *
 * <pre>{@code
 * LoosePhotos loose = LoosePhotos.find(published, albumPages, byFolder, withheld, typeFolders);
 * loose.tell(used, diagnostics); // gallery/index.md:1:1: warning: the 2 photos beside this page ...
 * }</pre>
 */
final class LoosePhotos {
  /**
   * A folder page and the public photos beside it; {@code gallery} when it lies in a gallery's
   * folder (elsewhere a page bundle's photos are told of only when no note shows any of them).
   */
  private record Page(Note note, List<Attachment> photos, boolean gallery) {}

  private final List<Page> pages;

  private LoosePhotos(List<Page> pages) {
    this.pages = pages;
  }

  /**
   * @param albumPages the paths of the published notes that are albums
   * @param byFolder the attachments of each folder (not of its subfolders), by its path
   * @param withheld photos their sidecars or albums keep private, never named
   */
  static LoosePhotos find(
      List<Note> published,
      Set<String> albumPages,
      Map<String, List<Attachment>> byFolder,
      Set<String> withheld,
      Map<String, String> typeFolders) {
    List<Page> pages = new ArrayList<>();
    for (Note note : published) {
      String name = note.source().name();
      boolean gallery = inGallery(note.path(), typeFolders);
      if (albumPages.contains(note.path())
          || !(name.equals("index") || name.equals("_index"))
          || !(gallery || name.equals("index"))) {
        continue;
      }
      List<Attachment> photos =
          byFolder.getOrDefault(AlbumFolder.of(note.path()), List.of()).stream()
              .filter(a -> AlbumFolder.isImage(a.source().relativePath()))
              .filter(a -> !withheld.contains(a.source().relativePath()))
              .toList();
      if (!photos.isEmpty()) {
        pages.add(new Page(note.withoutBody(), photos, gallery));
      }
    }
    return new LoosePhotos(List.copyOf(pages));
  }

  private static boolean inGallery(String path, Map<String, String> typeFolders) {
    return typeFolders.entrySet().stream()
        .anyMatch(f -> f.getValue().equals("gallery") && path.startsWith(f.getKey() + "/"));
  }

  /** A warning at each page whose photos beside it some are {@code used} by none. */
  void tell(Collection<Attachment> used, Diagnostics diagnostics) {
    if (pages.isEmpty()) {
      return;
    }
    Set<String> shown = new HashSet<>();
    used.forEach(a -> shown.add(a.source().relativePath()));
    for (Page page : pages) {
      List<String> left =
          page.photos().stream()
              .map(a -> a.source().relativePath())
              .filter(p -> !shown.contains(p))
              .map(AlbumFolder::fileName)
              .sorted()
              .toList();
      if (page.gallery() && !left.isEmpty()) {
        diagnostics.add(warning(page.note(), left));
      } else if (!page.gallery() && left.size() == page.photos().size()) {
        // A Hugo page bundle a gallery theme shows whole (index.md beside its photos): a post's
        // bundle of which the post shows some is a post, its leftovers its own business.
        diagnostics.add(bundleWarning(page.note(), left));
      }
    }
  }

  private static Diagnostic bundleWarning(Note page, List<String> left) {
    boolean one = left.size() == 1;
    return Diagnostic.warning(
        page.path(),
        1,
        1,
        (one ? "the photo " : "the " + left.size() + " photos ")
            + "beside this page ("
            + Listing.some(left, 3)
            + ") "
            + (one ? "is" : "are")
            + " shown by no note, so "
            + (one ? "it is not" : "none is")
            + " published (a theme that shows a folder's photos is not read); write type:"
            + " gallery in this page's front matter to make it "
            + (one ? "its" : "their")
            + " album, or embed "
            + (one ? "it" : "them")
            + " in the page");
  }

  private static Diagnostic warning(Note page, List<String> left) {
    boolean one = left.size() == 1;
    String them = one ? "it" : "them";
    String declared = page.frontMatter().string("type").map(String::strip).orElse("");
    String why;
    String fix = "move " + them + " into";
    if (!declared.isEmpty()) {
      why = "this page declares type: " + declared;
      fix =
          "write type: gallery to make this page " + (one ? "its" : "their") + " album, or " + fix;
    } else if (page.source().name().equals("_index")) {
      why = "this page is Hugo's _index.md, its folder's page (an album's note is an index.md)";
    } else {
      why = "this page lists the albums and notes below it";
    }
    return Diagnostic.warning(
        page.path(),
        declared.isEmpty() ? 1 : page.frontMatter().line("type"),
        1,
        (one ? "the photo " : "the " + left.size() + " photos ")
            + "beside this page ("
            + Listing.some(left, 3)
            + (one ? ") is" : ") are")
            + " in no album and no note shows "
            + them
            + (one ? ", so it is not" : ", so none is")
            + " published: an album is a folder of photos with its own index.md, and "
            + why
            + "; "
            + fix
            + " an album of "
            + (one ? "its" : "their")
            + " own, "
            + AlbumFolder.of(page.path())
            + "/<name>/ with an index.md");
  }
}
