<#include "header.ftl">
<#include "menu.ftl">
<div class="page-header"><h1>${content.title}</h1></div>
<p><em>${content.date?string("dd MMMM yyyy HH:mm")}</em></p>
<article>${content.body}</article>
<hr />
<#include "footer.ftl">
