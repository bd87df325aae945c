"""`fabrique check` reads the front matter of every hand-written page, as MkDocs would, and says in
French which file and line are wrong — MkDocs itself would silently show the block as text."""
from __future__ import annotations

import pytest

from conftest import copy_project, fabrique

CASES = {
    "colon": ("---\ntitle: Qu'est-ce qu'un CCAS ?\ndescription: Le CCAS en bref : son histoire.\n---\n\n# Titre\n",
              "docs/demarche/ccas.md:3:30: en-tête de la page (front matter) : syntaxe YAML invalide : deux-points « : » inattendu."),
    "unclosed": ("---\ntitle: Sans fin\n\n# Titre\n",
                 "docs/demarche/ccas.md:1:1: l'en-tête de la page (front matter) commence par « --- » mais n'est jamais refermé"),
    "list": ("---\n- title\n- description\n---\n\n# Titre\n",
             "docs/demarche/ccas.md:2:1: l'en-tête de la page (front matter) doit être une suite de champs"),
    "number": ("---\ntitle: 2050\n---\n\n# Titre\n",
               "docs/demarche/ccas.md:2:1: « title » doit être un texte : mettez la valeur entre guillemets."),
    "tab": ("---\ntitle: Bien\n\tdescription: tabulée\n---\n",
            "docs/demarche/ccas.md:3:"),
}


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return copy_project(tmp_path_factory.mktemp("projet"))


def test_every_hand_written_page_of_the_repository_parses(project):
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("name", CASES)
def test_broken_front_matter_is_reported_with_file_and_line(project, name):
    page = project / "docs" / "demarche" / "ccas.md"
    original = page.read_text(encoding="utf-8")
    text, expected = CASES[name]
    page.write_text(text, encoding="utf-8")
    try:
        result = fabrique("--racine", str(project), "check")
        build = fabrique("--racine", str(project), "generate")
    finally:
        page.write_text(original, encoding="utf-8")
    assert result.returncode == 1
    assert expected in result.stdout, result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert build.returncode == 1  # nothing is written from a project with a broken page


def test_generated_pages_are_not_read_as_hand_written(project):
    (project / "docs" / "figures").mkdir(exist_ok=True)
    (project / "docs" / "figures" / "brouillon.md").write_text("---\ntitle: a: b\n---\n", encoding="utf-8")
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 0, result.stdout
