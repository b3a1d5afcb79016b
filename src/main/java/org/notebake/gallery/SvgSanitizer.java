package org.notebake.gallery;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Makes an SVG safe to publish: it is parsed as XML with namespaces, DTDs and external entities
 * off, and written again from an allow-list of SVG elements and attributes (see {@link
 * SvgAllowList}). Nothing that runs script or loads another file survives: no {@code <script>} in
 * any namespace or prefix, no {@code foreignObject}, no {@code on*} attributes, no animation of an
 * event handler or a link, no links but {@code #fragment}s and inline PNG, JPEG, GIF or WebP
 * (stripped of their metadata like any photo), no CSS {@code @import} or {@code url()} to another
 * file.
 *
 * <p>A DOCTYPE is ignored: the external DTD is never read, the defaults of an {@code <!ATTLIST>}
 * are never written, and an external entity ({@code <!ENTITY x SYSTEM "file:///etc/passwd">}) is an
 * error. Internal entities are expanded within small limits (a "billion laughs" is an error).
 *
 * <pre>{@code
 * SanitizedSvg svg = SvgSanitizer.create().sanitize("attachments/map.svg", bytes);
 * Files.write(target, svg.bytes());
 * }</pre>
 */
public final class SvgSanitizer {
  /** Larger files are refused before they are parsed. */
  public static final int DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

  /** Deeper nesting is refused; drawing tools nest groups a few dozen levels at most. */
  public static final int DEFAULT_MAX_DEPTH = 256;

  /** Entity expansions and expanded characters an SVG may use (Illustrator uses a handful). */
  private static final int MAX_ENTITY_EXPANSIONS = 1_000;

  private static final int MAX_ENTITY_CHARS = 1_000_000;

  private static final String JDK_LIMITS = "http://www.oracle.com/xml/jaxp/properties/";

  /**
   * SVGs inside SVGs deeper than this are left out: a drawing tool nests one level (Excalidraw's
   * LaTeX label in its export), and each level is a parse of its own.
   */
  public static final int MAX_NESTING = 3;

  /** A larger inline SVG is left out: a label or a pasted diagram is a few kilobytes. */
  public static final int MAX_INLINE_SVG_BYTES = 4 * 1024 * 1024;

  private final int maxBytes;
  private final int maxDepth;

  /** How many SVGs this one is inside: 0 for a file. */
  private final int nesting;

  private final ImageSanitizer images = ImageSanitizer.create();

  private SvgSanitizer(int maxBytes, int maxDepth, int nesting) {
    this.maxBytes = maxBytes;
    this.maxDepth = maxDepth;
    this.nesting = nesting;
  }

  public static SvgSanitizer create() {
    return new SvgSanitizer(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, 0);
  }

  public static SvgSanitizer withLimits(int maxBytes, int maxDepth) {
    return new SvgSanitizer(maxBytes, maxDepth, 0);
  }

  /**
   * @param file how to name the SVG in errors
   * @throws SvgException when it is too large, does not parse, is not an SVG, or declares an
   *     external entity; nothing of it may then be published
   */
  public SanitizedSvg sanitize(String file, byte[] bytes) throws SvgException {
    if (bytes.length > maxBytes) {
      throw new SvgException(
          file,
          0,
          0,
          "the SVG is larger than " + maxBytes / (1024 * 1024) + " MB; simplify or rasterise it",
          null);
    }
    SvgRebuilder rebuilder =
        new SvgRebuilder(
            maxDepth,
            value -> inlineImage(file, value),
            HiddenClasses.in(new String(bytes, StandardCharsets.UTF_8)));
    try {
      XMLReader reader = newParser().getXMLReader();
      reader.setContentHandler(rebuilder);
      reader.setErrorHandler(rebuilder);
      reader.setEntityResolver(rebuilder);
      reader.setDTDHandler(rebuilder);
      reader.setProperty("http://xml.org/sax/properties/declaration-handler", rebuilder);
      reader.setProperty("http://xml.org/sax/properties/lexical-handler", rebuilder);
      // Messages in English (the root bundle) whatever the locale, as every other diagnostic is.
      reader.setProperty("http://apache.org/xml/properties/locale", Locale.ROOT);
      reader.parse(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (SvgRebuilder.Refusal e) {
      throw new SvgException(file, e.getLineNumber(), e.getColumnNumber(), e.getMessage(), e);
    } catch (SAXParseException e) {
      if (String.valueOf(e.getMessage()).startsWith("JAXP0001")) {
        throw new SvgException(
            file,
            e.getLineNumber(),
            e.getColumnNumber(),
            "the DOCTYPE's entities expand past the limit ("
                + MAX_ENTITY_EXPANSIONS
                + " expansions, "
                + MAX_ENTITY_CHARS
                + " characters); remove the DOCTYPE",
            e);
      }
      throw new SvgException(
          file,
          e.getLineNumber(),
          e.getColumnNumber(),
          "not well-formed XML: " + oneLine(e.getMessage()) + "; fix the file or export it again",
          e);
    } catch (SAXException | IOException e) {
      throw new SvgException(file, 0, 0, "cannot be read as XML: " + oneLine(e.getMessage()), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
    }
    return new SanitizedSvg(
        rebuilder.svg().getBytes(StandardCharsets.UTF_8),
        rebuilder.text(),
        new ArrayList<>(rebuilder.removed()),
        rebuilder.removedLine(),
        rebuilder.pieces());
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").strip().replaceAll("\\.$", "");
  }

  /**
   * The JDK's own parser (never one found on the class path), with every door to other files shut
   * and entity expansion bounded.
   */
  private static SAXParser newParser() throws ParserConfigurationException, SAXException {
    SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setXIncludeAware(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    SAXParser parser = factory.newSAXParser();
    parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    parser.setProperty(JDK_LIMITS + "entityExpansionLimit", String.valueOf(MAX_ENTITY_EXPANSIONS));
    parser.setProperty(JDK_LIMITS + "totalEntitySizeLimit", String.valueOf(MAX_ENTITY_CHARS));
    parser.setProperty(JDK_LIMITS + "maxGeneralEntitySizeLimit", String.valueOf(MAX_ENTITY_CHARS));
    return parser;
  }

  /**
   * An inline photo gets the same treatment as a published one: no EXIF, XMP or IPTC (a GPS
   * position inside an SVG is still a GPS position). An inline SVG is rebuilt as this one is, and
   * its text scanned with this one's.
   */
  private InlineImage inlineImage(String file, String dataUrl) {
    String compact = dataUrl.replaceAll("[\\x00-\\x20\\x7f]+", "");
    byte[] bytes;
    try {
      bytes = Base64.getMimeDecoder().decode(compact.substring(compact.indexOf(',') + 1));
    } catch (IllegalArgumentException e) {
      return InlineImage.dropped("an inline image whose base64 cannot be read");
    }
    if (SvgAllowList.isDataSvg(compact)) {
      return inlineSvg(file, bytes);
    }
    String photo = strippedPhoto(file, bytes);
    return photo == null
        ? InlineImage.dropped("an inline image that cannot be stripped")
        : InlineImage.photo(photo);
  }

  /**
   * An inline SVG rebuilt with the same allow-list, hidden layers and limits, written back as
   * base64 (the same bytes each time); left out, with why, when it is nested too deep, too large or
   * no SVG (an HTML page under an SVG's type).
   */
  private InlineImage inlineSvg(String file, byte[] bytes) {
    if (nesting >= MAX_NESTING) {
      return InlineImage.dropped(
          "an inline SVG nested more than "
              + MAX_NESTING
              + " deep in others; export the drawing again or rasterise the label");
    }
    int limit = Math.min(maxBytes, MAX_INLINE_SVG_BYTES);
    if (bytes.length > limit) {
      return InlineImage.dropped(
          "an inline SVG larger than "
              + limit / (1024 * 1024)
              + " MB; save it as a file of its own and link it");
    }
    try {
      SanitizedSvg inner = new SvgSanitizer(limit, maxDepth, nesting + 1).sanitize(file, bytes);
      return new InlineImage(
          "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(inner.bytes()),
          inner.text(),
          inner.removed(),
          null);
    } catch (SvgException e) {
      return InlineImage.dropped("an inline SVG that cannot be published: " + e.problem());
    }
  }

  /** The photo as a data URL without its metadata; null when it cannot be stripped. */
  private String strippedPhoto(String file, byte[] bytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
      SanitizedImage image = images.sanitize(file, bytes, out, MetadataKeepList.none());
      String type = image.format().name().toLowerCase(Locale.ROOT);
      return "data:image/"
          + type
          + ";base64,"
          + Base64.getEncoder().encodeToString(out.toByteArray());
    } catch (ImageException e) {
      return null;
    }
  }
}
