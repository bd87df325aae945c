"""`fabrique generate`: golden pages for the sample corpus, writes only what changed, never touches
hand-written pages, writes nothing when the check fails; record text cannot inject markup."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, fabrique

GOLDEN = ROOT / "tests" / "golden"


@pytest.fixture
def sample_project(tmp_path) -> Path:
    project = tmp_path / "projet"
    shutil.copytree(SAMPLES, project)
    (project / "docs").mkdir(exist_ok=True)
    (project / "docs" / "index.md").write_text("# Page écrite à la main\n", encoding="utf-8")
    return project


def generated_files(project: Path) -> dict[str, str]:
    docs = project / "docs"
    return {
        p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(docs.rglob("*"))
        if p.is_file() and p.relative_to(docs).parts[0] not in ("index.md", "cartes")
    }


def test_golden_pages(sample_project):
    fabrique("--racine", str(sample_project), "generate", check=True)
    produced = generated_files(sample_project)
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, text in produced.items():
            (GOLDEN / name).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / name).write_text(text, encoding="utf-8")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8") for p in sorted(GOLDEN.rglob("*")) if p.is_file()}
    assert sorted(produced) == sorted(expected)
    for name in expected:
        assert produced[name] == expected[name], f"la page {name} a changé (UPDATE_GOLDEN=1 pour la régénérer après relecture)"


def test_rewrites_only_changed_pages_and_removes_stale_ones(sample_project):
    first = fabrique("--racine", str(sample_project), "generate", check=True)
    assert "0 inchangée" in first.stdout
    second = fabrique("--racine", str(sample_project), "generate", check=True)
    assert second.stdout.strip().startswith("Pages générées : 0 écrite,")
    scenario = sample_project / "scenarios" / "tournee-sociale.yml"
    scenario.write_text(scenario.read_text(encoding="utf-8").replace("Tournée sociale", "Tournée sociale du soir"), encoding="utf-8")
    third = fabrique("--racine", str(sample_project), "generate", check=True)
    # the scenario page and the pages that list it (its figure, its theme, its workshop, the scenario index),
    # and the five card files that show its title (workshop kit, all cards, scenario cards, A6 cards, and the
    # theme cards, which list their scenarios)
    assert third.stdout.strip() == "Pages générées : 10 écrites, 14 inchangées, 0 supprimée."
    scenario.unlink()
    fourth = fabrique("--racine", str(sample_project), "generate", check=True)
    assert "1 supprimée" in fourth.stdout
    assert not (sample_project / "docs" / "scenarios" / "tournee-sociale.md").exists()
    assert (sample_project / "docs" / "index.md").read_text(encoding="utf-8") == "# Page écrite à la main\n"


def test_failed_check_writes_nothing(sample_project):
    fabrique("--racine", str(sample_project), "generate", check=True)
    before = generated_files(sample_project)
    figure = sample_project / "figures" / "radar.yml"
    figure.write_text(figure.read_text(encoding="utf-8").replace("titre: Le CCAS radar", "titre: Le CCAS radar modifié\ntitre: doublon"), encoding="utf-8")
    result = fabrique("--racine", str(sample_project), "generate")
    assert result.returncode == 1
    assert "figures/radar.yml:5:1: le champ « titre » apparaît deux fois (déjà ligne 4)" in result.stderr
    assert "Rien n'a été écrit" in result.stderr
    assert generated_files(sample_project) == before


PAYLOADS = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "[clic](javascript:alert(1))",
    "[clic](data:text/html;base64,PHNjcmlwdD4=)",
    "![image](https://example.org/pixel.png)",
    "Texte { onclick=alert(1) }",
    "{{ config }} {% for x in y %}",
]


def test_record_text_stays_inert(sample_project):
    scenario = sample_project / "scenarios" / "ccas-bar.yml"
    text = scenario.read_text(encoding="utf-8")
    payload = " ".join(PAYLOADS).replace('"', "'")
    text = text.replace("resume: Un café où l'on croise les agents du CCAS.", f'resume: "{payload}"')
    scenario.write_text(text, encoding="utf-8")
    fabrique("--racine", str(sample_project), "generate", check=True)
    page = (sample_project / "docs" / "scenarios" / "ccas-bar.md").read_text(encoding="utf-8")
    assert "<script>" not in page and "<img" not in page
    # brackets and bangs are escaped (« \\] », « \\! »): the words stay, as text, never a link or an image
    assert not re.search(r"(?<!\\)\]\((javascript|data):", page) and not re.search(r"(?<!\\)!\[", page)
    assert "\\[clic\\](javascript:alert(1))" in page
    assert "{ onclick" not in page
    assert "&lt;script&gt;" in page
    assert "{{ config }}" not in page and "&#123;&#123; config &#125;&#125;" in page
