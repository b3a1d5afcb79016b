<#include "header.ftl">
<h1>Latest essays</h1>
<#list published_posts as post><#if (post?index >= 10)><#break></#if>
  <article><h2><a href="${post.uri}">${post.title}</a></h2><p>${post.date?string("yyyy-MM-dd")} ${post.description!}</p></article>
</#list>
<p><a href="${config.archive_file}">All essays</a></p>
<#include "footer.ftl">
