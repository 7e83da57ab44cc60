"use strict";
// Each DSFR header modal (the search and the menu, on small screens) is named by the button that opens it, as in
// DSFR's reference markup: aria-labelledby. The served HTML cannot carry it, since on a div without a role it is
// invalid (the W3C checker); DSFR's script gives the modal its dialog role when it opens. Set here, before DSFR
// starts (once the document is parsed), DSFR finds each modal named and has nothing to warn about.
for (const [modal, button] of [
  ["modal-search", "fr-btn-search-mobile"],
  ["fr-menu-mobile", "fr-btn-menu-mobile"],
]) {
  if (document.getElementById(button)) document.getElementById(modal)?.setAttribute("aria-labelledby", button);
}
