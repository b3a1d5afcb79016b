package org.notebake.markdown.obsidian.wikilink.internal;

import java.util.regex.Pattern;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Accepts what Obsidian accepts but CommonMark does not: a link destination with spaces, such as
 * {@code [t](Other Note.md#Some Heading)} or {@code ![a](Pasted image.png)}.
 *
 * <p>Only when CommonMark found no link itself, and only for destinations that look like a vault
 * file (a name with an extension, optionally followed by '#fragment') or a same-note {@code
 * #Heading}, so ordinary prose in parentheses after brackets stays text.
 */
public final class SpacedDestinationLinkProcessor implements LinkProcessor {

  private static final Pattern VAULT_FILE =
      Pattern.compile("(?:[^#]*\\.[A-Za-z0-9]{1,8})(?:#.*)?|#.+");
  private static final String STOPS = "\n()<>[]\"" + Scanner.END;

  @Override
  public LinkResult process(LinkInfo info, Scanner scanner, InlineParserContext context) {
    if (info.destination() != null || info.label() != null || !scanner.next('(')) {
      return LinkResult.none();
    }
    Position start = scanner.position();
    // Stop at brackets too, so a run of unfinished "[a](" costs linear time, not quadratic.
    while (STOPS.indexOf(scanner.peek()) < 0) {
      scanner.next();
    }
    String destination = scanner.getSource(start, scanner.position()).getContent().toString();
    if (!scanner.next(')')) {
      return LinkResult.none();
    }
    String trimmed = destination.strip();
    if (!VAULT_FILE.matcher(trimmed).matches() || LinkDestination.parse(trimmed) == null) {
      return LinkResult.none();
    }
    if (info.marker() != null && "!".equals(info.marker().getLiteral())) {
      return LinkResult.wrapTextIn(new Image(trimmed, null), scanner.position()).includeMarker();
    }
    return LinkResult.wrapTextIn(new Link(trimmed, null), scanner.position());
  }
}
