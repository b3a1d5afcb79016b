// notebake: typesets the maths the Markdown renderer marked (span.math-inline, div.math-display)
// with the KaTeX bundled next to this file. The TeX is the element's text, exactly as written;
// a formula KaTeX cannot read stays visible as TeX, in KaTeX's error colour.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll(".math.math-inline, .math.math-display").forEach(function (el) {
    katex.render(el.textContent, el, {
      displayMode: el.classList.contains("math-display"),
      throwOnError: false,
      output: "htmlAndMathml"
    });
  });
});
