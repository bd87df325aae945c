"""MkDocs plugin `fabrique` (entry point in pyproject.toml): tell Pagefind what to index on each page, and how to narrow a search.

- data-pagefind-body on the page's own content (pages excluded from search get none, so Pagefind skips them);
  an experience sheet gives Pagefind its title and the list of its words instead (sheet_index), and its
  summary goes beside its page (resume.txt);
- filters: the kind of page, and for a sheet its themes and département (front matter key `recherche`,
  written by the sheet template);
- words also without their accents (plain_forms): a sheet's words are given that way, and a handbook
  page gets its accented words so written in a hidden block, so that « cafe » ranks like « café ».
Lists of links to other pages and the sheet's metadata panel carry data-pagefind-ignore in the templates.
Material's own search (offline edition) reads data-search-exclude on the same blocks.
"""
from __future__ import annotations

import re
import unicodedata
from html import escape
from html.parser import HTMLParser

from mkdocs.config import config_options
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


# French function words: dropped from the words a sheet gives Pagefind (see sheet_index) and, by the
# search page, from the query (docs/assets/recherche.js keeps the same list; a browser test compares).
STOP_WORDS = frozenset((
    "a à au aux avec ce ces d de des du en et l la le les leur leurs ou où par pour qu que "
    "qui sa se ses son sur un une").split())
ELISIONS = frozenset("c d j l m n s t qu jusqu lorsqu puisqu".split())
WORD = re.compile(r"\w+(?:[-‐]\w+)*")
APOSTROPHES = re.compile(r"['’]")


def page_content(html, page, summaries: dict[str, str]):
    search = page.meta.get("search") or {}
    if isinstance(search, dict) and search.get("exclude"):
        return html
    spans = "".join(f'<span data-pagefind-filter="{escape(name)}:{escape(value)}"></span>' for name, value in filters_of(page))
    if page_kind(page.file.src_uri) == KINDS["experiences"]:
        indexed, summary = sheet_index(html, page, spans)
        summaries[page.url] = summary
        return indexed
    # the page is indexed as written, plus (hidden) its accented words without their accents: see plain_forms
    parser = _Text(headings=True)
    parser.feed(html)
    parser.close()
    words = index_words("".join(parser.text))
    plain = plain_forms(words, written=words)
    hidden = f'<div hidden data-search-exclude><p>{escape(" ".join(plain))}</p></div>' if plain else ""
    return f'<div data-pagefind-body>{spans}{html}{hidden}</div>'


def _forms_without_accents(word: str) -> tuple[str, ...]:
    """« âgées » → (« agees »,); « cœur » → (« coeur », « cœur »): Pagefind matches « cafe » with
    « café », but not « coeur » with « cœur » (a phone's keyboard writes « cœur »), so a word with a
    ligature keeps it in a second form."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    plain = bare.replace("œ", "oe").replace("æ", "ae")
    return (plain,) if plain == bare else (plain, bare)


def plain_forms(words, written=()) -> list[str]:
    """Each word without its accents, once, unless it is among the words `written` (indexed as they
    are). Most visitors type without accents; Pagefind finds « café » for « cafe » all the same, but
    ranks first the pages whose word is exactly the one typed, and stems « cafe » like « CAF »: the
    sheets that name the CAF came before the café (tests/relevance.yml)."""
    written = set(written)
    forms = dict.fromkeys(form for word in words for form in _forms_without_accents(word))
    return [form for form in forms if form not in written]


class _Text(HTMLParser):
    """The text of a page's HTML outside elements marked data-pagefind-ignore and outside headings
    (unless `headings`); and the text of the sheet's summary (class fabrique-chapo)."""
    HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}  # a sheet's section titles are the template's, on every sheet
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self, headings: bool = False):
        super().__init__(convert_charrefs=True)
        self.skipped = set() if headings else self.HEADINGS
        self.stack: list[str] = []  # for each open element: "ignore", "chapo" or ""
        self.text: list[str] = []
        self.summary: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            if tag == "br":
                self.handle_data(" ")
            return
        attributes = dict(attrs)
        role = ""
        if "data-pagefind-ignore" in attributes or tag in self.skipped:
            role = "ignore"
        elif "fabrique-chapo" in (attributes.get("class") or "").split():
            role = "chapo"
        self.stack.append(role)

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.stack:
            self.stack.pop()
        self.text.append(" ")

    def handle_data(self, data):
        if "ignore" in self.stack:
            return
        self.text.append(data)
        if "chapo" in self.stack:
            self.summary.append(data)


def index_words(text: str, known: str = "") -> list[str]:
    """Each word of the text once, in the order of first appearance, lower-cased, without French
    function words, elided articles (« l'isolement » gives « isolement ») and words of `known`."""
    seen = {word.lower() for word in WORD.findall(APOSTROPHES.sub(" ", known))} | STOP_WORDS | ELISIONS
    words = []
    for word in WORD.findall(APOSTROPHES.sub(" ", text)):
        word = word.lower()
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


SUMMARY_FILE = "resume.txt"  # beside a sheet's page: its summary, shown by the search page


def sheet_index(html: str, page, spans: str) -> tuple[str, str]:
    """What Pagefind indexes of an experience sheet, and the sheet's summary. Indexed: its title, then
    each word of its text once (summary, sections, town, structure, département), without function
    words; the page the visitor reads is unchanged (data-pagefind-ignore="all" on it). Repeated words
    and the function words of every page made most of the index a first query downloads
    (docs/performance.md): at 10 000 sheets, « de » alone weighed 282 Kio, and a chunk ending on a
    short word (« a », « le ») is loaded for every query word that starts like it. The search page
    shows the summary, from SUMMARY_FILE beside the page, with the words found marked."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    extra = page.meta.get("recherche") or {}
    places = [str(extra.get(key) or "") for key in ("commune", "structure", "departement")] if isinstance(extra, dict) else []
    title = page.title or ""
    summary = " ".join("".join(parser.summary).split())
    # its words without accents (plain_forms), the title's too: the title keeps its accents in the h1
    title_words = index_words(title)
    words = plain_forms(title_words + index_words(" ".join(["".join(parser.text)] + places), known=title), written=title_words)
    indexed = (f'<div data-pagefind-body>{spans}<div data-pagefind-ignore="all">{html}</div>'
               f'<div hidden data-search-exclude><h1>{escape(title)}</h1><p>{escape(" ".join(words))}</p></div></div>')
    return indexed, summary


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


def write_summaries(config, summaries: dict[str, str]) -> None:
    """Each sheet's summary as plain text beside its page (experiences/<id>/resume.txt): a few hundred
    bytes the search page fetches for the results it shows, instead of indexing the summary's words."""
    from pathlib import Path

    site = Path(config.site_dir)
    for url, summary in summaries.items():
        folder = site / url
        if folder.is_dir() and not folder.is_symlink():
            (folder / SUMMARY_FILE).write_text(summary + "\n", encoding="utf-8")


def post_build(config):
    from pathlib import Path

    french = Path(config.site_dir) / LUNR_FRENCH
    if french.is_file():
        text = french.read_text(encoding="utf-8")
        if "fabrique: accent folding" not in text:
            french.write_text(text + ACCENT_FOLDING, encoding="utf-8")


class FabriquePlugin(BasePlugin):
    config_scheme = (("pagefind", config_options.Type(bool, default=True)),)

    def on_pre_build(self, config):
        self.summaries: dict[str, str] = {}

    def on_page_content(self, html, page, config, files):
        if not self.config["pagefind"]:
            return html
        return page_content(html, page, self.summaries)

    def on_post_build(self, config):
        post_build(config)
        write_summaries(config, self.summaries)
