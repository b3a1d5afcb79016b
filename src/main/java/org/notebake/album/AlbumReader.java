package org.notebake.album;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.links.Attachment;
import org.notebake.publish.Note;
import org.notebake.publish.PublishPolicy;
import org.notebake.vault.FrontMatter;

/**
 * Makes an {@link Album} of a published {@code index.md} and the photos beside it. Alt text and
 * caption come from the photo's sidecar ({@code wall.jpg.md}), else from the album's {@code
 * photos:} list; a photo whose sidecar or entry opts out is left out. A photo without alt text is a
 * warning naming the file to write it in: the file name is never used in its place.
 *
 * <pre>{@code
 * ---
 * title: Small prints, big room
 * date: 2025-06-28
 * cover: entrance.jpg
 * order: date
 * photos:
 *   - file: entrance.jpg
 *     alt: Visitors crowding the doorway, prints on the wall behind them
 *     caption: The first wave, ten minutes after opening.
 *   - file: test-print.jpg
 *     publish: false
 * ---
 * The reflection, in Markdown.
 * }</pre>
 */
public final class AlbumReader {
  private static final PublishPolicy OPT_OUT = new PublishPolicy(List.of("."));

  private final PhotoProbe probe;
  private final boolean readFacts;
  private final Diagnostics diagnostics;

  /**
   * @param probe reads date taken and the allowed facts of a photo
   * @param readFacts true if the keep-list allows some fact, so every photo is probed
   */
  public AlbumReader(PhotoProbe probe, boolean readFacts, Diagnostics diagnostics) {
    this.probe = probe;
    this.readFacts = readFacts;
    this.diagnostics = diagnostics;
  }

  /** One photo while the album is being read. */
  private record Candidate(Attachment file, String alt, String caption, PhotoProbe.Probed probed) {
    String name() {
      return AlbumFolder.fileName(file.source().relativePath());
    }
  }

  /**
   * @param index the album's published {@code index.md}
   * @param files the attachments in the album's folder (not in its subfolders)
   * @param sidecars sidecars by the path of the photo they describe
   */
  public Album read(Note index, List<Attachment> files, Map<String, Sidecar> sidecars) {
    FrontMatter fm = index.frontMatter();
    String path = index.path();
    Map<String, Map<?, ?>> entries = entries(fm, path, files);
    PhotoOrder order = PhotoOrder.of(fm, path, diagnostics);
    boolean needsDates = fm.string("order").map(o -> o.strip().startsWith("date")).orElse(false);
    List<Candidate> photos = new ArrayList<>();
    List<String> withheld = new ArrayList<>();
    Map<String, Diagnostic> missingAlt = new HashMap<>();
    for (Attachment file : files) {
      String ext = file.extension().toLowerCase(Locale.ROOT);
      if (AlbumFolder.UNSUPPORTED.contains(ext)) {
        diagnostics.warning(
            file.source().relativePath(),
            0,
            0,
            ext.toUpperCase(Locale.ROOT)
                + " photos cannot be stripped of their metadata, so the album leaves this one"
                + " out; export it as JPEG, PNG or WebP");
        continue;
      }
      if (!AlbumFolder.PHOTOS.contains(ext)) {
        continue;
      }
      Sidecar sidecar = sidecars.get(file.source().relativePath());
      Map<?, ?> entry = entries.get(AlbumFolder.fileName(file.source().relativePath()));
      FrontMatter listed = entry == null ? FrontMatter.none() : FrontMatter.of(stringKeys(entry));
      if (entry != null && !OPT_OUT.isPublished(path, listed, false, diagnostics)) {
        withheld.add(file.source().relativePath());
        continue;
      }
      if (sidecar != null && sidecar.withholds(new Diagnostics())) {
        continue;
      }
      FrontMatter side = sidecar == null ? FrontMatter.none() : sidecar.frontMatter();
      String alt = text(side, "alt").or(() -> text(listed, "alt")).orElse("");
      String caption = text(side, "caption").or(() -> text(listed, "caption")).orElse("");
      Diagnostic missing = checkAlt(file, alt, sidecar, entry != null, fm, path);
      if (missing != null) {
        missingAlt.put(file.source().relativePath(), missing);
      }
      PhotoProbe.Probed probed =
          readFacts || needsDates ? probe.probe(file.source()) : PhotoProbe.Probed.NOTHING;
      photos.add(new Candidate(file, alt, caption, probed));
    }
    List<Candidate> sorted =
        order.sort(photos, Candidate::name, c -> c.probed().taken(), fm, path, diagnostics);
    List<AlbumPhoto> out = new ArrayList<>();
    for (Candidate c : sorted) {
      out.add(new AlbumPhoto(c.file(), c.alt(), c.caption(), c.probed().facts()));
    }
    return new Album(index, out, cover(fm, out, withheld), withheld, missingAlt);
  }

  /**
   * The photo {@code cover:} names, if it is one of the album's; the first one without a cover, or
   * when the one it names is withheld (the page is told why, and still shared with a photo).
   */
  private static Optional<AlbumPhoto> cover(
      FrontMatter fm, List<AlbumPhoto> photos, List<String> withheld) {
    Optional<String> named =
        fm.string("cover")
            .or(() -> fm.string("image"))
            .map(c -> c.strip().replaceAll("^!?\\[\\[|]]$", ""))
            .filter(c -> !c.isEmpty());
    if (named.isEmpty()) {
      return photos.stream().findFirst();
    }
    String wanted = named.get().substring(named.get().lastIndexOf('/') + 1);
    if (withheld.stream().anyMatch(path -> AlbumFolder.fileName(path).equals(wanted))) {
      return photos.stream().findFirst();
    }
    return photos.stream().filter(p -> p.name().equals(wanted)).findFirst();
  }

  /**
   * A missing alt text, or a file name given as one, is a warning at the file to fix; null when the
   * alt text is fine. It is the album's to tell: a photo its page embeds gets its alt text there.
   */
  private static Diagnostic checkAlt(
      Attachment file, String alt, Sidecar sidecar, boolean listed, FrontMatter fm, String path) {
    String photo = file.source().relativePath();
    String name = AlbumFolder.fileName(photo);
    String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
    if (!alt.isEmpty()
        && !alt.equalsIgnoreCase(name)
        && !alt.equalsIgnoreCase(stem)
        && !alt.equalsIgnoreCase(stem.replaceAll("[-_]+", " "))) {
      return null;
    }
    String problem =
        alt.isEmpty()
            ? "the photo \"" + name + "\" has no alt text"
            : "the alt text of \"" + name + "\" is its file name";
    String why = ", so people who cannot see it learn nothing from it; ";
    Diagnostic missing;
    if (sidecar != null) {
      FrontMatter side = sidecar.frontMatter();
      missing =
          Diagnostic.warning(
              sidecar.file().relativePath(),
              side.has("alt") ? side.line("alt") : 1,
              1,
              problem + why + "write alt: <what the photo shows> in this sidecar");
    } else if (listed) {
      missing =
          Diagnostic.warning(
              path,
              fm.line("photos"),
              1,
              problem
                  + why
                  + "add alt: <what the photo shows> to its entry under photos:, or write it in a"
                  + " sidecar \""
                  + name
                  + ".md\" beside the photo");
    } else {
      missing =
          Diagnostic.warning(
              photo,
              0,
              0,
              problem
                  + why
                  + "write a sidecar \""
                  + name
                  + ".md\" beside it with alt: <what the photo shows>, list it under photos: in the"
                  + " album's "
                  + AlbumFolder.fileName(path)
                  + ", or embed it there with its alt text: ![["
                  + name
                  + "|what the photo shows]]");
    }
    return missing.withRule("image.alt");
  }

  /**
   * The album's {@code photos:} list by file name; an entry that is not a map with {@code file:},
   * or names no photo of the folder, is a warning.
   */
  private Map<String, Map<?, ?>> entries(FrontMatter fm, String path, List<Attachment> files) {
    Map<String, Map<?, ?>> entries = new HashMap<>();
    Object value = fm.value("photos").orElse(null);
    if (value == null) {
      return entries;
    }
    if (!(value instanceof List<?> list)) {
      diagnostics.warning(
          path,
          fm.line("photos"),
          1,
          "photos: must be a list of entries with file:, alt:, caption:");
      return entries;
    }
    List<String> names =
        files.stream().map(f -> AlbumFolder.fileName(f.source().relativePath())).toList();
    for (Object item : list) {
      Object file = item instanceof Map<?, ?> map ? map.get("file") : null;
      if (file == null || file instanceof Map || file instanceof List) {
        diagnostics.warning(
            path,
            fm.line("photos"),
            1,
            "an entry of photos: has no file: naming a photo of the album; write - file: a.jpg");
        continue;
      }
      String name = String.valueOf(file).strip().replaceAll("^!?\\[\\[|]]$", "");
      if (!names.contains(name)) {
        diagnostics.warning(
            path,
            fm.line("photos"),
            1,
            "photos: lists \"" + name + "\", which is not in " + AlbumFolder.of(path) + "/");
        continue;
      }
      entries.put(name, (Map<?, ?>) item);
    }
    return entries;
  }

  private static Map<String, Object> stringKeys(Map<?, ?> map) {
    Map<String, Object> out = new HashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }

  private static Optional<String> text(FrontMatter fm, String key) {
    return fm.string(key).map(String::strip).filter(t -> !t.isEmpty());
  }
}
