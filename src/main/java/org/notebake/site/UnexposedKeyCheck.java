package org.notebake.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.jbake.SiteDocument;
import org.notebake.jbake.TemplateFieldReferences;
import org.notebake.publish.Note;
import org.notebake.vault.FrontMatter;

/**
 * Says, once per key, when a site's template reads a field ({@code content.author}) that a note's
 * front matter sets but templates are not given: YAML front matter reaches templates only through
 * an allow-list, and without this the template's {@code ??} test quietly fails on every page.
 *
 * <pre>
 * content/posts/monterey.md:6:1: warning: templates/post.ftl:4:12 reads content.author, which
 * this note's front matter sets but templates are not given (front matter reaches them only
 * through an allow-list); add frontmatter.expose=author to jbake.properties (also set in 2 other
 * notes)
 * </pre>
 */
final class UnexposedKeyCheck {
  private UnexposedKeyCheck() {}

  /**
   * @param references what the site's own templates read ({@link TemplateFieldReferences})
   * @param templatesPath the templates folder as reported, {@code templates/}
   * @param notes the published notes by path
   */
  static void report(
      List<TemplateFieldReferences.Reference> references,
      String templatesPath,
      List<SiteDocument> documents,
      Map<String, Note> notes,
      Set<String> exposedKeys,
      Diagnostics diagnostics) {
    List<SiteDocument> sorted = new ArrayList<>(documents);
    sorted.sort(Comparator.comparing(SiteDocument::sourcePath));
    Set<String> told = new HashSet<>();
    for (TemplateFieldReferences.Reference reference : references) {
      if (!told.add(reference.key())) {
        continue;
      }
      String first = null;
      String key = null;
      int line = 0;
      int others = 0;
      for (SiteDocument doc : sorted) {
        Note note = notes.get(doc.sourcePath());
        Optional<String> set =
            doc.templatesSee(reference.key()) || note == null
                ? Optional.empty()
                : keyFor(note.frontMatter(), reference.key(), exposedKeys);
        if (set.isEmpty()) {
          continue;
        }
        if (first == null) {
          first = doc.sourcePath();
          key = set.get();
          line = note.frontMatter().line(key);
        } else {
          others++;
        }
      }
      if (first != null) {
        diagnostics.warning(
            first,
            line,
            1,
            templatesPath
                + reference.template()
                + ":"
                + reference.line()
                + ":"
                + reference.column()
                + " reads "
                + reference.variable()
                + "."
                + reference.key()
                + ", which this note's front matter sets but templates are not given (front matter"
                + " reaches them only through an allow-list); add frontmatter.expose="
                + key
                + " to jbake.properties"
                + (others == 0
                    ? ""
                    : " (also set in " + others + " other note" + (others == 1 ? ")" : "s)")));
      }
    }
  }

  /**
   * Keys notebake reads itself: a cover that did not reach templates is a vault image not found
   * (said at the note), and exposing the raw text would not help.
   */
  private static final Set<String> NOT_SUGGESTED = Set.of("cover", "image", "privacy-allow");

  /**
   * The front matter key that would give templates {@code field} ({@code featured-image} gives
   * {@code featured_image}) and is not already exposed; empty if none.
   */
  private static Optional<String> keyFor(FrontMatter fm, String field, Set<String> exposedKeys) {
    for (String key : fm.keys()) {
      if ((key.equals(field) || key.replace('-', '_').equals(field))
          && !exposedKeys.contains(key)
          && !NOT_SUGGESTED.contains(key)) {
        return Optional.of(key);
      }
    }
    return Optional.empty();
  }
}
