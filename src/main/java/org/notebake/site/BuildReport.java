package org.notebake.site;

import java.util.List;
import java.util.Map;

/**
 * What a bake did, for the summary line and for tests.
 *
 * @param notesFound Markdown notes in the content folder
 * @param notesPublished notes that were published
 * @param attachmentsFound attachments in the content folder
 * @param attachmentsPublished attachments a published note references, written to the site
 * @param filesWritten every file of the site (pages, feeds, assets, attachments)
 * @param publishedFiles files the privacy scan cannot read (audio, video, archives), with their
 *     sizes, published as they are (listed so the author sees them)
 * @param privacyFindings findings of the private-data scan (allowed ones not counted)
 * @param stageMillis wall time of each stage, in pipeline order
 * @param written false if nothing was written (errors, or a check run)
 */
public record BuildReport(
    int notesFound,
    int notesPublished,
    int attachmentsFound,
    int attachmentsPublished,
    int filesWritten,
    List<String> publishedFiles,
    int privacyFindings,
    Map<String, Long> stageMillis,
    boolean written) {

  public BuildReport {
    publishedFiles = List.copyOf(publishedFiles);
    stageMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageMillis));
  }
}
