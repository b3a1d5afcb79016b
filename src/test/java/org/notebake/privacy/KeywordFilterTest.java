package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordFilterTest {
  private final KeywordFilter filter = KeywordFilter.of(List.of("akia", "ghp_", "pass", "passwd"));

  private boolean[] find(String text) {
    return filter.find(text.toCharArray());
  }

  @Test
  void findsEachKeywordIgnoringAsciiCase() {
    assertThat(find("id AKIAIOSFODNN7EXAMPLE and GHP_x")).containsExactly(true, true, false, false);
    assertThat(find("My PassWd: hunter22")).containsExactly(false, false, true, true);
  }

  @Test
  void findsKeywordsThatShareAPrefixOrOverlap() {
    assertThat(find("passpasswd")).containsExactly(false, false, true, true);
    assertThat(find("akiakia")).containsExactly(true, false, false, false);
  }

  @Test
  void findsAKeywordAtEitherEndAndNotAPartialOne() {
    assertThat(find("akia")).containsExactly(true, false, false, false);
    assertThat(find("x ghp_")).containsExactly(false, true, false, false);
    assertThat(find("aki")).containsExactly(false, false, false, false);
    assertThat(find("pas")).containsExactly(false, false, false, false);
    assertThat(find("")).containsExactly(false, false, false, false);
  }

  @Test
  void textBeyondLatin1AroundAKeywordDoesNotHideIt() {
    assertThat(find("↩ pass → ghp_…")).containsExactly(false, true, true, false);
    assertThat(find("pa↩ss")).containsExactly(false, false, false, false);
  }

  @Test
  void nonAsciiCaseFoldingIsNotAMatch() {
    // The Kelvin sign lower-cases to 'k' in Java, but keywords are ASCII and so is the folding.
    assertThat(find("a\u212Aia")).containsExactly(false, false, false, false);
  }

  @Test
  void rejectsKeywordsItCannotIndex() {
    assertThatThrownBy(() -> KeywordFilter.of(List.of("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"a\"");
    assertThatThrownBy(() -> KeywordFilter.of(List.of("café")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
