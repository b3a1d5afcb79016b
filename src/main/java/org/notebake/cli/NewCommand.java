package org.notebake.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.notebake.config.ConfigException;
import org.notebake.config.ConfigLoader;
import org.notebake.config.SiteConfig;
import org.notebake.text.Slugs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code notebake new essay "Signals lost"}: writes {@code content/essays/signals-lost.md} from the
 * essay archetype, private until its author says {@code publish: true}, and prints its path.
 *
 * <p>A kind's folder is the first {@code type.folders} folder of its type (essay: {@code post}). A
 * gallery is an album folder ({@code gallery/<slug>/index.md}) for its photos; a note goes to the
 * top of the content folder with {@code default.type}. An existing file is never replaced.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = {
      "Creates a note from an archetype (publish: false) and prints its path.",
      "KIND is essay, project, gallery, note or page.",
      "The site's archetypes/KIND.md (in a bare vault: .notebake/archetypes/KIND.md) replaces the"
          + " built-in archetype."
    })
final class NewCommand implements Callable<Integer> {
  /** Slugs longer than this are cut: a file name has 255 bytes, a CJK letter takes three. */
  static final int MAX_SLUG = 80;

  /** The kinds of note, their document type, and the folder used when type.folders has none. */
  private static final Map<String, String[]> KINDS =
      Map.of(
          "essay", new String[] {"post", "essays"},
          "project", new String[] {"project", "projects"},
          "gallery", new String[] {"gallery", "gallery"},
          "page", new String[] {"page", "pages"},
          "note", new String[] {null, ""});

  @Parameters(
      index = "0",
      paramLabel = "KIND",
      description = "essay, project, gallery, note or page")
  String kind;

  @Parameters(index = "1", paramLabel = "TITLE", description = "The title, e.g. \"Signals lost\"")
  String title;

  @Option(
      names = {"-s", "--source"},
      paramLabel = "DIR",
      converter = FolderArgument.class,
      description =
          "Site folder (with jbake.properties) or a bare Obsidian vault. Default: current folder.")
  Path source = Path.of(".");

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String problem = titleProblem(title);
    String[] known = KINDS.get(kind.toLowerCase(Locale.ROOT));
    if (known == null) {
      problem = "unknown kind \"" + kind + "\"; use one of essay, project, gallery, note or page";
    }
    if (problem != null) {
      return usage(problem);
    }
    String kindName = kind.toLowerCase(Locale.ROOT);
    SiteConfig config;
    try {
      config = ConfigLoader.load(source, null);
    } catch (ConfigException e) {
      return usage(e.getMessage());
    }
    // A note goes where type.folders keeps notes (notes:note, as the garden of this repository's
    // site), else to the content folder with the site's default type.
    boolean notesFolder = known[0] == null && config.typeFolders().containsValue("note");
    String type = known[0] != null ? known[0] : notesFolder ? "note" : defaultType(config);
    String slug = slug(title);
    Path folder =
        config.content().resolve(folderOf(config, type, notesFolder ? "notes" : known[1]));
    Path file =
        kindName.equals("gallery")
            ? folder.resolve(slug).resolve("index.md")
            : folder.resolve(slug + ".md");
    Path archetypes =
        config.bareVault()
            ? config.source().resolve(".notebake").resolve("archetypes")
            : config.source().resolve("archetypes");
    try {
      Archetype archetype = Archetype.of(kindName, archetypes);
      String text = archetype.fill(title, LocalDate.now(config.zone()), type, slug);
      if (!archetype.keepsPrivate(text)) {
        return error(
            archetype.origin(),
            "a note made from this archetype would not say publish: false, so a bake could"
                + " publish it before you chose to; add publish: false to its front matter");
      }
      if (!file.toAbsolutePath()
          .normalize()
          .startsWith(config.content().toAbsolutePath().normalize())) {
        // type.folders=essays/../../elsewhere:post: no note of the site lies there.
        return error(
            shown(config.source().resolve("jbake.properties")),
            "type.folders gives "
                + type
                + " a folder outside the content folder ("
                + shown(file.getParent())
                + "), where no note is baked; name a folder inside it");
      }
      Path outside = linkedOut(config.content(), file.getParent());
      if (outside != null) {
        return error(
            shown(outside),
            "leads out of the content folder (to "
                + outside.toRealPath()
                + "), where bake does not follow it, so the note would never be baked; write it"
                + " in a folder of the vault, or name another folder for the type in type.folders");
      }
      Path twin = sameAddress(file, kindName.equals("gallery"), slug);
      if (twin != null) {
        return error(
            shown(twin),
            "has the address a note titled \""
                + title
                + "\" would get ("
                + slug
                + "), so the two would collide once both are published; choose another title"
                + " or edit that note");
      }
      Files.createDirectories(file.getParent());
      // CREATE_NEW: even a file that appears between a check and the write is never replaced.
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) && e.getFile() != null) {
        return error(
            shown(Path.of(e.getFile())),
            "is a file where the note's folder should be, and is left as it is; move it, or name"
                + " another folder for the type in type.folders");
      }
      return error(
          shown(file),
          "the file exists and is left as it is; choose another title or edit that note");
    } catch (IOException e) {
      spec.commandLine().getErr().println(shown(file) + ": error: cannot write the note: " + e);
      return Main.BUILD_ERRORS;
    }
    spec.commandLine().getOut().println(shown(file));
    return Main.OK;
  }

  private int error(String where, String problem) {
    spec.commandLine().getErr().println(where + ": error: " + problem);
    return Main.USAGE;
  }

  /**
   * A note (for a gallery, an album folder) beside {@code file} whose name gives the same address,
   * or null: {@code Signals Lost.md} is published as {@code signals-lost.html} too, and on a file
   * system that tells case apart {@code Signals-Lost.md} is not the file {@code signals-lost.md}.
   */
  private static Path sameAddress(Path file, boolean album, String slug) throws IOException {
    Path folder = album ? file.getParent().getParent() : file.getParent();
    if (!Files.isDirectory(folder)) {
      return null;
    }
    try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(
              entry -> {
                String name = entry.getFileName().toString();
                if (entry.equals(album ? file.getParent() : file)) {
                  return false; // the very file: CREATE_NEW refuses it
                }
                if (album) {
                  return Files.isDirectory(entry) && sameSlug(name, slug);
                }
                int dot = name.lastIndexOf('.');
                String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
                return (extension.equals("md") || extension.equals("markdown"))
                    && sameSlug(name.substring(0, dot), slug);
              })
          .sorted()
          .findFirst()
          .orElse(null);
    }
  }

  /**
   * The nearest existing folder on the way to {@code folder} if it is (or is reached through) a
   * symbolic link that leads out of {@code content}, else null: the note would be written outside
   * the vault.
   */
  private static Path linkedOut(Path content, Path folder) throws IOException {
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null || !Files.exists(content)) {
      return null; // all of it is made anew, below the content folder
    }
    return existing.toRealPath().startsWith(content.toRealPath()) ? null : existing;
  }

  private static boolean sameSlug(String name, String slug) {
    return slug(name).equals(slug) || Slugs.segment(name).equals(slug);
  }

  private int usage(String problem) {
    spec.commandLine().getErr().println("notebake: error: " + problem);
    return Main.USAGE;
  }

  /** Why a title cannot name a note, or null when it can. */
  static String titleProblem(String title) {
    if (title.isBlank()) {
      return "the title is empty; give one, e.g. notebake new essay \"Signals lost\"";
    }
    if (title.codePoints().anyMatch(NewCommand::breaksALine)) {
      return "the title holds a line break or control character; give it on one line";
    }
    if (title.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return "the title \""
          + title
          + "\" has no letter or digit to name the file after; give a title with words";
    }
    return null;
  }

  private static boolean breaksALine(int cp) {
    int category = Character.getType(cp);
    return category == Character.CONTROL
        || category == Character.LINE_SEPARATOR
        || category == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * The file name: the title slugged, runs of dots and dashes folded (no {@code ..} survives), cut
   * at a dash near {@link #MAX_SLUG} code points.
   */
  static String slug(String title) {
    String slug =
        Slugs.segment(title)
            .replaceAll("\\.{2,}", "-")
            .replaceAll("-{2,}", "-")
            .replaceAll("^[-.]+|[-.]+$", "");
    if (slug.codePointCount(0, slug.length()) <= MAX_SLUG) {
      return slug;
    }
    int end = slug.offsetByCodePoints(0, MAX_SLUG);
    String cut = slug.substring(0, end);
    int dash = cut.lastIndexOf('-');
    if (slug.charAt(end) != '-' && dash > MAX_SLUG / 2) {
      cut = cut.substring(0, dash);
    }
    return cut.replaceAll("[-.]+$", "");
  }

  private static String defaultType(SiteConfig config) {
    String type = config.headers().defaultType();
    return type.isBlank() ? "post" : type;
  }

  /** The first folder type.folders gives the type, else the kind's usual folder. */
  private static String folderOf(SiteConfig config, String type, String usual) {
    if (usual.isEmpty()) {
      return "";
    }
    return config.typeFolders().entrySet().stream()
        .filter(e -> e.getValue().equals(type))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(usual);
  }

  /** The path relative to the current folder where possible, with '/' separators. */
  private static String shown(Path file) {
    Path cwd = Path.of("").toAbsolutePath();
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }
}
