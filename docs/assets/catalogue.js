/* Experience catalogue: filters that combine, each choice with the number of sheets it gives (given
   the other filters; a choice that gives none is not offered), words typed in any accent or case,
   a live count, the state kept in the address. Keyboard and screen-reader friendly.
   Data: window.FABRIQUE_CATALOGUE, set by catalogue-donnees.js beside the page (a script, not a
   fetch: it works from a server and from disk alike). No request leaves the site. */
(function () {
  "use strict";
  var PAGE = 50;
  var PHONE = "(max-width: 44.9375em)";

  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function setup() {
    var form = document.getElementById("fabrique-filtres");
    var box = document.getElementById("fabrique-resultats");
    var count = document.getElementById("fabrique-compte");
    var more = document.getElementById("fabrique-plus");
    var fold_box = document.getElementById("fabrique-pli");
    var data = window.FABRIQUE_CATALOGUE;
    if (!form || !box || !data || form.dataset.ready) return;
    form.dataset.ready = "1";
    var list = box.querySelector("ul") || box.appendChild(document.createElement("ul"));
    var text = document.getElementById("filtre-texte");
    var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
    var fiches = data.fiches;
    var labels = data.libelles;
    var pageSuffix = /\.html$/.test(location.pathname) ? ".html" : "/";
    var shown = PAGE;
    var matches = [];
    var summary = fold_box ? fold_box.querySelector("summary") : null;

    // Every select remembers its options, to show them again with fresh counts.
    selects.forEach(function (select) {
      select._all = Array.prototype.slice.call(select.options).slice(1).map(function (option) {
        return { value: option.value, label: option.textContent };
      });
    });

    fiches.forEach(function (fiche) {
      fiche._text = fold([fiche.titre, fiche.chapo, fiche.structure, fiche.commune,
        labels.departements[fiche.departement] || "",
        fiche.themes.map(function (t) { return labels.themes[t]; }).join(" ")].join(" "));
    });

    function has(fiche, field, wanted) {
      var value = fiche[field];
      if (Array.isArray(value)) return value.indexOf(wanted) !== -1;
      return String(value) === wanted;
    }

    function words() {
      return fold(text ? text.value : "").split(/[\s,;'’]+/).filter(function (w) { return w.length > 1; });
    }

    function passes(fiche, skip, terms) {
      for (var i = 0; i < selects.length; i++) {
        var select = selects[i];
        if (select === skip || !select.value) continue;
        if (!has(fiche, select.dataset.champ, select.value)) return false;
      }
      for (var j = 0; j < terms.length; j++) {
        if (fiche._text.indexOf(terms[j]) === -1) return false;
      }
      return true;
    }

    function details(fiche) {
      var parts = [fiche.structure || (fiche.type === "cias" ? "CIAS" : fiche.type === "ccas" ? "CCAS" : "")];
      if (fiche.departement) parts.push(labels.departements[fiche.departement] || fiche.departement);
      else if (fiche.commune) parts.push(fiche.commune);
      if (fiche.annee) parts.push("depuis " + fiche.annee);
      else if (fiche.publiee) parts.push("fiche de " + fiche.publiee);
      return parts.filter(Boolean).join(" · ");
    }

    function span(className, content) {
      var element = document.createElement("span");
      element.className = className;
      element.textContent = content;
      return element;
    }

    function render() {
      list.textContent = "";
      matches.slice(0, shown).forEach(function (fiche) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = fiche.id + pageSuffix;
        link.textContent = fiche.titre;
        item.appendChild(link);
        item.appendChild(document.createTextNode(" "));
        item.appendChild(span("fabrique-resultat-details", details(fiche)));
        item.appendChild(document.createTextNode(" "));
        item.appendChild(span("fabrique-resultat-chapo", fiche.chapo));
        var tags = span("fabrique-resultat-themes", "");
        fiche.themes.forEach(function (theme) {
          tags.appendChild(span("fabrique-etiquette", labels.themes[theme] || theme));
        });
        item.appendChild(document.createTextNode(" "));
        item.appendChild(tags);
        list.appendChild(item);
      });
      more.hidden = matches.length <= shown;
    }

    // Each choice shows how many sheets it would give with the other filters as they are.
    function refreshOptions(terms) {
      selects.forEach(function (select) {
        var counts = {};
        fiches.forEach(function (fiche) {
          if (!passes(fiche, select, terms)) return;
          var value = fiche[select.dataset.champ];
          (Array.isArray(value) ? value : [value]).forEach(function (v) {
            counts[v] = (counts[v] || 0) + 1;
          });
        });
        var current = select.value;
        var total = fiches.filter(function (fiche) { return passes(fiche, select, terms); }).length;
        select.length = 1;
        select.options[0].textContent = "Tous (" + total + ")";
        select._all.forEach(function (option) {
          var n = counts[option.value] || 0;
          if (!n && option.value !== current) return;
          select.add(new Option(option.label + " (" + n + ")", option.value, false, option.value === current));
        });
        select.value = current;
      });
    }

    function update(keepPage) {
      var terms = words();
      matches = fiches.filter(function (fiche) { return passes(fiche, null, terms); });
      if (!keepPage) shown = PAGE;
      refreshOptions(terms);
      var active = selects.filter(function (s) { return s.value; }).map(function (s) {
        var option = s.options[s.selectedIndex];
        return s.labels[0].textContent + " : " + option.textContent.replace(/ \(\d+\)$/, "");
      });
      if (terms.length) active.unshift("« " + text.value.trim() + " »");
      var n = matches.length;
      count.textContent = (n === 0 ? "Aucune fiche" : n + " fiche" + (n > 1 ? "s" : "")) +
        (active.length ? " pour " + active.join(", ") : "") + ".";
      if (summary) summary.textContent = "Filtrer les fiches" + (active.length ? " (" + active.length + " filtre" + (active.length > 1 ? "s" : "") + " actif" + (active.length > 1 ? "s" : "") + ")" : "");
      render();
      var params = new URLSearchParams();
      if (text && text.value.trim()) params.set("q", text.value.trim());
      selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); });
      var query = params.toString();
      history.replaceState(null, "", query ? "?" + query : location.pathname);
    }

    var params = new URLSearchParams(location.search);
    selects.forEach(function (s) {
      if (params.has(s.name) && s._all.some(function (o) { return o.value === params.get(s.name); })) s.value = params.get(s.name);
    });
    if (text && params.has("q")) text.value = params.get("q");
    if (fold_box && window.matchMedia && window.matchMedia(PHONE).matches) fold_box.open = false;
    update();
    selects.forEach(function (s) { s.addEventListener("change", function () { update(); }); });
    if (text) text.addEventListener("input", function () { update(); });
    form.addEventListener("reset", function () { setTimeout(function () { update(); }, 0); });
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
