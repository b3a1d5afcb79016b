<#include "header.ftl">
<#include "menu.ftl">
<div class="page-header"><h1>${content.title}</h1></div>
<p><em>${content.date?string("dd MMMM yyyy")}</em></p>
${content.body}
<#include "footer.ftl">
