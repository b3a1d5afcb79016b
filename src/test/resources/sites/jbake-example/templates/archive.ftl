<#include "header.ftl">
<#include "menu.ftl">
<div class="page-header"><h1>Blog Archive</h1></div>
<ul>
<#list published_posts as post>
  <li>${post.date?string("dd MMM yyyy")} - <a href="${content.rootpath}${post.uri}">${post.title}</a></li>
</#list>
</ul>
<#include "footer.ftl">
