package org.notebake.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.jbake.DataFile;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads JBake 2.7 data files ({@code data/**.yaml}) for the {@code data} template variable. */
final class DataFiles {
  private DataFiles() {}

  static List<DataFile> read(Path folder, Diagnostics diagnostics) {
    List<DataFile> out = new ArrayList<>();
    if (folder == null || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(DataFiles::isYaml).sorted().toList()) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        read(file, name, diagnostics).ifPresent(values -> out.add(new DataFile(name, values)));
      }
    } catch (IOException e) {
      diagnostics.error(folder.toString(), 0, 0, "cannot read data folder: " + e.getMessage());
    }
    return out;
  }

  private static boolean isYaml(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
        && !name.startsWith(".")
        && (name.endsWith(".yaml") || name.endsWith(".yml"));
  }

  private static java.util.Optional<Map<String, Object>> read(
      Path file, String name, Diagnostics diagnostics) {
    String where = "data/" + name;
    try {
      Object value =
          new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build())
              .loadFromString(Files.readString(file));
      Map<String, Object> values = new LinkedHashMap<>();
      if (value instanceof Map<?, ?> map) {
        map.forEach((k, v) -> values.put(String.valueOf(k), v));
      } else if (value != null) {
        values.put("data", value);
      }
      return java.util.Optional.of(values);
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      diagnostics.error(where, line, 0, "data file is not valid YAML: " + e.getProblem());
    } catch (YamlEngineException | IOException e) {
      diagnostics.error(where, 0, 0, "cannot read data file: " + e.getMessage());
    }
    return java.util.Optional.empty();
  }
}
