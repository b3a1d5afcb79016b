package org.notebake.site.output;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An output folder that {@link OutputPolicy#check} accepted, handed to {@link StagedOutput#open}.
 *
 * <pre>{@code
 * OutputTarget target = OutputPolicy.check(source, content, Path.of("site"), false);
 * // target.path() is absolute with its existing part resolved: /home/ana/vault/site
 * }</pre>
 *
 * @param path absolute output folder, symlinks in its existing parents resolved
 * @param replaceForeign whether the user passed {@code --force} for a non-empty folder notebake did
 *     not create: the whole folder, including the user's files, is replaced at commit
 */
public record OutputTarget(Path path, boolean replaceForeign) {

  public OutputTarget {
    Objects.requireNonNull(path, "path");
    if (!path.isAbsolute() || path.getFileName() == null) {
      throw new IllegalArgumentException("output must be an absolute, non-root path: " + path);
    }
  }
}
