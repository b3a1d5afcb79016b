package org.notebake.vault;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.notebake.diagnostics.Diagnostics;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads the YAML between the {@code ---} lines with snakeyaml-engine under the YAML 1.2 core
 * schema, where {@code publish: no} stays the string "no" and dates stay text. Duplicate keys,
 * custom tags, alias bombs, deep nesting and oversized blocks are refused. Flat properties with
 * plain values, most notes' front matter, are read alike by {@link PlainProperties} first.
 */
final class YamlFrontMatterReader {

  /** Far above any real front matter; keeps a pasted blob from becoming the site's metadata. */
  static final int MAX_CHARS = 64 * 1024;

  /** Obsidian properties are flat; the engine itself has no depth limit and recurses. */
  static final int MAX_DEPTH = 16;

  /** Aliases of lists and maps only serve alias bombs and self-containing values; allow none. */
  private static final int MAX_ALIASES = 0;

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setSchema(new CoreSchema())
          .setAllowDuplicateKeys(false)
          .setMaxAliasesForCollections(MAX_ALIASES)
          .setAllowRecursiveKeys(false)
          .setCodePointLimit(MAX_CHARS * 2)
          .build();

  private final String relativePath;
  private final Diagnostics diagnostics;

  YamlFrontMatterReader(String relativePath, Diagnostics diagnostics) {
    this.relativePath = relativePath;
    this.diagnostics = diagnostics;
  }

  /**
   * Reads {@code yaml}, whose first line is line {@code firstLine} of the file.
   *
   * @return the front matter, or empty after reporting an error
   */
  Optional<FrontMatter> read(String yaml, int firstLine) {
    if (yaml.length() > MAX_CHARS) {
      error(firstLine, 1, "front matter is larger than 64 KiB; move long text into the note body");
      return Optional.empty();
    }
    Optional<FrontMatter> plain = PlainProperties.read(yaml, firstLine);
    return plain.isPresent() ? plain : readWithEngine(yaml, firstLine);
  }

  /** As {@link #read} (within its size limit), always through the YAML engine. */
  Optional<FrontMatter> readWithEngine(String yaml, int firstLine) {
    String[] lines = yaml.split("\n", -1);
    try {
      Optional<Node> root =
          new Composer(
                  SETTINGS,
                  new DepthLimit(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, yaml))))
              .getSingleNode();
      if (root.isEmpty() || isNull(root.get())) {
        // ~ or null: YAML's "nothing", an empty front matter as an empty block is.
        return Optional.of(new FrontMatter(FrontMatter.Format.YAML, Map.of(), Map.of()));
      }
      if (!(root.get() instanceof MappingNode mapping)) {
        error(firstLine, 1, notAMapMessage(root.get()));
        return Optional.empty();
      }
      if (!new WikilinkCheck(lines, firstLine, this::error).passes(mapping)) {
        return Optional.empty();
      }
      Object values = new StandardConstructor(SETTINGS).constructSingleDocument(root);
      return Optional.of(
          new FrontMatter(
              FrontMatter.Format.YAML, (Map<?, ?>) values, keyLines(mapping, firstLine)));
    } catch (DepthLimit.TooDeep e) {
      error(
          firstLine + e.at.getLine(),
          e.at.getColumn() + 1,
          "front matter is nested more than " + MAX_DEPTH + " levels deep; flatten it");
    } catch (MarkedYamlEngineException e) {
      if (String.valueOf(e.getProblem()).contains("Non scalar key")
          || String.valueOf(e.getContext()).contains("Non scalar key")) {
        reportNonScalarKey(yaml, lines, firstLine);
        return Optional.empty();
      }
      reportMarked(e, lines, firstLine);
    } catch (YamlEngineException e) {
      if (String.valueOf(e.getMessage()).contains("Non scalar key")) {
        reportNonScalarKey(yaml, lines, firstLine);
        return Optional.empty();
      }
      error(firstLine, 1, unmarkedMessage(e));
    }
    return Optional.empty();
  }

  /**
   * The engine's parser, refusing a list or map nested more than {@link #MAX_DEPTH} deep as it
   * hands over its start: the composer, which recurses per level, never goes deeper. (The depth was
   * checked in a parse of its own before: half of the YAML's time, 4% of a second bake's.)
   */
  private static final class DepthLimit implements Parser {
    private final Parser parser;
    private int depth;

    DepthLimit(Parser parser) {
      this.parser = parser;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
      return parser.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
      return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
      return parser.hasNext();
    }

    @Override
    public Event next() {
      Event event = parser.next();
      switch (event.getEventId()) {
        case MappingStart, SequenceStart -> {
          if (++depth > MAX_DEPTH) {
            throw new TooDeep(event.getStartMark().orElseThrow());
          }
        }
        case MappingEnd, SequenceEnd -> depth--;
        default -> {}
      }
      return event;
    }

    /** A list or map opened more than {@link #MAX_DEPTH} deep, at {@code at}. */
    static final class TooDeep extends RuntimeException {
      final transient Mark at;

      TooDeep(Mark at) {
        super(null, null, false, false);
        this.at = at;
      }
    }
  }

  private static Map<String, Integer> keyLines(MappingNode mapping, int firstLine) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode key) {
        key.getStartMark().ifPresent(mark -> lines.put(key.getValue(), firstLine + mark.getLine()));
      }
    }
    return lines;
  }

  /**
   * A map used as a key, as in Obsidian's template placeholder {@code date: {{date}}}: the engine
   * marks the enclosing map, on the first line. The event stream shows the key itself.
   */
  private void reportNonScalarKey(String yaml, String[] lines, int firstLine) {
    Deque<int[]> mappings = new ArrayDeque<>(); // per open collection: {isMapping, items seen}
    Mark at = null;
    boolean list = false;
    for (Event event : new Parse(SETTINGS).parseString(yaml)) {
      boolean keyPosition =
          !mappings.isEmpty() && mappings.peek()[0] == 1 && mappings.peek()[1] % 2 == 0;
      Event.ID id = event.getEventId();
      if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
        mappings.pop();
        if (!mappings.isEmpty()) {
          mappings.peek()[1]++;
        }
        continue;
      }
      if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
        if (keyPosition) {
          at = event.getStartMark().orElse(null);
          list = id == Event.ID.SequenceStart;
          break;
        }
        mappings.push(new int[] {id == Event.ID.MappingStart ? 1 : 0, 0});
        continue;
      }
      if ((id == Event.ID.Scalar || id == Event.ID.Alias) && !mappings.isEmpty()) {
        mappings.peek()[1]++;
      }
    }
    int line = at == null ? 0 : at.getLine();
    int column = at == null ? 1 : at.getColumn() + 1;
    String text = line < lines.length ? lines[line] : "";
    if (list) {
      // A clipped Markdown link, - [title](url): note, is the list [title] used as a name.
      error(
          firstLine + line,
          column,
          "front matter is not valid YAML: a value starting with [ is read as a list, and [...]:"
              + " as a list used as a name; "
              + YamlFixHint.of("non scalar key in a list", text));
      return;
    }
    // The value that holds the key starts one brace earlier: {{date}} is { {date}: null }.
    error(
        firstLine + line,
        Math.max(1, column - 1),
        "front matter is not valid YAML: a value starting with { is read as a map, and {{...}} as"
            + " a map used as a name; "
            + YamlFixHint.of("non scalar key", text));
  }

  private void reportMarked(MarkedYamlEngineException e, String[] lines, int firstLine) {
    String problem = e.getProblem() == null ? e.getContext() : e.getProblem();
    // For an unclosed quote or bracket the problem is at the end (or on a later line, where the
    // bracket's list runs into the next property); the opening is what to fix.
    boolean unclosed =
        problem != null
            && (problem.contains("stream end")
                || problem.contains("end of stream")
                || problem.startsWith("expected ',' or ']'")
                || problem.startsWith("expected ',' or '}'"));
    Optional<Mark> at = unclosed ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark();
    Mark mark = at.or(e::getContextMark).orElse(null);
    int line = mark == null ? 0 : mark.getLine();
    int column = mark == null ? 1 : mark.getColumn() + 1;
    String text = line < lines.length ? lines[line] : "";
    error(
        firstLine + line,
        column,
        "front matter is not valid YAML: "
            + describe(problem, unclosed && mark != null)
            + "; "
            + YamlFixHint.of(problem, text));
  }

  /** The engine's words, except where they describe its own state rather than the text. */
  private static String describe(String problem, boolean unclosedAtMark) {
    if (problem.contains("(TAB)")) {
      return "a tab is used for indentation";
    }
    if (unclosedAtMark) {
      return "the quote or bracket opened here is never closed (" + problem + ")";
    }
    return problem;
  }

  /** The engine reports its alias limit without a position, in words about its settings. */
  private static String unmarkedMessage(YamlEngineException e) {
    if (String.valueOf(e.getMessage()).contains("aliases")) {
      return "front matter uses an alias (*name) of a list or map, which notebake refuses because"
          + " it can expand without bound; write the values out";
    }
    return "front matter is not valid YAML: "
        + e.getMessage()
        + "; "
        + YamlFixHint.of(e.getMessage(), "");
  }

  private static boolean isNull(Node root) {
    return root instanceof ScalarNode scalar
        && root.getTag().equals(org.snakeyaml.engine.v2.nodes.Tag.NULL);
  }

  private static String notAMapMessage(Node root) {
    String found = root instanceof ScalarNode ? "plain text" : "a list";
    return "front matter must be properties written as `name: value` lines, but it is "
        + found
        + "; write one `name: value` per line";
  }

  private void error(int line, int column, String message) {
    diagnostics.add(
        org.notebake.diagnostics.Diagnostic.error(relativePath, line, column, message)
            .withRule("frontmatter.invalid"));
  }

  /** Receives an error found while checking the node tree. */
  interface ErrorSink {
    void error(int line, int column, String message);
  }
}
