package org.notebake.gallery;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Drops GIF comment extensions and application extensions (where XMP lives), keeping frames, their
 * timing and the NETSCAPE2.0 block that makes an animation loop.
 */
final class GifStripper {
  private static final int SCREEN_DESCRIPTOR_END = 13;
  private static final int EXTENSION = 0x21;
  private static final int IMAGE = 0x2C;
  private static final int TRAILER = 0x3B;
  private static final int APPLICATION = 0xFF;
  private static final int GRAPHIC_CONTROL = 0xF9;
  private static final int PLAIN_TEXT = 0x01;

  private final String file;
  private final byte[] in;
  private final ByteArrayOutputStream out;

  private GifStripper(String file, byte[] in) {
    this.file = file;
    this.in = in;
    this.out = new ByteArrayOutputStream(in.length);
  }

  static Stripped strip(String file, byte[] in) throws ImageException {
    return new GifStripper(file, in).run();
  }

  private Stripped run() throws ImageException {
    int pos = copy(0, SCREEN_DESCRIPTOR_END + colorTableSize(10));
    while (pos < in.length) {
      int block = in[pos] & 0xFF;
      if (block == TRAILER) {
        out.write(TRAILER);
        return new Stripped(out.toByteArray(), readLe(6), readLe(8));
      } else if (block == IMAGE) {
        pos = copy(pos, 10 + colorTableSize(pos + 9));
        pos = copy(pos, 1);
        pos = subBlocks(pos, true);
      } else if (block == EXTENSION && pos + 1 < in.length) {
        pos = extension(pos);
      } else {
        throw broken("an unknown block starts at byte " + pos);
      }
    }
    throw broken("it ends before the trailer");
  }

  private int extension(int pos) throws ImageException {
    int label = in[pos + 1] & 0xFF;
    boolean keep =
        label == GRAPHIC_CONTROL
            || label == PLAIN_TEXT
            || (label == APPLICATION && isLoopBlock(pos + 2));
    if (keep) {
      out.write(in, pos, 2);
    }
    return subBlocks(pos + 2, keep);
  }

  private boolean isLoopBlock(int pos) {
    if (pos + 12 > in.length || (in[pos] & 0xFF) != 11) {
      return false;
    }
    String id = new String(in, pos + 1, 11, StandardCharsets.ISO_8859_1);
    return id.equals("NETSCAPE2.0") || id.equals("ANIMEXTS1.0");
  }

  /** Copies (or skips) size-prefixed sub-blocks up to and including the 0 terminator. */
  private int subBlocks(int pos, boolean keep) throws ImageException {
    int start = pos;
    while (pos < in.length) {
      int size = in[pos] & 0xFF;
      pos += 1 + size;
      if (size == 0) {
        if (keep) {
          out.write(in, start, pos - start);
        }
        return pos;
      }
    }
    throw broken("it ends inside a data block");
  }

  private int colorTableSize(int packedAt) throws ImageException {
    if (packedAt >= in.length) {
      throw broken("it ends inside a header");
    }
    int packed = in[packedAt] & 0xFF;
    return (packed & 0x80) == 0 ? 0 : 3 * (1 << ((packed & 0x07) + 1));
  }

  private int copy(int pos, int length) throws ImageException {
    if (pos + length > in.length) {
      throw broken("it ends inside a header");
    }
    out.write(in, pos, length);
    return pos + length;
  }

  private int readLe(int pos) {
    return (in[pos] & 0xFF) | ((in[pos + 1] & 0xFF) << 8);
  }

  private ImageException broken(String why) {
    return new ImageException(
        file, "GIF is truncated or corrupt: " + why + "; export it again from your editor");
  }
}
