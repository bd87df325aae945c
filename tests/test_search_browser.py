"""Site search in a real browser. Hosted edition: the header form leads to the search page (Pagefind),
with filters and clean snippets. Offline edition: Material's search, from file://. Relevance: test_relevance.py."""
from __future__ import annotations

import re

from test_browser import only_local


def hosted_search(page, site_url, query: str):
    page.goto(site_url + "/figures/")
    page.fill("#fabrique-recherche-q", query)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/recherche/\?q="))
    page.wait_for_selector(".pagefind-ui__result")
    page.wait_for_timeout(300)
    return page.locator(".pagefind-ui__result-title").all_inner_texts()


def test_header_form_finds_without_accents_or_case(page, site_url):
    found = [hosted_search(page, site_url, query)[:5] for query in ("epicerie", "Epicerie", "ÉPICERIE", "épicerie")]
    assert all(set(titles) == set(found[0]) for titles in found), found  # the same pages, however it is typed
    assert all("picerie" in titles[0].casefold() for titles in found)  # an épicerie sheet first
    assert hosted_search(page, site_url, "agees")
    excerpts = page.locator(".pagefind-ui__result-excerpt").all_inner_texts()
    assert excerpts and all(re.search(r"âg", excerpt, re.IGNORECASE) for excerpt in excerpts), excerpts
    assert only_local(page.requests, site_url) == []


def test_function_words_are_dropped_from_the_query(page, site_url):
    """« des », « du »… are on nearly every page, and at 10 000 sheets their index chunks are the
    largest a visitor would download (bench/search_bytes.py): the query drops them, so the same pages
    come; a query made of them alone is kept as typed."""
    plain = hosted_search(page, site_url, "isolement personnes agees")
    worded = hosted_search(page, site_url, "isolement des personnes agees")
    assert worded and worded == plain, (worded, plain)
    term = "query => window.FABRIQUE_PAGEFIND_TERM(query)"
    assert page.evaluate(term, "Gens du voyage à l’accueil de la ville") == "Gens voyage l’accueil ville"
    assert page.evaluate(term, "de la") == "de la"
    assert hosted_search(page, site_url, "des")


def test_listing_sections_and_metadata_are_not_indexed(page, site_url):
    """« Sarcelles » is named by one sheet (and the sources of the À propos page), not by every
    page that lists it among its related sheets; snippets never show the metadata panel."""
    titles = hosted_search(page, site_url, "Sarcelles")
    assert titles[0] == "Sarcelles, ville laboratoire du CCAS de 2050"
    assert len(titles) <= 2, titles
    hosted_search(page, site_url, "aidants")
    excerpts = " ".join(page.locator(".pagefind-ui__result-excerpt").all_inner_texts())
    assert "Structure :" not in excerpts and "Territoire :" not in excerpts


def test_filters_by_kind_theme_and_departement(page, site_url):
    hosted_search(page, site_url, "isolement")
    panel = page.locator(".pagefind-ui__filter-panel")
    for name in ("type", "thème", "département"):
        assert panel.get_by_text(name, exact=True).count() >= 1, name
    hrefs = "links => links.map(a => a.getAttribute('href'))"
    before = page.locator(".pagefind-ui__result-link").evaluate_all(hrefs)
    assert any("/experiences/" not in href for href in before), before  # figures and scenarios too
    page.get_by_label(re.compile(r"^Fiche d'expérience")).check()
    page.wait_for_timeout(500)
    kinds = page.locator(".pagefind-ui__result-link").evaluate_all(hrefs)
    assert kinds and all("/experiences/" in href for href in kinds), kinds


def test_offline_search_ignores_accents(browser, offline_site):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto((offline_site / "index.html").as_uri())
    page.locator(".md-search__input").first.click()
    page.keyboard.type("epicerie")
    page.wait_for_selector(".md-search-result__item")
    titles = page.locator(".md-search-result__item > .md-search-result__link h1").all_inner_texts()
    assert "picerie" in titles[0].casefold(), titles  # « épicerie », typed without its accent
    assert [url for url in requests if not url.startswith("file://")] == []
    context.close()
