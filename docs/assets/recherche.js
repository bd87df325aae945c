/* Search page of the hosted edition: Pagefind's interface (served by the site, in pagefind/), in French,
   with its filters (kind of page, theme, département). The query comes from the header form (?q=…). */
(function () {
  "use strict";
  // Ranking: an exact word counts more than a word that only starts like it (« THEMIS » / « thèmes »).
  // Shared with tests/test_relevance.py, which runs the relevance table with the same options.
  window.FABRIQUE_PAGEFIND_OPTIONS = { ranking: { termSimilarity: 5.0 } };
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
