package org.notebake.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.notebake.diagnostics.Diagnostic;
import org.notebake.diagnostics.Diagnostics;

class FrontMatterParserTest {

  private final Diagnostics diagnostics = new Diagnostics();
  private final FrontMatterParser parser = new FrontMatterParser();

  private ParsedNote parse(String text) {
    return parser.parse("notes/a.md", text, diagnostics);
  }

  private List<String> messages() {
    return diagnostics.sorted().stream().map(Diagnostic::format).toList();
  }

  @Test
  void readsObsidianYamlAndBlanksItsLinesInTheBody() {
    ParsedNote note = parse("---\ntitle: \"2025-07-01\"\npublish: true\n---\n# Day\ntext\n");

    assertThat(note.malformed()).isFalse();
    assertThat(note.frontMatter().format()).isEqualTo(FrontMatter.Format.YAML);
    assertThat(note.frontMatter().string("title")).contains("2025-07-01");
    assertThat(note.frontMatter().bool("publish")).contains(true);
    assertThat(note.body()).isEqualTo("\n\n\n\n# Day\ntext\n");
    assertThat(note.body().lines().toList().get(4)).isEqualTo("# Day");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  /** Hugo's `hugo new` wrote TOML for years: its draft was published, front matter and all. */
  @Test
  void readsHugosTomlFrontMatter() {
    ParsedNote note =
        parse("+++\ntitle = \"Walks\"\n\ndraft = true\ntags = [\"a\", \"b\"]\n+++\n# Day\n");

    assertThat(note.malformed()).isFalse();
    assertThat(note.frontMatter().format()).isEqualTo(FrontMatter.Format.TOML);
    assertThat(note.frontMatter().bool("draft")).contains(true);
    assertThat(note.frontMatter().strings("tags")).containsExactly("a", "b");
    assertThat(note.frontMatter().line("draft")).isEqualTo(4);
    assertThat(note.body()).isEqualTo("\n\n\n\n\n\n# Day\n");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void tomlThatCannotBeReadKeepsTheNotePrivateWithTheLineInTheNote() {
    ParsedNote note = parse("+++\ntitle = \"A\"\ndraft: true\n+++\nsecret\n");

    assertThat(note.malformed()).isTrue();
    assertThat(note.body()).isEmpty();
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith(
            "notes/a.md:3:6: error: front matter between +++ lines is not TOML notebake can read: ="
                + " is expected after the key");
    assertThat(parse("+++\ntitle = \"A\"\n").malformed()).isTrue();
  }

  @Test
  void readsHugosJsonFrontMatter() {
    ParsedNote note =
        parse("{\n  \"title\": \"A \\\"quoted\\\" {brace}\",\n  \"draft\": true\n}\nBody\n");

    assertThat(note.malformed()).isFalse();
    assertThat(note.frontMatter().format()).isEqualTo(FrontMatter.Format.JSON);
    assertThat(note.frontMatter().string("title")).contains("A \"quoted\" {brace}");
    assertThat(note.frontMatter().bool("draft")).contains(true);
    assertThat(note.frontMatter().line("draft")).isEqualTo(3);
    assertThat(note.body()).isEqualTo("\n\n\n\nBody\n");
    assertThat(parse("{\"draft\": true}\nBody\n").frontMatter().bool("draft")).contains(true);
    // A trailing comma, which Hugo refuses, is read: the note's wish is clear.
    assertThat(parse("{\n\"draft\": true,\n}\nBody\n").frontMatter().bool("draft")).contains(true);
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void jsonMeantAsFrontMatterThatCannotBeReadKeepsTheNotePrivate() {
    assertThat(parse("{\n  \"draft\": yes\n}\nsecret\n").malformed()).isTrue();
    assertThat(parse("{\"draft\": true\nsecret\n").malformed()).isTrue();
    assertThat(parse("{\"draft\": true} and text\n").malformed()).isTrue();
    assertThat(parse("{\n" + "[".repeat(200) + "\n").malformed()).isTrue();
    assertThat(messages())
        .hasSize(4)
        .allMatch(m -> m.contains("front matter in JSON (the note opens with {) cannot be read"));
  }

  @Test
  void aBraceThatOpensTextIsText() {
    for (String text :
        List.of("{{< figure src=\"a.jpg\" >}}\n", "{x} is a set\n", "{ not json\n")) {
      ParsedNote note = parse(text);
      assertThat(note.malformed()).as(text).isFalse();
      assertThat(note.frontMatter().format()).isEqualTo(FrontMatter.Format.NONE);
      assertThat(note.body()).isEqualTo(text);
    }
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void recordsTheFileLineOfEachKey() {
    FrontMatter matter = parse("---\ntitle: A\n\ntags:\n  - x\n---\n").frontMatter();

    assertThat(matter.line("title")).isEqualTo(2);
    assertThat(matter.line("tags")).isEqualTo(4);
    assertThat(matter.line("missing")).isZero();
  }

  @Test
  void byteOrderMarkBeforeFrontMatterIsIgnored() {
    ParsedNote note = parse("\uFEFF---\ntitle: Bom\n---\nbody");

    assertThat(note.frontMatter().string("title")).contains("Bom");
    assertThat(note.body()).isEqualTo("\n\n\nbody");
  }

  @Test
  void crlfLineEndsAreAccepted() {
    ParsedNote note =
        parse("---\r\ntitle: Windows\r\npublish: true\r\n---\r\nline one\r\nline two");

    assertThat(note.frontMatter().string("title")).contains("Windows");
    assertThat(note.frontMatter().bool("publish")).contains(true);
    assertThat(note.body()).isEqualTo("\n\n\n\nline one\r\nline two");
  }

  @Test
  void noteWithoutFrontMatterKeepsItsWholeText() {
    ParsedNote note = parse("# Title\n\nSome text: with a colon\n");

    assertThat(note.frontMatter()).isEqualTo(FrontMatter.none());
    assertThat(note.frontMatter().format()).isEqualTo(FrontMatter.Format.NONE);
    assertThat(note.body()).isEqualTo("# Title\n\nSome text: with a colon\n");
    assertThat(note.malformed()).isFalse();
  }

  @Test
  void emptyFrontMatterIsAnEmptyMap() {
    ParsedNote note = parse("---\n---\nbody\n");

    assertThat(note.malformed()).isFalse();
    assertThat(note.frontMatter().format()).isEqualTo(FrontMatter.Format.YAML);
    assertThat(note.frontMatter().keys()).isEmpty();
    assertThat(note.body()).isEqualTo("\n\nbody\n");
  }

  @Test
  void yamlDocumentEndMarkerClosesFrontMatter() {
    ParsedNote note = parse("---\ntitle: Dots\n...\nbody");

    assertThat(note.frontMatter().string("title")).contains("Dots");
    assertThat(note.body()).isEqualTo("\n\n\nbody");
  }

  /**
   * Red team: properties under a YAML "..." were body text, so a {@code draft: true} there was
   * ignored and the note published; Obsidian reads properties on to the next {@code ---}.
   */
  @Test
  void propertiesBelowADocumentEndMarkerAreReadOnToTheNextFence() {
    ParsedNote note =
        parse("---\ntitle: Offer\npublish: true\n...\ndraft: true\n---\nNot ready.\n");

    assertThat(note.frontMatter().string("title")).contains("Offer");
    assertThat(note.frontMatter().bool("draft")).contains(true);
    assertThat(note.body()).isEqualTo("\n\n\n\n\n\nNot ready.\n");
    assertThat(messages())
        .contains(
            "notes/a.md:4:1: warning: \"...\" ends YAML front matter, but Obsidian reads the"
                + " properties on to the next ---, so those below it are read too; remove the"
                + " \"...\" line");
    for (String below : new String[] {"# a comment", "\"reviewer\": \"Jo\"", "review.by: Jo"}) {
      ParsedNote more =
          parse("---\ntitle: Offer\n...\n" + below + "\ndraft: true\n---\nNot ready.\n");
      assertThat(more.frontMatter().bool("draft")).as(below).contains(true);
    }
    ParsedNote pandoc = parse("---\ntitle: Dots\n...\nA paragraph.\n\n---\n\nMore.\n");
    assertThat(pandoc.frontMatter().keys()).containsExactly("title");
    assertThat(pandoc.body()).startsWith("\n\n\nA paragraph.");
  }

  /**
   * Real content (a Chinese vault's daily note, {@code ---}, {@code ~}, {@code ---}): YAML's null
   * was "plain text", an error that stopped the bake; it is an empty front matter.
   */
  @Test
  void aFrontMatterOfYamlNullIsEmpty() {
    for (String nothing : new String[] {"~", "null", "Null", "~  # nothing yet"}) {
      ParsedNote note = parse("---\n" + nothing + "\n---\nbody\n");
      assertThat(note.malformed()).as(nothing).isFalse();
      assertThat(note.frontMatter().keys()).as(nothing).isEmpty();
      assertThat(note.body()).as(nothing).isEqualTo("\n\n\nbody\n");
    }
    assertThat(messages()).isEmpty();
    assertThat(parse("---\njust words\n---\nbody\n").malformed()).isTrue();
  }

  @Test
  void trailingSpacesAfterFencesAreAccepted() {
    ParsedNote note = parse("---  \ntitle: Spaced\n--- \nbody");

    assertThat(note.frontMatter().string("title")).contains("Spaced");
  }

  @Test
  void frontMatterNotOnLineOneIsTextAndWarned() {
    ParsedNote note = parse("\n---\npublish: true\n---\nbody\n");

    assertThat(note.frontMatter().keys()).isEmpty();
    assertThat(note.body()).isEqualTo("\n---\npublish: true\n---\nbody\n");
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("notes/a.md:2:1: warning: front matter must start on line 1");
  }

  /** What a misplaced block says is read for the publishing decision, though it stays text. */
  @Test
  void frontMatterBelowEmptyLinesIsReadAsIgnored() {
    ParsedNote note = parse("\n\n---\ntitle: H\ndraft: true\n---\nbody\n");

    assertThat(note.frontMatter().keys()).isEmpty();
    assertThat(note.ignored().value("draft")).contains(true);
    assertThat(note.ignored().line("draft")).isEqualTo(5);
    assertThat(note.body()).startsWith("\n\n---\ntitle: H");
    assertThat(parse("\n---\ndraft: true\nno closing fence\n").ignored().keys()).isEmpty();
    assertThat(parse("\n---\ndraft: [unclosed\n---\n").ignored().keys()).isEmpty();
    assertThat(parse("---\ndraft: true\n---\n").ignored().keys()).isEmpty();
  }

  @Test
  void thematicBreakLaterInTheNoteIsNotFrontMatter() {
    ParsedNote note = parse("Intro\n\n---\n\nMore\n");

    assertThat(note.body()).isEqualTo("Intro\n\n---\n\nMore\n");
    assertThat(diagnostics.sorted()).isEmpty();
  }

  @Test
  void unterminatedFrontMatterIsAnErrorAndHidesTheText() {
    ParsedNote note = parse("---\ntitle: Open\nsecret plans\n");

    assertThat(note.malformed()).isTrue();
    assertThat(note.body()).isEmpty();
    assertThat(messages())
        .containsExactly(
            "notes/a.md:1:1: error: front matter starts with --- on line 1 but is never closed;"
                + " add a line with --- after the last property");
  }

  /**
   * Red team: {@code title: "\\ud800 lone"} was published as {@code &#xd800;} in the page and
   * {@code ?} in the feeds, without a word. A pair of escapes is one character and stays.
   */
  @Test
  void anEscapeForHalfACharacterIsAnErrorAtItsLine() {
    assertThat(
            parser.parse("t.md", "+++\ntitle = \"\\uD800\"\n+++\n", new Diagnostics()).malformed())
        .as("TOML")
        .isTrue();
    assertThat(
            parser
                .parse("j.md", "{\"title\": \"\\ud800\"}\n\ntext\n", new Diagnostics())
                .malformed())
        .as("JSON")
        .isTrue();
    ParsedNote note = parse("---\ntitle: T\ntags: [a, \"b\\udc00\"]\n---\nsecret\n");

    assertThat(note.malformed()).isTrue();
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("notes/a.md:3:1: error: tags has an escape for half a character");
    Diagnostics pair = new Diagnostics();
    assertThat(
            parser
                .parse("notes/b.md", "---\ntitle: \"\\ud83c\\udf37 tulip\"\n---\n", pair)
                .frontMatter()
                .string("title"))
        .contains("\ud83c\udf37 tulip");
    assertThat(pair.sorted()).isEmpty();
  }

  @Test
  void tabIndentationIsAnErrorAtTheTab() {
    ParsedNote note = parse("---\nmeta:\n\tkey: 1\n---\nsecret\n");

    assertThat(note.malformed()).isTrue();
    assertThat(note.body()).isEmpty();
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("notes/a.md:3:1: error: front matter is not valid YAML:")
        .contains("a tab")
        .endsWith("indent with spaces; YAML does not allow tabs for indentation");
  }

  @Test
  void unquotedColonSuggestsQuotingTheValue() {
    ParsedNote note = parse("---\ntitle: Notes: meeting #3\n---\n");

    assertThat(note.malformed()).isTrue();
    assertThat(messages())
        .containsExactly(
            "notes/a.md:2:13: error: front matter is not valid YAML: mapping values are not"
                + " allowed here; a value containing \": \" must be quoted: title: \"Notes:"
                + " meeting #3\"");
  }

  @Test
  void unquotedWikilinkIsExplainedAsANestedList() {
    ParsedNote note = parse("---\ntitle: A\nrelated: [[Other Note]]\n---\nbody\n");

    assertThat(note.malformed()).isTrue();
    assertThat(note.body()).isEmpty();
    assertThat(messages())
        .containsExactly(
            "notes/a.md:3:10: error: front matter value [[Other Note]] is read by YAML as a list"
                + " inside a list, not as a wikilink; quote it: \"[[Other Note]]\"");
  }

  @Test
  void unquotedWikilinkInABlockListIsFound() {
    ParsedNote note = parse("---\nrelated:\n  - \"[[Fine]]\"\n  - [[Other Note]]\n---\n");

    assertThat(note.malformed()).isTrue();
    assertThat(messages()).singleElement().asString().startsWith("notes/a.md:4:5: error:");
  }

  @Test
  void quotedWikilinkIsAString() {
    ParsedNote note = parse("---\nrelated: \"[[Other Note]]\"\nlist: [a, [b, c]]\n---\n");

    assertThat(note.malformed()).isFalse();
    assertThat(note.frontMatter().string("related")).contains("[[Other Note]]");
  }

  @Test
  void twoUnquotedWikilinksGetTheWikilinkHint() {
    ParsedNote note = parse("---\nrelated: [[A]], [[B]]\n---\n");

    assertThat(note.malformed()).isTrue();
    assertThat(messages()).singleElement().asString().contains("quote wikilinks");
  }

  @Test
  void duplicateKeyIsAnErrorAtTheSecondKey() {
    ParsedNote note = parse("---\npublish: true\ntitle: A\npublish: false\n---\nsecret\n");

    assertThat(note.malformed()).isTrue();
    assertThat(note.body()).isEmpty();
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("notes/a.md:4:1: error: front matter is not valid YAML: found duplicate key")
        .endsWith("a property may appear only once; delete or rename one of the two lines");
  }

  @Test
  void quotedTrueIsAStringNotABoolean() {
    FrontMatter matter = parse("---\npublish: \"true\"\n---\n").frontMatter();

    assertThat(matter.bool("publish")).isEmpty();
    assertThat(matter.string("publish")).contains("true");
  }

  @Test
  void yesAndNoAreStringsUnderYaml12() {
    FrontMatter matter = parse("---\npublish: yes\ndraft: no\n---\n").frontMatter();

    assertThat(matter.bool("publish")).isEmpty();
    assertThat(matter.value("publish")).contains("yes");
    assertThat(matter.value("draft")).contains("no");
  }

  @Test
  void scalarTypesAreThoseOfYaml() {
    FrontMatter matter =
        parse("---\nn: 3\nf: 1.5\nb: false\nnothing: ~\nmap: {a: 1}\n---\n").frontMatter();

    assertThat(matter.value("n")).contains(3);
    assertThat(matter.value("f")).contains(1.5);
    assertThat(matter.bool("b")).contains(false);
    assertThat(matter.has("nothing")).isTrue();
    assertThat(matter.value("nothing")).isEmpty();
    assertThat(matter.value("map")).contains(Map.of("a", 1));
  }

  @Test
  void dateOnlyValueStaysText() {
    FrontMatter matter = parse("---\ndate: 2025-07-01\n---\n").frontMatter();

    assertThat(matter.value("date")).contains("2025-07-01");
    assertThat(matter.localDate("date")).contains(LocalDate.of(2025, 7, 1));
  }

  @Test
  void rootThatIsAListIsAnError() {
    ParsedNote note = parse("---\n- a\n- b\n---\n");

    assertThat(note.malformed()).isTrue();
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("notes/a.md:2:1: error: front matter must be properties")
        .contains("but it is a list");
  }

  @Test
  void rootThatIsTextIsAnError() {
    ParsedNote note = parse("---\njust some words\n---\n");

    assertThat(note.malformed()).isTrue();
    assertThat(messages()).singleElement().asString().contains("but it is plain text");
  }

  @Test
  void billionLaughsIsRejected() {
    String bomb =
        "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
            + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
            + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            + "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n";

    ParsedNote note = parse(bomb);

    assertThat(note.malformed()).isTrue();
    assertThat(messages()).singleElement().asString().contains("alias (*name) of a list or map");
  }

  @Test
  void deepNestingIsRejectedBeforeTheComposerRecurses() {
    String deep = "[".repeat(5000) + "]".repeat(5000);

    ParsedNote note = parse("---\nx: " + deep + "\n---\n");

    assertThat(note.malformed()).isTrue();
    assertThat(messages()).singleElement().asString().contains("nested more than 16 levels");
  }

  @Test
  void sixteenLevelsAreRead() {
    ParsedNote note = parse("---\nx:\n" + "- ".repeat(15) + "a\n---\n"); // the map and 15 lists

    assertThat(note.malformed()).isFalse();
    assertThat(messages()).isEmpty();
  }

  @Test
  void everyWayOfNestingSeventeenLevelsIsRejected() {
    String blockMaps = "";
    for (int level = 0; level < 17; level++) {
      blockMaps += "  ".repeat(level) + "k" + level + ":\n";
    }
    String blockLists = "x:\n" + "- ".repeat(17) + "a\n";
    String jsonPairs = "x: " + "[\"a\":".repeat(9) + "b" + "]".repeat(9) + "\n";
    String explicitKeys = "x:\n" + "? ".repeat(17) + "a\n";
    for (String yaml : List.of(blockMaps, blockLists, jsonPairs, explicitKeys)) {
      int before = messages().size();
      ParsedNote note = parse("---\n" + yaml + "---\n");

      assertThat(note.malformed()).as(yaml).isTrue();
      assertThat(messages().subList(before, messages().size()))
          .as(yaml)
          .anySatisfy(m -> assertThat(m).contains("nested more than"));
    }
  }

  @Test
  void typicalFrontMatterWithColonsBracketsAndBracesReads() {
    String typical =
        "title: \"Queues: a field guide\"\ndate: 2025-07-01T10:30:00\ntags: [a, b]\n"
            + "links: {home: https://example.org}\n";
    ParsedNote note = parse("---\n" + typical + "---\nBody\n");
    assertThat(note.malformed()).isFalse();
    assertThat(messages()).isEmpty();
  }

  @Test
  void customTagsAreRejected() {
    ParsedNote note = parse("---\nx: !!javax.script.ScriptEngineManager [a]\n---\n");

    assertThat(note.malformed()).isTrue();
    assertThat(messages())
        .singleElement()
        .asString()
        .startsWith("notes/a.md:2:4: error:")
        .endsWith("YAML tags (!name) are not allowed in front matter; remove the tag");
  }

  @Test
  void oversizedFrontMatterIsRejected() {
    String big = "x: \"" + "a".repeat(YamlFrontMatterReader.MAX_CHARS) + "\"\n";

    ParsedNote note = parse("---\n" + big + "---\n");

    assertThat(note.malformed()).isTrue();
    assertThat(messages()).singleElement().asString().contains("larger than 64 KiB");
  }

  @Test
  void jbakeHeaderIsReadWithTagsAndDate() {
    ParsedNote note =
        parse("title=Hello\ntags=java, baking,\ndate=2025-07-01\nstatus=published\n~~~~~~\nBody\n");

    FrontMatter matter = note.frontMatter();
    assertThat(note.malformed()).isFalse();
    assertThat(matter.format()).isEqualTo(FrontMatter.Format.JBAKE);
    assertThat(matter.string("title")).contains("Hello");
    assertThat(matter.strings("tags")).containsExactly("java", "baking");
    assertThat(matter.localDate("date")).contains(LocalDate.of(2025, 7, 1));
    assertThat(matter.line("status")).isEqualTo(4);
    assertThat(note.body()).isEqualTo("\n\n\n\n\nBody\n");
  }

  @Test
  void jbakeHeaderUsesTheConfiguredSeparatorAndDatePattern() {
    FrontMatterParser custom = new FrontMatterParser("+++", "dd/MM/yyyy");

    ParsedNote note = custom.parse("b.html", "date=01/07/2025\n+++\n<p>x</p>", diagnostics);

    assertThat(note.frontMatter().localDate("date")).contains(LocalDate.of(2025, 7, 1));
    assertThat(note.body()).isEqualTo("\n\n<p>x</p>");
  }

  @Test
  void jbakeDateNotMatchingThePatternIsAnError() {
    ParsedNote note = parse("title=A\ndate=July 1st\n~~~~~~\nsecret\n");

    assertThat(note.malformed()).isTrue();
    assertThat(note.body()).isEmpty();
    assertThat(messages())
        .containsExactly(
            "notes/a.md:2:6: error: date `July 1st` does not match the date format yyyy-MM-dd;"
                + " write it like 2025-07-01");
  }

  @Test
  void jbakeDateWithTimeAndZoneKeepsBoth() {
    FrontMatter matter =
        parse("title=A\ndate=2003-02-13 23:04:31 +0100\n~~~~~~\nx\n").frontMatter();

    assertThat(messages()).isEmpty();
    assertThat(matter.value("date")).contains("2003-02-13T23:04:31+01:00");
    assertThat(matter.localDate("date")).contains(LocalDate.of(2003, 2, 13));
  }

  @Test
  void jbakeDateReadsWhatSimpleDateFormatReads() {
    assertThat(parse("date=2013-07-24 09:30\n~~~~~~\n").frontMatter().value("date"))
        .contains("2013-07-24T09:30");
    assertThat(parse("date=2013-07-24T09:30:00Z\n~~~~~~\n").frontMatter().value("date"))
        .contains("2013-07-24T09:30Z");
    assertThat(parse("date=2013-07-24 (a Wednesday)\n~~~~~~\n").frontMatter().value("date"))
        .as("trailing text is ignored, as JBake ignores it")
        .contains("2013-07-24");
    assertThat(parse("date=2013-7-4\n~~~~~~\n").frontMatter().value("date"))
        .as("one-digit month and day, as SimpleDateFormat reads them")
        .contains("2013-07-04");
    assertThat(messages()).isEmpty();
  }

  @Test
  void jbakeDateThatJBakeRejectsIsStillAnError() {
    parse("date=24.07.2013 10:00\n~~~~~~\n");
    parse("date=\n~~~~~~\n");

    assertThat(messages())
        .containsExactly(
            "notes/a.md:1:6: error: date `24.07.2013 10:00` does not match the date format"
                + " yyyy-MM-dd; write it like 2025-07-01",
            "notes/a.md:1:6: error: date `` does not match the date format yyyy-MM-dd;"
                + " write it like 2025-07-01");
  }

  @Test
  void jbakeHeaderWithAStrayLineIsAnError() {
    ParsedNote note = parse("title=A\nthis is not a property\n~~~~~~\nsecret\n");

    assertThat(note.malformed()).isTrue();
    assertThat(messages()).singleElement().asString().startsWith("notes/a.md:2:1: error: JBake");
  }

  @Test
  void keyValueLineWithoutSeparatorIsPlainMarkdown() {
    ParsedNote note = parse("x=1 is an equation\n\nmore text\n");

    assertThat(note.frontMatter().format()).isEqualTo(FrontMatter.Format.NONE);
    assertThat(note.body()).isEqualTo("x=1 is an equation\n\nmore text\n");
  }

  @Test
  void dateLikeQuotedTitleStaysTextAndNoteIsNotPublished() {
    ParsedNote note = parse("---\ntitle: \"2025-07-01\"\n---\n\n- plan the next photo walk\n");

    assertThat(note.frontMatter().string("title")).contains("2025-07-01");
    assertThat(note.frontMatter().bool("publish")).isEmpty();
    assertThat(note.body().lines().toList().get(4)).isEqualTo("- plan the next photo walk");
  }

  @Test
  void selfContainingAliasIsRejected() {
    ParsedNote note = parse("---\nx: &a [*a]\n---\n");

    assertThat(note.malformed()).isTrue();
    assertThat(messages()).singleElement().asString().contains("alias (*name) of a list or map");
  }

  @Test
  void scalarAliasIsAllowed() {
    FrontMatter matter = parse("---\na: &name Ada\nb: *name\n---\n").frontMatter();

    assertThat(matter.string("b")).contains("Ada");
  }

  @Test
  void unclosedQuoteIsReportedWhereItOpens() {
    ParsedNote note = parse("---\ntitle: A\nk: 'open\n---\n");

    assertThat(note.malformed()).isTrue();
    assertThat(messages())
        .containsExactly(
            "notes/a.md:3:4: error: front matter is not valid YAML: the quote or bracket opened"
                + " here is never closed (found unexpected end of stream); close it, or quote the"
                + " whole value");
  }

  @Test
  void anObsidianTemplatePlaceholderIsReportedAtItsLineNotTheFirst() {
    assertThat(parse("---\ntitle: x\ndate: {{date:YYYY-MM-DD}}\ntags:\n---\n").malformed())
        .isTrue();
    assertThat(messages())
        .containsExactly(
            "notes/a.md:3:7: error: front matter is not valid YAML: a value starting with { is read"
                + " as a map, and {{...}} as a map used as a name; if it is a template placeholder,"
                + " quote it: date: \"{{date:YYYY-MM-DD}}\"");
  }

  @Test
  void aMarkdownLinkInAListIsReportedAsAListUsedAsAName() {
    // A web clipper's template left `- [title](url): note` items: YAML reads [title] as a list,
    // and the list as the name of a property; there is no { anywhere in it.
    assertThat(parse("---\ntitle: x\nsources:\n  - [\"\"](\"\"): \"\"\n---\n").malformed())
        .isTrue();
    assertThat(messages())
        .containsExactly(
            "notes/a.md:4:5: error: front matter is not valid YAML: a value starting with [ is read"
                + " as a list, and [...]: as a list used as a name; quote the whole value: -"
                + " '[\"\"](\"\"): \"\"'");
  }

  @Test
  void aPlaceholderNestedInAListIsFoundToo() {
    parse("---\na: 1\ntags:\n  - x\n  - {{tag}}\n---\n");
    assertThat(messages()).singleElement().asString().startsWith("notes/a.md:5:5: error:");
  }

  @Test
  void anUnclosedBracketIsReportedWhereItOpens() {
    parse("---\na: 1\nb: 2\nc: 3\nd: [unclosed\ne: 5\n---\n");
    assertThat(messages())
        .containsExactly(
            "notes/a.md:5:4: error: front matter is not valid YAML: the quote or bracket opened here"
                + " is never closed (expected ',' or ']', but got :); close it, or quote the whole"
                + " value");
  }
}
