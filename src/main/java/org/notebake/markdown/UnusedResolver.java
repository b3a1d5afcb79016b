package org.notebake.markdown;

import org.notebake.markdown.obsidian.EmbedResolution;
import org.notebake.markdown.obsidian.LinkRequest;
import org.notebake.markdown.obsidian.LinkResolution;
import org.notebake.markdown.obsidian.ObsidianResolver;

/** The resolver of the analysis parser, which never renders: any call is a programming error. */
final class UnusedResolver implements ObsidianResolver {
  @Override
  public LinkResolution resolveLink(LinkRequest request) {
    throw new IllegalStateException("the analysis parser does not render");
  }

  @Override
  public EmbedResolution resolveEmbed(LinkRequest request) {
    throw new IllegalStateException("the analysis parser does not render");
  }

  @Override
  public String tagHref(String tag) {
    throw new IllegalStateException("the analysis parser does not render");
  }
}
