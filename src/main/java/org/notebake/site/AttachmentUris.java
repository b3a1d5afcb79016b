package org.notebake.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.notebake.links.Attachment;
import org.notebake.text.Slugs;
import org.notebake.vault.SourceFile;

/** The site path each attachment of the vault would be published at. */
final class AttachmentUris {
  private AttachmentUris() {}

  /**
   * Every attachment with the slugged path it would be published at. A file cannot carry a slug, so
   * two whose clean names collide ({@code Power Inverter.png}, {@code Power Inverter'.png}) are
   * told apart by a suffix, in path order: {@code power-inverter.png}, {@code
   * power-inverter-2.png}.
   */
  static List<Attachment> of(List<SourceFile> files) {
    // The shortest name of a colliding group keeps the clean one: Power Inverter.png does.
    List<SourceFile> byClaim = new ArrayList<>(files);
    byClaim.sort(
        Comparator.comparing(AttachmentUris::cleanUri)
            .thenComparingInt((SourceFile f) -> f.relativePath().length())
            .thenComparing(SourceFile::relativePath));
    Map<SourceFile, String> uris = new HashMap<>();
    java.util.Set<String> taken = new java.util.HashSet<>();
    for (SourceFile file : byClaim) {
      uris.put(file, distinct(cleanUri(file), taken));
    }
    List<Attachment> out = new ArrayList<>();
    for (SourceFile file : files) {
      out.add(new Attachment(file, uris.get(file)));
    }
    return out;
  }

  private static String cleanUri(SourceFile file) {
    String path = file.relativePath();
    String folder = parent(path);
    String name = path.substring(path.lastIndexOf('/') + 1);
    return (folder.isEmpty() ? "" : Slugs.path(folder) + "/") + Slugs.fileName(name);
  }

  private static String distinct(String uri, java.util.Set<String> taken) {
    String candidate = uri;
    int dot = uri.lastIndexOf('.');
    boolean hasExtension = dot > uri.lastIndexOf('/') + 1;
    for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
      candidate =
          hasExtension ? uri.substring(0, dot) + "-" + n + uri.substring(dot) : uri + "-" + n;
    }
    return candidate;
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }
}
