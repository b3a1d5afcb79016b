package org.notebake.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.notebake.diagnostics.Diagnostics;

/**
 * Reads a note from disk as strict UTF-8 and parses its front matter. A note that is too large,
 * unreadable or not valid UTF-8 is an error and comes back {@linkplain ParsedNote#malformed()
 * malformed}: private, with no text, rather than published with replacement characters.
 *
 * <pre>{@code
 * NoteReader reader = new NoteReader();
 * for (SourceFile file : vault.notes()) {
 *   ParsedNote note = reader.read(file, diagnostics);
 *   if (note.malformed()) continue; // already reported; stays private
 * }
 * }</pre>
 */
public final class NoteReader {

  /** The rule of the warning about a note git-crypt encrypted. */
  public static final String ENCRYPTED_RULE = "vault.git-crypt";

  /** 5 MiB: far beyond any hand-written note, small enough to parse without harm. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  private final FrontMatterParser parser;
  private final long maxBytes;
  private final NoteCache cache;

  /** A reader with JBake's default header settings and a 5 MiB limit per note. */
  public NoteReader() {
    this(new FrontMatterParser(), DEFAULT_MAX_BYTES);
  }

  public NoteReader(FrontMatterParser parser, long maxBytes) {
    this(parser, maxBytes, null);
  }

  private NoteReader(FrontMatterParser parser, long maxBytes, NoteCache cache) {
    this.parser = parser;
    this.maxBytes = maxBytes;
    this.cache = cache;
  }

  /**
   * This reader, taking notes whose files did not change from {@code cache} and putting the others
   * into it ({@code serve}); a cache filled under other reading settings is emptied.
   */
  public NoteReader withCache(NoteCache cache) {
    cache.adopt(List.of(parser.settings(), maxBytes));
    return new NoteReader(parser, maxBytes, cache);
  }

  /** Reads and parses {@code file}, reporting problems at its relative path. */
  public ParsedNote read(SourceFile file, Diagnostics diagnostics) {
    if (cache == null) {
      return readFile(file, diagnostics);
    }
    SourceStamp before;
    try {
      before = SourceStamp.read(file.path());
    } catch (IOException e) {
      return readFile(file, diagnostics); // reports why it cannot be read
    }
    ParsedNote known = cache.find(file, before, diagnostics);
    if (known != null) {
      return known;
    }
    java.time.Instant readAt = java.time.Instant.now();
    Diagnostics said = new Diagnostics();
    ParsedNote note = readFile(file, said);
    said.sorted().forEach(diagnostics::add);
    cache.keep(file, before, readAt, note, said.sorted());
    return note;
  }

  private ParsedNote readFile(SourceFile file, Diagnostics diagnostics) {
    String path = file.relativePath();
    byte[] bytes;
    try {
      long size = Files.size(file.path());
      if (size > maxBytes) {
        diagnostics.error(path, 0, 0, tooLarge(size));
        return ParsedNote.rejected();
      }
      bytes = Files.readAllBytes(file.path());
    } catch (IOException e) {
      diagnostics.error(
          path,
          0,
          0,
          "note cannot be read: "
              + org.notebake.diagnostics.OsCause.of(e)
              + "; check its permissions");
      return ParsedNote.rejected();
    }
    if (bytes.length > maxBytes) { // it grew after the size check
      diagnostics.error(path, 0, 0, tooLarge(bytes.length));
      return ParsedNote.rejected();
    }
    if (org.notebake.text.GitCrypt.isEncrypted(bytes)) {
      // Not "invalid UTF-8, re-save it": the note is fine in a clone that was unlocked.
      diagnostics.add(
          org.notebake.diagnostics.Diagnostic.warning(
                  path,
                  0,
                  0,
                  "note "
                      + org.notebake.text.GitCrypt.WHAT
                      + ", so it is not published; "
                      + org.notebake.text.GitCrypt.FIX)
              .withRule(ENCRYPTED_RULE));
      return ParsedNote.rejected();
    }
    Optional<String> text = decode(path, bytes, diagnostics);
    return text.map(t -> parser.parse(path, t, diagnostics)).orElseGet(ParsedNote::rejected);
  }

  /**
   * Folds the warnings about notes git-crypt encrypted into one: a locked repository encrypts whole
   * folders.
   */
  public static void tellEncryptedOnce(Diagnostics diagnostics) {
    org.notebake.diagnostics.ToldOnce.group(
        diagnostics, ENCRYPTED_RULE, "more note is encrypted", "more notes are encrypted");
  }

  private String tooLarge(long size) {
    return "note is "
        + size
        + " bytes, over the limit of "
        + maxBytes
        + "; split it or move large data into an attachment";
  }

  private static final char REPLACEMENT = '\uFFFD';

  /** Strict UTF-8: the first invalid byte is reported at its line and column. */
  static Optional<String> decode(String path, byte[] bytes, Diagnostics diagnostics) {
    // The JDK's own decoding replaces each invalid sequence with U+FFFD and is several times
    // faster than a decoder into a buffer: text without U+FFFD was valid. One with it (perhaps
    // written in the note) is decoded again strictly, which finds the invalid byte if any.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf(REPLACEMENT) < 0) {
      return withoutNul(path, text, diagnostics);
    }
    return decodeStrictly(path, bytes, diagnostics).flatMap(t -> withoutNul(path, t, diagnostics));
  }

  /**
   * A note holding NUL characters is not text: UTF-16 saved without a byte-order mark is valid
   * UTF-8, a NUL after every letter, and was published as {@code 9\uFFFD1\uFFFD2...}, which a
   * reader reads as a phone number and the scan did not.
   */
  private static Optional<String> withoutNul(String path, String text, Diagnostics diagnostics) {
    int nul = text.indexOf('\0');
    if (nul < 0) {
      return Optional.of(text);
    }
    int line = 1;
    int lineStart = 0;
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (i < nul && text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
      if (text.charAt(i) == '\0') {
        count++;
      }
    }
    diagnostics.error(
        path,
        line,
        nul - lineStart + 1,
        "note holds "
            + (count == 1 ? "a NUL character" : count + " NUL characters")
            + (count * 4L >= text.length()
                ? ", as UTF-16 saved without a byte-order mark does; re-save the file as UTF-8"
                : "; remove "
                    + (count == 1 ? "it" : "them")
                    + " (a note is text), or re-save the file as UTF-8"));
    return Optional.empty();
  }

  /** As {@link #decode}, always with a decoder that stops at the first invalid byte. */
  static Optional<String> decodeStrictly(String path, byte[] bytes, Diagnostics diagnostics) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      int lineStart = 0;
      for (int i = 0; i < offset; i++) {
        if (bytes[i] == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      diagnostics.error(
          path,
          line,
          offset - lineStart + 1,
          String.format(
              "note is not valid UTF-8 (byte 0x%02X at offset %d); re-save the file as UTF-8",
              bytes[offset] & 0xFF, offset));
      return Optional.empty();
    }
    return Optional.of(out.flip().toString());
  }
}
