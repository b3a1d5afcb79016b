/* The light/dark toggle: shows the header's button, applies and remembers the reader's choice.
   Without this script the site follows prefers-color-scheme and shows no button. */
(function () {
  var root = document.documentElement;
  var key = "notebake-theme";
  var system = window.matchMedia("(prefers-color-scheme: dark)");
  var stored = null;
  try { stored = localStorage.getItem(key); } catch (e) { /* storage blocked: choose per visit */ }
  if (stored === "dark" || stored === "light") root.setAttribute("data-theme", stored);
  function isDark() {
    var chosen = root.getAttribute("data-theme");
    return chosen ? chosen === "dark" : system.matches;
  }
  var button = document.querySelector(".theme-toggle");
  if (!button) return;
  function show() { button.setAttribute("aria-pressed", String(isDark())); }
  button.addEventListener("click", function () {
    var next = isDark() ? "light" : "dark";
    root.setAttribute("data-theme", next);
    try { localStorage.setItem(key, next); } catch (e) { /* remembered for this page only */ }
    show();
  });
  system.addEventListener("change", show);
  show();
  button.hidden = false;
})();
