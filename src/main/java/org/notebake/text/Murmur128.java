package org.notebake.text;

/**
 * MurmurHash3 (x64, 128 bits, seed 0) of a stream of 64-bit words, each taken as its eight bytes
 * little-endian: the same result as the reference function over those bytes. Not cryptographic; it
 * tells apart values a rebuild compares (a memo's dependencies), where a chance collision of 128
 * bits is never expected and nobody gains by forging one, at several times SHA-256's speed and with
 * no byte array in between.
 *
 * <pre>{@code
 * Murmur128 h = new Murmur128();
 * h.word(7).text("Avery Quinn");
 * String hex = h.hex();   // 32 hex digits
 * }</pre>
 */
public final class Murmur128 {
  private static final long C1 = 0x87c37b91114253d5L;
  private static final long C2 = 0x4cf5ad432745937fL;

  private static final byte[] HEX =
      "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private long h1;
  private long h2;
  private long pending;
  private boolean hasPending;
  private long words;

  /** Adds one word. */
  public Murmur128 word(long word) {
    words++;
    if (!hasPending) {
      pending = word;
      hasPending = true;
      return this;
    }
    hasPending = false;
    block(pending, word);
    return this;
  }

  /** Mixes in a block of two words. */
  private void block(long k1, long k2) {
    k1 *= C1;
    k1 = Long.rotateLeft(k1, 31);
    k1 *= C2;
    h1 ^= k1;
    h1 = Long.rotateLeft(h1, 27);
    h1 += h2;
    h1 = h1 * 5 + 0x52dce729;
    k2 *= C2;
    k2 = Long.rotateLeft(k2, 33);
    k2 *= C1;
    h2 ^= k2;
    h2 = Long.rotateLeft(h2, 31);
    h2 += h1;
    h2 = h2 * 5 + 0x38495ab5;
  }

  /**
   * Adds a text: its length, then its UTF-16 units four to a word (the last word padded with
   * zeros), so ("ab", "c") and ("a", "bc") differ.
   */
  public Murmur128 text(String text) {
    int length = text.length();
    word(length);
    int i = 0;
    if (length >= 64) {
      // Copied out a slice at a time and read from the array: String.charAt, its checks not
      // compiled away under C1 (bin/notebake), made hashing a text beyond Latin-1 (a body with
      // one curly quote) take twice as long.
      char[] chars = new char[Math.min(length, TEXT_SLICE)];
      while (length - i >= 8) {
        if (hasPending) { // a word waits: complete its block first
          word(units(text, i));
          i += 4;
          continue;
        }
        int count = Math.min(chars.length, (length - i) & ~7);
        text.getChars(i, i + count, chars, 0);
        for (int j = 0; j < count; j += 8) {
          block(
              chars[j]
                  | (long) chars[j + 1] << 16
                  | (long) chars[j + 2] << 32
                  | (long) chars[j + 3] << 48,
              chars[j + 4]
                  | (long) chars[j + 5] << 16
                  | (long) chars[j + 6] << 32
                  | (long) chars[j + 7] << 48);
        }
        words += count / 4;
        i += count;
      }
    }
    for (; i + 4 <= length; i += 4) {
      word(units(text, i));
    }
    if (i < length) {
      long last = 0;
      for (int shift = 0; i < length; i++, shift += 16) {
        last |= (long) text.charAt(i) << shift;
      }
      word(last);
    }
    return this;
  }

  /** How many UTF-16 units {@link #text} copies out at a time. */
  private static final int TEXT_SLICE = 2048;

  /** Four UTF-16 units from {@code at} as one word, the first in the lowest bits. */
  private static long units(String text, int at) {
    return text.charAt(at)
        | (long) text.charAt(at + 1) << 16
        | (long) text.charAt(at + 2) << 32
        | (long) text.charAt(at + 3) << 48;
  }

  /** From this length on, {@link #longText} remembers a text's hash. */
  public static final int LONG_TEXT_CHARS = 1024;

  /**
   * The 128-bit hash of long texts met, by the string object: a serve rebuild hashes the same note
   * texts and bodies (the same string objects, kept by the note cache and the body memo) in every
   * build. A slot per identity hash, the newest text in it; a text whose slot another took is
   * hashed again. Weak: a text the site no longer holds goes. Looked up by identity, not by
   * equality: an equal string found in a map by its {@code hashCode} cost a pass over the whole
   * text first (a third of hashing it), and a bake, which hashes most texts once, paid that for
   * nothing (at 10,000 notes, 5% of a second bake's CPU, with two threads queueing on the map's
   * lock).
   */
  private static final java.util.concurrent.atomic.AtomicReferenceArray<Known> LONG_TEXTS =
      new java.util.concurrent.atomic.AtomicReferenceArray<>(1 << 16);

  /** A text and its hash. */
  private static final class Known extends java.lang.ref.WeakReference<String> {
    final long high;
    final long low;

    Known(String text, long high, long low) {
      super(text);
      this.high = high;
      this.low = low;
    }
  }

  /**
   * Adds a text of {@link #LONG_TEXT_CHARS} or more as its own 128-bit hash (two words), computed
   * once per string object while it stays in its slot; a shorter one as {@link #text}. Not the same
   * stream as {@link #text}: callers tag which one they wrote.
   */
  public Murmur128 longText(String text) {
    if (text.length() < LONG_TEXT_CHARS) {
      return text(text);
    }
    Known known = known(text);
    return word(known.high).word(known.low);
  }

  /**
   * The hash {@link #longText} adds for a text of {@link #LONG_TEXT_CHARS} or more, as {high, low}:
   * to be saved with the text and {@link #remember remembered} when it is read back.
   */
  public static long[] ownHash(String text) {
    if (text.length() < LONG_TEXT_CHARS) {
      Murmur128 own = new Murmur128().text(text).finish();
      return new long[] {own.high(), own.low()};
    }
    Known known = known(text);
    return new long[] {known.high, known.low};
  }

  /**
   * Takes {@code high, low} as the {@link #ownHash} of {@code text} (this string object), which was
   * saved with it: a second bake reads every body from its memo and would otherwise hash them all
   * again (5% of its time at 10,000 notes). Shorter texts are not remembered.
   */
  public static void remember(String text, long high, long low) {
    if (text.length() >= LONG_TEXT_CHARS) {
      LONG_TEXTS.set(slot(text), new Known(text, high, low));
    }
  }

  private static Known known(String text) {
    int slot = slot(text);
    Known known = LONG_TEXTS.get(slot);
    if (known == null || known.get() != text) {
      Murmur128 own = new Murmur128().text(text).finish();
      known = new Known(text, own.high(), own.low());
      LONG_TEXTS.set(slot, known);
    }
    return known;
  }

  private static int slot(String text) {
    return System.identityHashCode(text) & (LONG_TEXTS.length() - 1);
  }

  /** Adds bytes: their count, then eight to a word, little-endian (the last padded with zeros). */
  public Murmur128 bytes(byte[] bytes) {
    word(bytes.length);
    java.nio.ByteBuffer in =
        java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    while (in.remaining() >= 8) {
      word(in.getLong());
    }
    if (in.hasRemaining()) {
      long last = 0;
      for (int shift = 0; in.hasRemaining(); shift += 8) {
        last |= (in.get() & 0xffL) << shift;
      }
      word(last);
    }
    return this;
  }

  /**
   * Adds {@code count} 128-bit hashes ({@code pairs[2i]} high, {@code pairs[2i+1]} low) after their
   * count: in the order given, or ascending when {@code sorted} (the hash of an unordered
   * collection: equal sets of entries hash equal whatever order they were walked in).
   */
  private Murmur128 pairs(long[] pairs, int count, boolean sorted) {
    Integer[] order = new Integer[count];
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    if (sorted) {
      java.util.Arrays.sort(
          order,
          (a, b) -> {
            int byHigh = Long.compare(pairs[2 * a], pairs[2 * b]);
            return byHigh != 0 ? byHigh : Long.compare(pairs[2 * a + 1], pairs[2 * b + 1]);
          });
    }
    word(count);
    for (int i : order) {
      word(pairs[2 * i]).word(pairs[2 * i + 1]);
    }
    return this;
  }

  /**
   * The hashes of a map's entries or a set's items, each its own finished {@link Murmur128},
   * collected and then written after their count: in the order added, or sorted.
   */
  public static final class Parts {
    private long[] pairs;
    private int count;

    public Parts(int expected) {
      pairs = new long[expected * 2];
    }

    /** Finishes {@code part} and keeps its hash (more parts than expected are fine). */
    public void add(Murmur128 part) {
      part.finish();
      if (2 * count == pairs.length) {
        pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2 + 2);
      }
      pairs[2 * count] = part.high();
      pairs[2 * count + 1] = part.low();
      count++;
    }

    public void writeTo(Murmur128 out, boolean sorted) {
      out.pairs(pairs, count, sorted);
    }
  }

  /** The hash's first 64 bits; {@link #finish} first. */
  public long high() {
    return h1;
  }

  /** The hash's last 64 bits; {@link #finish} first. */
  public long low() {
    return h2;
  }

  /** Ends the stream; the hash is then {@link #high} and {@link #low}. Call once. */
  public Murmur128 finish() {
    if (hasPending) {
      long k1 = pending;
      k1 *= C1;
      k1 = Long.rotateLeft(k1, 31);
      k1 *= C2;
      h1 ^= k1;
      hasPending = false;
    }
    long length = words * 8;
    h1 ^= length;
    h2 ^= length;
    h1 += h2;
    h2 += h1;
    h1 = mix(h1);
    h2 = mix(h2);
    h1 += h2;
    h2 += h1;
    return this;
  }

  /** Ends the stream and gives the hash as 32 hex digits. */
  public String hex() {
    finish();
    byte[] digits = new byte[32];
    for (int i = 0; i < 16; i++) {
      digits[i] = HEX[(int) (h1 >>> (60 - 4 * i)) & 0xf];
      digits[16 + i] = HEX[(int) (h2 >>> (60 - 4 * i)) & 0xf];
    }
    return new String(digits, java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  private static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
