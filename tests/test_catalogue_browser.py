"""The experience catalogue on the real base, in a real browser: filters that combine, a count on every
choice (given the other filters), no choice that gives nothing, words typed without accents, and a
phone layout whose first screen shows results. Expected sheets are computed from the YAML records."""
from __future__ import annotations

import re
import unicodedata

import yaml

from conftest import ROOT
from test_browser import only_local


def sheets() -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((ROOT / "experiences").glob("*.yml"))]


def field(sheet: dict, name: str):
    return {"themes": sheet["themes"], "departement": sheet["structure"].get("departement", ""),
            "figures": [lien["id"] for lien in sheet.get("figures", [])], "publics": sheet.get("publics", []),
            "type": sheet["structure"]["type"], "origine": sheet["origine"]}[name]


def matching(filters: dict[str, str]) -> set[str]:
    found = set()
    for sheet in sheets():
        if all(value in field(sheet, name) if isinstance(field(sheet, name), list) else field(sheet, name) == value
               for name, value in filters.items()):
            found.add(sheet["titre"])
    return found


def shown_titles(page) -> set[str]:
    return set(page.locator("#fabrique-resultats li > a").all_inner_texts())


def wait_for_count(page, text: str):
    page.wait_for_function("t => document.querySelector('#fabrique-compte').textContent.includes(t)", arg=text)


def test_two_filters_give_the_expected_sheets_with_counts_on_each_choice(page, site_url):
    page.goto(site_url + "/experiences/")
    total = len(sheets())
    wait_for_count(page, f"{total} fiches")
    assert page.get_by_role("button", name="Afficher plus de fiches").is_visible()  # more than 50 sheets
    page.select_option("#filtre-theme", "alimentation")
    expected = matching({"themes": "alimentation"})
    wait_for_count(page, f"{len(expected)} fiche")
    assert shown_titles(page) == expected
    # every département offered gives at least one sheet about food, and says how many
    for option in page.locator("#filtre-departement option").all():
        value, label = option.get_attribute("value"), option.inner_text()
        if not value:
            assert label == f"Tous ({len(expected)})"
            continue
        count = int(re.search(r"\((\d+)\)$", label).group(1))
        assert count == len(matching({"themes": "alimentation", "departement": value})) > 0, label
    page.select_option("#filtre-departement", "33")
    both = matching({"themes": "alimentation", "departement": "33"})
    assert "Distribution de colis alimentaire" in both
    wait_for_count(page, "Département : Gironde (33)")
    assert shown_titles(page) == both
    assert "Gironde (33)" in page.locator("#fabrique-resultats li").first.inner_text()
    assert "theme=alimentation" in page.url and "departement=33" in page.url
    page.reload()  # the address keeps the filters
    wait_for_count(page, "Département : Gironde (33)")
    assert shown_titles(page) == both
    page.get_by_role("button", name="Effacer les filtres").click()
    wait_for_count(page, f"{total} fiches.")
    assert only_local(page.requests, site_url) == []


def test_no_choice_gives_nothing(page, site_url):
    page.goto(site_url + "/experiences/?figure=radar")
    wait_for_count(page, "Figure du CCAS de 2050")
    for select in ("theme", "departement", "public", "type", "origine"):
        for label in page.locator(f"#filtre-{select} option").all_inner_texts():
            assert not label.endswith("(0)"), (select, label)


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold()


def test_words_typed_without_accents(page, site_url):
    page.goto(site_url + "/experiences/")
    page.fill("#filtre-texte", "EPICERIE")
    expected = {s["titre"] for s in sheets() if "epicerie" in fold(" ".join([s["titre"], s["chapo"]]))}
    assert len(expected) >= 3
    wait_for_count(page, "« EPICERIE »")
    assert expected <= shown_titles(page)


def test_phone_first_screen_shows_results(browser, site_url):
    context = browser.new_context(locale="fr-FR", viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.goto(site_url + "/experiences/")
    wait_for_count(page, "fiches")
    assert not page.locator("#filtre-theme").is_visible()  # filters folded behind one button
    first = page.locator("#fabrique-resultats li > a").first.bounding_box()
    assert first and first["y"] + first["height"] < 844
    page.get_by_text("Filtrer les fiches").click()
    page.select_option("#filtre-theme", "bien-vieillir")
    wait_for_count(page, "Thème : Bien-vieillir")
    assert page.locator("summary").inner_text() == "Filtrer les fiches (1 filtre actif)"
    context.close()
