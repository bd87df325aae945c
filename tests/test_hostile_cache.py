"""Class 3 — code execution from the repository. Caches and indexes hold data only, in the project's
git-ignored .cache/fabrique: a cache the repository carries is never read, and a pickle planted where the
caches really live never runs."""
from __future__ import annotations

import hashlib
import json
import os
import pickle
from pathlib import Path

import pytest

from conftest import fabrique
from generator import check_store, search
from generator.project import Project


class Planted:
    """A pickle that, when unpickled, creates a marker file (a stand-in for any command)."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


@pytest.fixture
def project(sample_copy) -> Path:
    return sample_copy


def cache_key(project: Path, kind: str, relative: str) -> str:
    return check_store.key_of(kind, relative, (project / relative).read_bytes())


def database(project: Path) -> Path:
    return Project.at(project).cache / "controle" / check_store.FILE_NAME


def put(project: Path, key: str, value) -> None:
    """An entry written straight into the check database, as a forger would."""
    import sqlite3

    path = database(project)
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, value))
    connection.close()


def plant_everywhere(project: Path, marker: Path) -> list[Path]:
    """A malicious pickle under every name a check cache or search index could be read from."""
    payload = pickle.dumps(Planted(marker))
    relative = "experiences/cafe-des-aidants.yml"
    key = cache_key(project, "experience", relative)
    old_key = hashlib.sha1(relative.encode()).hexdigest()
    cache = Project.at(project).cache
    places = [
        project / ".cache" / "fabrique" / "controle" / key[:2] / f"{key}.pickle",
        project / ".cache" / "fabrique" / "controle" / key[:2] / f"{key}.json",
        project / ".cache" / "fabrique" / "controle" / old_key[:2] / f"{old_key}.pickle",
        project / ".cache" / "fabrique" / search.INDEX_FOLDER / "_MAIN_1.toc",
        cache / "controle" / key[:2] / f"{key}.json",
        cache / "controle" / key[:2] / f"{key}.pickle",
        cache / "controle" / check_store.FILE_NAME,
    ]
    for place in places:
        place.parent.mkdir(parents=True, exist_ok=True)
        place.write_bytes(payload)
    return places


def test_planted_pickles_never_run_on_check(project, tmp_path):
    marker = tmp_path / "code-execute"
    plant_everywhere(project, marker)
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not marker.exists()
    assert result.stdout.startswith(f"{len(list(project.glob('*/*.yml')))} fiches vérifiées")


def test_planted_pickles_never_run_on_search(project, tmp_path):
    marker = tmp_path / "code-execute"
    assert fabrique("--racine", str(project), "search", "aidants").returncode == 0  # builds the real index
    index = Project.at(project).cache / search.INDEX_FOLDER
    tocs = sorted(index.glob("_MAIN_*.toc"))
    assert tocs, "the search index lives in .cache/fabrique/recherche"
    payload = pickle.dumps(Planted(marker))
    for toc in tocs:
        toc.write_bytes(payload)
    for segment in index.glob("*.seg"):
        segment.write_bytes(payload)
    plant_everywhere(project, marker)
    result = fabrique("--racine", str(project), "search", "aidants")
    assert not marker.exists()
    assert result.returncode == 0, result.stderr
    assert "résultat" in result.stdout  # the index was rebuilt from the records


def test_whoosh_pickles_go_through_the_guard(tmp_path):
    from generator import whoosh_guard

    whoosh_guard.install()
    import whoosh.filedb.structfile
    import whoosh.index

    marker = tmp_path / "code-execute"
    with pytest.raises(pickle.UnpicklingError):
        whoosh.index.pickle.loads(pickle.dumps(Planted(marker)))
    with pytest.raises(pickle.UnpicklingError):
        whoosh.filedb.structfile.load_pickle(__import__("io").BytesIO(pickle.dumps(Planted(marker))))
    assert not marker.exists()


def test_forged_json_entry_in_the_repository_is_never_read(project):
    """A pull request can commit .cache/ files (git add -f): a forged « no problem » entry must change nothing."""
    import subprocess

    sheet = project / "experiences" / "cafe-des-aidants.yml"
    sheet.write_text(sheet.read_text(encoding="utf-8").replace("titre:", "titr:", 1), encoding="utf-8")
    key = cache_key(project, "experience", "experiences/cafe-des-aidants.yml")
    put(project, key, json.dumps({"record": None, "problems": []}))
    git = ["git", "-C", str(project), "-c", "user.name=x", "-c", "user.email=x@example.org"]
    subprocess.run(git[:3] + ["init", "-q"], check=True)
    subprocess.run(git + ["add", "-f", "."], check=True)
    subprocess.run(git + ["commit", "-qm", "pull request"], check=True)
    assert Project.at(project).cache_folder("controle") is None  # a cache the repository carries is not trusted
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1 and "titr" in result.stdout


def test_malformed_entries_in_the_cache_are_ignored(project):
    relative = "experiences/cafe-des-aidants.yml"
    key = cache_key(project, "experience", relative)
    for bad in ("\x80\x04K\x01.", "[]", '{"record": {"data": 1}, "problems": []}',
                '{"record": null, "problems": [["x", "1", 1, "m", "error"]]}', "{" * 100000):
        put(project, key, bad)
        result = fabrique("--racine", str(project), "check")
        assert result.returncode == 0, (bad[:20], result.stdout, result.stderr)
    database(project).write_bytes(b"pas une base SQLite" * 100)
    assert fabrique("--racine", str(project), "check").returncode == 0


def test_cache_folder_writable_by_others_is_not_used(project):
    folder = Project.at(project).cache_folder("controle")
    assert folder is not None and folder == project / ".cache" / "fabrique" / "controle"
    folder.chmod(0o777)
    try:
        assert Project.at(project).cache_folder("controle") is None
        result = fabrique("--racine", str(project), "check")
        assert result.returncode == 0  # checked without a cache
    finally:
        folder.chmod(0o700)


def test_cache_entries_are_json(project):
    import sqlite3

    fabrique("--racine", str(project), "check", check=True)
    files = [entry for entry in (Project.at(project).cache / "controle").rglob("*") if entry.is_file()]
    assert [entry.name for entry in files] == [check_store.FILE_NAME]
    with sqlite3.connect(files[0]) as connection:
        values = [row[0] for row in connection.execute("SELECT value FROM results")]
    connection.close()
    assert values and all(isinstance(json.loads(value), dict) for value in values)
