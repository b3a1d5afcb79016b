package org.notebake.markdown.obsidian;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.notebake.markdown.obsidian.callout.Callout;
import org.notebake.markdown.obsidian.tag.Tag;
import org.notebake.markdown.obsidian.wikilink.WikiLink;

/**
 * Comments and private callouts must leave nothing behind: not in the HTML, and not in the AST that
 * link, tag and backlink indexing read. Each note plants canaries in a private place.
 */
class PrivacyCanaryTest {

  private static final List<String> CANARIES =
      List.of("912 555 0199", "canary-tag", "Canary Note", "canary.example.org", "CANARY");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Call %%Ana at 912 555 0199 #canary-tag [[Canary Note]] https://canary.example.org%% later.",
        "Before.\n\n%%\nAna: 912 555 0199\n\n- #canary-tag\n- [[Canary Note]]\n\n"
            + "[CANARY](https://canary.example.org)\n%%\n\nAfter.",
        "Visible.\n\n%% unclosed: 912 555 0199\n\n# CANARY\n\n#canary-tag [[Canary Note]]",
        "- item %%912 555 0199\n- #canary-tag%% shown\n- %%[[Canary Note|CANARY]]",
        "> quote %%912 555 0199\n>\n> #canary-tag%% shown",
        "| a | b |\n|---|---|\n| %%912 555 0199%% | %%[[Canary Note]] #canary-tag%% |",
        "*em %%912 555 0199* **#canary-tag** `x`%% shown",
        "> [!private] CANARY\n> 912 555 0199 #canary-tag [[Canary Note]]\n\nShown.",
        "> [!note]\n> > [!Private]\n> > 912 555 0199 #canary-tag\n> > [[Canary Note]]\n>\n> shown",
        "%%\n> [!note] CANARY\n> 912 555 0199\n%%\nshown",
        "%%\n```\nCANARY 912 555 0199\n```\n%%\nshown",
        "shown ![[Canary Note]] %%![[canary.png]] 912 555 0199%%",
        "> [!note] Title %%912 555 0199%%\n> body",
        "> [!private]\n912 555 0199 #canary-tag [[Canary Note]]\n\nShown.",
        "> [!private]- CANARY\nlazy 912 555 0199\n    #canary-tag [[Canary Note]]",
        ">\n> [!private]\nCANARY 912 555 0199",
        "> [!private|x]\n> CANARY\n[[Canary Note]]",
        "- a\n  > [!PRIVATE]\n  912 555 0199 #canary-tag\n- b",
        "> [!note]\n> > [!private]\n> CANARY [[Canary Note]]\n>\n> shown",
        "Shown [x][c].\n\n> [!private]\n> [c]: https://canary.example.org",
        "Shown [x][c].\n\n%%\n\n[c]: https://canary.example.org\n\n%%",
        "Shown^[a %%912 555 0199 #canary-tag [[Canary Note]]%% note].",
        "> [!private]\n> CANARY^[912 555 0199 #canary-tag [[Canary Note]]]\n\nShown^[x].",
        "Shown [[Kyoto|%%CANARY%%]] and ![[photo.png|%%CANARY 912 555 0199%%]].",
        // Raw HTML: Markdown never reads a callout inside an HTML block, so its HTML would be text.
        "<div>\n> [!private]\n> CANARY 912 555 0199\n</div>\n\nShown.",
        "Shown.\n\n<pre>\n> [!private]\n> CANARY 912 555 0199\n\nstill the pre block",
        "<textarea>\n  > > [!Private|x] CANARY\n912 555 0199",
        "<details><summary>s</summary>\n>[!PRIVATE]\tCANARY 912 555 0199\n</details>",
        "<table><tr><td>\n> [!note]\n> > [!private] CANARY\n> > 912 555 0199\n</td></tr></table>",
      })
  void privatePartsLeaveNoTrace(String markdown) {
    Node document = ObsidianRendering.parse(markdown);
    String html = ObsidianRendering.render(markdown);

    for (String canary : CANARIES) {
      if (!markdown.replaceAll("!\\[\\[Canary Note]]", "").contains(canary)) {
        continue;
      }
      assertThat(html).as("HTML of %s", markdown).doesNotContain(canary);
      assertThat(visibleStrings(document))
          .as("AST of %s", markdown)
          .noneMatch(s -> s.contains(canary));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "`%%CANARY%%`",
        "```\n%%\nCANARY\n%%\n```",
        "    %% CANARY %%",
        // Raw HTML is cut only where a line starts a removed type's marker.
        "<div>\n> [!note] CANARY kept\n</div>",
        "<pre>\ncode > [!private] CANARY not a marker\n</pre>",
        "```\n<div>\n> [!private] CANARY in code\n```",
      })
  void markersInCodeOrOfKeptTypesStay(String markdown) {
    assertThat(ObsidianRendering.render(markdown)).contains("CANARY");
  }

  /** Every string a later stage could read: text, code, tags, link targets and aliases. */
  private static List<String> visibleStrings(Node document) {
    List<String> strings = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text text) {
            strings.add(text.getLiteral());
          }

          @Override
          public void visit(Code code) {
            strings.add(code.getLiteral());
          }

          @Override
          public void visit(FencedCodeBlock block) {
            strings.add(block.getLiteral());
          }

          @Override
          public void visit(Link link) {
            strings.add(link.getDestination());
            visitChildren(link);
          }

          @Override
          public void visit(CustomBlock block) {
            if (block instanceof Callout callout && callout.title() != null) {
              strings.add(callout.title());
            }
            visitChildren(block);
          }

          @Override
          public void visit(CustomNode node) {
            if (node instanceof Tag tag) {
              strings.add(tag.name());
            } else if (node instanceof WikiLink link) {
              strings.add(link.target() + "#" + link.fragment() + "|" + link.alias());
            }
            visitChildren(node);
          }
        });
    return strings;
  }
}
