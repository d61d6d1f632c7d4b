// Adding an item by selecting its words: the selection's start and end, counted in characters
// (code points, as the server counts them) of the report's text, fill the add-item form.
// Without JavaScript the form takes the words themselves.
(function () {
  "use strict";
  var text = document.getElementById("report-text");
  if (!text) { return; }
  var form = document.getElementById("add-item-form");
  var start = document.getElementById("add-start");
  var end = document.getElementById("add-end");
  var words = document.getElementById("add-words");

  function offset(node, at) {
    var range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(node, at);
    return Array.from(range.toString()).length;
  }

  text.addEventListener("mouseup", function () {
    if (!form) { return; }
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) { return; }
    var range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) { return; }
    var from = offset(range.startContainer, range.startOffset);
    var to = offset(range.endContainer, range.endOffset);
    if (to <= from) { return; }
    start.value = String(from);
    end.value = String(to);
    words.value = range.toString().replace(/\s+/g, " ").trim();
  });

  // Clicking an item in the list outlines its words for a moment after the scroll.
  document.querySelectorAll(".item-list a.jump").forEach(function (link) {
    link.addEventListener("click", function () {
      var anchor = document.getElementById(link.getAttribute("href").slice(1));
      var words = anchor && anchor.nextElementSibling;
      while (words && words.classList && words.classList.contains("anchor")) { words = words.nextElementSibling; }
      if (words && words.classList) {
        words.classList.add("flash-target");
        window.setTimeout(function () { words.classList.remove("flash-target"); }, 1600);
      }
    });
  });
})();
