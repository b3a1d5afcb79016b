package org.notebake.jbake;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * One published document as the templates will see it ({@code content} on its own page, an element
 * of {@code published_posts} and friends elsewhere).
 *
 * @param sourcePath where it came from, relative to the site source, for diagnostics
 * @param uri site-relative output path, e.g. {@code essays/signals.html}
 * @param type JBake document type (post, page, project, gallery, ...)
 * @param title plain-text title
 * @param date publication date
 * @param updated last update, or null
 * @param tags tag slugs, e.g. {@code [observability, area/sub]}
 * @param body sanitised HTML
 * @param fields further template fields: summary, description, reading_minutes, cover, toc,
 *     backlinks, tag_links, canonical and allow-listed front matter keys
 */
public record SiteDocument(
    String sourcePath,
    String uri,
    String type,
    String title,
    ZonedDateTime date,
    ZonedDateTime updated,
    List<String> tags,
    String body,
    Map<String, Object> fields) {

  public SiteDocument {
    tags = List.copyOf(tags);
    fields = Map.copyOf(fields);
  }

  /** True if templates find {@code key} in this document's model ({@code content.key}). */
  public boolean templatesSee(String key) {
    return DocumentModels.KEYS.contains(key) || fields.containsKey(key);
  }

  /** The same document with other template fields (a later stage's additions). */
  public SiteDocument withFields(Map<String, Object> fields) {
    return new SiteDocument(sourcePath, uri, type, title, date, updated, tags, body, fields);
  }
}
