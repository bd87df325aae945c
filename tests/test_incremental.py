"""`fabrique generate` after a change, with the caches of the previous run (rendered sheet pages, card
PDFs, check results), writes exactly the pages a generation from empty caches writes: byte for byte,
whatever changed (a sheet's title shown on the pages that list it as related, a figure's title shown
on every sheet that illustrates it, a sheet's themes, which change its related sheets)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import copy_project, fabrique

GENERATED = ("experiences", "figures", "scenarios", "themes", "ateliers", "cartes")  # the git-ignored folders


def generated(project: Path) -> dict[str, bytes]:
    docs = project / "docs"
    return {p.relative_to(docs).as_posix(): p.read_bytes()
            for folder in GENERATED for p in sorted((docs / folder).rglob("*")) if p.is_file()}


def generate(project: Path) -> str:
    return fabrique("--racine", str(project), "generate", check=True).stdout


def assert_same_as_from_scratch(project: Path, tmp_path: Path) -> dict[str, bytes]:
    incremental = generated(project)
    scratch = tmp_path / "de-zero"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(project, scratch, ignore=shutil.ignore_patterns(".cache"))
    for folder in GENERATED:
        shutil.rmtree(scratch / "docs" / folder, ignore_errors=True)
    generate(scratch)
    full = generated(scratch)
    assert sorted(incremental) == sorted(full)
    for name in full:
        assert incremental[name] == full[name], f"{name} diffère d'une génération à partir de caches vides"
    return incremental


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} absent de {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("incremental") / "projet")
    generate(project)
    assert (project / ".cache" / "fabrique" / "pages" / "pages.sqlite").is_file()
    return project


def related_pair(project: Path) -> tuple[str, str]:
    """A sheet (its id) whose page lists another sheet among its related sheets."""
    for page in sorted((project / "docs" / "experiences").glob("*.md")):
        section = page.read_text(encoding="utf-8").partition("## Fiches proches")[2]
        found = re.search(r"\]\(\.\./experiences/([a-z0-9-]+)\.md\)", section)
        if found and found.group(1) != page.stem:
            return page.stem, found.group(1)
    raise AssertionError("aucune fiche n'a de fiche proche")


def test_related_sheet_title(project, tmp_path):
    lister, listed = related_pair(project)
    sheet = project / "experiences" / f"{listed}.yml"
    title = re.search(r'^titre: "?(.+?)"?$', sheet.read_text(encoding="utf-8"), re.M).group(1)
    edit(sheet, title, f"{title} (titre changé)")
    output = generate(project)
    assert "0 supprimée" in output and "écrites" in output
    pages = assert_same_as_from_scratch(project, tmp_path)
    assert f"{title} (titre changé)" in pages[f"experiences/{lister}.md"].decode()


def test_figure_title(project, tmp_path):
    figure = sorted((project / "figures").glob("*.yml"))[0]
    title = re.search(r'^titre: "?(.+?)"?$', figure.read_text(encoding="utf-8"), re.M).group(1)
    edit(figure, title, f"{title} bis")
    generate(project)
    pages = assert_same_as_from_scratch(project, tmp_path)
    assert any(f"{title} bis" in text.decode() for name, text in pages.items() if name.startswith("experiences/"))


def test_sheet_themes_and_text(project, tmp_path):
    lister, listed = related_pair(project)
    sheet = project / "experiences" / f"{listed}.yml"
    text = sheet.read_text(encoding="utf-8")
    themes = re.search(r"^themes:\n((?:  - .+\n)+)", text, re.M)
    assert themes, f"pas de thèmes dans {sheet}"
    sheet.write_text(text.replace(themes.group(1), themes.group(1).splitlines(keepends=True)[0]), encoding="utf-8")
    generate(project)
    assert_same_as_from_scratch(project, tmp_path)
    assert generate(project).startswith("Pages générées : 0 écrite,")


def test_damaged_or_forged_page_cache(sample_copy, tmp_path):
    """A damaged cache is ignored (and replaced); a cache the repository carries is never read."""
    import sqlite3
    import subprocess

    generate(sample_copy)
    expected = generated(sample_copy)
    database = sample_copy / ".cache" / "fabrique" / "pages" / "pages.sqlite"
    database.write_bytes(b"pas une base SQLite" * 100)
    shutil.rmtree(sample_copy / "docs" / "experiences")
    generate(sample_copy)
    assert generated(sample_copy) == expected
    with sqlite3.connect(database) as connection:  # replaced by a sound one
        connection.execute("UPDATE pages SET page = 'Page forgée'")
    connection.close()
    git = ["git", "-C", str(sample_copy), "-c", "user.name=x", "-c", "user.email=x@example.org"]
    subprocess.run(git[:3] + ["init", "-q"], check=True)
    subprocess.run(git + ["add", "-f", "."], check=True)
    subprocess.run(git + ["commit", "-qm", "pull request"], check=True)
    shutil.rmtree(sample_copy / "docs" / "experiences")
    generate(sample_copy)
    assert generated(sample_copy) == expected
