package org.notebake.privacy.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Red team: a phone's MP4 kept the place it was filmed; such a video is refused now. */
class VideoLocationTest {

  /** A box: 32-bit size, type, payload. */
  static byte[] box(String type, byte[]... payload) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] p : payload) {
      body.writeBytes(p);
    }
    byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
    return ByteBuffer.allocate(8 + body.size())
        .putInt(8 + body.size())
        .put(t)
        .put(body.toByteArray())
        .array();
  }

  /** Apple's ©xyz user data: a 2-byte length, a 2-byte language, the ISO 6709 text. */
  static byte[] xyz(String place) {
    byte[] text = place.getBytes(StandardCharsets.US_ASCII);
    return box(
        "\u00A9xyz",
        ByteBuffer.allocate(4 + text.length)
            .putShort((short) text.length)
            .putShort((short) 0x15c7)
            .put(text)
            .array());
  }

  static byte[] video(byte[]... moov) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(box("ftyp", "isom".getBytes(StandardCharsets.US_ASCII), new byte[4]));
    out.writeBytes(box("mdat", new byte[64]));
    out.writeBytes(box("moov", moov));
    return out.toByteArray();
  }

  @Test
  void theQuickTimePlaceIsFoundInTheMovieBox() {
    byte[] clip = video(box("mvhd", new byte[100]), box("udta", xyz("+48.8584+002.2945+030.000/")));
    assertThat(VideoLocation.of("clip.mp4", clip).map(VideoLocation.Found::place))
        .contains("+48.8584+002.2945+030.000/");
    assertThat(VideoLocation.of("clip.MOV", clip)).isPresent();
    assertThat(VideoLocation.of("Voice memo 12.m4a", clip)).as("a voice memo").isPresent();
    assertThat(VideoLocation.of("clip.qt", clip)).isPresent();
  }

  @Test
  void theLocationKeyIsFoundToo() {
    byte[] key = "com.apple.quicktime.location.ISO6709".getBytes(StandardCharsets.US_ASCII);
    byte[] clip = video(box("meta", box("keys", key)));
    assertThat(VideoLocation.of("clip.m4v", clip).map(VideoLocation.Found::place))
        .contains("recorded");
  }

  @Test
  void aVideoWithoutAPlaceOrAnotherFileSaysNothing() {
    assertThat(VideoLocation.of("clip.mp4", video(box("mvhd", new byte[100])))).isEmpty();
    // the bytes of ©xyz in the media data, outside the movie box, are not its user data
    ByteArrayOutputStream inMedia = new ByteArrayOutputStream();
    inMedia.writeBytes(box("ftyp", "isom".getBytes(StandardCharsets.US_ASCII)));
    inMedia.writeBytes(box("mdat", xyz("+1+2/")));
    inMedia.writeBytes(box("moov", box("mvhd", new byte[8])));
    assertThat(VideoLocation.of("clip.mp4", inMedia.toByteArray())).isEmpty();
    assertThat(VideoLocation.of("clip.webm", video(box("udta", xyz("+1+2/"))))).isEmpty();
    assertThat(VideoLocation.of("clip.mp4", new byte[0])).isEmpty();
    assertThat(VideoLocation.of("clip.mp4", new byte[] {0, 0, 0, 1, 'm', 'o', 'o', 'v'})).isEmpty();
  }

  /** Damaged or hostile files never throw: sizes that point anywhere, truncations. */
  @Test
  void randomAndTruncatedFilesNeverThrow() {
    Random random = new Random(20261206L);
    byte[] good = video(box("udta", xyz("+48.8584+002.2945/")));
    for (int i = 0; i < 3000; i++) {
      byte[] bytes = java.util.Arrays.copyOf(good, random.nextInt(good.length + 1));
      for (int flips = random.nextInt(4); flips > 0 && bytes.length > 0; flips--) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      VideoLocation.of("clip.mp4", bytes);
    }
  }

  static final byte[] XMP_UUID =
      java.util.HexFormat.of().parseHex("be7acfcb97a942e89c71999491e3afac");

  /** An XMP packet as exiftool writes {@code -XMP-exif:GPSLatitude=48.8584}. */
  static byte[] xmp(String properties) {
    return ("<?xpacket begin='\uFEFF' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
            + "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n<rdf:RDF"
            + " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
            + " <rdf:Description rdf:about='' xmlns:exif='http://ns.adobe.com/exif/1.0/'"
            + properties
            + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>")
        .getBytes(StandardCharsets.UTF_8);
  }

  static final String GPS =
      ">\n  <exif:GPSLatitude>48,51.504N</exif:GPSLatitude>\n"
          + "  <exif:GPSLongitude>2,17.67E</exif:GPSLongitude>\n";

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  /** Red team (repro-05): exiftool's XMP position, in a top-level uuid box, went out. */
  @Test
  void anXmpPositionInATopLevelUuidBoxIsFound() {
    byte[] clip = concat(video(box("mvhd", new byte[100])), box("uuid", XMP_UUID, xmp(GPS)));

    VideoLocation.Found found = VideoLocation.of("walk.mp4", clip).orElseThrow();

    assertThat(found.place()).isEqualTo("48,51.504N 2,17.67E");
    assertThat(found.kind()).isEqualTo("a GPS position in its XMP");
    assertThat(found.removal()).contains("exiftool -overwrite_original -XMP:all= FILE");
  }

  @Test
  void anXmpPositionInTheMoviesUserDataIsFoundInAUuidOrAnXmpBox() {
    byte[] inUuid = video(box("mvhd", new byte[100]), box("udta", box("uuid", XMP_UUID, xmp(GPS))));
    byte[] inXmpBox = video(box("udta", box("XMP_", xmp(GPS))));
    byte[] attribute =
        video(box("udta", box("XMP_", xmp("\n exif:GPSLatitude = \"48.8584\" />\n<x>"))));
    byte[] inTrack = video(box("trak", box("udta", box("XMP_", xmp(GPS)))));

    assertThat(VideoLocation.of("clip.mov", inUuid)).isPresent();
    assertThat(VideoLocation.of("clip.mov", inXmpBox).map(VideoLocation.Found::place))
        .contains("48,51.504N 2,17.67E");
    assertThat(VideoLocation.of("clip.mov", attribute).map(VideoLocation.Found::place))
        .contains("48.8584");
    assertThat(VideoLocation.of("clip.mov", inTrack)).isPresent();
  }

  @Test
  void xmpWithoutAPositionOrAnotherUuidSaysNothing() {
    byte[] tool = xmp(">\n <xmp:CreatorTool>Example Cut 2</xmp:CreatorTool>\n");
    byte[] onlyRef = xmp(">\n <exif:GPSLatitudeRef>N</exif:GPSLatitudeRef><exif:GPSLatitude/>\n");
    byte[] otherUuid = new byte[16];

    assertThat(VideoLocation.of("a.mp4", concat(video(), box("uuid", XMP_UUID, tool)))).isEmpty();
    assertThat(VideoLocation.of("a.mp4", concat(video(), box("uuid", XMP_UUID, onlyRef))))
        .isEmpty();
    assertThat(VideoLocation.of("a.mp4", concat(video(), box("uuid", otherUuid, xmp(GPS)))))
        .as("a uuid box that is not XMP")
        .isEmpty();
    assertThat(VideoLocation.of("a.mp4", concat(video(), box("uuid", XMP_UUID)))).isEmpty();
  }

  /** A GoPro's GPS track: a metadata track whose samples are GPMF ({@code gpmd}). */
  @Test
  void aGoProGpmfTrackIsFound() {
    byte[] stsd =
        box(
            "stsd",
            new byte[] {0, 0, 0, 0, 0, 0, 0, 1},
            box("gpmd", new byte[] {0, 0, 0, 0, 0, 0, 0, 1}));
    byte[] hdlr =
        box("hdlr", new byte[8], "meta".getBytes(StandardCharsets.US_ASCII), new byte[12]);
    byte[] clip = video(box("trak", box("mdia", hdlr, box("minf", box("stbl", stsd)))));

    VideoLocation.Found found = VideoLocation.of("GX010042.MP4", clip).orElseThrow();

    assertThat(found.kind()).isEqualTo("a GoPro GPS track (GPMF)");
    assertThat(found.removal()).contains("ffmpeg");
    // the four letters elsewhere (media data, a box of that name outside a sample description)
    assertThat(VideoLocation.of("a.mp4", video(box("udta", box("gpmd", new byte[4]))))).isEmpty();
    assertThat(VideoLocation.of("a.mp4", concat(box("mdat", box("gpmd")), video()))).isEmpty();
  }

  /** Hostile sizes: each is read as a player would, or ends the walk; none throws or loops. */
  @Test
  void hostileBoxSizesAreReadLinearly() {
    byte[] place = box("udta", box("XMP_", xmp(GPS)));
    // size 0: the box runs to the end of the file
    byte[] toTheEnd =
        concat(
            box("ftyp", new byte[8]),
            new byte[] {0, 0, 0, 0},
            "moov".getBytes(StandardCharsets.US_ASCII),
            place);
    assertThat(VideoLocation.of("a.mp4", toTheEnd)).isPresent();
    // size 1: a 64-bit size follows the type
    byte[] large =
        concat(
            ByteBuffer.allocate(16)
                .putInt(1)
                .put("moov".getBytes(StandardCharsets.US_ASCII))
                .putLong(16 + place.length)
                .array(),
            place);
    assertThat(VideoLocation.of("a.mp4", large)).isPresent();
    // a 64-bit size past any file, and one that is negative as a Java long
    for (long size : new long[] {Long.MAX_VALUE, -1L, 3L}) {
      byte[] hostile =
          concat(
              ByteBuffer.allocate(16)
                  .putInt(1)
                  .put("moov".getBytes(StandardCharsets.US_ASCII))
                  .putLong(size)
                  .array(),
              place);
      VideoLocation.of("a.mp4", hostile);
    }
    // a size larger than the file: the truncated box is read as far as it goes
    byte[] truncated = video(place);
    ByteBuffer.wrap(truncated).putInt(truncated.length - place.length - 8, 0x7FFF_FFF0);
    assertThat(VideoLocation.of("a.mp4", truncated)).isPresent();
    // sizes 2 to 7 cannot be boxes: nothing after them is read, and nothing loops
    for (int size = 0; size < 8; size++) {
      byte[] damaged =
          concat(
              ByteBuffer.allocate(8)
                  .putInt(size)
                  .put("uuid".getBytes(StandardCharsets.US_ASCII))
                  .array(),
              place);
      VideoLocation.of("a.mp4", damaged);
    }
  }

  /** User data nested in user data a thousand deep, and a hundred thousand: no recursion. */
  @Test
  void deeplyNestedBoxesAreWalkedWithoutRecursion() {
    for (int depth : new int[] {1000, 100_000}) {
      byte[] inner = box("XMP_", xmp(GPS));
      byte[] nested = new byte[inner.length + 8 * depth];
      ByteBuffer buffer = ByteBuffer.wrap(nested);
      for (int i = 0; i < depth; i++) {
        buffer
            .putInt(nested.length - 8 * i)
            .put((i == 0 ? "moov" : "udta").getBytes(StandardCharsets.US_ASCII));
      }
      buffer.put(inner);

      assertThat(VideoLocation.of("a.mp4", nested)).as("depth " + depth).isPresent();
    }
  }
}
