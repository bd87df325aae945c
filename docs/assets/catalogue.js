/* Experience catalogue: filters that combine, a live count, keyboard and screen-reader friendly.
   Data: catalogue-data.js, generated beside the page and loaded by a <script> tag before this file,
   sets window.FABRIQUE_CATALOGUE; no fetch, so the catalogue also works from disk (file://). */
(function () {
  "use strict";
  var PAGE = 50;

  // --- Data loading (kept apart from the interface): the global set by catalogue-data.js. ---
  function loadCatalogue() {
    var data = window.FABRIQUE_CATALOGUE;
    return data && Array.isArray(data.fiches) ? Promise.resolve(data) : new Promise(function () {});
  }

  // The offline edition (opened from disk) uses .html addresses: its logo links to « …index.html ».
  function sheetHref(id) {
    var home = document.querySelector("a.md-logo");
    var offline = home && /\.html$/.test(home.getAttribute("href") || "");
    return offline ? id + ".html" : id + "/";
  }

  function setup() {
    var form = document.getElementById("fabrique-filtres");
    var list = document.getElementById("fabrique-resultats");
    var count = document.getElementById("fabrique-compte");
    var more = document.getElementById("fabrique-plus");
    if (!form || !list || form.dataset.ready) return;
    form.dataset.ready = "1";
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var fiches = [];
    var shown = PAGE;
    var matches = [];

    function label(select, value) {
      var option = select.querySelector('option[value="' + CSS.escape(value) + '"]');
      return option ? option.textContent : value;
    }

    function matchesAll(fiche) {
      return selects.every(function (select) {
        var wanted = select.value;
        if (!wanted) return true;
        var value = fiche[select.dataset.champ];
        if (Array.isArray(value)) return value.indexOf(wanted) !== -1;
        return String(value) === wanted;
      });
    }

    function render() {
      list.textContent = "";
      matches.slice(0, shown).forEach(function (fiche) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = sheetHref(fiche.id);
        link.textContent = fiche.titre;
        item.appendChild(link);
        item.appendChild(document.createTextNode(" — " + fiche.structure + " (" + fiche.departement + ")"));
        if (fiche.exemple) {
          item.appendChild(document.createTextNode(" · "));
          var em = document.createElement("em");
          em.textContent = "fiche d'exemple";
          item.appendChild(em);
        }
        list.appendChild(item);
      });
      more.hidden = matches.length <= shown;
    }

    function update() {
      matches = fiches.filter(matchesAll);
      shown = PAGE;
      var active = selects.filter(function (s) { return s.value; }).map(function (s) {
        return s.labels[0].textContent + " : " + label(s, s.value);
      });
      var n = matches.length;
      count.textContent = (n === 0 ? "Aucune fiche" : n + " fiche" + (n > 1 ? "s" : "")) +
        (active.length ? " pour " + active.join(", ") : "") + ".";
      render();
      var params = new URLSearchParams();
      selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); });
      var query = params.toString();
      history.replaceState(null, "", query ? "?" + query : location.pathname);
    }

    loadCatalogue().then(function (data) {
      fiches = data.fiches;
      var params = new URLSearchParams(location.search);
      selects.forEach(function (s) { if (params.has(s.name)) s.value = params.get(s.name); });
      update();
    });
    selects.forEach(function (s) { s.addEventListener("change", update); });
    form.addEventListener("reset", function () { setTimeout(update, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    more.addEventListener("click", function () {
      var first = shown;
      shown += PAGE;
      render();
      var next = list.children[first];
      if (next) next.querySelector("a").focus();
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else {
    document.addEventListener("DOMContentLoaded", setup);
  }
})();
