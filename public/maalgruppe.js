/*
 * OPI-guiden: remembers the reader's role from the "Vis råd og tjeklister til" switch, in this browser only
 * (localStorage; never sent to a server). A page reached without ?maalgruppe= is then focused on the remembered
 * role through a data attribute that the stylesheet acts on. Plain JavaScript, so pages without the framework's
 * client code keep the feature. Every link on the site loads a whole page, so it runs once per page.
 */
/* global document, window, localStorage, URL, Element */
(function () {
  "use strict";
  var KEY = "opi-guiden:maalgruppe";

  // A role is kept; any other choice ("alle") forgets the one kept before.
  function remember(choice, roles) {
    if (roles.indexOf(choice) >= 0) localStorage.setItem(KEY, choice);
    else localStorage.removeItem(KEY);
  }

  function apply(nav) {
    var links = nav.querySelectorAll("[data-audience-option]");
    // The roles are the switch's own choices; "alle" is the choice of no role.
    var roles = [];
    for (var i = 0; i < links.length; i++) if (links[i].getAttribute("data-audience-option") !== "alle") roles.push(links[i].getAttribute("data-audience-option"));
    // Kept at the click as well, so the choice holds even when the reader leaves the next page before it has loaded.
    nav.addEventListener("click", function (event) {
      var link = event.target instanceof Element ? event.target.closest("[data-audience-option]") : null;
      try {
        if (link) remember(link.getAttribute("data-audience-option"), roles);
      } catch {
        // Storage can be switched off; the link itself still works.
      }
    });
    try {
      var explicit = new URL(window.location.href).searchParams.get("maalgruppe");
      if (explicit) {
        remember(explicit, roles);
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
