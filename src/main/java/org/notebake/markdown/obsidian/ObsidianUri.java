package org.notebake.markdown.obsidian;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * An {@code obsidian://open} address, which opens a note of a vault in the app ("Copy Obsidian
 * URL"): {@code obsidian://open?vault=Notes&file=Essays%2FSignals%20lost} opens the note {@code
 * Essays/Signals lost}. Obsidian Publish makes such a link to a note of the published vault a link
 * to its page; the renderer does too, when the {@code file} names a note of this vault ({@link
 * ObsidianResolver#namesNote}), and resolves it as the wikilink {@code [[Essays/Signals lost]]}.
 * The vault's name is not compared: a vault baked from a copy or a subfolder is named otherwise.
 *
 * <pre>{@code
 * ObsidianUri.parse("obsidian://open?vault=Notes&file=Signals%23Method")
 * // Optional[ObsidianUri[file=Signals, fragment=Method]]
 * ObsidianUri.parse("obsidian://open?vault=Notes&path=%2Fhome%2Favery%2Fa.md")  // Optional.empty
 * }</pre>
 *
 * @param file the note as written after {@code file=}, decoded, without a {@code #} part
 * @param fragment the heading or block after a {@code #} in it, or null
 */
public record ObsidianUri(String file, String fragment) {
  private static final String OPEN = "obsidian://open?";

  /**
   * The note {@code destination} opens, if it is an {@code obsidian://open} address with a file.
   */
  public static Optional<ObsidianUri> parse(String destination) {
    if (destination == null || !destination.strip().toLowerCase(Locale.ROOT).startsWith(OPEN)) {
      return Optional.empty();
    }
    String query = destination.strip().substring(OPEN.length());
    for (String parameter : query.split("&")) {
      int equals = parameter.indexOf('=');
      if (equals > 0 && parameter.substring(0, equals).equals("file")) {
        String file = decode(parameter.substring(equals + 1)).strip();
        int hash = file.indexOf('#');
        String note = hash < 0 ? file : file.substring(0, hash).strip();
        String fragment = hash < 0 || hash == file.length() - 1 ? null : file.substring(hash + 1);
        return note.isEmpty() ? Optional.empty() : Optional.of(new ObsidianUri(note, fragment));
      }
    }
    return Optional.empty();
  }

  /**
   * The note {@code destination} opens, if it is an {@code obsidian://open} address whose file
   * {@code resolver} knows as a note of this vault (published or not); empty for any other address.
   */
  public static Optional<ObsidianUri> ofNote(String destination, ObsidianResolver resolver) {
    return parse(destination).filter(uri -> resolver.namesNote(uri.file()));
  }

  /** The wikilink request this address stands for, with the link's text and place. */
  public LinkRequest request(String text, int line, int column) {
    return new LinkRequest(file, fragment, text, true, line, column);
  }

  /** Percent-decodes UTF-8, as {@code encodeURIComponent} wrote it; a broken escape stays. */
  private static String decode(String value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int high = c == '%' && i + 2 < value.length() ? Character.digit(value.charAt(i + 1), 16) : -1;
      int low = high >= 0 ? Character.digit(value.charAt(i + 2), 16) : -1;
      if (low >= 0) {
        bytes.write(high * 16 + low);
        i += 2;
        continue;
      }
      out.append(bytes.toString(StandardCharsets.UTF_8));
      bytes.reset();
      out.append(c);
    }
    return out.append(bytes.toString(StandardCharsets.UTF_8)).toString();
  }
}
