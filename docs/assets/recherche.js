/* Search page of the hosted edition (docs/recherche.md), on Pagefind's search API (pagefind/pagefind.js,
   served by the site). A small interface of our own rather than Pagefind's: a first query downloads
   the engine, its page list and the index chunks of the words typed, nothing else; the filters' data
   (kind of page, theme, département) is downloaded only when the visitor opens the filters, or when
   the address already names one. State in the address: ?q=…&type=…&theme=…&departement=… */
(function () {
  "use strict";
  // Ranking: an exact word counts more than a word that only starts like it (« THEMIS » / « thèmes »).
  // Shared with tests/test_relevance.py, which runs the relevance table with the same options.
  // No worker: its script would be one more download (12 Kio) for a search that takes a few
  // milliseconds on the page's own thread.
  window.FABRIQUE_PAGEFIND_OPTIONS = { ranking: { termSimilarity: 5.0 }, noWorker: true };
  // French function words (« des », « du », « la »…) are dropped from the query: they do not narrow
  // the results, and sheets are indexed without them (generator/site_hooks.py). A query made of them
  // alone is kept as typed. Shared with tests/test_relevance.py.
  var STOP = ("a à au aux avec ce ces d de des du en et l la le les leur leurs ou où par pour qu que " +
              "qui sa se ses son sur un une").split(" ");
  window.FABRIQUE_MOTS_OUTILS = STOP;  // generator/site_hooks.py: the same list (a test compares)
  window.FABRIQUE_PAGEFIND_TERM = function (term) {
    var words = term.split(/\s+/).filter(Boolean);
    var kept = words.filter(function (word) {
      return STOP.indexOf(word.toLowerCase().replace(/[’']$/, "")) < 0;
    });
    return kept.length ? kept.join(" ") : term;
  };

  var PAGE = 10;
  var FILTERS = { type: "type", theme: "thème", departement: "département" };  // address key → Pagefind filter

  function start() {
    var root = document.getElementById("fabrique-recherche");
    if (!root || root.dataset.ready) return;
    root.dataset.ready = "1";
    var form = document.getElementById("fabrique-recherche-formulaire");
    var field = document.getElementById("fabrique-recherche-champ");
    var panel = document.getElementById("fabrique-recherche-filtres");
    var status = document.getElementById("fabrique-recherche-statut");
    var list = document.getElementById("fabrique-recherche-resultats");
    var more = document.getElementById("fabrique-recherche-plus");
    var alone = document.getElementById("fabrique-recherche-mots");
    var selects = {};
    Object.keys(FILTERS).forEach(function (key) {
      selects[key] = root.querySelector('select[name="' + key + '"]');
    });

    var engine = null;          // promise of Pagefind's module, loaded on first use
    var filtersLoaded = null;   // promise of every filter's values and counts
    var allFilters = null;
    var wanted = {};            // filter values asked for (address or choice), even before options exist
    var sequence = 0;
    var found = [];
    var shown = 0;

    function pagefind() {
      if (!engine) {
        engine = import(new URL("../pagefind/pagefind.js", scriptSrc).href)
          .then(function (module) {
            return module.options(window.FABRIQUE_PAGEFIND_OPTIONS).then(function () { return module; });
          });
        engine.catch(function () { unavailable(); });
      }
      return engine;
    }

    function unavailable() {
      document.getElementById("fabrique-recherche-absente").hidden = false;
      form.hidden = true;
      status.textContent = "";
    }

    function chosen() {
      var filters = {};
      Object.keys(FILTERS).forEach(function (key) {
        var value = selects[key].value || wanted[key];
        if (value) filters[FILTERS[key]] = value;
      });
      return filters;
    }

    // The address of a search for `term` with the filters chosen.
    function address(term) {
      var params = new URLSearchParams();
      if (term) params.set("q", term);
      Object.keys(FILTERS).forEach(function (key) {
        var value = selects[key].value || wanted[key];
        if (value) params.set(key, value);
      });
      var query = params.toString();
      return location.pathname + (query ? "?" + query : "");
    }

    function remember() {
      history.replaceState(null, "", address(field.value.trim()));
    }

    function loadFilters() {
      if (!filtersLoaded) {
        filtersLoaded = pagefind().then(function (module) { return module.filters(); })
          .then(function (filters) { allFilters = filters; return filters; });
      }
      return filtersLoaded;
    }

    // Each select lists the values with the number of pages the words typed find with that value
    // (every page when nothing is typed); a value that gives none is not offered, unless it is the
    // one chosen, so that a choice can always be changed for another.
    function fillSelects(counts) {
      if (!allFilters) return;
      Object.keys(FILTERS).forEach(function (key) {
        var select = selects[key];
        var current = select.value || wanted[key] || "";
        var values = Object.keys(allFilters[FILTERS[key]] || {}).sort(function (a, b) {
          return a.localeCompare(b, "fr");
        });
        while (select.options.length > 1) select.remove(1);
        values.forEach(function (value) {
          var count = ((counts || allFilters)[FILTERS[key]] || {})[value] || 0;
          if (!count && value !== current) return;
          select.add(new Option(value + " (" + count + ")", value));
        });
        select.value = current;
        if (select.value === current) delete wanted[key];
      });
    }

    function say(count, term, eachAlone) {
      var filters = chosen();
      var names = Object.keys(filters).map(function (name) { return filters[name]; });
      var narrowed = names.length ? " (" + names.join(", ") + ")" : "";
      if (!term) status.textContent = "";
      else if (!count && eachAlone) status.textContent = "Aucune page ne contient tous les mots de « " + term + " »" +
        narrowed + ". Chaque mot cherché seul :";
      else if (!count) status.textContent = "Aucun résultat pour « " + term + " »" + narrowed +
        ". Vérifiez l'orthographe, essayez un autre mot ou retirez un filtre.";
      else status.textContent = count + " résultat" + (count > 1 ? "s" : "") + " pour « " + term + " »" + narrowed + ".";
    }

    function run() {
      var term = field.value.trim();
      var mine = ++sequence;
      remember();
      alone.hidden = true;
      alone.textContent = "";
      if (!term) {
        found = []; shown = 0; list.textContent = ""; more.hidden = true; say(0, "");
        return Promise.resolve();
      }
      status.textContent = "Recherche en cours…";
      var needFilters = panel.open || Object.keys(chosen()).length ? loadFilters() : Promise.resolve();
      return Promise.all([pagefind(), needFilters]).then(function (parts) {
        return parts[0].search(window.FABRIQUE_PAGEFIND_TERM(term), { filters: chosen() });
      }).then(function (search) {
        if (mine !== sequence || !search) return;
        found = search.results;
        shown = 0;
        list.textContent = "";
        fillSelects(search.totalFilters);  // for the words typed, whatever the other filters say
        if (!found.length) {
          more.hidden = true;
          return eachWordAlone(mine, term);
        }
        return showMore(mine).then(function () {
          if (mine === sequence) say(found.length, term);  // announced once the results are there
        });
      });
    }

    // A page is found when it holds every word typed. When none does, each word is searched alone, and
    // offered as a link to its own search with the number of pages it finds (the same filters kept):
    // the visitor sees which word to keep rather than a bare « no result ».
    function eachWordAlone(mine, term) {
      var words = window.FABRIQUE_PAGEFIND_TERM(term).split(/\s+/).filter(function (word, index, all) {
        return word && all.indexOf(word) === index;
      });
      if (words.length < 2) { say(0, term); return Promise.resolve(); }
      return pagefind().then(function (module) {
        return Promise.all(words.map(function (word) { return module.search(word, { filters: chosen() }); }));
      }).then(function (searches) {
        if (mine !== sequence) return;
        searches.forEach(function (search, index) {
          var count = search ? search.results.length : 0;
          if (!count) return;
          var item = document.createElement("li");
          var link = document.createElement("a");
          link.href = address(words[index]);
          link.textContent = words[index];
          link.addEventListener("click", function (event) {
            event.preventDefault();
            field.value = words[index];
            field.focus();
            run();
          });
          item.appendChild(link);
          item.appendChild(document.createTextNode(" : " + count + " résultat" + (count > 1 ? "s" : "")));
          alone.appendChild(item);
        });
        alone.hidden = !alone.children.length;
        say(0, term, alone.children.length > 0);
      });
    }

    function showMore(mine) {
      var batch = found.slice(shown, shown + PAGE);
      shown += batch.length;
      more.hidden = true;
      return Promise.all(batch.map(function (result) {
        return result.data().then(entry);
      })).then(function (items) {
        if (mine !== sequence) return;
        items.forEach(function (item) { list.appendChild(item); });
        more.hidden = shown >= found.length;
      });
    }

    // The snippet: the passage of the page's text where the words were found, past its title. A
    // sheet is indexed as its title and the list of its words (generator/site_hooks.py): its
    // snippet is its summary (resume.txt beside its page), with the words found marked. Built as
    // text nodes: nothing from a page is ever read as HTML.
    var SHEET = "Fiche d'expérience";
    var LENGTH = 30;  // words in a passage

    function entry(data) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = data.url;
      link.textContent = (data.meta && data.meta.title) || data.url;
      item.appendChild(link);
      var kind = data.filters && data.filters.type && data.filters.type[0];
      var place = data.filters && data.filters["département"] && data.filters["département"][0];
      if (kind) {
        var details = document.createElement("span");
        details.className = "fabrique-resultat-details";
        details.textContent = kind + (place ? " · " + place : "");
        item.appendChild(details);
      }
      var snippet = document.createElement("span");
      snippet.className = "fabrique-resultat-chapo";
      item.appendChild(snippet);
      var words = (data.content || "").split(/\s+/);
      if (kind === SHEET) {
        var matched = {};
        (data.locations || []).forEach(function (at) { matched[fold(words[at])] = true; });  // title too
        return fetch(new URL("resume.txt", new URL(data.url, location.href)).href)
          .then(function (response) { return response.ok ? response.text() : ""; })
          .catch(function () { return ""; })
          .then(function (summary) {
            write(snippet, summary.trim().split(/\s+/), function (word) { return matched[fold(word)]; });
            return item;
          });
      }
      var title = ((data.meta && data.meta.title) || "").split(/\s+/).filter(Boolean).length;
      var hits = (data.locations || []).filter(function (at) { return at >= title; }).sort(function (a, b) { return a - b; });
      if (hits.length) {
        var from = Math.max(title, hits[0] - 6);
        var to = Math.min(words.length, from + LENGTH);
        write(snippet, words.slice(from, to), function (word, at) { return hits.indexOf(from + at) >= 0; },
              from > title, to < words.length);
      }
      return Promise.resolve(item);
    }

    // « l'isolement, » and « isolement » are the same word; accents and case do not count.
    function fold(word) {
      return (word || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
        .replace(/^.*['’]/, "").replace(/[^\w-]+/g, "");
    }

    function write(element, words, marked, before, after) {
      if (before) element.appendChild(document.createTextNode("… "));
      words.forEach(function (word, at) {
        if (at) element.appendChild(document.createTextNode(" "));
        if (marked(word, at)) {
          // the punctuation around a word stays outside its mark: « (d'urgence, » → « (<mark>d'urgence</mark>, »
          var parts = /^([«(\["'“]*)(.*?)([»)\]"'”,.;:!?…]*)$/.exec(word);
          var mark = document.createElement("mark");
          mark.textContent = parts[2] || word;
          if (parts[2] && parts[1]) element.appendChild(document.createTextNode(parts[1]));
          element.appendChild(mark);
          if (parts[2] && parts[3]) element.appendChild(document.createTextNode(parts[3]));
        } else {
          element.appendChild(document.createTextNode(word));
        }
      });
      if (after) element.appendChild(document.createTextNode(" …"));
    }

    var timer = null;
    field.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 300);
    });
    field.addEventListener("focus", function () { pagefind(); }, { once: true });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      run();
    });
    Object.keys(selects).forEach(function (key) {
      selects[key].addEventListener("change", function () {
        delete wanted[key];
        run();
      });
    });
    panel.addEventListener("toggle", function () {
      if (!panel.open) return;
      loadFilters().then(function () { return field.value.trim() ? run() : fillSelects(null); });
    });
    more.addEventListener("click", function () {
      var first = list.children.length;
      showMore(sequence).then(function () {
        var next = list.children[first] && list.children[first].querySelector("a");
        if (next) next.focus();
      });
    });

    var params = new URLSearchParams(location.search);
    Object.keys(FILTERS).forEach(function (key) {
      if (params.get(key)) wanted[key] = params.get(key);
    });
    field.value = params.get("q") || "";
    if (Object.keys(wanted).length) panel.open = true;  // its « toggle » loads the filters, then searches
    else if (field.value) run();
  }

  var scriptSrc = document.currentScript ? document.currentScript.src : location.href;
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
