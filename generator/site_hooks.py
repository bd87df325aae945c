"""MkDocs plugin `fabrique` (entry point in pyproject.toml): tell Pagefind what to index on each page, and how to narrow a search.

- data-pagefind-body on the page's own content (pages excluded from search get none, so Pagefind skips them);
- filters: the kind of page, and for a sheet its themes and département (front matter key `recherche`,
  written by the sheet template).
Lists of links to other pages and the sheet's metadata panel carry data-pagefind-ignore in the templates.
Material's own search (offline edition) reads data-search-exclude on the same blocks.
"""
from __future__ import annotations

from html import escape

from mkdocs.plugins import BasePlugin

KINDS = {"figures": "Figure", "scenarios": "Scénario d'atelier", "experiences": "Fiche d'expérience",
         "themes": "Thématique", "ateliers": "Atelier"}


def page_kind(src_uri: str) -> str:
    parts = src_uri.split("/")
    if len(parts) == 2 and parts[0] in KINDS and parts[1] != "index.md":
        return KINDS[parts[0]]
    return "Page du site"


def filters_of(page) -> list[tuple[str, str]]:
    filters = [("type", page_kind(page.file.src_uri))]
    extra = page.meta.get("recherche") or {}
    if isinstance(extra, dict):
        for theme in extra.get("themes") or []:
            filters.append(("thème", str(theme)))
        if extra.get("departement"):
            filters.append(("département", str(extra["departement"])))
    return filters


def page_content(html, page):
    search = page.meta.get("search") or {}
    if isinstance(search, dict) and search.get("exclude"):
        return html
    spans = "".join(f'<span data-pagefind-filter="{escape(name)}:{escape(value)}"></span>' for name, value in filters_of(page))
    return f'<div data-pagefind-body>{spans}{html}</div>'


# Material's search (offline edition) ignores accents and case. Material indexes with lunr's French
# stop-word filter only (no stemmer, no trimmer: its default `pipeline`), and searches the word being
# typed as a prefix (« agees* »). So each indexed word is folded after the stop-word filter
# (« âgées » → « agees »), and each query term is folded the same way before lunr looks it up.
# Appended to the lunr-languages French file that Material's search worker loads from the site itself.
LUNR_FRENCH = "assets/javascripts/lunr/min/lunr.fr.min.js"
ACCENT_FOLDING = """
/* fabrique: accent folding for French search (generator/site_hooks.py) */
;(function (l) {
  if (!l || !l.fr || !l.fr.stopWordFilter || l.fr.stopWordFilter.fabriqueFolds) return;
  var fold = function (word) {
    return word.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/\u0153/g, "oe").replace(/\u00e6/g, "ae");
  };
  var stop = l.fr.stopWordFilter;
  var folding = function (token) {
    var kept = stop(token);
    return kept ? kept.update(fold) : kept;
  };
  folding.fabriqueFolds = true;
  l.Pipeline.registerFunction(folding, "stopWordFilter-fr");
  l.fr.stopWordFilter = folding;
  var clause = l.Query.prototype.clause;
  l.Query.prototype.clause = function (c) {
    if (c && typeof c.term === "string") c.term = fold(c.term);
    return clause.call(this, c);
  };
})(typeof lunr !== "undefined" ? lunr : undefined);
"""


def post_build(config):
    from pathlib import Path

    french = Path(config.site_dir) / LUNR_FRENCH
    if french.is_file():
        text = french.read_text(encoding="utf-8")
        if "fabrique: accent folding" not in text:
            french.write_text(text + ACCENT_FOLDING, encoding="utf-8")


class FabriquePlugin(BasePlugin):
    def on_page_content(self, html, page, config, files):
        return page_content(html, page)

    def on_post_build(self, config):
        post_build(config)
