"""Site search in a real browser: queries written from the handbook's vocabulary land on the right pages."""
from __future__ import annotations

import pytest

from test_browser import only_local

# query → title expected among the first results (the first one when `first` is True)
QUERIES = [
    ("veilleur", "Le CCAS radar", False),
    ("colocation", "Maison universelle", False),
    ("café", "CCAS'BAR", False),
    ("café", "Le CCAS programmateur de convivialités", False),
    ("cirque", "Le CCAS programmateur de convivialités", True),
    ("THEMIS", "Le CCAS radar", True),
    ("hospitalisation", "Tournée sociale", True),
    ("ULUX", "Les bienveilleurs", True),
    ("nutrimètre", "La Taxe sur les Produits Ultra-Transformés (TPUT)", True),
    ("négociateur", "Le négociateur éthique", True),
    ("Sarcelles", "Sarcelles, ville laboratoire du CCAS de 2050", True),
    ("aidant", "Un voyage pour l’aidant familial et la personne aidée", False),
    ("épicerie", "Le petit chariot : épicerie solidaire intercommunale itinérante", False),
    ("Tourcoing", "Point Conseil Budget de Tourcoing", True),
    ("jurisprudence", "Le Conseil constitutionnel social local", True),
]


@pytest.mark.parametrize("elided", ["l'isolement", "l’isolement", "d'isolement"])
def test_french_elisions(page, site_url, elided):
    """« l'isolement », with either apostrophe, finds what « isolement » finds."""
    assert search(page, site_url, elided)[:5] == search(page, site_url, "isolement")[:5]


def search(page, site_url, query: str) -> list[str]:
    page.goto(site_url + "/")
    page.locator(".md-search__input").first.click()
    page.keyboard.type(query)
    page.wait_for_selector(".md-search-result__item")
    page.wait_for_timeout(300)
    return [t.strip() for t in page.locator(".md-search-result__item > .md-search-result__link h1").all_inner_texts()]


@pytest.mark.parametrize("query,expected,first", QUERIES)
def test_query_finds_the_page(page, site_url, query, expected, first):
    titles = search(page, site_url, query)
    if first:
        assert titles[0] == expected, titles
    else:
        assert expected in titles[:5], titles
    assert only_local(page.requests, site_url) == []


def test_results_show_the_kind_of_page(page, site_url):
    search(page, site_url, "ULUX")
    first = page.locator(".md-search-result__item").first
    assert "Scénario d'atelier" in first.locator(".md-tag").all_inner_texts()
