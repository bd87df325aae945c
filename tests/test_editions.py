"""Both editions in Chromium: the hosted one over http, the offline one from file://. Each follows menu
links, searches, filters the catalogue and opens a card PDF, and makes no request to another host."""
from __future__ import annotations

import re
import zipfile

import pytest

from conftest import copy_project, fabrique
from generator.editions import ZIP_PATH, deterministic_zip


@pytest.fixture(params=["en-ligne", "hors-ligne"])
def edition(request, browser, site_url, offline_site):
    """(page, home URL, address of a page from its path, the site's own prefix)."""
    context = browser.new_context(locale="fr-FR", accept_downloads=True)
    page = context.new_page()
    page.requests = []
    page.on("request", lambda r: page.requests.append(r.url))
    if request.param == "en-ligne":
        yield page, site_url + "/", (lambda path: f"{site_url}/{path}/"), site_url
    else:
        base = offline_site.as_uri()
        yield page, base + "/index.html", (lambda path: f"{base}/{path}.html"), base
    context.close()


def others(requests: list[str], prefix: str) -> list[str]:
    return [u for u in requests if not (u.startswith(prefix) or u.startswith(("data:", "blob:", "about:")))]


def test_menu_links_lead_to_pages(edition):
    page, home, _, prefix = edition
    page.goto(home)
    for tab, heading in (("Les 7 figures", "Les 7 figures"), ("Les 18 scénarios", "Les 18 scénarios"),
                         ("Animer un atelier", "Animer un atelier"), ("Expériences", "Fiches d'expérience")):
        page.locator(".md-tabs").get_by_role("link", name=tab).click()
        page.wait_for_load_state()
        assert page.get_by_role("heading", level=1).inner_text().startswith(heading), page.url
        assert "Index of" not in page.content()
    page.fill("#filtre-texte", "sarcelles")  # typed in the catalogue, which then lists that one sheet
    page.wait_for_function("document.querySelector('#fabrique-compte').textContent.startsWith('1 fiche')")
    page.locator("article").get_by_role("link", name=re.compile("Sarcelles")).first.click()
    assert page.get_by_role("heading", level=1).inner_text().rstrip("¶") == "Sarcelles, ville laboratoire du CCAS de 2050"
    assert others(page.requests, prefix) == []


def test_catalogue_filters_without_fetch(edition):
    page, _, address, prefix = edition
    page.goto(address("experiences/index") if "file:" in prefix else prefix + "/experiences/")
    page.wait_for_function("document.querySelector('#fabrique-compte').textContent.includes('fiche')")
    page.select_option("#filtre-departement", "95")
    page.wait_for_function("document.querySelector('#fabrique-compte').textContent.includes('Département')")
    assert page.locator("#fabrique-compte").inner_text() == "1 fiche pour Département : Val-d'Oise (95)."
    page.locator("#fabrique-resultats a").first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text().rstrip("¶") == "Sarcelles, ville laboratoire du CCAS de 2050"
    assert others(page.requests, prefix) == []


def test_search_and_card_pdf(edition):
    page, home, address, prefix = edition
    page.goto(home)
    if "file:" in prefix:
        page.locator(".md-search__input").first.click()
        page.keyboard.type("negociateur")
        page.wait_for_selector(".md-search-result__item")
        first = page.locator(".md-search-result__item > .md-search-result__link h1").first.inner_text()
    else:
        page.fill("#fabrique-recherche-q", "negociateur")
        page.keyboard.press("Enter")
        page.wait_for_selector("#fabrique-recherche-resultats li > a")
        first = page.locator("#fabrique-recherche-resultats li > a").first.inner_text()
    assert first == "Le négociateur éthique"
    page.goto(address("animer/index") if "file:" in prefix else prefix + "/animer/")
    link = page.get_by_role("link", name="Figures", exact=True)
    with page.expect_download() as download:
        link.click(modifiers=["Alt"])  # Alt+click: the browser saves the linked file
    saved = download.value.path()
    assert open(saved, "rb").read(5) == b"%PDF-"
    assert others(page.requests, prefix) == []


def test_offline_zip_is_offered_on_the_hosted_site(page, site_url, built_site):
    for path in ("/", "/animer/"):
        page.goto(site_url + path)
        link = page.get_by_role("link", name=re.compile("édition hors ligne"))
        assert link.is_visible()
        response = page.request.get(site_url + "/" + ZIP_PATH)
        assert response.ok and response.body()[:2] == b"PK"
    with zipfile.ZipFile(built_site / ZIP_PATH) as archive:
        names = archive.namelist()
    assert "fabrique-hors-ligne/index.html" in names
    assert "fabrique-hors-ligne/assets/vendor/iframe-worker/shim.js" in names
    assert not any(name.endswith(".zip") for name in names)


def test_no_page_refers_to_another_host_for_a_script(built_site, offline_site):
    for site in (built_site, offline_site):
        for html in site.rglob("*.html"):
            text = html.read_text(encoding="utf-8")
            assert "unpkg.com" not in text, html
            assert not re.search(r"<script[^>]+src=\"(?:https?:)?//", text), html


def test_zip_is_reproducible(tmp_path, offline_site):
    deterministic_zip(offline_site, tmp_path / "a.zip")
    deterministic_zip(offline_site, tmp_path / "b.zip")
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


def test_build_says_how_to_open_both_editions(tmp_path):
    project = copy_project(tmp_path / "projet")
    result = fabrique("--racine", str(project), "build", check=True)
    assert "Lancez « make serve » (ou « fabrique serve ») puis ouvrez http://127.0.0.1:8000/" in result.stdout
    offline_index = (project / "site-hors-ligne" / "index.html").resolve()
    assert f"ouvrez {offline_index.as_uri()} dans un navigateur" in result.stdout
    assert offline_index.is_file() and (project / "site" / ZIP_PATH).is_file()
    assert "ouvrez site/index.html" not in result.stdout


def test_composer_sheet_links_open_the_sheet(edition):
    """« Qui le fait déjà » in the composer leads to the sheet itself in both editions (never a folder)."""
    page, _, address, prefix = edition
    page.goto((address("composer/index") if "file:" in prefix else prefix + "/composer/") + "#radar.a1=")
    page.wait_for_function("document.querySelectorAll('#composer-plan a').length > 0")
    page.locator("#composer-plan a", has_text="Sarcelles").first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", level=1).inner_text().rstrip("¶") == "Sarcelles, ville laboratoire du CCAS de 2050"
    assert "Index of" not in page.content()
    assert others(page.requests, prefix) == []


def test_offline_edition_has_no_folder_links(offline_site):
    """From disk, a link to a folder shows a bare « Index of » listing: every link names a file."""
    folder_links = {}
    for html in offline_site.rglob("*.html"):
        for target in re.findall(r'href="([^"#:?]*/)"', html.read_text(encoding="utf-8")):
            folder_links.setdefault(target, html.relative_to(offline_site).as_posix())
    assert folder_links == {}, folder_links
