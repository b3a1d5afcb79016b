// notebake: typesets the maths the Markdown renderer marked (span.math-inline, div.math-display)
// with the KaTeX bundled next to this file. The TeX is the element's text, exactly as written;
// a formula KaTeX cannot read stays visible as TeX, in KaTeX's error colour.
// A display formula wider than the column scrolls sideways; keyboard users need to reach it
// (WCAG 2.1.1, axe's scrollable-region-focusable), so only those that overflow become tab stops.
document.addEventListener("DOMContentLoaded", function () {
  // Obsidian's MathJax numbers no equation: an align, alignat, equation or gather is shown without
  // KaTeX's automatic numbers, as its starred form is; a \tag the author wrote stays.
  function unnumbered(tex) {
    return tex.replace(/\\(begin|end)\{(align|alignat|equation|gather)\}/g, "\\$1{$2*}");
  }
  var displays = [];
  document.querySelectorAll(".math.math-inline, .math.math-display").forEach(function (el) {
    katex.render(unnumbered(el.textContent), el, {
      displayMode: el.classList.contains("math-display"),
      throwOnError: false,
      output: "htmlAndMathml"
    });
    if (el.classList.contains("math-display")) displays.push(el);
  });
  function reachable() {
    displays.forEach(function (el) {
      if (el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight) {
        el.setAttribute("tabindex", "0");
        el.setAttribute("role", "group");
        el.setAttribute("aria-label", "Formula, scrolls sideways");
      } else if (el.getAttribute("tabindex") === "0") {
        el.removeAttribute("tabindex");
        el.removeAttribute("role");
        el.removeAttribute("aria-label");
      }
    });
  }
  reachable();
  // KaTeX's fonts arrive after this runs and widen the formulas: measure again then.
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(reachable);
  window.addEventListener("load", reachable);
  window.addEventListener("resize", reachable);
});
