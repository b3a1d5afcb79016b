package org.notebake.markdown.obsidian;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObsidianUriTest {
  @Test
  void anOpenAddressNamesItsFileDecoded() {
    assertThat(ObsidianUri.parse("obsidian://open?vault=My%20Notes&file=Essays%2FSignals%20lost"))
        .contains(new ObsidianUri("Essays/Signals lost", null));
    assertThat(ObsidianUri.parse("OBSIDIAN://open?file=Caf%C3%A9%23Method&vault=x"))
        .contains(new ObsidianUri("Café", "Method"));
  }

  @Test
  void anythingElseNamesNoNote() {
    assertThat(ObsidianUri.parse("obsidian://open?vault=Notes")).isEmpty();
    assertThat(ObsidianUri.parse("obsidian://open?vault=Notes&file=")).isEmpty();
    assertThat(ObsidianUri.parse("obsidian://open?path=%2Fhome%2Favery%2Fa.md")).isEmpty();
    assertThat(ObsidianUri.parse("obsidian://search?vault=Notes&query=file")).isEmpty();
    assertThat(ObsidianUri.parse("https://example.org/?file=a")).isEmpty();
    assertThat(ObsidianUri.parse(null)).isEmpty();
  }

  @Test
  void onlyANoteTheResolverKnowsIsOpened() {
    ObsidianResolver knowsSignals =
        new ObsidianResolver() {
          public LinkResolution resolveLink(LinkRequest r) {
            throw new AssertionError("asking must resolve nothing");
          }

          public EmbedResolution resolveEmbed(LinkRequest r) {
            throw new AssertionError();
          }

          public String tagHref(String tag) {
            return null;
          }

          @Override
          public boolean namesNote(String target) {
            return target.equals("Signals");
          }
        };
    assertThat(ObsidianUri.ofNote("obsidian://open?file=Signals", knowsSignals)).isPresent();
    assertThat(ObsidianUri.ofNote("obsidian://open?file=Roadmap", knowsSignals)).isEmpty();
  }
}
