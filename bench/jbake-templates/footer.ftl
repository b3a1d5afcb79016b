</main>
<footer>Baked with JBake ${version} on ${published_date?string("yyyy-MM-dd")}</footer>
</body>
</html>
