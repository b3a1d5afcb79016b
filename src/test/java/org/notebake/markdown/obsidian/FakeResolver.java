package org.notebake.markdown.obsidian;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.notebake.markdown.obsidian.heading.HeadingSlugger;

/**
 * A resolver over a fixed, fictional vault: two notes, a few files; everything else is unresolved.
 */
final class FakeResolver implements ObsidianResolver {

  private static final Map<String, String> NOTES =
      Map.of(
          "Kyoto", "kyoto.html",
          "Kyoto.md", "kyoto.html",
          "Other Note", "other-note.html",
          "Other Note.md", "other-note.html",
          "notes/Other Note.md", "other-note.html");
  private static final Pattern SIZE = Pattern.compile("(\\d+)(?:x(\\d+))?");

  @Override
  public LinkResolution resolveLink(LinkRequest request) {
    String target = request.target();
    if (target.endsWith(".pdf")) {
      return new LinkResolution.Resolved(target.replace(' ', '-'), target);
    }
    String page = target.isEmpty() ? "" : NOTES.get(target);
    if (page == null) {
      return new LinkResolution.Unresolved(target);
    }
    String fragment = request.fragment();
    if (fragment == null) {
      return new LinkResolution.Resolved(page, target.replace(".md", ""));
    }
    String anchor = fragment.startsWith("^") ? fragment : HeadingSlugger.baseSlug(fragment);
    String shown = target.isEmpty() ? fragment : target.replace(".md", "") + " > " + fragment;
    return new LinkResolution.Resolved(page + "#" + anchor, shown);
  }

  @Override
  public EmbedResolution resolveEmbed(LinkRequest request) {
    String target = request.target();
    if (target.startsWith("Secret")) {
      return new EmbedResolution.Unresolved(target);
    }
    if (target.endsWith(".png") || target.endsWith(".jpg")) {
      return image(request);
    }
    if (target.endsWith(".mp3")) {
      return new EmbedResolution.Media("audio", "media/" + target);
    }
    if (target.endsWith(".mp4")) {
      return new EmbedResolution.Media("video", "media/" + target);
    }
    if (target.endsWith(".pdf")) {
      return new EmbedResolution.Download("files/" + target, target);
    }
    if (NOTES.containsKey(target)) {
      return new EmbedResolution.Transclusion(NOTES.get(target), target, "<p>Temples.</p>");
    }
    return new EmbedResolution.Unresolved(target);
  }

  private static EmbedResolution image(LinkRequest request) {
    String src = "img/" + request.target().replace(' ', '-');
    String alias = request.alias();
    Matcher size = SIZE.matcher(alias == null ? "" : alias);
    if (size.matches()) {
      Integer height = size.group(2) == null ? null : Integer.valueOf(size.group(2));
      return new EmbedResolution.Image(src, "", Integer.valueOf(size.group(1)), height);
    }
    return new EmbedResolution.Image(src, alias == null ? "" : alias, null, null);
  }

  @Override
  public String tagHref(String tag) {
    return "tags/" + tag + ".html";
  }
}
