package org.notebake.diagnostics;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * What the operating system said when a file operation failed, in words a user can act on. Java
 * puts the reason in different places: a {@link FileSystemException} carries the OS text ("No space
 * left on device", "File name too long", "Read-only file system") as its reason, but its subclasses
 * for the common errors carry only the path, and a failed write carries the text as its message.
 *
 * <pre>{@code
 * OsCause.of(new AccessDeniedException("/srv/site/a.html")); // "permission denied"
 * OsCause.of(new IOException("No space left on device"));    // "no space left on device"
 * }</pre>
 */
public final class OsCause {
  private OsCause() {}

  /** The cause of {@code e} as a short lower-case phrase, never a path or a class name alone. */
  public static String of(IOException e) {
    String known = kind(e);
    if (known != null) {
      return known;
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return lowerFirst(fs.getReason());
    }
    if (e instanceof FileSystemException) {
      return "the file system refused it (" + e.getClass().getSimpleName() + ")";
    }
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : lowerFirst(message);
  }

  private static String kind(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "something of that name already exists";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a folder";
    }
    if (e instanceof NotLinkException) {
      return "not a symbolic link";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic links form a loop";
    }
    return null;
  }

  private static String lowerFirst(String text) {
    if (text.length() > 1
        && Character.isUpperCase(text.charAt(0))
        && !Character.isUpperCase(text.charAt(1))) {
      return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
    return text;
  }
}
