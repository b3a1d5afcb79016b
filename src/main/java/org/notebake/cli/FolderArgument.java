package org.notebake.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a {@code --source} or {@code --output} value to a path, refusing an empty or blank one:
 * {@code --output "$SITE"} with {@code SITE} unset would otherwise mean the current folder, which
 * {@code --force} would replace as a whole.
 *
 * <pre>
 * notebake bake --output ""
 * notebake: error: Invalid value for option '--output': the folder name is empty (an unset shell
 * variable?); give a folder name, or leave the option out to use the default
 * </pre>
 */
final class FolderArgument implements ITypeConverter<Path> {
  @Override
  public Path convert(String value) {
    if (value.isBlank()) {
      throw new TypeConversionException(
          "the folder name is "
              + (value.isEmpty() ? "empty" : "blank")
              + " (an unset shell variable?); give a folder name, or leave the option out to use"
              + " the default");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(
          "\"" + value + "\" is not a valid folder name here (" + e.getReason() + ")");
    }
  }
}
