package org.notebake.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.notebake.jbake.JBakeSettings;

/**
 * Everything a bake needs to know about one site, resolved once from {@code jbake.properties},
 * notebake's defaults and the vault's {@code .obsidian/app.json}.
 *
 * @param source the site folder (or the bare vault)
 * @param bareVault true when the folder is a vault: the whole folder is the content (no
 *     jbake.properties, or one that names no content.folder beside no content/ folder)
 * @param content the content folder
 * @param templates the site's own template folder (may not exist)
 * @param assets the site's own asset folder (may not exist); null for a vault whose
 *     jbake.properties names none
 * @param data the data folder (may not exist); null for a vault whose jbake.properties names none
 * @param output where the site goes
 * @param publishFolders content folders whose notes are public unless they opt out; "." is the
 *     whole vault
 * @param typeFolders top content folder to document type, for notes without a type
 * @param strictLineBreaks false: a single newline is a line break, as Obsidian shows it
 * @param attachmentFolder the vault's attachment folder relative to content, or "" for none
 * @param removedCallouts callout types that are never published
 * @param exposedKeys front matter keys passed to templates beyond the built-in allow-list
 * @param privacy settings of the private-data scan
 * @param zone time zone for dates without an offset
 * @param jbake JBake's view of the configuration, for the template layer
 * @param homeNote {@code index.note}: the note (path relative to content) that is the home page, or
 *     "" for the generated one
 * @param neverScanned gitignore patterns (relative to content) for what is never published nor
 *     scanned: Obsidian's templates folders, a Quartz garden's ignorePatterns, and in a vault the
 *     template, asset and data folders jbake.properties names
 */
public record SiteConfig(
    Path source,
    boolean bareVault,
    Path content,
    Path templates,
    Path assets,
    Path data,
    Path output,
    List<String> publishFolders,
    Map<String, String> typeFolders,
    boolean strictLineBreaks,
    String attachmentFolder,
    Set<String> removedCallouts,
    Set<String> exposedKeys,
    PrivacySettings privacy,
    ZoneId zone,
    JBakeSettings jbake,
    String homeNote,
    List<String> neverScanned) {

  /**
   * @param region default region for phone numbers (ISO 3166, e.g. US)
   * @param publicEmails addresses that may appear on the site
   * @param denyFile the deny-list file (may not exist)
   * @param allowFile the allow-list file (may not exist)
   */
  public record PrivacySettings(
      String region, Set<String> publicEmails, Path denyFile, Path allowFile) {}
}
