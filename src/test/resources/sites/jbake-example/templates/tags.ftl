<#include "header.ftl">
<#include "menu.ftl">
<div class="page-header"><h1>Tag: ${tag}</h1></div>
<ul>
<#list tag_posts as post>
  <li>${post.date?string("dd")} - <a href="${content.rootpath}${post.uri}">${post.title}</a></li>
</#list>
</ul>
<#include "footer.ftl">
