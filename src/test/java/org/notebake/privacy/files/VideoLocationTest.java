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
    assertThat(VideoLocation.of("clip.mp4", clip)).contains("+48.8584+002.2945+030.000/");
    assertThat(VideoLocation.of("clip.MOV", clip)).isPresent();
    assertThat(VideoLocation.of("Voice memo 12.m4a", clip)).as("a voice memo").isPresent();
    assertThat(VideoLocation.of("clip.qt", clip)).isPresent();
  }

  @Test
  void theLocationKeyIsFoundToo() {
    byte[] key = "com.apple.quicktime.location.ISO6709".getBytes(StandardCharsets.US_ASCII);
    byte[] clip = video(box("meta", box("keys", key)));
    assertThat(VideoLocation.of("clip.m4v", clip)).contains("recorded");
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
}
