/*
 * OPI-guiden: keeps the ticks of the phase checklists in this browser only (localStorage; never sent to a server),
 * one list per phase and role, and counts them. The checkboxes work without this script; it only remembers them.
 * Plain JavaScript, so phase pages need none of the framework's client code. Every link on the site loads a whole
 * page, so the lists are read once, when the page is ready.
 */
/* global document, window, localStorage */
(function () {
  "use strict";
  var LISTS = "[data-checklist]";

  /** The items ticked under key, or null when this browser cannot read them (storage switched off, damaged data). */
  function saved(key) {
    try {
      var list = JSON.parse(localStorage.getItem(key) || "[]");
      return Array.isArray(list) ? list : null;
    } catch {
      return null;
    }
  }

  function boxesOf(list) {
    return list.querySelectorAll('input[type="checkbox"]');
  }

  /** Ticks the boxes as saved (unless nothing could be read: then the reader's own ticks stand) and counts them. */
  function show(list, ticked, stored) {
    var boxes = boxesOf(list);
    var done = 0;
    for (var i = 0; i < boxes.length; i++) {
      if (ticked) boxes[i].checked = ticked.indexOf(boxes[i].value) >= 0;
      if (boxes[i].checked) done++;
    }
    var status = list.querySelector("[data-checklist-status]");
    if (status) {
      var text = done + " af " + boxes.length + " punkter er krydset af. ";
      text += stored ? "Dine kryds gemmes kun i denne browser." : "Denne browser kan ikke gemme dine kryds.";
      if (status.textContent !== text) status.textContent = text;
      // Announce changes from now on, not the first count: a page with many lists would read them all out on load.
      if (!status.hasAttribute("aria-live")) status.setAttribute("aria-live", "polite");
    }
    list.setAttribute("data-enhanced", "true");
  }

  function refresh(list) {
    var ticked = saved(list.getAttribute("data-checklist"));
    show(list, ticked, ticked !== null);
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
      // Storage switched off or full: the tick stands on this page, and the count says it is not kept.
      show(list, null, false);
      return;
    }
    lists(key).forEach(refresh);
  });

  // Another tab ticked a box, or cleared the site's storage (no key).
  window.addEventListener("storage", function (event) {
    lists(event.key || undefined).forEach(refresh);
  });

  // Only once the whole page is parsed: a list read half-way would miss its last boxes.
  function start() {
    lists().forEach(refresh);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
