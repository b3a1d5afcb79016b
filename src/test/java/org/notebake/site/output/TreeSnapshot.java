package org.notebake.site.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every entry under a folder with its exact bytes (or link target), to compare trees in tests. */
final class TreeSnapshot {
  private TreeSnapshot() {}

  static Map<String, String> of(Path root) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        String key = root.relativize(path).toString().replace('\\', '/');
        if (key.isEmpty()) {
          continue; // the root itself
        }
        if (Files.isSymbolicLink(path)) {
          entries.put(key, "link:" + Files.readSymbolicLink(path));
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
          entries.put(key + "/", "dir");
        } else {
          entries.put(key, Base64.getEncoder().encodeToString(Files.readAllBytes(path)));
        }
      }
    }
    return entries;
  }
}
