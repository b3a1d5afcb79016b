package org.notebake.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.notebake.diagnostics.OsCause;

/**
 * Decides, before anything is built, whether an output folder is safe to replace, so that no
 * combination of flags can make notebake overwrite the vault, the home folder or someone's files.
 *
 * <pre>{@code
 * OutputTarget target = OutputPolicy.check(vault, vault.resolve("content"), Path.of("site"), false);
 * try (StagedOutput staged = StagedOutput.open(target)) { ... staged.commit(); }
 * }</pre>
 *
 * <p>Refused (always, even with {@code --force}): the output is the source folder, lies inside the
 * content folder, contains the source or content folder, is a filesystem root, is or contains the
 * home folder, is a symbolic link, or is an existing file. Refused unless {@code force}: a
 * non-empty folder without a valid {@value OutputMarker#NAME} marker, or whose files notebake wrote
 * no longer match the list in it ({@link LiveSite}). With {@code force} such a folder is
 * <b>replaced as a whole</b> when the build commits: every file in it, the user's included, is
 * deleted. In a site notebake baked, files the user added are kept without {@code force}: the
 * update never touches them ({@link InPlaceUpdate}). Paths are compared component by component
 * after resolving symbolic links, so {@code /vault/content-private} is not inside {@code
 * /vault/content}.
 */
public final class OutputPolicy {
  static final String FORCE_FIX =
      "choose an empty or new folder, or pass --force to replace it as a whole"
          + " (every file in it is deleted)";

  private OutputPolicy() {}

  /**
   * Checks {@code output} against the source and content folders.
   *
   * @param source the vault or project folder being baked
   * @param contentFolder the folder holding the notes, usually inside {@code source}
   * @param output the folder to replace with the baked site; it need not exist
   * @param force whether the user accepts replacing a non-empty folder notebake did not create
   * @return the accepted output: absolute, normalised, symbolic links resolved in its parents
   * @throws OutputRefusedException naming the path, the reason and the fix
   */
  public static OutputTarget check(Path source, Path contentFolder, Path output, boolean force) {
    Path given = output.toAbsolutePath().normalize();
    if (Files.isSymbolicLink(given)) {
      throw new OutputRefusedException(
          given,
          "the output folder is a symbolic link, and replacing it could delete what it points to",
          "pass the real folder it points to, or a new folder");
    }
    Path out = outputPath(given);
    Path src = realPath(source);
    Path content = realPath(contentFolder);
    refuseProtectedFolders(out, src, content);
    refuseForeignContents(out, force);
    return new OutputTarget(out, force);
  }

  private static void refuseProtectedFolders(Path out, Path src, Path content) {
    if (out.getParent() == null) {
      throw refuse(out, "the output folder is a filesystem root", "choose a folder of its own");
    }
    Path home = realPath(Path.of(System.getProperty("user.home")));
    if (home.startsWith(out)) {
      throw refuse(
          out,
          "the output folder is or contains your home folder " + home,
          "choose a folder of its own, for example " + suggestion(src, content));
    }
    if (out.equals(src)) {
      throw refuse(
          out,
          "the output folder is the source folder, which a build would replace",
          "choose a folder of its own, for example " + suggestion(src, content));
    }
    if (out.startsWith(content)) {
      throw refuse(
          out,
          "the output folder lies inside the content folder "
              + content
              + ", so its pages would be read back as notes",
          "choose a folder outside " + content + ", for example " + suggestion(src, content));
    }
    Path contained = src.startsWith(out) ? src : content.startsWith(out) ? content : null;
    if (contained != null) {
      throw refuse(
          out,
          "the output folder contains " + contained + ", which a build would delete",
          "choose a folder of its own, for example " + suggestion(src, content));
    }
  }

  /** A folder next to the notes that every rule above accepts, to show in a fix. */
  private static Path suggestion(Path src, Path content) {
    if (!content.equals(src) && src.getParent() != null) {
      return src.resolve("site");
    }
    Path parent = src.getParent() == null ? src : src.getParent();
    String name = src.getFileName() == null ? "notebake" : src.getFileName().toString();
    return parent.resolve(name + "-site");
  }

  private static void refuseForeignContents(Path out, boolean force) {
    if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      throw refuse(out, "the output exists and is not a folder", "choose a folder path");
    }
    if (force) {
      return;
    }
    LiveSite live;
    try {
      live = LiveSite.inspectMarker(out); // StagedOutput.open checks its files, next
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + out + ": " + OsCause.of(e), e);
    }
    if (live.state() == LiveSite.State.FOREIGN) {
      throw refuse(out, live.problem(), live.fix() == null ? FORCE_FIX : live.fix());
    }
  }

  /** Whether {@code dir} is a directory with no entries at all. */
  static boolean isEmptyDirectory(Path dir) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * The absolute, normalised form of {@code path} with symbolic links resolved in the part that
   * exists: its nearest existing ancestor goes through {@link Path#toRealPath}, the missing rest is
   * appended and normalised.
   */
  static Path realPath(Path path) {
    Path absolute = path.toAbsolutePath();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute.normalize();
    }
    try {
      Path rest = existing.relativize(absolute);
      return existing.toRealPath().resolve(rest).normalize();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve " + absolute, e);
    }
  }

  /**
   * Where the output really is: its parent resolved by {@link #realPath}, its own name kept as
   * given, so an output that is itself a symbolic link stays visible as one and is refused.
   */
  static Path outputPath(Path output) {
    Path absolute = output.toAbsolutePath().normalize();
    if (absolute.getParent() == null) {
      return absolute;
    }
    return realPath(absolute.getParent()).resolve(absolute.getFileName());
  }

  private static OutputRefusedException refuse(Path path, String reason, String fix) {
    return new OutputRefusedException(path, reason, fix);
  }
}
