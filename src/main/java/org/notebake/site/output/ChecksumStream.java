package org.notebake.site.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Passes bytes on and checksums them as {@link Manifest#checksum(java.nio.file.Path)} would, so a
 * copied file need not be read back for the marker.
 *
 * <pre>{@code
 * ChecksumStream.Sum sum = new ChecksumStream.Sum();
 * in.transferTo(sum.wrap(out));
 * sum.value(); // "8a9136aa3bb3b5b5"
 * }</pre>
 */
final class ChecksumStream extends FilterOutputStream {
  private final Sum sum;

  private ChecksumStream(OutputStream out, Sum sum) {
    super(out);
    this.sum = sum;
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    sum.castagnoli.update(b);
    sum.classic.update(b);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length);
    sum.castagnoli.update(bytes, offset, length);
    sum.classic.update(bytes, offset, length);
  }

  /** The running checksum of one file; {@link #wrap} it around each attempt's stream. */
  static final class Sum {
    private CRC32C castagnoli = new CRC32C();
    private CRC32 classic = new CRC32();

    /** A stream into {@code out} that checksums what passes; restarts the sum. */
    OutputStream wrap(OutputStream out) {
      castagnoli = new CRC32C();
      classic = new CRC32();
      return new ChecksumStream(out, this);
    }

    String value() {
      return HexFormat.of().toHexDigits((int) castagnoli.getValue())
          + HexFormat.of().toHexDigits((int) classic.getValue());
    }
  }
}
