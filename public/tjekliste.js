/*
 * OPI-guiden: keeps the ticks of the phase checklists in this browser only (localStorage; never sent to a server),
 * one list per phase and role, and counts them. The checkboxes work without this script; it only remembers them.
 * Plain JavaScript, so phase pages need none of the framework's client code.
 */
/* global document, window, localStorage, MutationObserver */
(function () {
  "use strict";
  var LISTS = "[data-checklist]";

  function saved(key) {
    try {
      var list = JSON.parse(localStorage.getItem(key) || "[]");
      return Array.isArray(list) ? list : [];
    } catch {
      return [];
    }
  }

  function boxesOf(list) {
    return list.querySelectorAll('input[type="checkbox"]');
  }

  function show(list) {
    var ticked = saved(list.getAttribute("data-checklist"));
    var boxes = boxesOf(list);
    var done = 0;
    for (var i = 0; i < boxes.length; i++) {
      boxes[i].checked = ticked.indexOf(boxes[i].value) >= 0;
      if (boxes[i].checked) done++;
    }
    var status = list.querySelector("[data-checklist-status]");
    var text = done + " af " + boxes.length + " punkter er krydset af. Dine kryds gemmes kun i denne browser.";
    if (status && status.textContent !== text) status.textContent = text;
    list.setAttribute("data-enhanced", "true");
  }

  /** Every list on the page, or only those kept under one key, which must show the same ticks. */
  function lists(key) {
    var all = document.querySelectorAll(LISTS);
    var found = [];
    for (var i = 0; i < all.length; i++) if (key === undefined || all[i].getAttribute("data-checklist") === key) found.push(all[i]);
    return found;
  }

  document.addEventListener("change", function (event) {
    var box = event.target;
    if (!box || box.type !== "checkbox" || !box.closest) return;
    var list = box.closest(LISTS);
    if (!list) return;
    var key = list.getAttribute("data-checklist");
    var ticked = [];
    var boxes = boxesOf(list);
    for (var i = 0; i < boxes.length; i++) if (boxes[i].checked) ticked.push(boxes[i].value);
    try {
      localStorage.setItem(key, JSON.stringify(ticked));
    } catch {
      // Storage switched off or full: the boxes still work, the page just forgets them.
    }
    lists(key).forEach(show);
  });

  // Another tab ticked a box.
  window.addEventListener("storage", function (event) {
    if (event.key) lists(event.key).forEach(show);
  });

  function showNew() {
    lists().forEach(function (list) {
      if (!list.hasAttribute("data-enhanced")) show(list);
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showNew);
  else showNew();
  // Lists that arrive later, when a page with a tool navigates on the client.
  if (typeof MutationObserver === "function") new MutationObserver(showNew).observe(document.documentElement, { childList: true, subtree: true });
})();
