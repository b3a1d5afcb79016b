package org.notebake.site;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.notebake.jbake.SiteDocument;
import org.notebake.links.Attachment;
import org.notebake.markdown.NoteFacts;
import org.notebake.publish.Note;
import org.notebake.publish.NoteKey;
import org.notebake.render.Backlink;
import org.notebake.render.DocumentBuilder;
import org.notebake.render.RelatedEssays;

/**
 * serve's memory of the last build's documents, so that a rebuild after one edit does not build and
 * hash again what the edit did not touch. A note's document is taken from the last build when
 * everything it is built from is equal (the note, its rendered body and facts, its tags' names and
 * addresses, its backlinks; a note with a cover image is always built, since the cover's size is
 * read from the file); an essay's related essays likewise when its document and the essays' tags
 * and dates are. A document taken over is the same object, and the hashes of its template fields
 * (what the page memo compares) are remembered by that object: a rebuild hashes only the fields of
 * documents built anew.
 *
 * <pre>{@code
 * DocumentMemory docs = new DocumentMemory();         // one per serve session
 * new SiteBuilder(config, diagnostics).withDocumentMemory(docs).build(...);  // each rebuild
 * }</pre>
 *
 * <p>Everything here is a pure function of what it is keyed by, so a hit gives what building again
 * would: {@code IncrementalBuildTest} holds a rebuild's output to a clean bake's after random
 * edits. Another salt (configuration, templates, notebake) forgets everything. Builds must not
 * overlap.
 */
public final class DocumentMemory implements org.notebake.jbake.JBakeSite.FieldMemory {
  /** What {@link DocumentBuilder#build} reads of a note, besides the site's configuration. */
  record Inputs(
      Note note,
      DocumentBuilder.Body body,
      NoteFacts facts,
      List<String> tagLinks,
      List<Backlink> backlinks) {}

  private record Built(Inputs inputs, SiteDocument doc) {}

  private String salt;
  private Map<NoteKey, Built> built = new ConcurrentHashMap<>();
  private Map<NoteKey, Built> building = new ConcurrentHashMap<>();
  private List<RelatedEssays.Essay> essays = List.of();
  private Map<String, List<String>> related = Map.of();
  private Map<SiteDocument, Attached> attached = new IdentityHashMap<>();
  private Map<SiteDocument, Map<String, String>> hashes = new IdentityHashMap<>();
  private Map<SiteDocument, Map<String, String>> hashing = new IdentityHashMap<>();
  private int reused;

  /** Starts a build under {@code salt}: made under another, everything is forgotten. */
  synchronized void begin(String salt) {
    if (!salt.equals(this.salt)) {
      this.salt = salt;
      built = new ConcurrentHashMap<>();
      essays = List.of();
      related = Map.of();
      attached = new IdentityHashMap<>();
      hashes = new IdentityHashMap<>();
    }
    building = new ConcurrentHashMap<>();
    hashing = new IdentityHashMap<>();
    reused = 0;
  }

  /**
   * The last build's document of this note if it was built from equal inputs, else {@code make}'s.
   * Thread-safe (documents are built in parallel).
   */
  SiteDocument document(
      NoteKey key, Inputs inputs, Optional<Attachment> cover, Supplier<SiteDocument> make) {
    if (cover.isPresent()) {
      return make.get();
    }
    Built last = built.get(key);
    SiteDocument doc;
    if (last != null && last.inputs().equals(inputs)) {
      doc = last.doc();
      synchronized (this) {
        reused++;
      }
    } else {
      doc = make.get();
    }
    building.put(key, new Built(inputs, doc));
    return doc;
  }

  /**
   * The documents, each essay with its related essays attached ({@link RelatedEssays#attach}):
   * which essays are related is taken from the last build when the essays' uris, dates and tags are
   * the same; an essay's document with them is the last build's object when it was made from the
   * same document object with the same related documents (objects).
   */
  synchronized List<SiteDocument> attachRelated(List<SiteDocument> documents) {
    List<RelatedEssays.Essay> now = RelatedEssays.essays(documents);
    if (!now.equals(essays)) {
      essays = now;
      related = RelatedEssays.uris(now);
    }
    Map<String, SiteDocument> byUri = new java.util.HashMap<>();
    documents.forEach(doc -> byUri.put(doc.uri(), doc));
    Map<SiteDocument, Attached> made = new IdentityHashMap<>();
    RelatedEssays.Entries entries = new RelatedEssays.Entries();
    List<SiteDocument> out = new ArrayList<>(documents.size());
    for (SiteDocument doc : documents) {
      List<String> uris = related.getOrDefault(doc.uri(), List.of());
      if (uris.isEmpty()) {
        out.add(doc);
        continue;
      }
      Attached last = attached.get(doc);
      if (last != null && sameObjects(last.related(), uris, byUri)) {
        made.put(doc, last);
        out.add(last.doc());
        continue;
      }
      List<SiteDocument> relatedDocs = uris.stream().map(byUri::get).toList();
      SiteDocument with = RelatedEssays.withRelated(doc, relatedDocs, entries);
      made.put(doc, new Attached(relatedDocs, with));
      out.add(with);
    }
    attached = made;
    return out;
  }

  private record Attached(List<SiteDocument> related, SiteDocument doc) {}

  /** Whether {@code related} are the very documents {@code uris} name now, in that order. */
  private static boolean sameObjects(
      List<SiteDocument> related, List<String> uris, Map<String, SiteDocument> byUri) {
    if (related.size() != uris.size()) {
      return false;
    }
    for (int i = 0; i < related.size(); i++) {
      if (related.get(i) != byUri.get(uris.get(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The remembered hashes of {@code doc}'s template fields, by field name: the same map as last
   * build's when it is the same document object. Fill it with {@code computeIfAbsent}.
   */
  @Override
  public synchronized Map<String, String> fieldHashes(SiteDocument doc) {
    Map<String, String> known = hashing.get(doc);
    if (known == null) {
      known = hashes.get(doc);
      if (known == null) {
        known = new ConcurrentHashMap<>();
      }
      hashing.put(doc, known);
    }
    return known;
  }

  /** Whether {@code doc} is an object the last build had (before {@link #end}). */
  @Override
  public synchronized boolean takenOver(SiteDocument doc) {
    return hashes.containsKey(doc);
  }

  /**
   * Ends a build that reached its pages (the templates stage begins): what it built is what the
   * next one compares with, as the page memo's last build is this one.
   */
  synchronized void end() {
    built = building;
    hashes = hashing;
    building = new ConcurrentHashMap<>();
    hashing = new IdentityHashMap<>();
  }

  /** How many documents the last build took over. */
  public synchronized int reused() {
    return reused;
  }
}
