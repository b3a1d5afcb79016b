package org.notebake.site;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notebake.jbake.JBakeSite;
import org.notebake.jbake.PlannedOutput;
import org.notebake.links.Attachment;
import org.notebake.publish.Note;

/**
 * Everything the site will contain, decided before the first file is written.
 *
 * @param site the JBake model that renders the pages
 * @param pages the template outputs
 * @param attachments the attachments published notes reference
 * @param assets theme and site assets by site path
 * @param notes published notes by source path, for mapping findings back to their lines
 * @param cards the share cards drawn or found in the cache, published with the assets
 * @param shownBy each attachment a note shows, to the first such note (by path)
 * @param draftOnly the attachments only a preview's drafts show ({@link DraftOnlyFiles}); empty in
 *     any other build
 * @param redirects the pages at notes' old addresses ({@link Redirects})
 */
record SitePlan(
    JBakeSite site,
    List<PlannedOutput> pages,
    List<Attachment> attachments,
    Map<String, AssetCopier.AssetSource> assets,
    Map<String, Note> notes,
    org.notebake.cards.ShareCards.Result cards,
    Map<String, String> shownBy,
    Set<Attachment> draftOnly,
    List<Redirects.Redirect> redirects) {

  /** The same plan with these redirects. */
  SitePlan withRedirects(List<Redirects.Redirect> redirects) {
    return new SitePlan(
        site, pages, attachments, assets, notes, cards, shownBy, draftOnly, List.copyOf(redirects));
  }
}
