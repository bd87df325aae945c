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


WORDS = ("jardin epicerie transport numerique logement isolement aidants jeunesse santé emploi mobilite "
         "alimentation energie mediation benevoles quartier seniors familles parentalite citoyennete").split()


def _private(n: int, salt: str = "") -> str:
    """A word of one sheet only (letters only: the related sheets count words of 4 letters or more)."""
    return "zq" + salt + "".join(chr(97 + int(digit)) for digit in f"{n:03d}")


def _sheets(count: int) -> dict[str, dict]:
    """Sheets in groups that share words, themes and figures, each with words of its own."""
    sheets = {}
    for n in range(count):
        words = [WORDS[n % 8], WORDS[8 + n % 8], _private(n), _private(n, "x")]
        sheets[f"fiche-{n:03d}"] = {
            "id": f"fiche-{n:03d}", "titre": f"Action {_private(n, 't')}", "origine": "unccas",
            "chapo": " ".join(words * 2), "description": " ".join(reversed(words)), "structure": {"type": "ccas"},
            "themes": [f"theme-{n % 5}"], "publics": [f"public-{n % 3}"],
            "figures": [{"id": f"figure-{n % 4}", "par": "redaction", "justification": "x"}] if n % 3 else [],
        }
    return sheets


def _corpus(sheets: dict[str, dict]):
    """Records as check.py leaves them: each with the check cache key of its bytes (here: of its data)."""
    import copy
    import hashlib
    import json

    from generator.corpus import Corpus
    from generator.load import RawRecord

    corpus = Corpus()
    for sheet_id, data in sheets.items():
        record = RawRecord(f"experiences/{sheet_id}.yml", "experiences", copy.deepcopy(data))
        record.source_key = hashlib.sha1(json.dumps(data, sort_keys=True).encode()).hexdigest()
        corpus.records["experience"][sheet_id] = record
    return corpus


def _answers_of(monkeypatch, module, name: str) -> list:
    """The list of what module.name returns, call after call, from now on."""
    answers = []
    function = getattr(module, name)

    def spy(*args):
        answers.append(function(*args))
        return answers[-1]

    monkeypatch.setattr(module, name, spy)
    return answers


def test_related_sheets_recomputed_in_part_are_those_of_a_cold_run(tmp_path, monkeypatch):
    """The related sheets kept from the previous run (only the rows that can change are computed
    again) are, after each kind of change, exactly those computed from nothing."""
    from generator import related

    answers = _answers_of(monkeypatch, related, "_update")
    reused = _answers_of(monkeypatch, related, "_words_since")
    sheets = _sheets(80)
    cache = tmp_path / "cache"
    related.compute_related(_corpus(sheets), cache)

    def changes():
        yield "titre", lambda: sheets["fiche-007"].update(titre=f"Action {_private(7, 't')} renouvelee")
        # a sheet that now says what another says: it enters lists it was not in
        yield "texte", lambda: sheets["fiche-011"].update(chapo=sheets["fiche-040"]["chapo"],
                                                          description=sheets["fiche-040"]["description"])
        # a sheet listed by others that no longer resembles them
        yield "liste", lambda: sheets["fiche-040"].update(chapo="colocation intergenerationnelle", description="bal")
        yield "rien", lambda: None
        yield "mot", lambda: sheets["fiche-051"].update(description=sheets["fiche-051"]["description"] + " jardin")
        yield "figure", lambda: sheets["fiche-033"].update(figures=[{"id": "figure-1", "par": "redaction", "justification": "y"}])
        yield "retrait", lambda: sheets.pop("fiche-020")
        yield "ajout", lambda: sheets.update({"fiche-200": {**sheets["fiche-013"], "id": "fiche-200"}})

    for name, change in changes():
        change()
        answers.clear()
        reused.clear()
        incremental = related.compute_related(_corpus(sheets), cache)
        assert incremental == related.compute_related(_corpus(sheets)), name
        assert any(incremental[("experience", sheet_id)] for sheet_id in sheets), name
        if name in ("titre", "texte", "liste", "rien"):
            assert answers and answers[-1] is not None, f"{name} : tout a été recalculé"
        if name not in ("retrait", "ajout"):
            # from the previous run's state: only the sheets that changed, and those that use a word
            # used by more or fewer sheets since, have their words weighed again
            assert reused and reused[-1] is not None, name
        if name in ("titre", "rien", "figure"):
            assert len(reused[-1][1]) <= 1, name


def test_damaged_related_state_is_ignored(tmp_path):
    import json
    import sqlite3

    from generator import related

    sheets = _sheets(40)
    cache = tmp_path / "cache"
    expected = related.compute_related(_corpus(sheets), cache)
    database = cache / "pages.sqlite"
    state = json.loads(sqlite3.connect(database).execute("SELECT state FROM related").fetchone()[0])
    damaged = []
    for row, field, value in ((0, 2, ["fiche-999"]), (1, 2, [["fiche-001"]]), (2, 3, [[5000], [1]]), (3, 3, [[1], [True]]),
                              (4, 0, None), (5, 3, [[1, 2], [3]])):
        copy = json.loads(json.dumps(state))
        copy["rows"][sorted(copy["rows"])[row]][field] = value
        damaged.append(json.dumps(copy))
    for forged in ('{"fiche-001": ["x", ["fiche-999"]]}', "[]", "{", '{"fiche-001": ["x", [1]]}', *damaged,
                   json.dumps({**state, "count": 39}), json.dumps({**state, "terms": {"jardin": -1}})):
        with sqlite3.connect(database) as connection:
            connection.execute("UPDATE related SET state = ?", (forged,))
        connection.close()
        assert related.compute_related(_corpus(sheets), cache) == expected


def check_output(project: Path) -> str:
    return fabrique("--racine", str(project), "check").stdout


def test_problem_on_a_cached_sheet_is_placed_as_in_a_cold_check(tmp_path):
    """A sheet read from the check cache keeps no positions: its file is read again for them when a
    problem needs one. A figure removed since, which the sheet names, is reported at the same line and
    column as by a check without cache; and on line 1 if the file can no longer be read as a sheet."""
    project = copy_project(tmp_path / "projet")
    check_output(project)  # fills the cache
    sheet = next(path for path in sorted((project / "experiences").glob("*.yml"))
                 if re.search(r"^  - id: \S+", path.read_text(encoding="utf-8"), re.M))
    figure = re.search(r"^  - id: (\S+)", sheet.read_text(encoding="utf-8"), re.M).group(1)
    (project / "figures" / f"{figure}.yml").unlink()
    cached = check_output(project)
    line = next(number for number, text in enumerate(sheet.read_text(encoding="utf-8").splitlines(), 1)
                if text == f"  - id: {figure}")
    assert f"experiences/{sheet.name}:{line}:" in cached and f"« {figure} », qui n'existe pas" in cached
    shutil.rmtree(project / ".cache")
    assert check_output(project) == cached
    # the record's text is let go once it is checked: a file unreadable by the time the problem is
    # placed gives line 1, never a crash
    from generator.check_store import decode, encode
    from generator.load import load_file

    record, problems = load_file(sheet, f"experiences/{sheet.name}", "experiences")
    again, _ = decode(encode((record, problems)), str(tmp_path / "parti.yml"))
    assert again.data == record.data and again.where(("figures", 0, "id")) == (1, 1)  # figures[0]: the list the regex found
    again, _ = decode(encode((record, problems)), str(sheet))
    assert again.where(("figures", 0, "id")) == record.where(("figures", 0, "id")) != (1, 1)


def test_link_on_a_cached_sheet_to_a_page_removed_since(tmp_path):
    """A sheet read from the check cache still has its links checked against the pages that exist:
    a link written as such, and one whose « [ » is escaped in a quoted string."""
    project = copy_project(tmp_path / "projet")
    sheets = sorted((project / "experiences").glob("*.yml"))
    target, plain, escaped = sheets[0], sheets[1], sheets[2]
    for sheet, link in ((plain, f"[voir](../experiences/{target.stem}.md)"), (escaped, f"\\x5Bvoir\\x5D(../experiences/{target.stem}.md)")):
        text = sheet.read_text(encoding="utf-8")
        assert re.search(r"^chapo: .*$\n(?:  .*\n)*", text, re.M), sheet
        sheet.write_text(re.sub(r"^chapo: .*$\n(?:  .*\n)*", lambda _: f'chapo: "Une action, {link}."\n', text, count=1, flags=re.M),
                         encoding="utf-8")
    assert "n'existe pas" not in check_output(project)  # fills the cache
    target.unlink()
    cached = check_output(project)
    for sheet in (plain, escaped):
        assert f"experiences/{sheet.name}:" in cached and f"renvoie à la page « ../experiences/{target.stem}.md »" in cached
    shutil.rmtree(project / ".cache")
    assert check_output(project) == cached


def test_figure_link_of_a_sheet(project, tmp_path):
    """A figure's page lists the sheets that illustrate it, with why: kept in the cache, it changes
    with what a sheet says of the figure, and only then."""
    link = re.compile(r"^  - id: (\S+)\n(?:    .*\n)*?    justification: (.+)$", re.M)
    sheet = next(path for path in sorted((project / "experiences").glob("*.yml")) if link.search(path.read_text(encoding="utf-8")))
    figure, justification = link.search(sheet.read_text(encoding="utf-8")).groups()
    edit(sheet, f"justification: {justification}", "justification: Une raison toute neuve pour cette figure.")
    generate(project)
    pages = assert_same_as_from_scratch(project, tmp_path)
    assert "Une raison toute neuve pour cette figure." in pages[f"figures/{figure}.md"].decode()
