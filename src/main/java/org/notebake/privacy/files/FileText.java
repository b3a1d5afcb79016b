package org.notebake.privacy.files;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The text the privacy scan reads in a file published as it is (an attachment or an asset), by what
 * the file is: text files whole, markup with its character references decoded (attributes and
 * comments included), PDFs through {@link PdfText}, Office and OpenDocument files and EPUBs through
 * the XML inside them. Empty for what cannot be read (audio, video, fonts, archives), which the
 * build summary lists instead.
 *
 * <pre>{@code
 * FileText.of("attachments/contacts.csv", bytes); // Optional["name,phone\nJo,912 555 0142\n"]
 * FileText.of("attachments/memo.mp3", bytes);     // Optional.empty()
 * }</pre>
 */
public final class FileText {
  private static final Set<String> TEXT =
      Set.of(
          "txt",
          "text",
          "csv",
          "tsv",
          "json",
          "md",
          "markdown",
          "vtt",
          "srt",
          "css",
          "js",
          "mjs",
          "map",
          "webmanifest",
          "yml",
          "yaml",
          "toml",
          "ics",
          "vcf",
          "ini",
          "log");

  private static final Set<String> MARKUP =
      Set.of("html", "htm", "xhtml", "xml", "rss", "atom", "opml", "gpx", "kml");

  /** ZIP files of XML: Office Open XML, OpenDocument, EPUB. */
  private static final Set<String> XML_ZIPS =
      Set.of(
          "docx", "xlsx", "pptx", "docm", "xlsm", "pptm", "dotx", "potx", "xltx", "odt", "ods",
          "odp", "odg", "epub");

  /** Media, archives and fonts: never text, whatever their first bytes look like. */
  private static final Set<String> BINARY =
      Set.of(
          "mp3", "wav", "ogg", "oga", "opus", "m4a", "flac", "aac", "webm", "mp4", "m4v", "mov",
          "mkv", "ogv", "zip", "ico", "woff", "woff2", "ttf", "otf", "eot", "wasm");

  private FileText() {}

  /** A file whose type says it holds text, or whose bytes turn out to be UTF-8 text. */
  public static Optional<String> of(String path, byte[] bytes) throws Unreadable, Refused {
    String ext = extension(path);
    if (!BINARY.contains(ext)) {
      refuseAPhotoWithAPosition(ext, bytes);
    }
    if (TEXT.contains(ext)) {
      return Optional.of(text(bytes));
    }
    if (MARKUP.contains(ext)) {
      return Optional.of(Parser.unescapeEntities(text(bytes), false));
    }
    if (ext.equals("pdf")) {
      return Optional.of(PdfText.of(bytes));
    }
    if (XML_ZIPS.contains(ext)) {
      return Optional.of(xmlInZip(bytes));
    }
    if (ext.equals("zip")) {
      refuseAPhotoWithAPositionInArchive(bytes);
    }
    return BINARY.contains(ext) ? Optional.empty() : strictUtf8(bytes);
  }

  /** Readable in principle, but not this file: encrypted, damaged, or too large inflated. */
  public static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** A file that must not be published as it is: a photo inside it carries its GPS position. */
  public static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /** True for a file whose type says it is text or markup ({@code .css}, {@code .html}, ...). */
  public static boolean isTextByName(String path) {
    String ext = extension(path);
    return TEXT.contains(ext) || MARKUP.contains(ext);
  }

  public static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /**
   * UTF-8, or UTF-16 or UTF-32 with its byte order mark or without ({@link TextEncoding}); invalid
   * bytes become U+FFFD, digits survive.
   */
  public static String decode(byte[] bytes) {
    return TextEncoding.decode(bytes);
  }

  /**
   * The text of a file its type says is text.
   *
   * @throws Unreadable when it holds NUL bytes and is in no encoding the scan knows: read as UTF-8
   *     anyway, its numbers and addresses could be anything
   */
  private static String text(byte[] bytes) throws Unreadable {
    return TextEncoding.of(bytes)
        .map(TextEncoding.Decoded::text)
        .orElseThrow(
            () ->
                new Unreadable(
                    "it holds NUL bytes and is not text in UTF-8, UTF-16 or UTF-32; save it as"
                        + " UTF-8",
                    null));
  }

  /** Text of any name ({@code CNAME}, {@code LICENSE}): valid UTF-8 with no NUL byte. */
  private static Optional<String> strictUtf8(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** Ends of paragraphs, cells and rows in WordprocessingML, SpreadsheetML, ODF and XHTML. */
  private static final Pattern BLOCK_END =
      Pattern.compile("</(?:[\\w.-]+:)?(?:p|h|h[1-6]|tr|tc|td|row|c|si|li|div|title)>");

  private static final Pattern BREAK = Pattern.compile("<(?:[\\w.-]+:)?(?:tab|br|s)\\b[^>]*>");

  /**
   * Attribute values that are addresses: hyperlink targets in {@code .rels}, {@code mailto:}, and
   * the schemes of calling and messaging apps.
   */
  private static final Pattern ADDRESS_ATTRIBUTE =
      Pattern.compile(
          "=\"((?:mailto:|tel:|sms:|facetime:|facetime-audio:|callto:|skype:|viber:|imessage:"
              + "|https?:)[^\"]*|[^\"]*@[^\"]*)\"");

  /**
   * A link's target for the scan: as written and, when it is percent-encoded ({@code
   * facetime:%2B19125550142}, twice: {@code %252B}), decoded as a browser or phone reads it, on a
   * line of its own. An escape that does not decode leaves the target as written.
   */
  static String linkTarget(String target) {
    StringBuilder text = new StringBuilder(target);
    String decoded = target;
    for (int round = 0; round < 2 && decoded.indexOf('%') >= 0; round++) {
      try {
        decoded = java.net.URLDecoder.decode(decoded.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        break; // a lone % (50% off): what decoded so far is read
      }
      text.append('\n').append(decoded);
    }
    return text.toString();
  }

  /**
   * The text of one XML part: a run split across tags ({@code <w:t>912 555</w:t><w:t> 0142}) is
   * joined again, blocks are kept apart, and hyperlink targets are read too.
   */
  static String xmlText(String xml) {
    StringBuilder text = new StringBuilder();
    String blocks = BREAK.matcher(BLOCK_END.matcher(xml).replaceAll("\n")).replaceAll(" ");
    text.append(Parser.unescapeEntities(blocks.replaceAll("<[^>]*>", ""), false));
    Matcher address = ADDRESS_ATTRIBUTE.matcher(xml);
    while (address.find()) {
      text.append('\n').append(linkTarget(Parser.unescapeEntities(address.group(1), false)));
    }
    return text.toString();
  }

  /**
   * A photo under another name ({@code scan.pdf}, {@code IMG_0412} without an extension, {@code
   * photo.txt}) would be published as it is, metadata and all, since only a photo's name sends it
   * to the stripper: one that records where it was taken is refused, and its message says how to
   * publish it stripped.
   */
  private static void refuseAPhotoWithAPosition(String ext, byte[] bytes) throws Refused {
    if (hasGpsPosition(bytes)) {
      throw new Refused(
          "it is a photo ("
              + photoType(bytes)
              + ") that records where it was taken (a GPS position), whatever its name says ("
              + (ext.isEmpty() ? "no extension" : "." + ext)
              + "), so it is not published; give it its photo's extension (.jpg, .png, .webp),"
              + " which publishes it without its metadata");
    }
  }

  private static String photoType(byte[] bytes) {
    try {
      return com.drew.imaging.FileTypeDetector.detectFileType(
              new java.io.BufferedInputStream(new ByteArrayInputStream(bytes)))
          .getName();
    } catch (IOException e) {
      return "an image";
    }
  }

  /**
   * True for a photo (any format metadata-extractor reads) with a GPS latitude and longitude in its
   * EXIF, or a latitude or longitude in its XMP ({@code exif:GPSLatitude}, which exiftool and
   * Lightroom write without EXIF; DJI's {@code drone-dji:GpsLatitude}), as a video's is found.
   */
  static boolean hasGpsPosition(byte[] part) {
    try {
      Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(part));
      for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
        if (gps.getGeoLocation() != null) {
          return true;
        }
      }
      for (XmpDirectory xmp : metadata.getDirectoriesOfType(XmpDirectory.class)) {
        for (Map.Entry<String, String> property : xmp.getXmpProperties().entrySet()) {
          String name = property.getKey().toLowerCase(Locale.ROOT);
          if ((name.endsWith("gpslatitude") || name.endsWith("gpslongitude"))
              && property.getValue() != null
              && !property.getValue().isBlank()) {
            return true;
          }
        }
      }
      return false;
    } catch (ImageProcessingException | IOException | RuntimeException e) {
      return false; // not a photo
    }
  }

  /**
   * An archive is not read (it is listed as unread), but a photo in it that records where it was
   * taken (a trip's photos zipped for download) has it refused, as in an Office file. One this
   * cannot open is listed as before.
   */
  private static void refuseAPhotoWithAPositionInArchive(byte[] bytes) throws Refused {
    List<String> found = new ArrayList<>(1);
    try {
      ZipParts.forEach(
          bytes,
          (entry, part) -> {
            if (found.isEmpty() && hasGpsPosition(part)) {
              found.add(entry.getName());
            }
          });
    } catch (Unreadable e) {
      return;
    }
    if (!found.isEmpty()) {
      throw new Refused(
          "the photo "
              + found.get(0)
              + " inside it records where it was taken (a GPS position), so it is not published;"
              + " remove the photo's location (exiftool -gps:all= PHOTO) and zip it again");
    }
  }

  /**
   * Every XML part of the package, metadata ({@code docProps/core.xml}: the author) as well as
   * content, with tags turned into spaces and references decoded; a package inside it (the workbook
   * behind a chart) is read the same way, up to {@link ZipParts#MAX_DEPTH} deep.
   */
  private static String xmlInZip(byte[] bytes) throws Unreadable, Refused {
    StringBuilder text = new StringBuilder();
    List<String> refused = new ArrayList<>(1);
    xmlInZip(bytes, "", 1, new ZipParts.Budget(), text, refused);
    if (!refused.isEmpty()) {
      throw new Refused(refused.get(0));
    }
    return text.toString();
  }

  /**
   * Appends the text of the package found at {@code within} ("" for the file itself), {@code depth}
   * packages deep; the first reason to refuse the file is added to {@code refused}.
   */
  private static void xmlInZip(
      byte[] bytes,
      String within,
      int depth,
      ZipParts.Budget budget,
      StringBuilder text,
      List<String> refused)
      throws Unreadable {
    ZipParts.forEach(
        bytes,
        budget,
        (entry, part) -> {
          String name = within + entry.getName();
          if (isXmlPart(name)) {
            text.append(xmlText(decode(part))).append('\n');
          } else if (ZipParts.isPackage(part)) {
            if (depth >= ZipParts.MAX_DEPTH) {
              refused.add(packedTooDeep(name));
            } else {
              text.append(name).append('\n');
              xmlInZip(part, name + "/", depth + 1, budget, text, refused);
            }
          } else if (ZipParts.isCompoundFile(part)) {
            throw new Unreadable(
                "it carries "
                    + name
                    + ", a file in the format of Office 97 to 2003 (an embedded object), which"
                    + " the scan cannot read",
                null);
          } else if (refused.isEmpty() && hasGpsPosition(part)) {
            // The package cannot be rewritten here as a photo file would be: it is refused.
            refused.add(
                "the photo "
                    + name
                    + " inside it carries a GPS position, so it is not published; remove the"
                    + " photo's location (or the photo) in the document and save it again");
          }
        });
  }

  private static boolean isXmlPart(String path) {
    String name = path.toLowerCase(Locale.ROOT);
    return name.endsWith(".xml")
        || name.endsWith(".rels")
        || name.endsWith(".xhtml")
        || name.endsWith(".html")
        || name.endsWith(".opf")
        || name.endsWith(".ncx")
        || name.endsWith(".txt");
  }

  private static String packedTooDeep(String name) {
    return "the document "
        + name
        + " inside it is packed in more than "
        + ZipParts.MAX_DEPTH
        + " documents one inside another, deeper than the scan reads, so it is not published;"
        + " open the document that holds it and paste its content in as text or a picture";
  }
}
