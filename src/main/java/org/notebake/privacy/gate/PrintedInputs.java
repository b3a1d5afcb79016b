package org.notebake.privacy.gate;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.notebake.privacy.Finding;
import org.notebake.privacy.PositionMapper;

/**
 * The files templates print into pages besides notes: the site's data files, its own templates and
 * jbake.properties. A finding no note holds is looked for here, so that it is reported at the line
 * that holds it ({@code data/contact.yaml:2}) rather than at the first page that printed it. Read
 * only when such a finding needs them, each file once.
 *
 * <pre>{@code
 * PrintedInputs inputs = new PrintedInputs(List.of(data, templates, properties));
 * inputs.locate(finding); // data/contact.yaml, line 2, column 8
 * }</pre>
 */
final class PrintedInputs {
  /** Larger files are not templates or data a page prints from. */
  static final long MAX_BYTES = 1 << 20;

  /** Where a finding is written in one of the inputs. */
  record Place(Path file, int line, int column) {}

  private final List<Path> roots;
  private List<Text> texts;

  private record Text(Path file, String text) {}

  /**
   * @param roots folders (walked) and files; those that do not exist are skipped
   */
  PrintedInputs(List<Path> roots) {
    this.roots = List.copyOf(roots);
  }

  static final PrintedInputs NONE = new PrintedInputs(List.of());

  /** The first input, in path order, that holds the finding's text or value as written. */
  Optional<Place> locate(Finding f) {
    for (Text t : texts()) {
      Optional<PositionMapper.Position> at = PositionMapper.locate(t.text(), f.match());
      if (at.isEmpty() && !f.value().equals(f.match())) {
        at = PositionMapper.locate(t.text(), f.value());
      }
      if (at.isPresent()) {
        return Optional.of(new Place(t.file(), at.get().line(), at.get().column()));
      }
    }
    return Optional.empty();
  }

  private List<Text> texts() {
    if (texts == null) {
      List<Path> files = new ArrayList<>();
      for (Path root : roots) {
        if (Files.isRegularFile(root, LinkOption.NOFOLLOW_LINKS)) {
          files.add(root);
        } else if (Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
          try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                .sorted()
                .forEach(files::add);
          } catch (IOException | java.io.UncheckedIOException e) {
            // A folder that cannot be read: the finding is reported where it was seen.
          }
        }
      }
      List<Text> read = new ArrayList<>();
      for (Path file : files) {
        readText(file).ifPresent(text -> read.add(new Text(file, text)));
      }
      texts = read;
    }
    return texts;
  }

  /** The file as UTF-8 text, unless it is large, binary or not UTF-8. */
  private static Optional<String> readText(Path file) {
    try {
      if (Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(file);
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
      return text.indexOf('\0') >= 0 ? Optional.empty() : Optional.of(text);
    } catch (CharacterCodingException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
