package org.notebake.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The autolinker made {@code git@gitlab.com} of a remote in prose a {@code mailto:} link (a note
 * with {@code git@gitlab.com:group/project.git} failed the privacy gate as an e-mail address).
 */
class GitRemotesTest {
  private final MarkdownConverter markdown = new MarkdownConverter(false, Set.of());

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "Clone git@gitlab.com:group/project.git now|<p>Clone git@gitlab.com:group/project.git now</p>",
        "git@git.example.org:~jo/notes.git|<p>git@git.example.org:~jo/notes.git</p>",
        "(git@github.com:owner/repo)|<p>(git@github.com:owner/repo)</p>",
        "*git@github.com:o/r*|<p><em>git@github.com:o/r</em></p>",
        // Addresses stay links: another user, no path after the colon, no colon.
        "jo@github.com:owner/repo|<p><a href=\"mailto:jo@github.com\">jo@github.com</a>:owner/repo</p>",
        "write to git@example.org: any time|<p>write to <a href=\"mailto:git@example.org\">git@example.org</a>: any time</p>",
        "git@example.org|<p><a href=\"mailto:git@example.org\">git@example.org</a></p>",
        "[git@example.org](mailto:git@example.org):path|<p><a href=\"mailto:git@example.org\">git@example.org</a>:path</p>",
      })
  void aRemoteStaysTextAndAnAddressALink(String note, String html) {
    assertThat(markdown.renderWithFacts(note, null).html().strip()).isEqualTo(html);
  }
}
