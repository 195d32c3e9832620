// The proof sheet's behaviour: one tooltip for every mark (hover or keyboard focus),
// and links from a check to its figures that highlight them all in the text.
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  var shown = null;

  function showTip(mark) {
    var text = mark.getAttribute("data-tip");
    if (!text) { return; }
    shown = mark;
    tip.textContent = text;  // text, never markup
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    var top = box.bottom + window.scrollY + 6;
    if (box.bottom + tip.offsetHeight + 12 > document.documentElement.clientHeight) {
      top = box.top + window.scrollY - tip.offsetHeight - 6;
    }
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }

  function hideTip() { shown = null; tip.hidden = true; }

  function markOf(node) {
    return node && node.closest ? node.closest("mark.mk[data-tip]") : null;
  }

  document.addEventListener("mouseover", function (e) {
    var mark = markOf(e.target);
    if (mark && mark !== shown) { showTip(mark); } else if (!mark && shown && document.activeElement !== shown) { hideTip(); }
  });
  document.addEventListener("focusin", function (e) {
    var mark = markOf(e.target);
    if (mark) { showTip(mark); } else { hideTip(); }
  });
  document.addEventListener("focusout", function () { hideTip(); });
  document.addEventListener("keydown", function (e) { if (e.key === "Escape") { hideTip(); } });
  window.addEventListener("scroll", function () { if (shown && document.activeElement !== shown) { hideTip(); } }, { passive: true });

  // Following a check's link highlights every figure it involves, in the text and in the
  // table of figures: the amounts, and the changes, shares or direction words the check
  // reads (the check's data-lights).
  function highlight(check) {
    document.querySelectorAll(".hl").forEach(function (el) { el.classList.remove("hl"); });
    document.querySelectorAll("li.check.active").forEach(function (el) { el.classList.remove("active"); });
    if (!check) { return []; }
    check.classList.add("active");
    var section = check.closest("section.article");
    var refs = (check.getAttribute("data-refs") || "").split(" ").filter(Boolean);
    var kinds = (check.getAttribute("data-lights") || "money").split(" ").filter(Boolean);
    var selector = kinds.map(function (k) { return "mark.mk." + k; }).concat(["table.figures tr[data-f]"]).join(", ");
    var found = [];
    section.querySelectorAll(selector).forEach(function (el) {
      var own = (el.getAttribute("data-f") || "").split(" ");
      if (own.some(function (r) { return refs.indexOf(r) >= 0; })) { el.classList.add("hl"); found.push(el); }
    });
    return found;
  }

  document.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest("a[data-check]") : null;
    if (!link) { return; }
    highlight(document.getElementById(link.getAttribute("data-check")));
  });

  // A link to a check itself (the summary's) highlights its figures too.
  function fromHash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.matches("li.check")) {
      var marks = highlight(target);
      if (marks.length) { marks[0].scrollIntoView({ block: "center" }); }
      target.scrollIntoView({ block: "nearest" });
    }
  }
  window.addEventListener("hashchange", fromHash);
  fromHash();
})();
