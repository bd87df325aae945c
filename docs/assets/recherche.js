/* Search page of the hosted edition: Pagefind's interface (served by the site, in pagefind/), in French,
   with its filters (kind of page, theme, département). The query comes from the header form (?q=…). */
(function () {
  "use strict";
  // Ranking: an exact word counts more than a word that only starts like it (« THEMIS » / « thèmes »).
  // Shared with tests/test_relevance.py, which runs the relevance table with the same options.
  window.FABRIQUE_PAGEFIND_OPTIONS = { ranking: { termSimilarity: 5.0 } };
  // French function words (« des », « du », « la »…) are dropped from the query: they are on nearly
  // every page, so their part of the index is the largest a visitor would download (about 80 Kio at
  // 800 sheets, growing with the base), and they do not narrow the results. A query made of them
  // alone is kept as typed. Shared with tests/test_relevance.py.
  var STOP = ("a à au aux avec ce ces d de des du en et l la le les leur leurs ou où par pour qu que " +
              "qui sa se ses son sur un une").split(" ");
  window.FABRIQUE_PAGEFIND_TERM = function (term) {
    var words = term.split(/\s+/).filter(Boolean);
    var kept = words.filter(function (word) {
      return STOP.indexOf(word.toLowerCase().replace(/[’']$/, "")) < 0;
    });
    return kept.length ? kept.join(" ") : term;
  };
  function start() {
    var root = document.getElementById("fabrique-recherche");
    if (!root || root.dataset.ready) return;
    root.dataset.ready = "1";
    if (typeof window.PagefindUI !== "function") {
      document.getElementById("fabrique-recherche-absente").hidden = false;
      return;
    }
    var ui = new window.PagefindUI({
      element: "#fabrique-recherche",
      ranking: window.FABRIQUE_PAGEFIND_OPTIONS.ranking,
      processTerm: window.FABRIQUE_PAGEFIND_TERM,
      debounceTimeoutMs: 0,
      showImages: false,
      showSubResults: false,
      resetStyles: false,
      pageSize: 5,
      excerptLength: 30,
      openFilters: ["type"],
      translations: { placeholder: "Rechercher dans le site", filters_label: "Filtres" }
    });
    var query = new URLSearchParams(location.search).get("q");
    if (query) ui.triggerSearch(query);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
