"""The relevance table (tests/relevance.yml): each query finds its page first (or among the first few),
on the hosted site (Pagefind, in Chromium), on the offline edition (Material's search from file://,
in Chromium) and with `fabrique search`."""
from __future__ import annotations

import json
from urllib.parse import urlparse

import pytest

from generator import departements
import yaml

from conftest import ROOT, fabrique

ROWS = yaml.safe_load((ROOT / "tests" / "relevance.yml").read_text(encoding="utf-8"))
FOLDERS = {"figure": "figures", "scenario": "scenarios", "experience": "experiences"}


def rows_for(engine: str, rows: list[dict]) -> list:
    """A row that the table marks as failing on this engine (`echoue: {engine: reason}`) is expected to
    fail (strict: the day it passes, the test says so and the mark must go)."""
    params = []
    for row in rows:
        reason = (row.get("echoue") or {}).get(engine)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(row, id=row_id(row), marks=marks))
    return params


def row_id(row: dict) -> str:
    return row["requete"] + (f" [{row['departement']}]" if row.get("departement") else "")


def wanted_rank(row: dict) -> int:
    return 1 if row.get("premier") else row["parmi"]


def site_path(page: str, offline: bool) -> str:
    """figure/radar → figures/radar/ (hosted) or figures/radar.html (offline); page/animer → animer/…"""
    kind, name = page.split("/", 1)
    path = f"{FOLDERS[kind]}/{name}" if kind in FOLDERS else name
    if kind == "page" and "/" not in name:
        return f"{path}/" if not offline else f"{path}/index.html"
    return f"{path}/" if not offline else f"{path}.html"


def test_the_table_is_large_enough_and_varied():
    assert len(ROWS) >= 25
    assert {row["qui"] for row in ROWS} == {"élu", "agent", "animateur"}
    assert any(row.get("departement") for row in ROWS)
    assert all("premier" in row or "parmi" in row for row in ROWS)


# --- fabrique search -------------------------------------------------------------------------

CLI_ROWS = [row for row in ROWS if not row["page"].startswith("page/")]


@pytest.mark.parametrize("row", rows_for("cli", CLI_ROWS))
def test_cli(row):
    args = ["search", row["requete"], "--json", "--limit", "10"]
    if row.get("departement"):
        args += ["--departement", row["departement"]]
    result = fabrique(*args)
    assert result.returncode == 0, result.stderr
    found = [f"{r['type']}/{r['id']}" for r in json.loads(result.stdout)["resultats"]]
    assert row["page"] in found[: wanted_rank(row)], found[:5]


# --- hosted site: Pagefind --------------------------------------------------------------------

PAGEFIND_QUERY = """async ([query, filters]) => {
  const pagefind = await import("/pagefind/pagefind.js");
  await pagefind.options(window.FABRIQUE_PAGEFIND_OPTIONS || {});
  const term = window.FABRIQUE_PAGEFIND_TERM ? window.FABRIQUE_PAGEFIND_TERM(query) : query;
  const search = await pagefind.search(term, {filters});
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  return data.map((d) => d.url);
}"""


@pytest.fixture(scope="module")
def hosted(browser, site_url):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.goto(site_url + "/recherche/")
    yield page
    context.close()


@pytest.mark.parametrize("row", rows_for("site", ROWS))
def test_hosted_site(hosted, row):
    # the site's filter shows a département by name and number, « Gironde (33) »
    filters = {"département": departements.label(row["departement"])} if row.get("departement") else {}
    urls = [urlparse(u).path.lstrip("/") for u in hosted.evaluate(PAGEFIND_QUERY, [row["requete"], filters])]
    assert site_path(row["page"], offline=False) in urls[: wanted_rank(row)], urls[:5]


# --- offline edition: Material's search from file:// ------------------------------------------

OFFLINE_ROWS = [row for row in ROWS if not row.get("departement")]  # no filters in Material's search


@pytest.fixture(scope="module")
def offline(browser, offline_site):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    yield page
    context.close()


def offline_search(page, home: str, query: str) -> list[str]:
    page.goto(home)
    page.locator(".md-search__input").first.click()
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    page.wait_for_timeout(300)
    links = page.locator(".md-search-result__item > .md-search-result__link").evaluate_all(
        "links => links.map(a => a.href)")
    return [link.split("#")[0].split("?")[0] for link in links]


@pytest.mark.parametrize("row", rows_for("hors-ligne", OFFLINE_ROWS))
def test_offline_edition(offline, offline_site, row):
    base = offline_site.as_uri() + "/"
    found = [link[len(base):] for link in offline_search(offline, base + "index.html", row["requete"]) if link.startswith(base)]
    assert site_path(row["page"], offline=True) in found[: wanted_rank(row)], found[:5]
