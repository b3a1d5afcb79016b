package org.notebake.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateFieldReferencesTest {
  private static List<String> read(String template) {
    return TemplateFieldReferences.in("post.ftl", template).stream()
        .map(r -> r.variable() + "." + r.key() + "@" + r.line() + ":" + r.column())
        .toList();
  }

  @Test
  void contentFieldsAreFoundWithTheirLineAndColumn() {
    assertThat(read("<h2>${content.subtitle}</h2>\n<#if content.featuredimage??>x</#if>"))
        .containsExactly("content.subtitle@1:7", "content.featuredimage@2:6");
  }

  @Test
  void aBracketedKeyAndANeighboursFieldAreFound() {
    assertThat(read("${content['featured-image']} ${content.previousContent.author}"))
        .containsExactly("content.featured-image@1:3", "content.author@1:32");
  }

  @Test
  void aVariableListedOverDocumentsIsFollowed() {
    assertThat(
            read(
                "<#list published_posts as post>${post.author}</#list>\n"
                    + "<#list tag_posts as p>${p.mood}</#list>"))
        .containsExactly("post.author@1:34", "p.mood@2:25");
  }

  @Test
  void aVariableListedOverTagsIsNotADocument() {
    assertThat(read("<#list tags as tag>${tag.name}</#list>")).isEmpty();
  }

  @Test
  void aCommentedOutReadIsNoRead() {
    assertThat(read("<#-- ${content.author} -->\n${content.mood}"))
        .containsExactly("content.mood@2:3");
  }

  @Test
  void commentsOfEitherSyntaxAreReadInTheOrderTheyOpen() {
    assertThat(read("<#-- [#-- --> ${content.a} --] [#-- ${content.b} --] ${content.c}"))
        .containsExactly("content.a@1:17", "content.c@1:56");
    assertThat(read("[#-- <#-- --] ${content.a} <#-- ${content.b} [#-- --> ${content.c}"))
        .containsExactly("content.a@1:17", "content.c@1:57");
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void aMegabyteOfUnclosedCommentsIsReadInLinearTime() {
    String template = "<#--[#--".repeat(125_000) + "${content.mood}";
    assertThat(
            org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> read(template)))
        .containsExactly("content.mood@1:1000003");
  }

  @Test
  void aFieldOfAnotherObjectNamedContentIsNoRead() {
    assertThat(read("${data.content.author} ${published_content.size}")).isEmpty();
  }
}
