package org.notebake.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.hash.HashCode;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming hash is MurmurHash3 x64 128 of the words' little-endian bytes, as Guava's is. */
class Murmur128Test {
  @Test
  void wordsHashAsGuavasMurmur3OfTheirBytes() {
    Random random = new Random(16);
    for (int round = 0; round < 2_000; round++) {
      int count = random.nextInt(round < 50 ? 4 : 40);
      Murmur128 ours = new Murmur128();
      Hasher guava = Hashing.murmur3_128().newHasher();
      for (int i = 0; i < count; i++) {
        long word = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextLong();
        ours.word(word);
        guava.putLong(word);
      }
      assertThat(ours.hex()).isEqualTo(hex(guava.hash()));
    }
  }

  @Test
  void textIsItsLengthThenItsUnitsFourToAWord() {
    String text = "Avery Quinn \uD83D\uDCFB ";
    Murmur128 ours = new Murmur128().text(text);
    Hasher guava = Hashing.murmur3_128().newHasher().putLong(text.length());
    ByteBuffer units = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
    for (char c : text.toCharArray()) {
      units.putChar(c);
    }
    guava.putBytes(units.array(), 0, 32); // 15 units, padded to four words with zeros
    assertThat(ours.hex()).isEqualTo(hex(guava.hash()));
  }

  @Test
  void bytesAreTheirCountThenEightToAWord() {
    Random random = new Random(8);
    for (int length = 0; length < 40; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      byte[] padded = java.util.Arrays.copyOf(bytes, (length + 7) / 8 * 8);
      Hasher guava = Hashing.murmur3_128().newHasher().putLong(length).putBytes(padded);
      assertThat(new Murmur128().bytes(bytes).hex()).isEqualTo(hex(guava.hash()));
    }
  }

  @Test
  void textsOfAnyLengthAfterAnyWordsHashAsTheirUnits() {
    Random random = new Random(4);
    for (int round = 0; round < 2_000; round++) {
      Murmur128 ours = new Murmur128();
      Hasher guava = Hashing.murmur3_128().newHasher();
      for (int w = random.nextInt(3); w > 0; w--) {
        long word = random.nextLong();
        ours.word(word);
        guava.putLong(word);
      }
      // Short and long (read a slice at a time, across slices), Latin-1 and other texts (stored
      // apart by the JDK).
      char[] chars = new char[random.nextInt(random.nextBoolean() ? 40 : 6_000)];
      int range = random.nextBoolean() ? 0x100 : 0x10000;
      for (int i = 0; i < chars.length; i++) {
        chars[i] = (char) random.nextInt(range);
      }
      ours.text(new String(chars));
      guava.putLong(chars.length);
      ByteBuffer units =
          ByteBuffer.allocate((chars.length + 3) / 4 * 8).order(ByteOrder.LITTLE_ENDIAN);
      for (char c : chars) {
        units.putChar(c);
      }
      guava.putBytes(units.array());
      assertThat(ours.hex()).isEqualTo(hex(guava.hash()));
    }
  }

  @Test
  void splitTextsDiffer() {
    assertThat(new Murmur128().text("ab").text("c").hex())
        .isNotEqualTo(new Murmur128().text("a").text("bc").hex());
    assertThat(new Murmur128().text("").hex()).isNotEqualTo(new Murmur128().hex());
    assertThat(new Murmur128().text("a\u0000").hex()).isNotEqualTo(new Murmur128().text("a").hex());
  }

  /**
   * A long text goes in as its own hash, remembered per string object: thousands of texts, each
   * hashed three times in turn (some share a remembered slot, some are equal but other objects),
   * always give the hash of their own characters, never another text's.
   */
  @Test
  void aLongTextIsAlwaysItsOwnHashWhateverWasRememberedBefore() {
    Random random = new Random(21);
    String[] texts = new String[3_000];
    for (int i = 0; i < texts.length; i++) {
      StringBuilder text = new StringBuilder();
      int length = Murmur128.LONG_TEXT_CHARS + random.nextInt(200);
      for (int c = 0; c < length; c++) {
        text.append((char) ('a' + random.nextInt(3)));
      }
      texts[i] = i % 10 == 0 && i > 0 ? new String(texts[i - 1]) : text.toString();
    }
    for (int round = 0; round < 3; round++) {
      for (int i = round; i < texts.length + round; i++) {
        String text = texts[i % texts.length];
        Murmur128 own = new Murmur128().text(text).finish();
        assertEquals(
            new Murmur128().word(own.high()).word(own.low()).hex(),
            new Murmur128().longText(text).hex(),
            "text " + i % texts.length + ", round " + round);
      }
    }
    assertEquals(
        new Murmur128().text("short").hex(),
        new Murmur128().longText("short").hex(),
        "a short text goes in whole");
  }

  private static String hex(HashCode code) {
    ByteBuffer bytes = ByteBuffer.wrap(code.asBytes()).order(ByteOrder.LITTLE_ENDIAN);
    return String.format("%016x%016x", bytes.getLong(), bytes.getLong());
  }
}
