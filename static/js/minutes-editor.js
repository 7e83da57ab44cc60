"use strict";
// The minutes editor (templates/comites/secretary_meeting.html). What the secretary types is kept in this tab's
// sessionStorage until it is saved: a reload, a visit to « Ajouter une pièce jointe » and back, or a crash of the
// tab's page gives it back, with a notice and a way to return to the saved text. sessionStorage, not
// localStorage: a draft may name people, and it must not outlive the tab on a shared computer. Leaving the page
// with unsaved text asks first (the browser's own confirmation). The saved text is what the page was served with,
// unless the server says otherwise (data-unsaved: a refused submission, the preview without JavaScript).
(() => {
  const form = document.getElementById("minutes-form");
  if (!form) return;
  const key = form.dataset.draftKey;
  const notice = document.getElementById("minutes-restored");
  const discard = document.getElementById("minutes-discard");
  const fields = [...form.querySelectorAll("textarea[name], input[type=text][name]")];
  const read = () => JSON.stringify(Object.fromEntries(fields.map((field) => [field.name, field.value])));
  const served = read();
  const write = (text) => {
    const values = JSON.parse(text);
    for (const field of fields) if (field.name in values) field.value = values[field.name];
  };
  // The live preview follows an "input" event (htmx, on the fields' container). htmx starts listening on
  // DOMContentLoaded, which fires after the deferred scripts (this one included) have run: until then, wait.
  const refreshPreview = () => {
    const send = () => fields[0]?.dispatchEvent(new Event("input", { bubbles: true }));
    if (document.readyState === "complete") send();
    else document.addEventListener("DOMContentLoaded", send, { once: true });
  };
  let saved = form.dataset.unsaved === "true" ? null : served;
  let leaving = false;

  const stored = sessionStorage.getItem(key);
  if (stored && stored !== served) {
    write(stored);
    notice.hidden = false;
    refreshPreview();
  } else if (saved !== null) {
    sessionStorage.removeItem(key);
  }

  form.addEventListener("input", () => {
    const now = read();
    if (now === saved) sessionStorage.removeItem(key);
    else sessionStorage.setItem(key, now);
  });
  form.addEventListener("submit", () => {
    leaving = true;
  });
  discard?.addEventListener("click", () => {
    sessionStorage.removeItem(key);
    write(saved ?? served);
    notice.hidden = true;
    refreshPreview();
    fields[0]?.focus();
  });
  window.addEventListener("beforeunload", (event) => {
    if (leaving || read() === saved) return;
    event.preventDefault();
    event.returnValue = "";
  });
})();
