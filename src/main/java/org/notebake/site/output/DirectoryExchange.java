package org.notebake.site.output;

import com.sun.jna.Function;
import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLibrary;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Swaps two folders in one step where the platform can: Linux's {@code renameat2} with {@code
 * RENAME_EXCHANGE} (kernel 3.15+, glibc 2.28+), called through JNA. At every moment each name leads
 * to a complete folder, so a build killed during the swap leaves either the old site or the new one
 * at the output path, never nothing. Java has no API for it; this class is the only one that
 * touches native code.
 *
 * <pre>{@code
 * if (!DirectoryExchange.exchange(staging, output)) {
 *   // two renames instead (see StagedOutput), with LeftoverRecovery closing the gap after a kill
 * }
 * }</pre>
 *
 * <p>It answers {@code false}, having changed nothing, when it cannot: not Linux, JNA's native part
 * cannot load (an unsupported CPU, a {@code noexec} temporary folder), the C library or kernel
 * lacks the call, the file system does not support exchanging, or the system property {@code
 * notebake.swap=rename} asks for the fallback.
 */
final class DirectoryExchange {
  private static final int AT_FDCWD = -100;
  private static final int RENAME_EXCHANGE = 1 << 1;

  // errno values meaning "this system cannot exchange", not "this exchange failed"
  private static final int EPERM = 1;
  private static final int EINVAL = 22;
  private static final int ENOSYS = 38;
  private static final int EOPNOTSUPP = 95;

  private DirectoryExchange() {}

  /**
   * Exchanges the folders at {@code a} and {@code b}, both absolute and existing, in one step.
   *
   * @return false if this platform cannot, with nothing changed
   * @throws IOException if the platform can but this exchange failed
   */
  static boolean exchange(Path a, Path b) throws IOException {
    if ("rename".equals(System.getProperty("notebake.swap"))) {
      return false;
    }
    Function renameat2 = Native.RENAMEAT2;
    if (renameat2 == null) {
      return false;
    }
    try {
      int result =
          renameat2.invokeInt(
              new Object[] {AT_FDCWD, cString(a), AT_FDCWD, cString(b), RENAME_EXCHANGE});
      if (result != 0) {
        throw new IOException("renameat2 returned " + result);
      }
      return true;
    } catch (LastErrorException e) {
      int errno = e.getErrorCode();
      if (errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP || errno == EPERM) {
        return false;
      }
      throw new IOException(
          "cannot exchange "
              + a
              + " and "
              + b
              + ": "
              + e.getMessage().replaceFirst("^\\[\\d+\\] ", ""),
          e);
    }
  }

  /** Whether the native call is there at all (for the tests and the docs' claims). */
  static boolean available() {
    return Native.RENAMEAT2 != null;
  }

  /** The path as the bytes Java itself hands the kernel for file names, NUL-terminated. */
  private static byte[] cString(Path path) {
    String encoding = System.getProperty("sun.jnu.encoding");
    Charset charset =
        encoding != null && Charset.isSupported(encoding)
            ? Charset.forName(encoding)
            : Charset.defaultCharset();
    byte[] bytes = path.toAbsolutePath().toString().getBytes(charset);
    return Arrays.copyOf(bytes, bytes.length + 1);
  }

  /** Looks the function up once, on first use; null where it is not to be had. */
  private static final class Native {
    static final Function RENAMEAT2 = lookUp();

    private static Function lookUp() {
      if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) {
        return null;
      }
      try {
        return NativeLibrary.getInstance("c").getFunction("renameat2", Function.THROW_LAST_ERROR);
      } catch (LinkageError | RuntimeException e) {
        return null; // JNA's native part or the C function is missing: fall back to renames
      }
    }
  }
}
