      </div>
    </div>
    <div id="footer"><p class="muted credit">&copy; ${published_date?string("yyyy")} | Baked with JBake ${version}</p></div>
  </body>
</html>
