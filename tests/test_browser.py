"""A real browser (Debian's chromium through Playwright) over the built site served on 127.0.0.1."""
from __future__ import annotations

import re


def only_local(requests: list[str], site_url: str) -> list[str]:
    return [url for url in requests if not (url.startswith(site_url) or url.startswith("data:") or url.startswith("blob:"))]


def test_home_door_leads_to_a_figure_with_all_sections(page, site_url):
    page.goto(site_url + "/")
    assert page.title() == "Accueil - Fabriquer l'action sociale de demain"
    page.get_by_role("link", name="Élu·e : découvrir les 7 figures").click()
    page.wait_for_url(re.compile(r"/figures/$"))
    assert page.get_by_role("heading", level=1).inner_text().startswith("Les 7 figures")
    page.locator("article").get_by_role("link", name="Le CCAS radar").first.click()
    page.wait_for_url(re.compile(r"/figures/radar/$"))
    headings = page.locator("article h2").all_inner_texts()
    for section in ("En bref", "Deux scénarios pour 2050", "La finalité", "Les actions du CCAS", "Les nouveaux acteurs",
                    "Les points de vigilance", "Le portrait joué au Mans (2020)", "Les scénarios d'atelier liés"):
        assert any(h.startswith(section) for h in headings), (section, headings)
    assert page.locator(".admonition.question").inner_text().count("Et si demain") >= 1
    assert only_local(page.requests, site_url) == []


def test_scenario_pages_by_workshop_and_theme(page, site_url):
    page.goto(site_url + "/scenarios/")
    page.locator(".tabbed-labels label", has_text="Par thématique").click()
    assert page.get_by_role("link", name="CCAS'BAR").first.is_visible()
    page.get_by_role("link", name="CCAS'BAR").first.click()
    page.wait_for_url(re.compile(r"/scenarios/ccas-bar/$"))
    assert page.get_by_role("link", name="Le CCAS programmateur de convivialités").first.is_visible()
    assert only_local(page.requests, site_url) == []

