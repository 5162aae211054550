/*
 * OPI-guiden: remembers the reader's role from the "Vis råd og tjeklister til" switch, in this browser only
 * (localStorage; never sent to a server). A page reached without ?maalgruppe= is then focused on the remembered
 * role through a data attribute that the stylesheet acts on. Plain JavaScript, so pages without the framework's
 * client code keep the feature; pages with it may swap content in, which the observer below picks up.
 */
/* global document, window, localStorage, URL, MutationObserver */
(function () {
  "use strict";
  var KEY = "opi-guiden:maalgruppe";
  var VALID = ["offentlig", "virksomhed", "videninstitution"];
  // The switches already handled at the current address; a new address (client-side navigation) starts over.
  var seen = [];
  var seenAt = "";

  function apply(nav) {
    var root = document.documentElement;
    try {
      var explicit = new URL(window.location.href).searchParams.get("maalgruppe");
      if (explicit) {
        if (VALID.indexOf(explicit) >= 0) localStorage.setItem(KEY, explicit);
        else localStorage.removeItem(KEY);
        delete root.dataset.focusAudience;
        return;
      }
      var remembered = localStorage.getItem(KEY);
      if (nav.getAttribute("data-audience-current") || !remembered || VALID.indexOf(remembered) < 0) {
        delete root.dataset.focusAudience;
        return;
      }
      root.dataset.focusAudience = remembered;
      var links = nav.querySelectorAll("[data-audience-option]");
      for (var i = 0; i < links.length; i++) {
        if (links[i].getAttribute("data-audience-option") === remembered) links[i].setAttribute("aria-current", "true");
        else links[i].removeAttribute("aria-current");
      }
    } catch {
      // Storage can be switched off; the links with ?maalgruppe= still work.
    }
  }

  function scan() {
    if (seenAt !== window.location.href) {
      seen = [];
      seenAt = window.location.href;
    }
    var navs = document.querySelectorAll("[data-audience-switch]");
    for (var i = 0; i < navs.length; i++) {
      if (seen.indexOf(navs[i]) >= 0) continue;
      seen.push(navs[i]);
      apply(navs[i]);
    }
  }

  // Only once the whole page is parsed: a switch read half-way would miss its last links.
  function start() {
    scan();
    // Switches that arrive later, when a page with a tool renders new content on the client.
    if (typeof MutationObserver === "function") new MutationObserver(scan).observe(document.body, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
