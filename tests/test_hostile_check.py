"""Classes 4 and 5 — no silent « tout est en ordre », and bounded cost. `fabrique check` counts what it
checked, refuses every entry of a record folder that is not a record, refuses reserved ids and dead
page links (which the strict build would refuse in English), bounds lengths and numbers, and tells
all of it in French with file and line; nothing it prints holds a raw control character."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, copy_project, fabrique

SHEET = "experiences/cafe-des-aidants.yml"


@pytest.fixture
def project(sample_copy) -> Path:
    return sample_copy


def count(project: Path) -> int:
    return len([p for p in project.glob("*/*.yml") if p.is_file()])


def edit(project: Path, old: str, new: str, relative: str = SHEET) -> None:
    path = project / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(project: Path, needle: str, relative: str = SHEET) -> int:
    return next(n for n, line in enumerate((project / relative).read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def test_check_says_how_many_records_it_checked(project):
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 0
    assert result.stdout == f"{count(project)} fiches vérifiées : tout est en ordre, aucun problème trouvé.\n"
    as_json = fabrique("--racine", str(project), "check", "--format", "json")
    assert '"fiches_verifiees": %d' % count(project) in as_json.stdout


def test_check_with_no_record_fails(project):
    for folder in ("figures", "scenarios", "themes", "ateliers", "experiences"):
        for file in (project / folder).glob("*.yml"):
            file.unlink()
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1 and "aucune fiche trouvée" in result.stdout


MISNAMED = {
    "cafe": "il manque l'extension : renommez-le « cafe.yml »",
    "Cafe.YML": "renommez-le « cafe.yml »",
    "cafe.yaml": "renommez-le « cafe.yml »",
    "cafe.yml.txt": "n'est pas un nom de fiche",
    "cafe.yml ": "renommez-le « cafe.yml »",
    " cafe.yml": "renommez-le « cafe.yml »",
    "café.yml": "n'est pas un nom de fiche",
    ".cafe.yml.swp": "n'est pas un nom de fiche",
    "cafe.yml~": "n'est pas un nom de fiche",
    "cafe--x.yml": "n'est pas un nom de fiche",
}


@pytest.mark.parametrize("name", sorted(MISNAMED))
def test_every_file_that_is_not_a_record_name_is_a_problem(project, name):
    shutil.copy(project / SHEET, project / "experiences" / name)
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1, result.stdout
    assert f"experiences/{name}:1:1: « {name} » " in result.stdout
    assert MISNAMED[name] in result.stdout


def test_subfolder_in_a_record_folder_is_a_problem(project):
    (project / "experiences" / "archives").mkdir()
    shutil.copy(project / SHEET, project / "experiences" / "archives" / "vieux.yml")
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1
    assert "experiences/archives:1:1: « archives » est un dossier" in result.stdout


@pytest.mark.parametrize("reserved", ["index", "catalogue", "con", "prn", "aux", "nul", "com1", "lpt9"])
def test_reserved_ids_are_refused(project, reserved):
    target = project / "experiences" / f"{reserved}.yml"
    shutil.copy(project / SHEET, target)
    edit(project, "id: cafe-des-aidants", f"id: {reserved}", f"experiences/{reserved}.yml")
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1
    assert f"experiences/{reserved}.yml:1:1: « {reserved} » est un nom réservé" in result.stdout
    generate = fabrique("--racine", str(project), "generate")
    assert generate.returncode == 1 and not (project / "docs" / "experiences").exists()


def test_link_to_a_missing_page_is_found_by_check_in_french(project):
    edit(project, 'contexte: "Les aidants', 'contexte: "Voir [la fiche](../experiences/inconnue.md). Les aidants')
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1
    line = line_of(project, "contexte:")
    assert (f"{SHEET}:{line}:11: « contexte » renvoie à la page « ../experiences/inconnue.md », qui n'existe pas sur le site"
            in result.stdout)


@pytest.mark.parametrize("target", ["../figures/radar.md#nulle-part", "radar.md", "../figures/radar", "../../x.md"])
def test_other_page_links_stay_text_and_are_reported(project, target):
    edit(project, 'contexte: "Les aidants', f'contexte: "Voir [la figure]({target}). Les aidants')
    result = fabrique("--racine", str(project), "check")
    assert "ne sera pas un lien sur le site" in result.stdout
    fabrique("--racine", str(project), "generate", check=True)
    page = (project / "docs" / "experiences" / "cafe-des-aidants.md").read_text(encoding="utf-8")
    assert "\\[la figure\\]" in page


def test_links_that_check_accepts_pass_the_strict_build(tmp_path):
    project = copy_project(tmp_path / "projet")
    sheet = project / "experiences" / "exemple-cafe-des-aidants.yml"
    shutil.copy(ROOT / "tests" / "fixtures" / sheet.name, sheet)
    data = yaml.safe_load(sheet.read_text(encoding="utf-8"))
    data["contexte"] += (" [La figure](../figures/radar.md), [contribuer](../contribuer/index.md), "
                         "[le site](https://example.org/x?a=1&b=2), [javascript](javascript:alert(1)).")
    sheet.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    check = fabrique("check", cwd=project)
    assert check.returncode == 0, check.stdout
    fabrique("build", cwd=project, check=True)
    html = (project / "site" / "experiences" / "exemple-cafe-des-aidants" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../figures/radar/"' in html and 'href="https://example.org/x?a=1&amp;b=2"' in html
    assert "[javascript](javascript:alert(1))" in html


def test_navigation_entry_without_its_record_is_found_by_check(tmp_path):
    project = copy_project(tmp_path / "projet")
    (project / "scenarios" / "ccas-bar.yml").unlink()
    result = fabrique("check", cwd=project)
    assert result.returncode == 1
    assert "mkdocs.yml:" in result.stdout and "« scenarios/ccas-bar.md », mais aucune fiche" in result.stdout


def test_new_scenario_outside_the_navigation_is_found_by_check(tmp_path):
    project = copy_project(tmp_path / "projet")
    shutil.copy(project / "scenarios" / "ccas-bar.yml", project / "scenarios" / "ccas-bar-bis.yml")
    edit(project, "id: ccas-bar", "id: ccas-bar-bis", "scenarios/ccas-bar-bis.yml")
    result = fabrique("check", cwd=project)
    assert result.returncode == 1
    assert "la page « scenarios/ccas-bar-bis.md » n'est dans aucune navigation" in result.stdout


# Class 5 — bounded cost, clean messages


def test_text_field_over_its_limit_gets_a_french_message(project):
    edit(project, 'contexte: "Les aidants', 'contexte: "' + "a" * 6000 + " Les aidants")
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1
    line = line_of(project, "contexte:")
    assert f"{SHEET}:{line}:11: « contexte » est trop long (" in result.stdout and "5000 au plus" in result.stdout


def test_huge_field_is_refused_without_hanging(project):
    # the 258 KB field of the report, made of what used to make the e-mail regex quadratic
    edit(project, 'contexte: "Les aidants', 'contexte: "' + "a." * 129000 + "@ Les aidants")
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1 and "« contexte » est trop long (258" in result.stdout
    edit(project, 'contexte: "', 'contexte: "' + "a" * 8000)
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1 and "fichier trop gros (" in result.stdout


def test_regex_worst_case_under_the_size_limit_gives_messages(project):
    edit(project, 'contexte: "Les aidants', 'contexte: "' + ("a" * 60 + "@") * 80 + " Les aidants")
    edit(project, 'description: "', 'description: "' + "[" * 4000 + "](" * 400 + " ")
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 0 and result.stdout.endswith("tout est en ordre, aucun problème trouvé.\n")
    assert "Traceback" not in result.stderr


def test_five_thousand_digit_number_gets_file_and_line(project):
    edit(project, "  # budget: 45000  # en euros, nombre entier", "  budget: " + "9" * 5000)
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1
    line = line_of(project, "budget:")
    assert f"{SHEET}:{line}:11: nombre trop long (5000 caractères, 30 au plus)" in result.stdout


def test_big_budget_is_bounded(project):
    edit(project, "  # budget: 45000  # en euros, nombre entier", "  budget: 99999999999999999999")
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1 and "« moyens, budget » doit valoir au plus 10000000000" in result.stdout


@pytest.mark.parametrize("escape", ["\\e[31m", "\\x07", "\\x1b]0;titre\\x07", "\\u202e", "\\x85", "\\x9b31m", "\\0", "\\u2028",
                                    "\\uFFFE", "\\r\\e[2K"])
def test_control_character_in_a_title_gets_a_clear_message_and_never_reaches_the_terminal(project, escape):
    edit(project, 'titre: "Le café des aidants"', f'titre: "Le café{escape} des aidants"')
    for fmt in ("text", "github", "json"):
        result = fabrique("--racine", str(project), "check", "--format", fmt)
        assert result.returncode == 1
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u202e\ufffe]", result.stdout + result.stderr), fmt
    line = line_of(project, "titre:")
    text = fabrique("--racine", str(project), "check").stdout
    assert f"{SHEET}:{line}:8: « titre » contient un caractère de contrôle invisible U+" in text
    assert "supprimez-le" in text
    assert fabrique("--racine", str(project), "generate").returncode == 1


def test_carriage_returns_are_normalised_not_refused(project):
    edit(project, 'contexte: "Les aidants', 'contexte: "Ligne\\r\\n# pas un titre\\rLes aidants')
    assert fabrique("--racine", str(project), "check").returncode == 0
    fabrique("--racine", str(project), "generate", check=True)
    page = (project / "docs" / "experiences" / "cafe-des-aidants.md").read_text(encoding="utf-8")
    assert "\nLigne # pas un titre Les aidants" in page and "\r" not in page and "\n# pas" not in page


def test_raw_control_character_in_the_file_is_told_in_french(project):
    path = project / SHEET
    path.write_bytes(path.read_bytes().replace(b"Le caf", b"Le \x1b[2Jcaf", 1))
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1
    assert "\x1b" not in result.stdout + result.stderr and "Traceback" not in result.stderr
    assert f"{SHEET}:" in result.stdout


def test_unknown_key_with_escape_sequence_is_shown_escaped(project):
    edit(project, 'titre: "Le café des aidants"', 'titre: "Le café des aidants"\n"cl\\e[31mé": "x"')
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1 and "\x1b" not in result.stdout and "\\x1b" in result.stdout


def test_search_titles_never_reach_the_terminal_raw(tmp_path):
    project = copy_project(tmp_path / "projet")
    result = fabrique("search", "isolement", cwd=project)
    assert result.returncode == 0
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.stdout + result.stderr)


def test_repository_records_are_within_the_limits():
    assert fabrique("check", cwd=ROOT).returncode == 0


@pytest.mark.parametrize("url", ["https://user:motdepasse@example.org", "https://", "https://exemple.org/\\u202e"])
def test_address_fields_must_be_publishable(project, url):
    edit(project, "  # courriel:", f'  site: "{url}"\n  # courriel:')
    result = fabrique("--racine", str(project), "check")
    assert result.returncode == 1 and "« contact, site » n'est pas une adresse publiable" in result.stdout


def test_every_text_field_and_number_of_every_schema_is_bounded():
    from generator.schema import load_schemas

    schemas = load_schemas()
    shared = schemas["_common"]["$defs"]

    def resolved(node):
        reference = node.get("$ref", "")
        return resolved(shared[reference.rsplit("/", 1)[-1]]) if reference else node

    unbounded = []

    def visit(node, where):
        if isinstance(node, dict):
            target = resolved(node)
            types = target.get("type")
            types = [t for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)]
            if "string" in types and "enum" not in target and "maxLength" not in target:
                unbounded.append(where)
            if ({"integer", "number"} & set(types)) and "maximum" not in target:
                unbounded.append(where + " (maximum)")
            for key, value in node.items():
                visit(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                visit(value, f"{where}[{index}]")

    for name, schema in schemas.items():
        visit(schema, name)
    assert unbounded == []
