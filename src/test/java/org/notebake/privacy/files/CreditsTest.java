package org.notebake.privacy.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which addresses in a script or stylesheet are a library's credits (highlight.js's shapes). */
class CreditsTest {
  private static final String ADDRESS = "jo.example@example.org";

  /** Whether the address in {@code source} (the first one) is inside a crediting comment. */
  private static boolean credited(String path, String source) {
    int start = source.indexOf(ADDRESS);
    return Credits.of(path, source).covers(start, start + ADDRESS.length());
  }

  @Test
  void anAuthorInABlockCommentIsCredited() {
    String js =
        """
        var hljsGrammar = (function () {
          'use strict';
          /*
          Language: ARM Assembly
          Author: Jo Example <jo.example@example.org>
          Category: assembler
          */
        """;
    assertThat(credited("js/languages/armasm.js", js)).isTrue();
  }

  @Test
  void aLicenceBannerAndItsFollowingLinesAreCredited() {
    String banner =
        """
        /*!
          Highlight.js v11.11.1
          (c) 2006-2025 Ada Example and other contributors
        */
        /* Contributors: Ben Example <ben@example.org>,
           Jo Example <jo.example@example.org> */
        """;
    assertThat(credited("hl.min.js", banner)).isTrue();
  }

  @Test
  void runsOfLineCommentsAreOneComment() {
    String js = "// Copyright 2024 the authors\n//   Jo Example <jo.example@example.org>\nx();\n";
    assertThat(credited("a.mjs", js)).isTrue();
  }

  @Test
  void aStylesheetsCommentIsCreditedAndItsUrlIsNoComment() {
    String css =
        "/* Theme: Gruvbox\n   Author: Jo Example (jo.example@example.org) */\n"
            + ".a { background: url(http://example.org/x.png) }\n";
    assertThat(credited("styles/gruvbox.css", css)).isTrue();
    String unquotedUrl = ".a { background: url(http://x/jo.example@example.org) } /* (c) me */";
    assertThat(credited("styles/a.css", unquotedUrl)).isFalse();
  }

  @Test
  void aPersonWrittenAsGitWritesOneIsACredit() {
    String css = "}\n/*\n\nGML Theme - Jo Example <jo.example@example.org>\n\n*/\n.hljs {}\n";
    assertThat(credited("styles/gml.css", css)).isTrue();
    String basedOn = "/* based on original C# coloring by Jo Example (jo.example@example.org) */";
    assertThat(credited("styles/vs.css", basedOn)).isTrue();
    assertThat(credited("styles/x.css", "/* Contact: jo.example@example.org */")).isTrue();
  }

  @Test
  void anNpmManifestsPeopleAreCreditedItsOtherFieldsAreNot() {
    String json =
        """
        {
          "name": "highlight.js",
          "author": "Jo Example <jo.example@example.org>",
          "contributors": [
            "Ben Example <ben@example.org>",
            { "name": "Cy", "email": "cy@example.org" }
          ],
          "bugs": { "email": "bugs@example.org" }
        }
        """;
    Credits credits = Credits.of("js/highlight/package.json", json);
    for (String address : new String[] {ADDRESS, "ben@example.org", "cy@example.org"}) {
      int at = json.indexOf(address);
      assertThat(credits.covers(at, at + address.length())).as(address).isTrue();
    }
    int bugs = json.indexOf("bugs@example.org");
    assertThat(credits.covers(bugs, bugs + 16)).isFalse();
    assertThat(credited("data/people.json", json)).isFalse();
  }

  @Test
  void anAddressInCodeOrInAnOrdinaryCommentIsNotCredited() {
    assertThat(credited("a.js", "const to = 'jo.example@example.org'; // author: see below\n"))
        .isFalse();
    assertThat(credited("a.js", "/* send the report to jo.example@example.org */\n")).isFalse();
    assertThat(credited("a.js", "/* Author: me */\nmail('jo.example@example.org');\n")).isFalse();
  }

  @Test
  void aCommentOpenerInAStringOrRegexOpensNothing() {
    String js =
        "const s = \"/* author\";\nsend('jo.example@example.org');\nconst t = \"*/\";\n"
            + "const re = /\\/*(author)/; send2('jo.example@example.org'); // x */\n";
    assertThat(credited("a.js", js)).isFalse();
    String regex = "x = a.replace(/[/*]/g, '') ; y = 'jo.example@example.org'; /* (c) */";
    assertThat(credited("a.js", regex)).isFalse();
  }

  /**
   * Real content (a JBake blog offering a GPL OpenSCAD library): the credit in a source file's
   * header was an error where the same header in a script was not.
   */
  @Test
  void aSourceFilesHeaderCreditsAsAScriptsDoes() {
    String braces =
        "// Copyright 2022 Jo Example - jo.example@example.org\n"
            + "/* thanks, Ben <ben@example.org> */\nmodule knurl() {}\n";
    assertThat(credited("solex/threads.scad", braces)).isTrue();
    assertThat(credited("src/knurl.c", braces)).isTrue();
    assertThat(credited("src/Knurl.java", braces)).isTrue();
    String hashes =
        "#!/usr/bin/env python3\n# Copyright 2022 Jo Example <jo.example@example.org>\n"
            + "print('# not a comment', 'x')\n";
    assertThat(credited("tools/knurl.py", hashes)).isTrue();
    assertThat(credited("tools/knurl.sh", hashes)).isTrue();
    String inCode = "# Copyright 2022 the authors\nsend('jo.example@example.org')  # (c) nobody\n";
    assertThat(credited("tools/send.py", inCode)).isFalse();
    String inString = "x = \"# Author: jo.example@example.org\"\n";
    assertThat(credited("tools/x.py", inString)).isFalse();
    String inCString = "char *s = \"// (c) jo.example@example.org\";\n";
    assertThat(credited("src/s.c", inCString)).isFalse();
  }

  @Test
  void otherFilesAndExtractedTextsHaveNoCredits() {
    String text = "/* Author: Jo Example <jo.example@example.org> */";
    assertThat(credited("notes.txt", text)).isFalse();
    assertThat(credited("data.json", text)).isFalse();
    assertThat(Credits.of("a.js", null).covers(0, 1)).isFalse();
  }

  @Test
  void anUnclosedCommentRunsToTheEnd() {
    assertThat(credited("a.js", "x();\n/* Author: Jo <jo.example@example.org>")).isTrue();
  }

  @Test
  void randomInputNeverThrowsAndStaysLinear() {
    Random random = new Random(7);
    for (int round = 0; round < 3000; round++) {
      String manifest = randomText(random, "{}[]\"\\:, author contributors\"author\": ");
      Credits.of("package.json", manifest).covers(0, manifest.length());
      String code = randomText(random, "/*'\"`\\\n [](){}=abc@.(c)");
      for (int[] comment : Credits.comments(code, true)) {
        assertThat(comment[0]).isBetween(0, code.length());
        assertThat(comment[1]).isBetween(comment[0], code.length());
      }
      Credits.of("a.css", code).covers(0, code.length());
      String hashed = randomText(random, "#'\"\\\n abc@.(c)//*");
      Credits.of("a.py", hashed).covers(0, hashed.length());
      Credits.of("a.c", hashed + code).covers(0, hashed.length());
    }
    String huge = "/".repeat(200_000) + "'".repeat(200_000) + "/*".repeat(100_000);
    long start = System.nanoTime();
    Credits.of("a.js", huge).covers(0, 1);
    Credits.of("a.py", huge + "#".repeat(200_000)).covers(0, 1);
    Credits.of("a.scad", huge).covers(0, 1);
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
  }

  /** Up to 200 characters drawn from {@code alphabet}. */
  private static String randomText(Random random, String alphabet) {
    StringBuilder s = new StringBuilder();
    int length = random.nextInt(200);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
