package org.notebake.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.notebake.jbake.TagInfo;
import org.notebake.text.Slugs;

/**
 * Collects tags across published documents: Obsidian tags are case-insensitive, so {@code
 * #Observability} and {@code observability} are one tag shown by its first spelling; a nested tag
 * {@code area/sub} also files its document under {@code area}.
 */
public final class TagIndex {
  private final Map<String, String> names = new TreeMap<>();
  private final Map<String, Set<String>> documents = new TreeMap<>();
  private final String tagPath;
  private final String extension;

  public TagIndex(String tagPath, String extension) {
    this.tagPath = tagPath;
    this.extension = extension;
  }

  /** Files the document under each tag (and each nested tag's prefixes); returns the slugs. */
  public List<String> add(String uri, List<String> tags) {
    Set<String> slugs = new LinkedHashSet<>();
    for (String tag : tags) {
      String slug = Slugs.tag(tag);
      if (slug.isEmpty()) {
        continue;
      }
      slugs.add(slug);
      String[] parts = slug.split("/");
      String[] shown = (tag.startsWith("#") ? tag.substring(1) : tag).split("/");
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < parts.length; i++) {
        prefix.append(i == 0 ? "" : "/").append(parts[i]);
        String name =
            String.join("/", java.util.Arrays.copyOf(shown, Math.min(i + 1, shown.length)));
        names.putIfAbsent(prefix.toString(), name.strip());
        documents.computeIfAbsent(prefix.toString(), k -> new LinkedHashSet<>()).add(uri);
      }
    }
    return new ArrayList<>(slugs);
  }

  /**
   * How many tag pages these tags file a document under: each tag and each nested tag's parents.
   */
  public static int pageCount(List<String> tags) {
    Set<String> pages = new java.util.HashSet<>();
    for (String tag : tags) {
      String slug = Slugs.tag(tag);
      for (int slash = slug.indexOf('/'); slash >= 0; slash = slug.indexOf('/', slash + 1)) {
        pages.add(slug.substring(0, slash));
      }
      if (!slug.isEmpty()) {
        pages.add(slug);
      }
    }
    return pages.size();
  }

  public String uri(String slug) {
    return tagPath + "/" + slug + extension;
  }

  public String feedUri(String slug) {
    return tagPath + "/" + slug + ".xml";
  }

  public String name(String slug) {
    return names.getOrDefault(slug, slug);
  }

  public List<TagInfo> tags() {
    List<TagInfo> out = new ArrayList<>();
    for (Map.Entry<String, Set<String>> tag : documents.entrySet()) {
      String slug = tag.getKey();
      out.add(new TagInfo(slug, name(slug), uri(slug), feedUri(slug), List.copyOf(tag.getValue())));
    }
    return out;
  }
}
