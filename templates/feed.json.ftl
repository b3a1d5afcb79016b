<#ftl output_format="plainText">
<#--
  JSON Feed 1.1 (https://jsonfeed.org/version/1.1) beside each Atom feed, with the same entries:
  full content for the site, summaries for a topic. JSON has no xml:base, so links in content_html are rewritten: absolute against
  site.host when it is known, else relative to this feed's own folder. Every value goes through
  js(), which JSON-escapes it (and "</"), so no title or body can break the document.
-->
<#function plain value>
  <#if value?is_sequence><#return value?join(", ")></#if>
  <#return value?string>
</#function>
<#-- As base.ftlh's: pt-BR for site.locale=pt_BR, English for a value that is no language. -->
<#function languageTag locale>
  <#local tag = plain(locale)?trim?replace("_", "-")>
  <#return tag?matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")?then(tag, "en")>
</#function>
<#function js value><#return '"' + value?json_string + '"'></#function>
<#function rfc3339 date><#return date?datetime?iso_local></#function>
<#function jsonPath atom>
  <#if atom?contains("/")?then(atom?keep_after_last("/"), atom)?contains(".")><#return atom?keep_before_last(".") + ".json"></#if>
  <#return atom + ".json">
</#function>
<#assign host = plain(config.site_host!"")>
<#if host?has_content && !host?ends_with("/")><#assign host = host + "/"></#if>
<#assign root = (content.rootpath)!"">
<#-- Every URL in the feed starts with base: the site's address, or the way back to its root. -->
<#assign base = host?has_content?then(host, root)>
<#assign siteTitle = plain(config.site_title!"")>
<#assign author = plain(config.site_author!siteTitle)>
<#if (tag)??>
  <#assign tagName = plain(tag)>
  <#assign entries = tagged_documents!tag_posts![]>
  <#assign feedUri = jsonPath(tag_feed_uri!("tags/" + tagName + ".xml"))>
  <#assign pageUri = tag_uri!("tags/" + tagName + ".html")>
  <#assign feedTitle = siteTitle + ": #" + tagName>
<#else>
  <#assign entries = published_posts![]>
  <#assign feedUri = jsonPath(plain(config.feed_file!"feed.xml"))>
  <#assign pageUri = plain(config.archive_file!"archive.html")>
  <#assign feedTitle = siteTitle>
</#if>
<#assign limit = plain(config.feed_limit!"20")?number>
<#if limit gt 0 && entries?size gt limit><#assign entries = entries[0..<limit]></#if>
<#-- page_body's links are relative to its page: its way back to the root becomes base. -->
<#function absoluteBody body uri>
  <#local depth = uri?split("/")?size - 1>
  <#local back = "">
  <#if depth gt 0><#local back = "(?:\\.\\./){" + depth + "}"></#if>
  <#local dir = uri?contains("/")?then(uri?keep_before_last("/") + "/", "")>
  <#-- Links through the root are marked first (\x01), so the pass for the rest skips them. -->
  <#local relative = '(\\s(?:href|src)=")(?![A-Za-z][A-Za-z0-9+.-]*:|/|#|\x01)'>
  <#local out = body?replace(relative + back, "$1\x01", "r")>
  <#local out = out?replace(relative, "$1" + (base + dir)?replace("$", "\\$"), "r")>
  <#local out = out?replace("\x01", base)>
  <#return out?replace('(\\s(?:href|src)=")#', "$1" + (base + uri)?replace("$", "\\$") + "#", "r")>
</#function>
{
  "version": "https://jsonfeed.org/version/1.1",
  "title": ${js(feedTitle)},
<#if host?has_content>
  "home_page_url": ${js(host + pageUri?url_path("UTF-8"))},
  "feed_url": ${js(host + feedUri?url_path("UTF-8"))},
</#if>
<#if (config.site_description)??>
  "description": ${js(plain(config.site_description))},
</#if>
  "language": ${js(languageTag(config.site_locale!"en"))},
  "authors": [{"name": ${js(author)}<#if host?has_content>, "url": ${js(host)}</#if>}],
  "items": [
<#list entries as entry>
    {
      "id": ${js(host + entry.uri?url_path("UTF-8"))},
      "url": ${js(base + entry.uri?url_path("UTF-8"))},
      "title": ${js(entry.title!plain(config.ui_untitled!"Untitled"))},
<#assign entrySummary = (entry.description)!(entry.summary)!"">
<#if entrySummary?has_content>
      "summary": ${js(entrySummary)},
</#if>
<#if (entry.date)??>
      "date_published": ${js(rfc3339(entry.date))},
      "date_modified": ${js(rfc3339((entry.updated)!entry.date))},
</#if>
<#if (entry.tags![])?has_content>
      "tags": [<#list entry.tags as entryTag>${js(entryTag)}<#sep>, </#list>],
</#if>
<#if (tag)??>
<#-- A topic feed carries summaries only, as its Atom twin does: a note with many tags is in many
     topic feeds, and its whole body in each would grow the site with tags times body size. -->
      "content_text": ${js(entrySummary?has_content?then(entrySummary, entry.title!""))}
<#else>
      "content_html": ${js(absoluteBody((entry.page_body)!"", entry.uri))}
</#if>
    }<#sep>,</#sep>
</#list>
  ]
}
