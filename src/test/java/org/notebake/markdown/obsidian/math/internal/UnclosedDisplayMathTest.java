package org.notebake.markdown.obsidian.math.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.commonmark.parser.SourceLine;
import org.junit.jupiter.api.Test;

class UnclosedDisplayMathTest {

  private static final String[] TOKENS = {
    "$$", "$$", "$", "`", "``", "\\", "\\$$", "$b$", "x", " ", "\t", "$$ y $$ b"
  };

  @Test
  void readingFromTheLastClosingLineAgreesWithReadingEveryLine() {
    Random random = new Random(20_261_205L);
    for (int run = 0; run < 5_000; run++) {
      List<SourceLine> paragraph = new ArrayList<>(List.of(randomLine(random)));
      int length = 1 + random.nextInt(12);
      while (paragraph.size() < length) {
        SourceLine line = randomLine(random);
        if (wouldOpenABlock(line) && !readEveryLine(paragraph)) {
          break; // the parser opens a block here and the paragraph ends
        }
        paragraph.add(line);
        assertThat(UnclosedDisplayMath.endsInside(paragraph))
            .as("run %d:%n%s", run, text(paragraph))
            .isEqualTo(readEveryLine(paragraph));
      }
    }
  }

  @Test
  void aDollarLineClosesMathsOpenedLinesAbove() {
    assertThat(UnclosedDisplayMath.endsInside(lines("It implies $$", "x^2"))).isTrue();
    assertThat(UnclosedDisplayMath.endsInside(lines("It implies $$", "x^2", "$$"))).isFalse();
    assertThat(UnclosedDisplayMath.endsInside(lines("a $$", "$$ b `$$`", "c $$"))).isTrue();
    assertThat(UnclosedDisplayMath.endsInside(lines("a \\$$ and `$$` and $b$", "b"))).isFalse();
  }

  /** What the block parser's factory tries: a line starting, under four spaces in, with "$$". */
  private static boolean wouldOpenABlock(SourceLine line) {
    String content = line.getContent().toString();
    String text = content.stripLeading();
    return content.length() - text.length() < 4 && DisplayMathBlockParser.opensBlock(text);
  }

  private static boolean readEveryLine(List<SourceLine> lines) {
    return UnclosedDisplayMath.endsInside(lines, 0, 0);
  }

  private static SourceLine randomLine(Random random) {
    StringBuilder line = new StringBuilder(" ".repeat(random.nextInt(3)));
    int tokens = 1 + random.nextInt(6);
    for (int i = 0; i < tokens; i++) {
      line.append(TOKENS[random.nextInt(TOKENS.length)]);
    }
    return SourceLine.of(line.toString(), null);
  }

  private static List<SourceLine> lines(String... contents) {
    return java.util.Arrays.stream(contents).map(c -> SourceLine.of(c, null)).toList();
  }

  private static String text(List<SourceLine> lines) {
    return String.join("\n", lines.stream().map(l -> l.getContent().toString()).toList());
  }
}
