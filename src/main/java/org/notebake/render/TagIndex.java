package org.notebake.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Each tag's link made so far; a document filed later may change a name, so add clears it. */
  private final Map<String, Map<String, Object>> links = new ConcurrentHashMap<>();

  private final String tagPath;
  private final String extension;

  public TagIndex(String tagPath, String extension) {
    this.tagPath = tagPath;
    this.extension = extension;
  }

  /** Files the document under each tag (and each nested tag's prefixes); returns the slugs. */
  public List<String> add(String uri, List<String> tags) {
    links.clear();
    Set<String> slugs = new LinkedHashSet<>();
    for (String tag : tags) {
      Filed filed = filed(tag);
      if (filed.slug().isEmpty()) {
        continue;
      }
      slugs.add(filed.slug());
      for (int i = 0; i < filed.pages().length; i++) {
        names.putIfAbsent(filed.pages()[i], filed.names()[i]);
        documents.computeIfAbsent(filed.pages()[i], k -> new LinkedHashSet<>()).add(uri);
      }
    }
    return new ArrayList<>(slugs);
  }

  /**
   * The name of another tag whose page {@code tag} would share, or null: {@code C#} and {@code C++}
   * are both {@code tags/c.html}, as an address keeps neither '#' nor '+'. Spellings of one tag are
   * not others ({@code Open Source}, {@code open-source}: the same letters in another case, with
   * other separators).
   */
  public String sharedWith(String tag) {
    Filed filed = filed(tag);
    if (filed.slug().isEmpty()) {
      return null;
    }
    String first = names.get(filed.slug());
    String mine = filed.names()[filed.names().length - 1];
    return first == null || spelledAlike(first, mine) ? null : first;
  }

  private static boolean spelledAlike(String a, String b) {
    return a.equals(b) || letters(a).equals(letters(b)); // most tags are spelled as they were
  }

  /** NFC, lower case, without blanks, '-' and '_'. */
  private static String letters(String name) {
    String nfc = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    nfc.codePoints()
        .filter(
            c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '-' && c != '_')
        .map(Character::toLowerCase)
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * How many tag pages these tags file a document under: each tag and each nested tag's parents.
   */
  public static int pageCount(List<String> tags) {
    Set<String> pages = new java.util.HashSet<>();
    for (String tag : tags) {
      pages.addAll(java.util.Arrays.asList(filed(tag).pages()));
    }
    return pages.size();
  }

  /**
   * A tag as it is filed: its slug, and the pages it files a document under (each nested tag's
   * prefixes, outermost first, then the tag's own) with the name each is shown by. Every note's
   * tags are filed each build, from a small vocabulary, so each spelling is worked out once.
   */
  private record Filed(String slug, String[] pages, String[] names) {}

  private static final int MAX_REMEMBERED = 100_000;
  private static final Map<String, Filed> FILED = new java.util.concurrent.ConcurrentHashMap<>();

  private static Filed filed(String tag) {
    Filed known = FILED.get(tag);
    if (known != null) {
      return known;
    }
    String slug = Slugs.tag(tag);
    String[] parts = slug.isEmpty() ? new String[0] : slug.split("/");
    String[] shown = (tag.startsWith("#") ? tag.substring(1) : tag).split("/");
    String[] pages = new String[parts.length];
    String[] names = new String[parts.length];
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      prefix.append(i == 0 ? "" : "/").append(parts[i]);
      pages[i] = prefix.toString();
      names[i] =
          String.join("/", java.util.Arrays.copyOf(shown, Math.min(i + 1, shown.length))).strip();
    }
    Filed filed = new Filed(slug, pages, names);
    if (FILED.size() >= MAX_REMEMBERED) {
      FILED.clear();
    }
    FILED.put(tag, filed);
    return filed;
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

  /**
   * The tag's link as a document's {@code tag_links} lists it: its name, slug and uri, read-only.
   * One map per tag, shared by every document the tag is on (10,000 notes with a few tags each
   * would otherwise hold tens of thousands of equal maps through the templates stage).
   */
  public Map<String, Object> link(String slug) {
    return links.computeIfAbsent(
        slug,
        s -> {
          Map<String, Object> link = new LinkedHashMap<>();
          link.put("name", name(s));
          link.put("slug", s);
          link.put("uri", uri(s));
          return Collections.unmodifiableMap(link);
        });
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
