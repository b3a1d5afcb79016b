      <div class="navbar navbar-default navbar-fixed-top" role="navigation">
        <a class="navbar-brand" href="<#if (content.rootpath)??>${content.rootpath}</#if>">JBake</a>
        <a href="<#if (content.rootpath)??>${content.rootpath}</#if>about.html">About</a>
        <a href="<#if (content.rootpath)??>${content.rootpath}</#if>${config.feed_file}">Subscribe</a>
      </div>
      <div class="container">
