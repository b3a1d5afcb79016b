package org.notebake.site;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.notebake.diagnostics.Diagnostics;
import org.notebake.markdown.obsidian.math.MathPreamble;

/**
 * The macros of the vault's {@code preamble.sty} (Obsidian's Extended MathJax plugin loads it
 * before every formula) as a small script beside KaTeX, named by its content's hash, that maths
 * pages load between KaTeX and {@code notebake-math.js}. Read only for a site with maths, and only
 * when the vault's scan read the file (an ignored one is not). What KaTeX cannot take is a warning
 * at its line; comments never leave the vault.
 *
 * <pre>
 * preamble.sty: \newcommand{\R}{\mathbb{R}}
 *   -&gt; vendor/katex/preamble-3f9a2c1b7d.js, with the definition \gdef\R{\mathbb{R}}
 * preamble.sty:4: warning: &#92;usepackage{tikz}: KaTeX loads no packages ...
 * </pre>
 */
final class MathPreambleStep {
  static final String FILE = MathPreamble.FILE;

  /** Larger is no preamble of macros. */
  private static final long MAX_BYTES = 1 << 20;

  private MathPreambleStep() {}

  /** The script maths pages load: its site path and what it is made from. */
  record Script(String path, AssetCopier.AssetSource source) {}

  /**
   * The script of the preamble at {@code content}'s root, or null when there is none, the scan did
   * not read it ({@code scanned} false: ignored, or absent), or it defines nothing KaTeX takes.
   */
  static Script produce(Path content, boolean scanned, Diagnostics diagnostics) {
    if (!scanned) {
      return null;
    }
    Path file = content.resolve(FILE);
    String text;
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        return null;
      }
      if (Files.size(file) > MAX_BYTES) {
        diagnostics.warning(
            FILE,
            0,
            0,
            "the maths preamble is over 1 MiB, so its macros are not read; keep only the macros in"
                + " it");
        return null;
      }
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (CharacterCodingException e) {
      diagnostics.warning(
          FILE,
          0,
          0,
          "the maths preamble is not UTF-8, so its macros are not read; save it as UTF-8");
      return null;
    } catch (IOException e) {
      diagnostics.warning(
          FILE,
          0,
          0,
          "cannot read the maths preamble, so its macros are not read: "
              + org.notebake.diagnostics.OsCause.of(e));
      return null;
    }
    MathPreamble preamble = MathPreamble.read(text);
    for (MathPreamble.Skipped skipped : preamble.skipped()) {
      diagnostics.warning(FILE, skipped.line(), 0, skipped.why() + "; the rest is read");
    }
    if (preamble.isEmpty()) {
      return null;
    }
    byte[] bytes = script(preamble.definitions()).getBytes(StandardCharsets.UTF_8);
    String hash = org.notebake.text.Sha256.hex(bytes).substring(0, 10);
    StringBuilder shown = new StringBuilder();
    preamble.definitions().forEach(d -> shown.append(d.body()).append('\n'));
    return new Script(
        "vendor/katex/preamble-" + hash + ".js",
        AssetCopier.AssetSource.made(
            new AssetCopier.MadeFrom(FILE, bytes, text, shown.toString())));
  }

  /**
   * The script: each definition is typeset once into one table of macros (KaTeX's own reading of
   * it, {@code \gdef} and its parameters), and every {@code katex.render} after it is given a copy
   * of the table, so one formula's definitions do not reach the next, as before. It wraps KaTeX
   * rather than {@code notebake-math.js} reading it, so a site without a preamble is the same files
   * it was.
   */
  static String script(List<MathPreamble.Definition> definitions) {
    StringBuilder list = new StringBuilder("[");
    for (MathPreamble.Definition d : definitions) {
      list.append(list.length() > 1 ? ",\n  " : "\n  ").append(jsonString(d.tex()));
    }
    list.append("\n]");
    return "// notebake: the macros of the vault's preamble.sty, given to every formula KaTeX"
        + " typesets.\n"
        + "(function () {\n"
        + "  var definitions = "
        + list
        + ";\n"
        + "  var macros = {};\n"
        + "  definitions.forEach(function (tex) {\n"
        + "    try {\n"
        + "      katex.renderToString(tex, { macros: macros, globalGroup: true, throwOnError: true"
        + " });\n"
        + "    } catch (e) {\n"
        + "      // KaTeX cannot read it: a formula that uses the macro shows KaTeX's error.\n"
        + "    }\n"
        + "  });\n"
        + "  var render = katex.render;\n"
        + "  katex.render = function (tex, element, options) {\n"
        + "    var own = Object.assign({}, options);\n"
        + "    own.macros = Object.assign({}, macros, own.macros);\n"
        + "    return render.call(katex, tex, element, own);\n"
        + "  };\n"
        + "})();\n";
  }

  /** A JSON string: quotes, backslashes, control characters and line separators escaped. */
  static String jsonString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
