package org.notebake.cards;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.notebake.text.HiddenSibling;

/**
 * Drawn cards kept between builds, one PNG per content hash, in a folder beside the output folder
 * ({@code .site.cards} for {@code site/}), never in the vault. A card is written to a temporary
 * file and moved into place, so a build killed mid-write leaves no half card under a real name; a
 * file that is not a whole PNG is drawn again.
 *
 * <pre>{@code
 * CardCache cache = CardCache.beside(Path.of("/home/avery/site"));  // /home/avery/.site.cards
 * }</pre>
 */
public final class CardCache {
  /**
   * Bumped whenever the drawing changes, so every cached card is drawn again. v4: right-to-left
   * tags in their pills; v3: rows unfiltered; v2: undrawable characters left out.
   */
  static final String VERSION = "card-v4";

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xae, 0x42, 0x60, (byte) 0x82};

  private final Path folder;

  public CardCache(Path folder) {
    this.folder = folder;
  }

  /** The cache of the site written to {@code output}. */
  public static CardCache beside(Path output) {
    Path absolute = output.toAbsolutePath().normalize();
    return new CardCache(HiddenSibling.of(absolute, ".cards"));
  }

  public Path folder() {
    return folder;
  }

  /** The hash that names a card: everything that changes how it looks. */
  static String key(ShareCard card, String looks) {
    String all =
        String.join(
            "\u0000",
            VERSION,
            looks,
            card.title(),
            String.join("\u0001", card.tags()),
            card.siteName(),
            CardPainter.WIDTH + "x" + CardPainter.HEIGHT);
    String known = KEYS.get(all);
    if (known == null) {
      known = CardFont.sha256(all.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
      if (KEYS.size() > 100_000) {
        KEYS.clear(); // a long serve session: keep the memo the size of a site or two
      }
      KEYS.put(all, known);
    }
    return known;
  }

  /** Keys computed by this process: a rebuild asks again for every page's card. */
  private static final java.util.Map<String, String> KEYS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Cards this process found whole, with the identity, size and time their file had then: a file
   * that still has them is not opened again (serve asks for every card at every rebuild).
   */
  private static final java.util.Map<Path, java.util.List<Object>> WHOLE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The cached card of {@code key}, if a whole one is there. */
  Path find(String key) {
    Path file = folder.resolve(key + ".png");
    java.util.List<Object> stamp = stamp(file);
    if (stamp == null) {
      return null;
    }
    if (stamp.equals(WHOLE.get(file))) {
      return file;
    }
    if (!isWholePng(file)) {
      return null;
    }
    if (WHOLE.size() > 100_000) {
      WHOLE.clear();
    }
    WHOLE.put(file, stamp);
    return file;
  }

  /** The file's identity, size and modification time, or null if it is not a regular file. */
  private static java.util.List<Object> stamp(Path file) {
    try {
      java.nio.file.attribute.BasicFileAttributes a =
          Files.readAttributes(
              file,
              java.nio.file.attribute.BasicFileAttributes.class,
              java.nio.file.LinkOption.NOFOLLOW_LINKS);
      if (!a.isRegularFile()) {
        return null;
      }
      return java.util.Arrays.asList(a.fileKey(), a.size(), a.lastModifiedTime());
    } catch (IOException e) {
      return null;
    }
  }

  /** Stores a drawn card under {@code key} and returns its file. */
  Path store(String key, byte[] png) throws IOException {
    if (!Files.isDirectory(folder)) {
      Files.createDirectories(folder);
      HiddenSibling.keepOutOfGit(folder);
    }
    Path file = folder.resolve(key + ".png");
    Path temp = Files.createTempFile(folder, key, ".part");
    try {
      Files.write(temp, png);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return file;
  }

  /** A card's file name, or a half-written one's: all this cache ever deletes. */
  private static final java.util.regex.Pattern OURS =
      java.util.regex.Pattern.compile("[0-9a-f]{32}(\\.png|.*\\.part)");

  /**
   * Deletes the cards (and half-written leftovers) this build did not use, so the cache holds the
   * current site's cards only and does not grow with every edit of a title.
   */
  void keepOnly(java.util.Set<Path> used) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (var files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (OURS.matcher(name).matches() && !used.contains(file)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Its first and last eight bytes only: a card is about 50 KB and a site has one a page. */
  private static boolean isWholePng(Path file) {
    try (java.nio.channels.FileChannel channel =
        java.nio.channels.FileChannel.open(
            file, java.nio.file.StandardOpenOption.READ, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      long size = channel.size();
      if (size < 64) {
        return false;
      }
      java.nio.ByteBuffer head = java.nio.ByteBuffer.allocate(8);
      java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(PNG_END.length);
      readFully(channel, head, 0);
      readFully(channel, tail, size - PNG_END.length);
      return java.util.Arrays.equals(head.array(), 0, 8, PNG_SIGNATURE, 0, 8)
          && java.util.Arrays.equals(tail.array(), PNG_END);
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  private static void readFully(
      java.nio.channels.FileChannel channel, java.nio.ByteBuffer buffer, long position)
      throws IOException {
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position + buffer.position());
      if (n < 0) {
        throw new java.io.EOFException();
      }
    }
  }
}
