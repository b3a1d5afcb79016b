package org.notebake.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A vault shaped like a dense personal knowledge base (pur3-pkb's shape): notes three folders deep,
 * about 60 wikilinks each, each note with an arrow or a dash past Latin-1 (so Java holds its text
 * in two bytes a character), in fictional prose. Each link renders to a relative address several
 * times its Markdown's length, and each becomes a backlink on the page it leads to.
 *
 * <pre>
 * java -cp target/test-classes:... org.notebake.site.LinkedVault /tmp/linked 6000 60 [ascii]
 * </pre>
 */
final class LinkedVault {
  private static final String[] WORDS = {
    "otter", "river", "lantern", "archive", "meadow", "signal", "harbour", "quartz", "willow",
    "ember", "compass", "tide", "orchard", "glacier", "beacon", "thicket", "ledger", "summit"
  };

  private LinkedVault() {}

  /** Writes {@code notes} notes of {@code links} wikilinks each into {@code vault}. */
  static void write(Path vault, int notes, int links, boolean wide, long seed) throws IOException {
    Random random = new Random(seed);
    Files.createDirectories(vault);
    Files.writeString(
        vault.resolve("jbake.properties"),
        "site.host=http://example.org\n" + "publish.folders=.\n");
    for (int i = 0; i < notes; i++) {
      Path file = vault.resolve(folder(i)).resolve(name(i) + ".md");
      Files.createDirectories(file.getParent());
      Files.writeString(file, body(i, notes, links, wide, random));
    }
  }

  static String folder(int i) {
    return "knowledge-base/area-" + (i % 7) + "-field-notes/subject-" + (i % 41) + "-studies";
  }

  static String name(int i) {
    return "Field note on the " + WORDS[i % WORDS.length] + " question " + i;
  }

  private static String body(int i, int notes, int links, boolean wide, Random random) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(name(i)).append("\n\n");
    int perParagraph = 5;
    for (int p = 0; p * perParagraph < links; p++) {
      out.append("- ");
      for (int k = 0; k < perParagraph && p * perParagraph + k < links; k++) {
        out.append("The ")
            .append(WORDS[random.nextInt(WORDS.length)])
            .append(wide ? " → " : " -> ")
            .append("[[")
            .append(name(random.nextInt(notes)))
            .append("]] ")
            .append(WORDS[random.nextInt(WORDS.length)])
            .append(wide ? " — " : " - ");
      }
      out.append("\n");
    }
    return out.toString();
  }

  public static void main(String[] args) throws IOException {
    write(
        Path.of(args[0]),
        Integer.parseInt(args[1]),
        Integer.parseInt(args[2]),
        !(args.length > 3 && args[3].equals("ascii")),
        42);
  }
}
