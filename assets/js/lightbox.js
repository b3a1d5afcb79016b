/* notebake's album lightbox. Each a[data-lightbox] of the page opens its photo in a dialog:
   arrows or swipe to move, Escape or the close button to leave, focus kept inside and given back.
   Without JavaScript the links open the large image itself. Its words come in the script tag's
   data-labels (viewer|close|previous|next, in the site's language; a | or \ inside a word is
   written \| or \\); on a right-to-left page the
   previous photo is to the right, as the arrows, the keys and a swipe say. */
(function () {
  "use strict";
  var links = Array.prototype.slice.call(document.querySelectorAll("a[data-lightbox]"));
  if (!links.length) { return; }
  var box, image, caption, counter, buttons, current = 0, opener = null, startX = null;
  var script = document.currentScript;
  var labels = [], word = "", raw = (script && script.getAttribute("data-labels")) || "";
  for (var i = 0; i < raw.length; i++) {
    var c = raw.charAt(i);
    if (c === "\\" && i + 1 < raw.length) { word += raw.charAt(++i); }
    else if (c === "|") { labels.push(word); word = ""; }
    else { word += c; }
  }
  labels.push(word);
  function label(i, english) { return labels[i] || english; }
  var rtl = document.documentElement.dir === "rtl";
  var forward = rtl ? -1 : 1; // a step to the right

  function button(cls, label, text, action) {
    var b = document.createElement("button");
    b.type = "button"; b.className = cls; b.setAttribute("aria-label", label); b.textContent = text;
    b.addEventListener("click", action);
    return b;
  }

  function build() {
    box = document.createElement("div");
    box.className = "lightbox"; box.hidden = true; box.tabIndex = -1;
    box.setAttribute("role", "dialog"); box.setAttribute("aria-modal", "true");
    box.setAttribute("aria-label", label(0, "Photo viewer"));
    var figure = document.createElement("figure");
    image = document.createElement("img");
    caption = document.createElement("figcaption");
    caption.id = "lightbox-caption";
    figure.appendChild(image); figure.appendChild(caption);
    counter = document.createElement("p");
    counter.className = "lightbox-counter"; counter.setAttribute("aria-live", "polite");
    buttons = [
      button("lightbox-close", label(1, "Close"), "\u00d7", close),
      button("lightbox-prev", label(2, "Previous photo"), rtl ? "\u203a" : "\u2039", function () { show(current - 1); }),
      button("lightbox-next", label(3, "Next photo"), rtl ? "\u2039" : "\u203a", function () { show(current + 1); })
    ];
    box.appendChild(figure); box.appendChild(counter);
    buttons.forEach(function (b) { box.appendChild(b); });
    box.addEventListener("click", function (e) { if (e.target === box) { close(); } });
    box.addEventListener("keydown", keys);
    box.addEventListener("touchstart", function (e) { startX = e.touches[0].clientX; }, { passive: true });
    box.addEventListener("touchend", function (e) {
      if (startX === null) { return; }
      var dx = e.changedTouches[0].clientX - startX;
      startX = null;
      if (Math.abs(dx) > 40) { show(current + (dx < 0 ? forward : -forward)); }
    });
    document.body.appendChild(box);
  }

  function show(i) {
    current = (i + links.length) % links.length;
    var link = links[current];
    var thumb = link.querySelector("img");
    var w = link.getAttribute("data-width") || (thumb && thumb.naturalWidth) || "";
    var h = link.getAttribute("data-height") || (thumb && thumb.naturalHeight) || "";
    image.removeAttribute("width"); image.removeAttribute("height");
    if (w && h) { image.width = +w; image.height = +h; }
    image.src = link.href;
    image.alt = thumb ? thumb.alt : "";
    var figure = link.closest("figure");
    var text = figure && figure.querySelector("figcaption");
    caption.innerHTML = "";
    if (text) {
      Array.prototype.forEach.call(text.childNodes, function (n) { caption.appendChild(n.cloneNode(true)); });
    }
    caption.hidden = !text;
    if (text) { image.setAttribute("aria-describedby", caption.id); } else { image.removeAttribute("aria-describedby"); }
    counter.textContent = (current + 1) + " / " + links.length;
  }

  function open(i) {
    if (!box) { build(); }
    // The link itself: a tap or Safari's click opens it without focusing it.
    opener = links[i];
    show(i);
    box.hidden = false;
    document.documentElement.classList.add("lightbox-open");
    buttons[0].focus();
  }

  function close() {
    box.hidden = true;
    image.removeAttribute("src");
    document.documentElement.classList.remove("lightbox-open");
    if (opener && opener.focus) { opener.focus(); }
  }

  function keys(e) {
    if (e.key === "Escape") { e.preventDefault(); close(); }
    else if (e.key === "ArrowRight") { e.preventDefault(); show(current + forward); }
    else if (e.key === "ArrowLeft") { e.preventDefault(); show(current - forward); }
    else if (e.key === "Tab") {
      // Focus stays on the dialog's buttons while it is open.
      var at = buttons.indexOf(document.activeElement);
      var next = at < 0 ? 0 : (at + (e.shiftKey ? buttons.length - 1 : 1)) % buttons.length;
      e.preventDefault();
      buttons[next].focus();
    }
  }

  links.forEach(function (link, i) {
    link.addEventListener("click", function (e) {
      if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) { return; }
      e.preventDefault();
      open(i);
    });
  });
}());
