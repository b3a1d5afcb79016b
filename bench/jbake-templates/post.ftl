<#include "header.ftl">
<article>
  <h1>${content.title}</h1>
  <p><time>${content.date?string("yyyy-MM-dd")}</time>
  <#list content.tags as tag> <a href="${content.rootpath}tags/${tag}.html">#${tag}</a></#list></p>
  ${content.body}
</article>
<#include "footer.ftl">
