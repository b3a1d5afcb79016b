package org.notebake.gallery;

import java.awt.Color;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Test photos made at test time: a plain image plus hand-made metadata segments. */
final class JpegSegments {
  static final String CANARY = "CANARY-7f3a-PRIVATE";
  static final int W = 40;
  static final int H = 20;

  private JpegSegments() {}

  /** A W x H blue image with a red 8x8 block in its stored top-left corner. */
  static BufferedImage markedImage(int type) {
    BufferedImage image = new BufferedImage(W, H, type);
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        image.setRGB(x, y, x < 8 && y < 8 ? Color.RED.getRGB() : Color.BLUE.getRGB());
      }
    }
    return image;
  }

  static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (format.equals("jpeg")) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
          writer.setOutput(stream);
          ImageWriteParam param = writer.getDefaultWriteParam();
          param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
          param.setCompressionQuality(1f);
          writer.write(null, new IIOImage(image, null, null), param);
        }
      } else {
        ImageIO.write(image, format, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A JPEG with EXIF (camera, GPS, orientation), XMP, IPTC, ICC, a comment and a trailer. */
  static byte[] jpegWithEverything(int orientation) {
    byte[] plain = encode(markedImage(BufferedImage.TYPE_INT_RGB), "jpeg");
    byte[] segments =
        ExifBuilder.concat(
            ExifBuilder.camera(orientation).app1(),
            xmpApp1(),
            iptcApp13(),
            iccApp2(),
            segment(0xFE, ("comment " + CANARY).getBytes(StandardCharsets.ISO_8859_1)));
    byte[] trailer = ("appended preview " + CANARY).getBytes(StandardCharsets.ISO_8859_1);
    return ExifBuilder.concat(
        new byte[] {(byte) 0xFF, (byte) 0xD8},
        segments,
        java.util.Arrays.copyOfRange(plain, 2, plain.length),
        trailer);
  }

  static String xmpPacket() {
    return "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        + "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF"
        + " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
        + "<rdf:Description rdf:about='' xmlns:exif='http://ns.adobe.com/exif/1.0/'"
        + " xmlns:dc='http://purl.org/dc/elements/1.1/'"
        + " exif:GPSLatitude='40,44.2N' exif:GPSLongitude='73,59.9W'>"
        + "<dc:description>"
        + CANARY
        + "</dc:description>"
        + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>";
  }

  static byte[] xmpApp1() {
    return segment(
        0xE1,
        ("http://ns.adobe.com/xap/1.0/\0" + xmpPacket()).getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Photoshop 3.0 resource 0x0404 holding IPTC 2:120 (caption). */
  static byte[] iptcApp13() {
    byte[] caption = ("caption " + CANARY).getBytes(StandardCharsets.ISO_8859_1);
    byte[] iptc =
        ExifBuilder.concat(new byte[] {0x1C, 0x02, 0x78, 0, (byte) caption.length}, caption);
    byte[] resource =
        ExifBuilder.concat(
            "8BIM".getBytes(StandardCharsets.ISO_8859_1),
            new byte[] {0x04, 0x04, 0, 0, 0, 0, 0, (byte) iptc.length},
            iptc,
            iptc.length % 2 == 1 ? new byte[] {0} : new byte[0]);
    return segment(
        0xED,
        ExifBuilder.concat("Photoshop 3.0\0".getBytes(StandardCharsets.ISO_8859_1), resource));
  }

  static byte[] iccApp2() {
    byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    return segment(
        0xE2,
        ExifBuilder.concat(
            "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1), new byte[] {1, 1}, icc));
  }

  static byte[] segment(int marker, byte[] payload) {
    int length = payload.length + 2;
    return ExifBuilder.concat(
        new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
  }
}
