"""The real build: `fabrique build` (MkDocs strict) on the repository's records."""
from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser

import yaml

from conftest import ROOT, copy_project, fabrique

FIGURE_SECTIONS = [
    "Et si demain…",
    "En bref",
    "Le constat de départ",
    "Deux scénarios pour 2050",
    "La finalité",
    "Les actions du CCAS",
    "Les nouveaux acteurs",
    "Les points de vigilance",
    "Le portrait joué au Mans (2020)",
    "Les scénarios d'atelier liés",
    "Ils le font déjà",
]
SCENARIO_SECTIONS = ["Le scénario", "Nouveaux lieux", "Nouveaux rôles", "Les figures qu'il illustre", "Sa thématique d'atelier"]


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def records(folder: str) -> list[dict]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((ROOT / folder).glob("*.yml"))]


def test_every_figure_page_has_every_part(built_site):
    figures = records("figures")
    assert len(figures) == 7
    for figure in figures:
        html = (built_site / "figures" / figure["id"] / "index.html").read_text(encoding="utf-8")
        text = text_of(html)
        assert figure["titre"] in text
        for section in FIGURE_SECTIONS:
            assert section in text, (figure["id"], section)
        for augmente in figure["scenarios_augmentes"]:
            assert augmente["titre"] in text
        for acteur in figure["nouveaux_acteurs"]:
            assert acteur["role"] in text
        assert figure["portrait_le_mans"]["titre"] in text
        assert f"page {figure['page']}" in text
        assert figure["question"].split("…")[-1].strip()[:40] in text


def test_every_scenario_page_links_back_to_its_figures(built_site):
    scenarios = records("scenarios")
    assert len(scenarios) == 18
    for scenario in scenarios:
        html = (built_site / "scenarios" / scenario["id"] / "index.html").read_text(encoding="utf-8")
        text = text_of(html)
        assert scenario["titre"] in text
        for section in SCENARIO_SECTIONS:
            assert section in text, (scenario["id"], section)
        for lien in scenario["figures"]:
            assert f'href="../../figures/{lien["id"]}/"' in html


def test_home_has_three_doors(built_site):
    text = text_of((built_site / "index.html").read_text(encoding="utf-8"))
    for door in ("Élu·e : découvrir les 7 figures", "Animer un atelier", "Partager une expérience"):
        assert door in text


def test_footer_credits_the_manual_not_the_theme(built_site):
    for page in (built_site / "index.html", built_site / "experiences" / "sarcelles-ville-laboratoire" / "index.html"):
        text = text_of(page.read_text(encoding="utf-8"))
        assert "Made with" not in text and "Material for MkDocs" not in text
        assert "Textes reformulés d'après le manuel « Fabriquer l'action sociale de demain » (UNCCAS, 2020)." in text


def test_sheet_page_shows_the_departement_by_name_and_number(built_site):
    page = built_site / "experiences" / "sarcelles-ville-laboratoire" / "index.html"
    assert "Sarcelles · Val-d'Oise (95)" in text_of(page.read_text(encoding="utf-8"))


def test_nav_lists_every_figure_and_scenario():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for folder in ("figures", "scenarios"):
        for path in sorted((ROOT / folder).glob("*.yml")):
            assert f"{folder}/{path.stem}.md" in config, f"{folder}/{path.stem}.md manque dans la navigation (mkdocs.yml)"


def test_french_search_and_no_remote_fonts():
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"language: fr", config)  # <html lang="fr">: Pagefind indexes the hosted site in French
    offline = (ROOT / "mkdocs-hors-ligne.yml").read_text(encoding="utf-8")
    assert re.search(r"- search:\n\s+lang: fr", offline)  # Material's search, offline edition
    assert "font: false" in config


def test_site_loads_nothing_from_other_hosts(built_site):
    offenders = []
    for page in built_site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for match in re.finditer(r'<(?:script|link|img|iframe|source)[^>]+(?:src|href)="(https?:)?//([^"]+)"', html):
            offenders.append((page.relative_to(built_site).as_posix(), match.group(0)[:120]))
    assert offenders == []


def test_plain_mkdocs_build_works_after_generate(tmp_path):
    project = copy_project(tmp_path / "projet")
    fabrique("--racine", str(project), "generate", check=True)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "out")],
        cwd=project, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "figures" / "radar" / "index.html").exists()


def test_failed_build_keeps_previous_site(tmp_path):
    project = copy_project(tmp_path / "projet")
    fabrique("--racine", str(project), "build", check=True)
    marker = project / "site" / "index.html"
    before = marker.read_bytes()
    (project / "docs" / "a-propos.md").write_text("[lien cassé](nulle-part.md)\n", encoding="utf-8")
    result = fabrique("--racine", str(project), "build")
    assert result.returncode == 1
    assert "la construction MkDocs a échoué" in result.stderr
    assert "Le site précédent est conservé tel quel" in result.stderr
    assert marker.read_bytes() == before
    assert not list(project.glob(".site-*"))
