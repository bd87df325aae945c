"""The hostile suite in a real browser: a site built (strict MkDocs) from sheets whose every text field
carries attacks; Chromium loads every page of it and fails on any dialog, any request to another
host, any element or attribute that the same site built from clean sheets does not have, and any
link or source with a scheme other than https or the site itself."""
from __future__ import annotations

import functools
import http.server
import itertools
import re
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, _QuietHandler, copy_project, fabrique
from test_hostile_markup import ATTACKS

INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# Ids, vocabularies, dates, addresses and card texts keep their valid values (so the sheet is published;
# the lists printed on cards would overflow them: their markup is attacked in test_hostile_markup).
KEEP = {"id", "points_de_vigilance", "actions", "finalite", "nouveaux_acteurs", "origine", "par", "publie_le", "mis_a_jour_le", "nature", "question_formes", "accroche", "metiers", "type", "departement", "population", "statut", "debut", "fin", "licence", "publication", "mise_a_jour",
        "url", "courriel", "site", "couleur", "carte", "editorial", "exemple", "numero", "page", "themes", "publics",
        "atelier", "question", "ordre", "annee", "resume_carte"}
SHORT_FIELDS = {"titre", "nom", "commune", "service", "adresse", "role"}


def attacks():
    usable = [attack for attack in ATTACKS if not INVISIBLE.search(attack) and len(attack) <= 600]
    return itertools.cycle(usable)


def poison(data, supply, key=None, limit=5000, same_length=False):
    """Attacks appended to every text. `same_length`: for records printed on cards, each text keeps its
    length (its end gives way to a short attack), so the cards still fit and the build goes on."""
    if isinstance(data, dict):
        return {k: (v if k in KEEP else poison(v, supply, k, limit, same_length)) for k, v in data.items()}
    if isinstance(data, list):
        return [poison(v, supply, key, limit, same_length) for v in data]
    if isinstance(data, str) and same_length:
        attack = next(a for a in supply if len(a) <= 60).replace("\n", " ")
        return (data[:max(2, len(data) - len(attack) - 1)] + " " + attack)
    if isinstance(data, str):
        if key in SHORT_FIELDS or key is None or key == "partenaires":
            attack = next(a for a in supply if len(a) <= 150)
            return (data[:40] + " " + attack.replace("\n", " "))[:200]
        if key == "chapo":
            return (data[:100] + " " + next(a for a in supply if len(a) <= 250))[:400]
        return (data + "\n\n" + "\n\n".join(next(supply) for _ in range(3)))[:limit]
    return data


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("hostile"))
    supply = attacks()
    # both kinds of sheet: complete ones written by a structure, and La Fabrique's with every source field
    real = sorted((ROOT / "experiences").glob("*.yml"))
    chosen = sorted((ROOT / "tests" / "fixtures").glob("*.yml")) + [
        path for path in real if any(word in path.read_text(encoding="utf-8")
                                     for word in ("distinction:", "plus_portee:", "mis_a_jour_le:", "par: source"))][:6]
    for number, source in enumerate(chosen, 1):
        data = poison(yaml.safe_load(source.read_text(encoding="utf-8")), supply)
        data["id"] = f"piege-{number}"
        for lien in data.get("figures", []):
            if lien.get("par") == "source":  # only the original sheet is linked by a source
                lien["par"] = "redaction"
        (project / "experiences" / f"piege-{number}.yml").write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10000), encoding="utf-8")
    for relative in ("figures/radar.yml", "scenarios/ccas-bar.yml", "themes/bonheur.yml", "ateliers/paris-2019.yml"):
        path = project / relative
        if path.exists():
            data = poison(yaml.safe_load(path.read_text(encoding="utf-8")), supply, same_length=True)
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10000), encoding="utf-8")
    check = fabrique("check", cwd=project)
    assert check.returncode == 0, check.stdout
    fabrique("build", cwd=project, check=True)
    return project / "site"


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.pairs: set[tuple[str, str]] = set()

    def handle_starttag(self, tag, attrs):
        self.pairs.add((tag, ""))
        for name, _ in attrs:
            self.pairs.add((tag, name))


def static_pairs(site: Path) -> set[tuple[str, str]]:
    found = set()
    for page in site.rglob("*.html"):
        collector = _Collect()
        collector.feed(page.read_text(encoding="utf-8"))
        found |= collector.pairs
    return found


LIVE_PAIRS = """() => {
  const pairs = new Set();
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    pairs.add(tag + ' ');
    for (const attribute of element.attributes) pairs.add(tag + ' ' + attribute.name.toLowerCase());
  }
  return Array.from(pairs);
}"""

URLS = """() => {
  const found = [];
  for (const element of document.querySelectorAll('[href],[src],[action],[formaction],[srcset],[poster],[data]')) {
    for (const name of ['href', 'src', 'action', 'formaction', 'srcset', 'poster', 'data']) {
      if (element.hasAttribute(name)) found.push([element.tagName.toLowerCase(), name, element.getAttribute(name)]);
    }
  }
  return found;
}"""


def serve(folder: Path):
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def search_done(page) -> None:
    page.wait_for_function("/résultat/.test(document.querySelector('#fabrique-recherche-statut').textContent)")
    page.wait_for_timeout(200)


def live_pairs(page) -> set[tuple[str, str]]:
    return {tuple(item.split(" ", 1)) for item in page.evaluate(LIVE_PAIRS)}


def test_every_page_of_a_hostile_site_stays_inert(hostile_site, built_site, browser):
    clean_server, clean_url = serve(built_site)
    hostile_server, hostile_url = serve(hostile_site)
    try:
        # Material gives a truncated header title a tooltip (its text content): long titles get it.
        allowed = static_pairs(built_site) | {("span", "title")}
        clean_context = browser.new_context(locale="fr-FR")
        page = clean_context.new_page()
        # What Material's scripts add to a page, seen on clean pages of every kind.
        generated = ("figures", "scenarios", "themes", "ateliers", "experiences")
        hand_written = ["/" + p.parent.relative_to(built_site).as_posix() + "/" for p in built_site.rglob("index.html")
                        if p.parent.relative_to(built_site).parts[:1] not in [(g,) for g in generated]]
        for path in ["/figures/", "/scenarios/", "/themes/", "/ateliers/", "/figures/radar/", "/scenarios/ccas-bar/", "/experiences/", "/experiences/exemple-cafe-des-aidants/",
                     "/themes/bonheur/", "/ateliers/paris-2019/", *hand_written]:
            path = path.replace("/./", "/")
            page.goto(clean_url + path, wait_until="load")
            allowed |= live_pairs(page)
        # and what the search page adds when it shows results (links, marked words, filters)
        page.goto(clean_url + "/recherche/?q=aidants&type=Fiche%20d%27exp%C3%A9rience", wait_until="load")
        search_done(page)
        allowed |= live_pairs(page)
        clean_context.close()
        context = browser.new_context(locale="fr-FR")
        page = context.new_page()
        dialogs, requests = [], []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.on("request", lambda request: requests.append(request.url))
        static_extra = static_pairs(hostile_site) - allowed
        assert static_extra == set(), f"éléments ou attributs absents du site propre : {sorted(static_extra)}"
        pages = sorted(hostile_site.rglob("index.html"))
        assert len(pages) > 40
        for html in pages:
            path = "/" + html.parent.relative_to(hostile_site).as_posix() + "/"
            page.goto(hostile_url + path.replace("//", "/"), wait_until="load")
            page.wait_for_timeout(50)
            extra = live_pairs(page) - allowed
            assert extra == set(), (path, sorted(extra))
            for tag, name, value in page.evaluate(URLS):
                value = value.strip()
                assert not re.match(r"(?i)^(javascript|data|vbscript|file|blob):", value), (path, tag, name, value)
                assert not value.startswith("//"), (path, tag, name, value)
                if re.match(r"(?i)^[a-z][a-z0-9+.-]*:", value):
                    assert value.startswith(("https://", hostile_url, "mailto:")), (path, tag, name, value)
                    if tag != "a":
                        assert value.startswith(hostile_url), (path, tag, name, value)
        # search results show record text, from the index, as text: no element or attribute a clean
        # search does not make, no dialog
        shown = 0
        for query in ("alert", "script", "onerror", "javascript", "svg", "iframe"):
            page.goto(hostile_url + "/recherche/?q=" + query, wait_until="load")
            search_done(page)
            shown += page.locator("#fabrique-recherche-resultats li").count()
            extra = live_pairs(page) - allowed
            assert extra == set(), (query, sorted(extra))
        assert shown > 0
        assert dialogs == []
        foreign = [url for url in requests if not url.startswith((hostile_url, "data:", "blob:"))]
        assert foreign == []
        # the attacks are on the pages, as text
        text = (hostile_site / "experiences" / "piege-1" / "index.html").read_text(encoding="utf-8")
        assert "javascript:alert(1)" in text and "&lt;script&gt;" in text
        context.close()
    finally:
        clean_server.shutdown()
        hostile_server.shutdown()
