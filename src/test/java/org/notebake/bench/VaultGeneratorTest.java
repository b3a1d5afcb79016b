package org.notebake.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("bench")
class VaultGeneratorTest {
  private static final Pattern WIKILINK = Pattern.compile("\\[\\[(note-\\d{5})\\|([^]]+)]]");

  @TempDir Path temp;

  private static String read(Path file) throws IOException {
    return Files.readString(file);
  }

  private Path generate(String name, long seed, int count) {
    Path vault = temp.resolve(name);
    new VaultGenerator(seed, count).write(vault);
    return vault.resolve("content/essays");
  }

  @Test
  void sameSeedAndCountGiveIdenticalBytes() throws IOException {
    Path first = generate("a", 7, 30);
    Path second = generate("b", 7, 30);
    for (int i = 1; i <= 30; i++) {
      String name = NoteComposer.fileName(i) + ".md";
      assertThat(read(second.resolve(name))).isEqualTo(read(first.resolve(name)));
    }
  }

  @Test
  void anotherSeedGivesOtherNotes() throws IOException {
    Path first = generate("a", 7, 3);
    Path second = generate("b", 8, 3);
    assertThat(read(second.resolve("note-00001.md")))
        .isNotEqualTo(read(first.resolve("note-00001.md")));
  }

  @Test
  void everyWikilinkPointsAtAGeneratedNoteWithThatTitle() throws IOException {
    Path essays = generate("v", 42, 40);
    List<String> titles = new VaultGenerator(42, 40).titles();
    int links = 0;
    try (Stream<Path> notes = Files.list(essays)) {
      for (Path note : notes.toList()) {
        Matcher link = WIKILINK.matcher(read(note));
        while (link.find()) {
          links++;
          int target = Integer.parseInt(link.group(1).substring(5));
          assertThat(essays.resolve(link.group(1) + ".md")).exists();
          assertThat(link.group(2)).isEqualTo(titles.get(target - 1));
        }
      }
    }
    assertThat(links).isGreaterThan(40);
  }

  @Test
  void noteHasFrontMatterAndEveryBlockKind() throws IOException {
    String note = read(generate("v", 42, 5).resolve("note-00003.md"));
    assertThat(note).startsWith("---\ntitle: \"").contains("\ndate: ", "\ntags:\n  - ");
    assertThat(note).contains("\n## ", "\n- ", "\n\t- ", "\n```java\n", "|---|", "[^1]: ");
    assertThat(Prose.countWords(note)).isBetween(400, 1300);
  }

  @Test
  void greekNotesHaveProseBeyondLatin1AndTitlesAsInText() throws IOException {
    Path vault = temp.resolve("greek");
    new VaultGenerator(42, 5, VaultShape.GREEK).write(vault);
    String note = read(vault.resolve("content/essays/" + NoteComposer.fileName(3) + ".md"));
    String body = note.substring(note.indexOf("\n---\n", 4) + 5);
    long beyond = body.chars().filter(c -> c > 0xff).count();
    long letters = body.chars().filter(Character::isLetter).count();
    assertThat(beyond).as(body).isGreaterThan(letters * 3 / 4);
    assertThat(note).startsWith("---\ntitle: \"").containsPattern("title: \"[A-Z][a-z ]+\"");
    assertThat(Prose.countWords(note)).isBetween(400, 1300);
  }

  @Test
  void heavyNotesHaveSeventeenWikilinksAScreenshotAndAboutElevenHundredWords() throws IOException {
    Path vault = temp.resolve("heavy");
    new VaultGenerator(42, 60, VaultShape.HEAVY).write(vault);
    Path essays = vault.resolve("content/essays");
    int privateNotes = 0;
    for (int i = 1; i <= 60; i++) {
      String note = read(essays.resolve(NoteComposer.fileName(i) + ".md"));
      Matcher link = WIKILINK.matcher(note);
      int links = 0;
      while (link.find()) {
        links++;
      }
      assertThat(links).as("wikilinks in note %d", i).isGreaterThanOrEqualTo(17);
      String screenshot = Screenshots.fileName(i);
      assertThat(note).contains("![[" + screenshot + "]]");
      assertThat(essays.resolve(screenshot)).isNotEmptyFile();
      assertThat(Prose.countWords(note)).isBetween(1_000, 1_600);
      if (note.contains("\npublish: false\ndraft: true\nstatus: draft\n")) {
        privateNotes++;
      }
    }
    assertThat(privateNotes).as("private notes of 60").isBetween(10, 30);
  }

  @Test
  void titlesAreDistinct() {
    List<String> titles = new VaultGenerator(1, 5000).titles();
    assertThat(titles).hasSize(5000).doesNotHaveDuplicates();
  }
}
