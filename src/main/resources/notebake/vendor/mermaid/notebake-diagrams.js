// notebake: draws the ```mermaid blocks (pre.mermaid) with the Mermaid bundled next to this file.
// "strict" keeps diagram text from running scripts or adding HTML of its own.
mermaid.initialize({
  startOnLoad: true,
  securityLevel: "strict",
  theme: window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "default"
});
