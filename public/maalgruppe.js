/*
 * OPI-guiden: remembers the reader's role from the "Vis råd og tjeklister til" switch, in this browser only
 * (localStorage; never sent to a server). A page reached without ?maalgruppe= is then focused on the remembered
 * role through a data attribute that the stylesheet acts on. Plain JavaScript, so pages without the framework's
 * client code keep the feature. Every link on the site loads a whole page, so it runs once per page.
 */
/* global document, window, localStorage, URL */
(function () {
  "use strict";
  var KEY = "opi-guiden:maalgruppe";

  function apply(nav) {
    var links = nav.querySelectorAll("[data-audience-option]");
    // The roles are the switch's own choices; "alle" is the choice of no role.
    var roles = [];
    for (var i = 0; i < links.length; i++) if (links[i].getAttribute("data-audience-option") !== "alle") roles.push(links[i].getAttribute("data-audience-option"));
    try {
      var explicit = new URL(window.location.href).searchParams.get("maalgruppe");
      if (explicit) {
        if (roles.indexOf(explicit) >= 0) localStorage.setItem(KEY, explicit);
        else localStorage.removeItem(KEY);
        return;
      }
      var remembered = localStorage.getItem(KEY);
      if (nav.getAttribute("data-audience-current") || roles.indexOf(remembered) < 0) return;
      document.documentElement.dataset.focusAudience = remembered;
      for (var j = 0; j < links.length; j++) {
        if (links[j].getAttribute("data-audience-option") === remembered) links[j].setAttribute("aria-current", "true");
        else links[j].removeAttribute("aria-current");
      }
    } catch {
      // Storage can be switched off; the links with ?maalgruppe= still work.
    }
  }

  // Only once the whole page is parsed: a switch read half-way would miss its last links.
  function start() {
    var navs = document.querySelectorAll("[data-audience-switch]");
    for (var i = 0; i < navs.length; i++) apply(navs[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
