package org.notebake.privacy.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What anyone who opens an Office or OpenDocument file can read though its author's screen may not
 * show it: comments, deleted passages of tracked changes (kept until the change is accepted),
 * speaker notes, hidden slides, hidden sheets and text formatted as hidden (Word's {@code Hidden}
 * font effect). The scan reads all of it, so a finding there is an error like any other; what is
 * left is told, since it may be meant for the author's eyes alone.
 *
 * <pre>{@code
 * OfficeLeftovers.of(deck); // Optional["speaker notes on 3 slides and 1 hidden slide"]
 * }</pre>
 */
final class OfficeLeftovers {
  /** A Word run: its properties and its text ({@code <w:rPr>} is not one). */
  private static final Pattern WORD_RUN =
      Pattern.compile("<w:r(?:\\s[^>]*)?>(.*?)</w:r>", Pattern.DOTALL);

  /** Word's hidden text, unless turned off ({@code w:val="0"}, as a style's exception). */
  private static final Pattern VANISH =
      Pattern.compile("<w:vanish(?:\\s+w:val=\"(?:1|true|on)\")?\\s*/>");

  private static final Pattern WORD_TEXT = Pattern.compile("<w:t(?:\\s[^>]*)?>\\s*[^<\\s]");

  /** A slide PowerPoint skips in a show; its text is in the file all the same. */
  private static final Pattern HIDDEN_SLIDE =
      Pattern.compile(
          "<p:sld\\s[^>]*\\bshow=\"(?:0|false)\"|<draw:page\\s[^>]*presentation:visibility=\"hidden\"");

  private static final Pattern HIDDEN_SHEET =
      Pattern.compile("<sheet\\s[^>]*\\bstate=\"(?:hidden|veryHidden)\"");

  /** OpenDocument's speaker notes, within a slide's page. */
  private static final Pattern ODF_NOTES =
      Pattern.compile("<presentation:notes\\b.*?</presentation:notes>", Pattern.DOTALL);

  /** A slide number field: every notes page has one, notes or not. */
  private static final Pattern FIELD = Pattern.compile("<a:fld\\b.*?</a:fld>", Pattern.DOTALL);

  private OfficeLeftovers() {}

  /** What is left, as "1 comment and 2 deleted passages ..."; empty when nothing or unreadable. */
  static Optional<String> of(byte[] bytes) {
    int[] found = new int[Kind.values().length];
    try {
      ZipParts.forEach(
          bytes,
          (entry, part) -> {
            if (entry.getName().endsWith(".xml")) {
              count(entry.getName(), new String(part, StandardCharsets.UTF_8), found);
            }
          });
    } catch (FileText.Unreadable e) {
      return Optional.empty();
    }
    List<String> kept = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      if (found[kind.ordinal()] > 0) {
        kept.add(kind.told(found[kind.ordinal()]));
      }
    }
    return kept.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", kept));
  }

  private enum Kind {
    COMMENT("%d comment", "%d comments"),
    DELETION(
        "%d deleted passage of its tracked changes", "%d deleted passages of its tracked changes"),
    NOTES("speaker notes on %d slide", "speaker notes on %d slides"),
    HIDDEN_SLIDE("%d hidden slide", "%d hidden slides"),
    HIDDEN_SHEET("%d hidden sheet", "%d hidden sheets"),
    HIDDEN_TEXT("%d passage of hidden text", "%d passages of hidden text");

    private final String one;
    private final String many;

    Kind(String one, String many) {
      this.one = one;
      this.many = many;
    }

    String told(int count) {
      return String.format(java.util.Locale.ROOT, count == 1 ? one : many, count);
    }
  }

  private static void count(String name, String xml, int[] found) {
    found[Kind.COMMENT.ordinal()] +=
        count(xml, "<w:comment ") // Word
            + count(xml, "<comment ") // Excel's notes
            + count(xml, "<threadedComment ") // Excel's comments
            + count(xml, "<p:cm ") // PowerPoint's
            + count(xml, "<p188:cm ") // PowerPoint's modern comments
            + count(xml, "<office:annotation>")
            + count(xml, "<office:annotation "); // OpenDocument
    found[Kind.DELETION.ordinal()] += count(xml, "<w:del ") + count(xml, "<text:deletion>");
    if (name.startsWith("ppt/notesSlides/") && hasText(FIELD.matcher(xml).replaceAll(""))) {
      found[Kind.NOTES.ordinal()]++;
    }
    Matcher notes = ODF_NOTES.matcher(xml);
    while (notes.find()) {
      if (hasText(notes.group())) {
        found[Kind.NOTES.ordinal()]++;
      }
    }
    found[Kind.HIDDEN_SLIDE.ordinal()] += count(HIDDEN_SLIDE.matcher(xml));
    found[Kind.HIDDEN_SHEET.ordinal()] += count(HIDDEN_SHEET.matcher(xml));
    found[Kind.HIDDEN_TEXT.ordinal()] += hiddenRuns(xml) + count(xml, "<text:hidden-text ");
  }

  /** Runs of Word text formatted as hidden (a style's hidden text is not counted). */
  private static int hiddenRuns(String xml) {
    if (!xml.contains("<w:vanish")) {
      return 0;
    }
    int hidden = 0;
    Matcher run = WORD_RUN.matcher(xml);
    while (run.find()) {
      if (VANISH.matcher(run.group(1)).find() && WORD_TEXT.matcher(run.group(1)).find()) {
        hidden++;
      }
    }
    return hidden;
  }

  private static boolean hasText(String xml) {
    return !xml.replaceAll("<[^>]*>", "").isBlank();
  }

  private static int count(Matcher matcher) {
    int found = 0;
    while (matcher.find()) {
      found++;
    }
    return found;
  }

  private static int count(String text, String tag) {
    int found = 0;
    for (int at = text.indexOf(tag); at >= 0; at = text.indexOf(tag, at + tag.length())) {
      found++;
    }
    return found;
  }
}
