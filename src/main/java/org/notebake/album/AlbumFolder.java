package org.notebake.album;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which files of a folder an album is made of: its photos, and the sidecars that describe them. */
public final class AlbumFolder {
  /**
   * The photo formats whose metadata notebake strips, so an album can publish them. A GIF goes out
   * as it is (its animation kept), as an embedded one does; the others get sized variants.
   */
  static final Set<String> PHOTOS = Set.of("jpg", "jpeg", "png", "webp", "gif");

  /** Images an album reports and leaves out: their metadata cannot be stripped. */
  static final Set<String> UNSUPPORTED = Set.of("heic", "heif", "tif", "tiff", "bmp", "avif");

  /** Every image extension an album knows, published or reported. */
  public static final List<String> IMAGES =
      java.util.stream.Stream.of(PHOTOS, UNSUPPORTED).flatMap(Set::stream).sorted().toList();

  private AlbumFolder() {}

  /** The folder of a path relative to the content folder, "" at the top. */
  public static String of(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /**
   * True for a photo an album publishes or reports ({@code a.jpg}, {@code b.HEIC}), by its name.
   */
  public static boolean isImage(String path) {
    String ext = extension(path);
    return PHOTOS.contains(ext) || UNSUPPORTED.contains(ext);
  }

  /** True for {@code index.md}: the note that makes its folder an album. */
  public static boolean isAlbumIndex(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    return name.equals("index.md") || name.equals("index.markdown");
  }

  /**
   * The photo a sidecar note describes: {@code wall.jpg.md} gives {@code wall.jpg}; null if the
   * note's name is not a photo's name plus {@code .md}.
   */
  public static String describedPhoto(String notePath) {
    String lower = notePath.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".md")) {
      return null;
    }
    String photo = notePath.substring(0, notePath.length() - 3);
    String ext = extension(photo);
    return PHOTOS.contains(ext) || UNSUPPORTED.contains(ext) ? photo : null;
  }

  /** The last segment of a path: {@code gallery/show/wall.jpg} gives {@code wall.jpg}. */
  public static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
