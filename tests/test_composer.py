"""« Composer mon CCAS » in the real browser: pick, annotate, reload from the address, print, export,
import, from a server and from file://, by keyboard, and axe-core."""
from __future__ import annotations

import io
import json
from urllib.parse import unquote

import yaml
from axe_playwright_python.sync_playwright import Axe
from pypdf import PdfReader

from conftest import ROOT
from test_accessibility import OPTIONS, serious
from test_browser import only_local


def record(kind: str, name: str) -> dict:
    return yaml.safe_load((ROOT / kind / f"{name}.yml").read_text(encoding="utf-8"))


RADAR = record("figures", "radar")
CONVIVIALITES = record("figures", "programmateur-convivialites")
PICKS = {
    "radar.a1": RADAR["actions"][0],
    "radar.r2": f"{RADAR['nouveaux_acteurs'][1]['role']} : {RADAR['nouveaux_acteurs'][1]['mission']}",
    "programmateur-convivialites.v1": CONVIVIALITES["points_de_vigilance"][0],
}
NOTES = {"radar.a1": "Commencer par le quartier nord", "programmateur-convivialites.v1": "En parler au conseil d'administration"}


def words(text: str) -> str:
    return " ".join(text.replace("’", "'").split())


def pick(page, ingredient: str) -> None:
    figure = ingredient.split(".")[0]
    summary = page.locator(f"details:has([id='choix-{ingredient}']) > summary")
    if page.locator(f"details:has([id='choix-{ingredient}'])").get_attribute("open") is None:
        summary.click()
    page.locator(f"[id='choix-{ingredient}']").check()
    assert figure


def compose(page, url: str) -> None:
    page.goto(url)
    for ingredient in PICKS:
        pick(page, ingredient)
    page.fill("#composer-nom", "CCAS de Sainte-Exemple")
    for ingredient, note in NOTES.items():
        page.fill(f"[id='note-{ingredient}']", note)


def plan_text(page) -> str:
    page.wait_for_function("document.getElementById('composer-plan').textContent.trim().length > 0")
    return words(page.locator("#composer-plan").inner_text())


def test_pick_three_from_two_figures_reload_from_the_address_and_print(page, site_url):
    compose(page, site_url + "/composer/")
    assert page.locator("#composer-etat").inner_text() == "3 ingrédients choisis."
    address = page.url
    assert "#" in address and all(ingredient in unquote(address) for ingredient in PICKS)

    fresh = page.context.new_page()
    fresh.goto(address)
    for ingredient in PICKS:
        assert fresh.locator(f"[id='choix-{ingredient}']").is_checked()
    for ingredient, note in NOTES.items():
        assert fresh.locator(f"[id='note-{ingredient}']").input_value() == note
    assert fresh.locator("#composer-nom").input_value() == "CCAS de Sainte-Exemple"
    text = plan_text(fresh)
    for ingredient_text in PICKS.values():
        assert words(ingredient_text) in text
    # « qui le fait déjà » : the real sheet linked to the radar figure, not the invented examples
    assert "Sarcelles, ville laboratoire du CCAS de 2050" in text
    assert "CCAS de Sarcelles" in text
    assert fresh.get_by_role("link", name="Sarcelles, ville laboratoire du CCAS de 2050").get_attribute("href") == "../experiences/sarcelles-ville-laboratoire/"

    reader = PdfReader(io.BytesIO(fresh.pdf(format="A4")))
    assert 1 <= len(reader.pages) <= 2
    printed = words(" ".join(p.extract_text() for p in reader.pages))
    for ingredient_text in PICKS.values():
        assert words(ingredient_text) in printed
    for note in NOTES.values():
        assert note in printed
    assert "CCAS de Sainte-Exemple" in printed or "CCAS de Sainte-Exemple" in words(fresh.locator("#composer-nom").input_value())
    assert "Les ingrédients des 7 figures" not in printed  # the chooser stays on screen
    assert only_local(page.requests, site_url) == []
    fresh.close()


def test_export_then_import_gives_the_same_plan(page, site_url, tmp_path):
    compose(page, site_url + "/composer/")
    with page.expect_download() as download:
        page.click("#composer-exporter")
    saved = tmp_path / "plan.json"
    download.value.save_as(saved)
    plan = json.loads(saved.read_text(encoding="utf-8"))
    assert plan["format"] == "fabrique-composer" and plan["nom"] == "CCAS de Sainte-Exemple"
    assert [item["id"] for item in plan["ingredients"]] == ["programmateur-convivialites.v1", "radar.a1", "radar.r2"]
    assert {item["id"]: item["note"] for item in plan["ingredients"] if item["note"]} == NOTES

    page.click("#composer-vider")
    assert page.locator("#composer-etat").inner_text() == "Aucun ingrédient choisi."
    assert page.locator("#fabrique-composer input[type=checkbox]:checked").count() == 0
    page.set_input_files("#composer-importer", str(saved))
    page.wait_for_function("document.querySelectorAll('#fabrique-composer input[type=checkbox]:checked').length === 3")
    assert page.locator("#composer-etat").inner_text() == "Plan ouvert : 3 ingrédients choisis."
    assert page.locator("[id='note-radar.a1']").input_value() == NOTES["radar.a1"]

    wrong = tmp_path / "autre.json"
    wrong.write_text('{"titre": "pas un plan"}', encoding="utf-8")
    page.set_input_files("#composer-importer", str(wrong))
    page.wait_for_function("document.getElementById('composer-etat').textContent.indexOf('pas un plan') !== -1")
    assert page.locator("#fabrique-composer input[type=checkbox]:checked").count() == 3


def test_works_from_a_file_without_a_server(browser, built_site):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((built_site / "composer" / "index.html").as_uri())
    assert page.locator("details.composer-figure").count() == 7
    pick(page, "radar.a1")
    assert words(RADAR["actions"][0]) in plan_text(page)
    # Material's own search does not run from file:// (the offline edition handles it); nothing else fails
    assert [error for error in errors if "search" not in error] == []
    context.close()


def test_keyboard_alone_picks_an_ingredient(page, site_url):
    page.goto(site_url + "/composer/")
    first = page.locator("details.composer-figure > summary").first
    first.focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.id")
    assert focused.startswith("choix-programmateur-convivialites.a1")
    page.keyboard.press("Space")
    assert page.locator("#composer-etat").inner_text() == "1 ingrédient choisi."
    assert page.get_by_label("Ma note sur cet ingrédient").count() == 1


def test_no_serious_accessibility_violation_with_a_plan(page, site_url):
    compose(page, site_url + "/composer/")
    assert serious(Axe().run(page, options=OPTIONS)) == []


def test_figures_index_and_home_link_to_the_composer(page, site_url):
    for path in ("/figures/", "/"):
        page.goto(site_url + path)
        page.locator(".md-content a[href$='composer/']").first.click()
        page.wait_for_url("**/composer/")
        assert page.title().startswith("Composer mon CCAS")
