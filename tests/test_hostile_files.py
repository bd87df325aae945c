"""Class 2 — files outside the project. fabrique finds its project like git, writes only into its own
generated folders, and never follows a symbolic link, neither in record folders nor under docs/."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from conftest import SAMPLES, fabrique


@pytest.fixture
def project(tmp_path) -> Path:
    project = tmp_path / "projet"
    shutil.copytree(SAMPLES, project)
    (project / "docs").mkdir()
    (project / "docs" / "index.md").write_text("# Accueil\n", encoding="utf-8")
    return project


@pytest.fixture
def outside(tmp_path) -> Path:
    """A folder that is not the project's, with a file that must survive."""
    folder = tmp_path / "ailleurs"
    folder.mkdir()
    (folder / "precieux.md").write_text("à garder\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("generated", ["experiences", "figures", "scenarios", "themes", "ateliers", "cartes"])
def test_generated_folder_that_is_a_link_is_refused(project, outside, generated):
    os.symlink(outside, project / "docs" / generated)
    result = fabrique("--racine", str(project), "generate")
    assert result.returncode == 1
    assert f"« docs/{generated} » est un lien symbolique" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in outside.iterdir()) == ["precieux.md"]


def test_link_inside_a_generated_folder_is_refused(project, outside):
    fabrique("--racine", str(project), "generate", check=True)
    os.symlink(outside / "precieux.md", project / "docs" / "figures" / "vieux.md")
    os.symlink(outside, project / "docs" / "scenarios" / "sous-dossier")
    result = fabrique("--racine", str(project), "generate")
    assert result.returncode == 1 and "est un lien symbolique" in result.stderr
    assert (outside / "precieux.md").read_text(encoding="utf-8") == "à garder\n"


def test_docs_that_is_a_link_is_refused(project, outside):
    shutil.rmtree(project / "docs")
    os.symlink(outside, project / "docs")
    result = fabrique("--racine", str(project), "generate")
    assert result.returncode == 1 and "« docs » est un lien symbolique" in result.stderr
    assert sorted(p.name for p in outside.iterdir()) == ["precieux.md"]


def test_site_that_is_a_link_is_refused(project, outside):
    os.symlink(outside, project / "site")
    result = fabrique("--racine", str(project), "build")
    assert result.returncode == 1 and "« site » est un lien symbolique" in result.stderr
    assert sorted(p.name for p in outside.iterdir()) == ["precieux.md"]


def test_outside_a_project_nothing_is_written_or_deleted(outside):
    docs = outside / "docs" / "figures"
    docs.mkdir(parents=True)
    (docs / "a-garder.md").write_text("x\n", encoding="utf-8")
    for command in ("generate", "build", "check", "search"):
        args = [command, "x"] if command == "search" else [command]
        result = fabrique(*args, cwd=outside)
        assert result.returncode == 1, command
        assert "aucun projet trouvé" in result.stderr and "mkdocs.yml" in result.stderr
    assert (docs / "a-garder.md").read_text(encoding="utf-8") == "x\n"
    assert sorted(p.name for p in outside.iterdir()) == ["docs", "precieux.md"]


def test_racine_must_be_a_project(outside):
    result = fabrique("--racine", str(outside), "generate")
    assert result.returncode == 1
    assert f"« {outside} » n'est pas le dossier d'un projet" in result.stderr


def test_project_is_found_from_a_subfolder_like_git(project):
    expected = fabrique("--racine", str(project), "check")
    from_below = fabrique("check", cwd=project / "experiences")
    assert from_below.returncode == expected.returncode == 0
    assert from_below.stdout == expected.stdout
    assert from_below.stdout.startswith(f"{len(list(project.glob('*/*.yml')))} fiches vérifiées")


@pytest.mark.parametrize("target", ["/dev/zero", "/proc/self/environ", "/etc/hostname", "../figures/radar.yml"])
def test_record_file_that_is_a_link_is_not_read(project, target):
    link = project / "experiences" / "lien.yml"
    os.symlink(target, link)
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1
    assert "experiences/lien.yml:1:1: « lien.yml » est un lien symbolique : fabrique ne suit pas les liens." in result.stdout
    if target.startswith("/proc") or target.startswith("/etc"):
        secret = Path(target).read_bytes()[:40].decode("utf-8", "replace")
        assert secret.strip("\x00") == "" or secret not in result.stdout


def test_fifo_and_folders_in_record_folders_are_problems_not_hangs(project):
    os.mkfifo(project / "experiences" / "tube.yml")
    (project / "experiences" / "dossier.yml").mkdir()
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1
    assert "experiences/tube.yml:1:1: « tube.yml » n'est pas un fichier ordinaire" in result.stdout
    assert "experiences/dossier.yml:1:1: « dossier.yml » est un dossier" in result.stdout
    search = fabrique("--racine", str(project), "search", "aidants")
    assert search.returncode == 0 and "Traceback" not in search.stderr


def test_record_read_is_bounded_even_if_the_file_grows(project):
    from generator.load import MAX_BYTES, read_record_bytes

    big = project / "experiences" / "gros.yml"
    big.write_bytes(b"# " + b"x" * (MAX_BYTES + 10))
    assert "fichier trop gros" in read_record_bytes(big)


def test_explicit_path_through_a_link_is_reported_not_filtered(project, tmp_path):
    alias = tmp_path / "raccourci"
    os.symlink(project / "experiences", alias)
    sheet = project / "experiences" / "cafe-des-aidants.yml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("titre:", "titr:", 1), encoding="utf-8")
    result = fabrique("--racine", str(project), "check", str(alias / "cafe-des-aidants.yml"))
    assert result.returncode == 1
    assert "lien symbolique" in result.stdout
