// The values grid's cell editor (templates/engagements/workspace/values.html): Escape closes it as its « Annuler »
// link does, and once the grid is back the focus returns to the cell's « Modifier » / « Saisir » link. Without htmx
// (scripts off, or a key pressed before htmx has read a freshly loaded page) « Annuler » is a plain link whose
// fragment (#case-…) focuses the same link.
(function () {
  "use strict";
  var pendingCell = null;

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !event.target.closest) {
      return;
    }
    var form = event.target.closest(".workspace-cell-form");
    var cancel = form && form.querySelector("a[data-cell]");
    if (!cancel) {
      return;
    }
    event.preventDefault();
    cancel.click();
  });

  document.addEventListener("click", function (event) {
    var cancel = event.target.closest && event.target.closest(".workspace-cell-form a[data-cell]");
    if (cancel) {
      pendingCell = cancel.getAttribute("data-cell");
    }
  });

  // The settle of the request that opened the editor can come after Escape on a slow machine: the cell's link
  // is not back yet and the editor still shows, so the pending cell waits for the grid's own settle.
  document.addEventListener("htmx:afterSettle", function () {
    if (pendingCell === null) {
      return;
    }
    var links = document.querySelectorAll("#grid a.workspace-cell-edit[data-cell]");
    for (var i = 0; i < links.length; i += 1) {
      if (links[i].getAttribute("data-cell") === pendingCell) {
        var link = links[i];
        link.focus();
        pendingCell = null;
        // A late settle (the removed editor's input, the opener's request) can drop the focus to the page itself
        // right after: put it back on the cell then, and only then (never away from where the person moved it).
        window.setTimeout(function () {
          var active = document.activeElement;
          if (document.body.contains(link) && (!active || active === document.body)) {
            link.focus();
          }
        }, 50);
        return;
      }
    }
    if (!document.querySelector("#grid .workspace-cell-form")) {
      pendingCell = null;
    }
  });
})();
