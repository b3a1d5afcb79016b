package org.notebake.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file git-crypt encrypted: in a clone that was not unlocked, each file the repository's {@code
 * .gitattributes} marks {@code filter=git-crypt} holds git-crypt's header ({@code \0GITCRYPT\0})
 * and ciphertext, not the note or photo. Nothing of it is published; its author is told how to
 * unlock it or leave it out.
 *
 * <pre>{@code
 * GitCrypt.isEncrypted(bytes); // true for "\0GITCRYPT\0" and what follows
 * "note " + GitCrypt.WHAT + ", so it is not published; " + GitCrypt.FIX
 * }</pre>
 */
public final class GitCrypt {
  private static final byte[] HEADER = {0, 'G', 'I', 'T', 'C', 'R', 'Y', 'P', 'T', 0};

  /** What such a file is, after its name: {@code "note " + WHAT + ", so ..."}. */
  public static final String WHAT =
      "is encrypted by git-crypt (it begins with git-crypt's header: the repository was not"
          + " unlocked)";

  /** The two ways out. */
  public static final String FIX =
      "run git-crypt unlock in the repository and bake again, or leave it out of the site (name it"
          + " or its folder in a .notebakeignore)";

  private GitCrypt() {}

  /** True if {@code bytes} begin with git-crypt's header. */
  public static boolean isEncrypted(byte[] bytes) {
    return bytes.length >= HEADER.length
        && Arrays.equals(bytes, 0, HEADER.length, HEADER, 0, HEADER.length);
  }

  /** True if the file begins with git-crypt's header; false if it cannot be read. */
  public static boolean isEncrypted(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return isEncrypted(in.readNBytes(HEADER.length));
    } catch (IOException e) {
      return false; // unreadable: its reader says so when it is used
    }
  }
}
