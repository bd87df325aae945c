"""axe-core in the real browser over one page of each kind: no serious or critical WCAG 2.1 A/AA
violation, and no request to another host."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from test_browser import only_local
from test_search_browser import hosted_search

PAGES = {
    "accueil": "/",
    "figure": "/figures/radar/",
    "scénario": "/scenarios/ccas-bar/",
    "fiche": "/experiences/sarcelles-ville-laboratoire/",
    "catalogue": "/experiences/",
    "démarche": "/demarche/ccas/",
    "composer": "/composer/",
    "animer": "/animer/",
}
OPTIONS = {
    "resultTypes": ["violations"],
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
}


def serious(results) -> list[str]:
    return [
        f"{violation['id']} ({violation['impact']}) : {violation['help']} — {[n['target'] for n in violation['nodes']][:3]}"
        for violation in results.response["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("kind", sorted(PAGES))
def test_page_has_no_serious_violation(page, site_url, kind):
    page.goto(site_url + PAGES[kind])
    page.wait_for_load_state("networkidle")
    assert serious(Axe().run(page, options=OPTIONS)) == []
    assert only_local(page.requests, site_url) == []


def test_search_results_have_no_serious_violation(page, site_url):
    """The hosted search page (Pagefind's interface, with its filters) and its results."""
    assert hosted_search(page, site_url, "isolement")
    assert serious(Axe().run(page, options=OPTIONS)) == []
    assert only_local(page.requests, site_url) == []
