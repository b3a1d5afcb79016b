package org.notebake.config;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.gallery.MetadataKeepList;

/**
 * Everything a bake needs to know about one site, resolved and checked once from {@code
 * jbake.properties}, notebake's defaults and the vault's {@code .obsidian/app.json}. Below the
 * config package nobody reads a property key: each section is a small typed record.
 *
 * @param source the site folder (or the bare vault)
 * @param bareVault true when the folder is a vault: the whole folder is the content (no
 *     jbake.properties, or one that names no content.folder beside no content/ folder)
 * @param content the content folder
 * @param templates the site's own template folder (may not exist)
 * @param assets the site's own asset folder (may not exist); null for a vault whose
 *     jbake.properties names none
 * @param ignoreHiddenAssets JBake's {@code asset.ignore}: true leaves the asset folder's hidden
 *     files out; false (JBake's default) copies them ({@code .htaccess}, {@code .well-known/})
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
 * @param zone time zone for dates without an offset, and for dates printed by templates
 * @param urls how pages are named and addressed
 * @param pages which list pages are rendered, and where
 * @param headers how JBake headers are read
 * @param templateSet the template of each document type, and the template variables
 * @param photoKeep photo facts kept for captions ({@code privacy.photo.keep})
 * @param warnings problems found while reading the configuration, reported with the bake
 * @param homeNote {@code index.note}: the note (path relative to content) that is the home page, or
 *     "" for the generated one
 * @param neverScanned gitignore patterns (relative to content) for what is never published nor
 *     scanned: Obsidian's templates folders, a Quartz garden's ignorePatterns, and in a vault the
 *     template, asset and data folders jbake.properties names
 * @param photoVariants how photos become responsive variants ({@code gallery.*})
 * @param cacheOutput the output whose caches (photo variants, share cards) this build uses
 * @param keys where the site sets each key, for diagnostics at its line
 * @param snippetHiddenClasses classes the vault's enabled CSS snippets hide ({@code
 *     .obsidian/snippets}): a note's raw HTML of such a class is hidden
 */
public record SiteConfig(
    Path source,
    boolean bareVault,
    Path content,
    Path templates,
    Path assets,
    boolean ignoreHiddenAssets,
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
    Urls urls,
    Pages pages,
    Headers headers,
    TemplateSet templateSet,
    MetadataKeepList photoKeep,
    List<Diagnostic> warnings,
    String homeNote,
    List<String> neverScanned,
    VariantSettings photoVariants,
    Path cacheOutput,
    KeyLocations keys,
    Set<String> snippetHiddenClasses) {

  /**
   * True when the content folder is a JBake site's: a jbake.properties beside it, and no Quartz or
   * Hugo configuration that says whose it is. There, as in JBake, only {@code .html} of the HTML
   * files is a page.
   */
  public boolean isJBakeSite() {
    return !bareVault
        && java.nio.file.Files.isRegularFile(source.resolve("jbake.properties"))
        && !isQuartzGarden()
        && HugoSite.config(source).isEmpty();
  }

  /** True when the site is a Hugo site (a hugo.toml, or a config file naming its baseURL). */
  public boolean isHugoSite() {
    return HugoSite.config(source).isPresent();
  }

  /** True when the site is a Quartz garden (a quartz.config.ts or .yaml beside its content). */
  public boolean isQuartzGarden() {
    return VaultSettings.isQuartzGarden(source);
  }

  /**
   * The folder of the tag pages ({@code tag.path}, e.g. {@code tags}), or null when the site makes
   * none ({@code render.tags=false}): what a note's {@code #tag} and {@code [[tags/x]]} link to.
   */
  public String tagPagesFolder() {
    return pages().tags() ? urls().tagPath() : null;
  }

  /**
   * True when this build bakes a preview ({@code serve}'s temporary folder) that shares the caches
   * of the configured output ({@link #cacheOutput()}) instead of keeping its own.
   */
  public boolean sharesCaches() {
    return !cacheOutput.equals(output);
  }

  /**
   * @param region default region for phone numbers (ISO 3166, e.g. US)
   * @param publicEmails addresses that may appear on the site
   * @param denyFile the deny-list file (may not exist)
   * @param allowFile the allow-list file (may not exist)
   */
  public record PrivacySettings(
      String region, Set<String> publicEmails, Path denyFile, Path allowFile) {}

  /**
   * How pages are named and addressed.
   *
   * <pre>{@code
   * Urls urls = new Urls("https://avery.example.org", ".html", Map.of(), "tags", null, List.of());
   * urls.absolute("essays/a.html");   // "https://avery.example.org/essays/a.html"
   * }</pre>
   *
   * @param host {@code site.host} exactly as written (templates get it so)
   * @param extension {@code output.extension}, e.g. {@code .html} or {@code .htm}
   * @param typeExtensions JBake's {@code template.<type>.extension}, where a type sets its own
   *     (e.g. a {@code maincss} type written as {@code .css})
   * @param tagPath {@code tag.path}, the folder of tag pages
   * @param noExtensionPrefix {@code uri.noExtension.prefix} when {@code uri.noExtension} is on,
   *     else null
   * @param outside {@code links.outside}: folders of the site's address that another build serves
   *     ({@code ru} for a Russian edition built apart into {@code /ru}), without slashes; links
   *     there are not checked
   */
  public record Urls(
      String host,
      String extension,
      Map<String, String> typeExtensions,
      String tagPath,
      String noExtensionPrefix,
      List<String> outside) {
    public Urls {
      outside = List.copyOf(outside);
    }

    /** Whether the site path {@code sitePath} ({@code ru/index.html}) is another build's. */
    public boolean isOutside(String sitePath) {
      for (String folder : outside) {
        if (sitePath.equals(folder) || sitePath.startsWith(folder + "/")) {
          return true;
        }
      }
      return false;
    }

    /** The extension of a document of {@code type}: its own, else {@code output.extension}. */
    public String extension(String type) {
      return typeExtensions.getOrDefault(type, extension);
    }

    /** The site's own address, which links written with it are read against. */
    public org.notebake.links.SiteAddress address() {
      return org.notebake.links.SiteAddress.of(host);
    }

    /** {@code host} with exactly one slash at the end. */
    public String hostWithSlash() {
      return host.endsWith("/") ? host : host + "/";
    }

    /**
     * The absolute URL of a site path ({@code essays/a.html}), with or without a slash in host. It
     * is a URI, as a canonical link, a sitemap and a feed need: the path's chars outside ASCII are
     * percent-encoded as UTF-8 ({@code essays/café.html} → {@code essays/caf%C3%A9.html}), with the
     * rule of FreeMarker's {@code ?url_path} that the theme's sitemap and feeds use, so that the
     * same page has the same address in all of them.
     */
    public String absolute(String sitePath) {
      return hostWithSlash() + pathUri(sitePath.startsWith("/") ? sitePath.substring(1) : sitePath);
    }

    /**
     * Every byte of the path's UTF-8 but letters, digits, {@code -_.!~*'()} and {@code /} as %XX.
     */
    static String pathUri(String path) {
      StringBuilder out = null;
      byte[] bytes = path.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      for (int i = 0; i < bytes.length; i++) {
        int c = bytes[i] & 0xff;
        boolean safe =
            (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "-_.!~*'()/".indexOf(c) >= 0;
        if (!safe && out == null) {
          out = new StringBuilder(path.length() + 16).append(path, 0, i);
        }
        if (out != null) {
          out.append(safe ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
      }
      return out == null ? path : out.toString();
    }
  }

  /**
   * JBake's list pages: whether each is rendered ({@code render.*}) and its file ({@code *.file}).
   *
   * @param postsPerPage {@code index.posts_per_page}, used with {@code paginate}
   */
  public record Pages(
      boolean index,
      String indexFile,
      boolean paginate,
      int postsPerPage,
      boolean archive,
      String archiveFile,
      boolean feed,
      String feedFile,
      boolean sitemap,
      String sitemapFile,
      boolean error404,
      String error404File,
      boolean tags,
      boolean tagsIndex,
      int maxTagsPerNote,
      Map<String, String> siteImages) {}

  /**
   * How notes are read.
   *
   * @param defaultType {@code default.type}, for notes that say none
   * @param separator {@code header.separator}, the line ending a JBake header
   * @param dateFormat {@code date.format}, JBake's pattern for header dates
   * @param defaultStatus {@code default.status} as the site's own properties set it, for notes that
   *     say nothing of publishing; "" when they do not set it (notebake's default is no one's
   *     choice to publish)
   * @param defaultTypeSet whether the site's own properties set {@code default.type}
   */
  public record Headers(
      String defaultType,
      String separator,
      String dateFormat,
      String defaultStatus,
      boolean defaultTypeSet) {}

  /**
   * The template of each document type ({@code post}, {@code masterindex}, {@code tag}...) and what
   * templates see.
   *
   * @param byType document type to template, in JBake's order
   * @param variables the {@code config} variable of templates: every key, dots turned into
   *     underscores, values as written
   * @param locale month and day names in dates ({@code jvm.locale}, else {@code site.locale})
   * @param dataType {@code data.file.docType}, the type of data files
   */
  public record TemplateSet(
      Map<String, Template> byType, Map<String, Object> variables, Locale locale, String dataType) {

    /** The template file of a document type, or null if the type has none. */
    public String file(String type) {
      Template template = byType.get(type);
      return template == null ? null : template.name();
    }
  }

  /**
   * @param name the template file name, e.g. {@code post.ftl}
   * @param fromSite true when the site's {@code templates/} holds it, false for the built-in theme
   */
  public record Template(String name, boolean fromSite) {}
}
