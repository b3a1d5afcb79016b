package org.notebake.jbake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The document fields a site's own templates name, where they name them: {@code content.X}, {@code
 * content['X']}, {@code content.previousContent.X}, and {@code post.X} for any variable a {@code
 * #list} binds over a list of documents ({@code <#list published_posts as post>}).
 *
 * <pre>{@code
 * // templates/post.ftl, line 3: <img src="${content.featuredimage}">
 * TemplateFieldReferences.in(config.templates());
 * // [Reference[key=featuredimage, variable=content, template=post.ftl, line=3, column=13]]
 * }</pre>
 *
 * <p>A reading of the text, not of FreeMarker's syntax tree, which FreeMarker keeps internal: it is
 * used only to explain a value a template did not get, so a reference it misses costs a hint, not a
 * page.
 */
public final class TemplateFieldReferences {
  private TemplateFieldReferences() {}

  /** {@code variable.key} at {@code template:line:column}, the template relative to its folder. */
  public record Reference(String key, String variable, String template, int line, int column) {}

  /** {@code <#list SOURCE as V>} or {@code <#list SOURCE as K, V>}, in either tag syntax. */
  private static final Pattern LIST =
      Pattern.compile("[<\\[]#list\\s+(.+?)\\s+as\\s+(\\w+)(?:\\s*,\\s*(\\w+))?\\s*[>\\]]");

  /** Lists of documents in JBake's model, by the variable the list's expression starts with. */
  private static final Pattern DOCUMENT_LIST =
      Pattern.compile(
          "\\(*\\s*(published_\\w+|all_content|posts|pages|tag_posts|(?:tag\\.)?tagged_\\w+|db)\\b.*");

  private static final String NAME = "[A-Za-z_][\\w-]*";

  /** Every reference in the templates under {@code folder}; none when it does not exist. */
  public static List<Reference> in(Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      return List.of();
    }
    List<Reference> found = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(TemplateFieldReferences::isTemplate).sorted().toList()) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        found.addAll(in(name, Files.readString(file, StandardCharsets.UTF_8)));
      }
    } catch (IOException | UncheckedIOException e) {
      // An unreadable template fails its pages' render, which says so; here there is no hint.
    }
    return found;
  }

  /** The references in one template's text. */
  static List<Reference> in(String template, String text) {
    String plain = withoutComments(text);
    Set<String> variables = new LinkedHashSet<>(List.of("content"));
    Matcher list = LIST.matcher(plain);
    while (list.find()) {
      if (DOCUMENT_LIST.matcher(list.group(1).strip()).matches()) {
        variables.add(list.group(3) != null ? list.group(3) : list.group(2));
      }
    }
    Pattern field =
        Pattern.compile(
            "(?<![.\\w])("
                + String.join("|", variables)
                + ")(?:\\.(?:previousContent|nextContent))?"
                + "(?:\\.(\\w+)|\\[\\s*(['\"])("
                + NAME
                + ")\\3\\s*])");
    List<Reference> found = new ArrayList<>();
    Matcher m = field.matcher(plain);
    int line = 1;
    int lineStart = 0;
    int scanned = 0;
    while (m.find()) {
      for (; scanned < m.start(); scanned++) {
        if (plain.charAt(scanned) == '\n') {
          line++;
          lineStart = scanned + 1;
        }
      }
      String key = m.group(2) != null ? m.group(2) : m.group(4);
      found.add(new Reference(key, m.group(1), template, line, m.start() - lineStart + 1));
    }
    return found;
  }

  private static boolean isTemplate(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file)
        && (name.endsWith(".ftl") || name.endsWith(".ftlh") || name.endsWith(".ftlx"));
  }

  /** The text with FreeMarker comments blanked, lines and columns kept. */
  private static String withoutComments(String text) {
    StringBuilder out = new StringBuilder(text);
    String[] openers = {"<#--", "[#--"};
    String[] closers = {"-->", "--]"};
    // Read once from start to end: a pattern read on to the end again from each opener nothing
    // closes. Where each syntax's next opener is, or -1 once none of that syntax can close.
    int[] next = {text.indexOf(openers[0]), text.indexOf(openers[1])};
    int from = 0;
    while (next[0] >= 0 || next[1] >= 0) {
      int kind = next[1] < 0 || (next[0] >= 0 && next[0] < next[1]) ? 0 : 1;
      int open = next[kind];
      int close = text.indexOf(closers[kind], open + openers[kind].length());
      if (close < 0) {
        next[kind] = -1;
        continue;
      }
      int end = close + closers[kind].length();
      for (int i = open; i < end; i++) {
        if (out.charAt(i) != '\n') {
          out.setCharAt(i, ' ');
        }
      }
      from = end;
      for (int k = 0; k < 2; k++) {
        if (next[k] >= 0 && next[k] < from) {
          next[k] = text.indexOf(openers[k], from);
        }
      }
    }
    return out.toString();
  }
}
