"""The check cache (.cache/fabrique/controle/controle.sqlite): a second check, on one core or on several, says
exactly what the first said; a changed sheet is checked again; a damaged cache is ignored."""
from __future__ import annotations

import shutil
import sys

from conftest import ROOT, copy_project, fabrique

sys.path.insert(0, str(ROOT))
from bench.synthetic import write_sheets  # noqa: E402

INVALID = ROOT / "tests" / "invalid"


def project_with_problems(tmp_path, sheets: int):
    project = copy_project(tmp_path / "projet")
    write_sheets(project / "experiences", sheets)
    for name in ("champ-inconnu", "cle-en-double", "ancre-et-alias", "donnees-personnelles", "pas-en-utf8"):
        shutil.copy(INVALID / "scenarios" / f"{name}.yml", project / "scenarios" / f"{name}.yml")
    return project


def check(project):
    result = fabrique("--racine", str(project), "check")
    return result.returncode, result.stdout


def test_cached_check_says_the_same_on_several_cores(tmp_path):
    project = project_with_problems(tmp_path, 250)  # over the threshold: parsed by worker processes
    cold = check(project)
    assert cold[0] == 1
    assert "scenarios/cle-en-double.yml:" in cold[1] and "apparaît deux fois" in cold[1]
    assert "scenarios/donnees-personnelles.yml:" in cold[1] and "numéro de téléphone" in cold[1]
    assert (project / ".cache" / "fabrique" / "controle" / "controle.sqlite").is_file()
    assert check(project) == cold


def test_changed_sheet_is_checked_again(tmp_path):
    project = project_with_problems(tmp_path, 3)
    before = check(project)
    sheet = project / "experiences" / "synthetique-00001.yml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("origine: structure", "origine: ailleurs"), encoding="utf-8")
    code, output = check(project)
    assert code == 1
    new = [line for line in output.splitlines() if line not in before[1].splitlines() and ".yml:" in line]
    assert len(new) == 1 and new[0].startswith("experiences/synthetique-00001.yml:4:10: « origine » vaut le texte « ailleurs »")


def test_damaged_cache_is_ignored(tmp_path):
    project = project_with_problems(tmp_path, 3)
    cold = check(project)
    database = project / ".cache" / "fabrique" / "controle" / "controle.sqlite"
    database.write_bytes(b"pas une base SQLite" * 100)
    assert check(project) == cold
    assert check(project) == cold


def entries(project) -> int:
    import sqlite3

    database = project / ".cache" / "fabrique" / "controle" / "controle.sqlite"
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT count(*) FROM results").fetchone()[0]
    finally:
        connection.close()


def test_workers_that_cannot_write_the_cache_hand_it_over(tmp_path, monkeypatch):
    """Workers write the entries they compute; when they cannot, the main process writes them: the cache
    is as full, and the cached check says the same, either way."""
    from generator import check as checking
    from generator import check_store
    from generator.project import Project

    project = project_with_problems(tmp_path, 250)
    cold = check(project)
    full = entries(project)
    assert full == sum(len(list((project / folder).glob("*.yml")))
                       for folder in ("experiences", "figures", "scenarios", "themes", "ateliers"))  # one per file
    shutil.rmtree(project / ".cache")
    monkeypatch.setattr(check_store, "add", lambda database, new: False)  # inherited by the forked workers
    _, problems, _ = checking.check_project_counted(Project.at(project))
    assert entries(project) == full
    assert check(project) == cold
