package org.notebake.album;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.vault.FrontMatter;

/**
 * An album's {@code order:}: {@code name} (the default), {@code date} (date taken, photos without
 * one last), or an explicit list of file names (photos it leaves out follow by name).
 *
 * <pre>{@code
 * order: date
 * order: [entrance.jpg, crowd.jpg, back-wall.jpg]
 * }</pre>
 */
final class PhotoOrder {
  private enum Mode {
    NAME,
    DATE,
    LIST
  }

  private final Mode mode;
  private final List<String> names;

  private PhotoOrder(Mode mode, List<String> names) {
    this.mode = mode;
    this.names = names;
  }

  /** Reads {@code order:}; an unknown value is a warning and gives name order. */
  static PhotoOrder of(FrontMatter fm, String path, Diagnostics diagnostics) {
    Object value = fm.value("order").orElse(null);
    if (value == null) {
      return new PhotoOrder(Mode.NAME, List.of());
    }
    List<String> listed = fm.strings("order");
    if (value instanceof List<?> || listed.size() > 1) {
      return new PhotoOrder(Mode.LIST, listed);
    }
    String word = listed.isEmpty() ? "" : listed.get(0).toLowerCase(Locale.ROOT);
    switch (word) {
      case "name" -> {
        return new PhotoOrder(Mode.NAME, List.of());
      }
      case "date", "date taken", "taken" -> {
        return new PhotoOrder(Mode.DATE, List.of());
      }
      default -> {
        if (AlbumFolder.PHOTOS.contains(AlbumFolder.extension(word))) {
          return new PhotoOrder(Mode.LIST, listed);
        }
        diagnostics.warning(
            path,
            fm.line("order"),
            1,
            "order: \""
                + value
                + "\" is not name, date or a list of file names; the photos are sorted by name");
        return new PhotoOrder(Mode.NAME, List.of());
      }
    }
  }

  /**
   * The photos in this order.
   *
   * @param name a photo's file name
   * @param taken a photo's date taken, or null
   */
  <T> List<T> sort(
      List<T> photos,
      Function<T, String> name,
      Function<T, java.time.LocalDateTime> taken,
      FrontMatter fm,
      String path,
      Diagnostics diagnostics) {
    Comparator<T> byName =
        Comparator.comparing(name, String.CASE_INSENSITIVE_ORDER).thenComparing(name);
    List<T> sorted = new ArrayList<>(photos);
    switch (mode) {
      case NAME -> sorted.sort(byName);
      case DATE ->
          sorted.sort(
              Comparator.comparing(taken, Comparator.nullsLast(Comparator.naturalOrder()))
                  .thenComparing(byName));
      case LIST -> {
        sorted.sort(byName);
        Map<String, T> byFile = new LinkedHashMap<>();
        sorted.forEach(p -> byFile.put(name.apply(p), p));
        List<T> listed = new ArrayList<>();
        for (String file : names) {
          T photo = byFile.remove(file);
          if (photo != null) {
            listed.add(photo);
          } else if (!listed.stream().map(name).toList().contains(file)) {
            diagnostics.warning(
                path,
                fm.line("order"),
                1,
                "order: lists \""
                    + file
                    + "\", which is not a public photo of this album; fix the name or remove it");
          }
        }
        listed.addAll(byFile.values());
        sorted = listed;
      }
    }
    return sorted;
  }
}
