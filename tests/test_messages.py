"""Messages a contributor meets on an experience sheet, pinned as they read them: where (file, line,
column of the right spot), what is wrong, then the fix. The sheets are the sample sheet with one
change, so they follow the schema when it evolves."""
from __future__ import annotations

import re
import shutil

import pytest
import yaml

from conftest import SAMPLES, fabrique
from generator import departements
from generator.schema import load_schemas

SAMPLE = (SAMPLES / "experiences" / "cafe-des-aidants.yml").read_text(encoding="utf-8")
SHEET = "experiences/essai.yml"


def check_sheet(tmp_path, text: str) -> list[str]:
    """Problems of one sheet written in a copy of the sample project, without the « file: » prefix."""
    project = tmp_path / "projet"
    if not project.exists():
        shutil.copytree(SAMPLES, project)
    (project / SHEET).write_text(text.replace("id: cafe-des-aidants", "id: essai"), encoding="utf-8")
    result = fabrique("check", SHEET, cwd=project)
    assert "Traceback" not in result.stderr
    return [line[len(SHEET) + 1:] for line in result.stdout.splitlines() if line.startswith(SHEET + ":")]


def line_of(text: str, start: str) -> int:
    return next(number for number, line in enumerate(text.splitlines(), 1) if line.lstrip().startswith(start))


def with_departement(value: str) -> str:
    text, count = re.subn(r'departement: "42"', f"departement: {value}", SAMPLE)
    assert count == 1
    return text


DEPARTEMENT_MESSAGES = {
    '"96"': "« structure, departement » vaut « 96 », qui n'est pas un département. Vouliez-vous dire \"95\" (Val-d'Oise) ? "
            "Les codes vont de « 01 » à « 95 », avec « 2A » et « 2B » pour la Corse et « 971 » à « 976 » pour l'outre-mer, écrits entre guillemets.",
    "42": "« structure, departement » est écrit 42 sans guillemets, donc lu comme un nombre : écrivez \"42\" (Loire), entre guillemets.",
    "974": "« structure, departement » est écrit 974 sans guillemets, donc lu comme un nombre : écrivez \"974\" (La Réunion), entre guillemets.",
    # YAML reads an unquoted 07 as the octal number 7
    "07": "« structure, departement » est écrit 7 sans guillemets, donc lu comme un nombre : écrivez \"07\" (Ardèche), entre guillemets.",
    '"7"': "« structure, departement » vaut « 7 » : un code à un chiffre prend un zéro devant : écrivez \"07\" (Ardèche), entre guillemets.",
    '"20"': "« structure, departement » vaut « 20 », qui n'est plus un code de département depuis 1976 : la Corse en compte deux. "
            "Écrivez \"2A\" (Corse-du-Sud) ou \"2B\" (Haute-Corse), entre guillemets.",
    '"2a"': "« structure, departement » vaut « 2a » : la lettre de la Corse s'écrit en majuscule : écrivez \"2A\" (Corse-du-Sud), entre guillemets.",
    '"975"': "« structure, departement » vaut « 975 », qui n'est pas un département : Saint-Pierre-et-Miquelon est une collectivité d'outre-mer. "
             "Les départements d'outre-mer sont « 971 » à « 974 » et « 976 », écrits entre guillemets.",
    '"Gironde (33)"': "« structure, departement » vaut « Gironde (33) » : seul le code est attendu : écrivez \"33\" (Gironde), entre guillemets.",
    "Gironde": "« structure, departement » vaut « Gironde » : seul le code est attendu : écrivez \"33\" (Gironde), entre guillemets.",
    '"033"': "« structure, departement » vaut « 033 » : le code s'écrit sans zéro devant : écrivez \"33\" (Gironde), entre guillemets.",
    '""': "« structure, departement » est vide : écrivez le code du département entre guillemets (par exemple \"33\" pour la Gironde).",
    '"99"': "« structure, departement » vaut « 99 », qui n'est pas un département. "
            "Les codes vont de « 01 » à « 95 », avec « 2A » et « 2B » pour la Corse et « 971 » à « 976 » pour l'outre-mer, écrits entre guillemets.",
}


@pytest.mark.parametrize("written", sorted(DEPARTEMENT_MESSAGES))
def test_departement_messages(tmp_path, written):
    text = with_departement(written)
    line = line_of(text, "departement:")
    assert check_sheet(tmp_path, text) == [f"{line}:16: {DEPARTEMENT_MESSAGES[written]}"]


@pytest.mark.parametrize("code", ["01", "2A", "2B", "33", "95", "971", "976"])
def test_real_departements_pass(tmp_path, code):
    assert check_sheet(tmp_path, with_departement(f'"{code}"')) == []


def test_departements_are_the_real_list():
    codes = list(departements.departements())
    assert len(codes) == 101  # 96 in metropolitan France (2A and 2B for Corsica), 5 overseas
    assert codes[:3] == ["01", "02", "03"] and codes[19:21] == ["2A", "2B"] and codes[-5:] == ["971", "972", "973", "974", "976"]
    assert "20" not in codes and "975" not in codes
    assert departements.label("33") == "Gironde (33)"
    assert departements.label("2A") == "Corse-du-Sud (2A)"
    # the schema (which editors use for completion) accepts every real code
    pattern = re.compile(load_schemas()["experience"]["properties"]["structure"]["properties"]["departement"]["pattern"])
    assert all(pattern.search(code) for code in codes)


def test_missing_nested_field_reported_where_it_belongs(tmp_path):
    text = re.sub(r'\n  commune: "[^"]*"', "", SAMPLE)
    line = line_of(text, "departement:")  # the line where « commune » should be written, after « nom »
    assert check_sheet(tmp_path, text) == [
        f"{line}:3: champ obligatoire « commune » manquant dans « structure » : ajoutez une ligne « commune: … » "
        "après « nom » (voir le modèle de fiche).",
    ]


def test_missing_field_reported_after_the_previous_one_not_on_id(tmp_path):
    text = re.sub(r"\ntitre: [^\n]*", "", SAMPLE)
    assert check_sheet(tmp_path, text) == [
        f"{line_of(text, 'id:') + 1}:1: champ obligatoire « titre » manquant : ajoutez une ligne « titre: … » "
        "après « id » (voir le modèle de fiche).",
    ]


def test_missing_first_field_reported_before_the_next_one(tmp_path):
    text = re.sub(r"\nid: [^\n]*", "", SAMPLE)
    assert check_sheet(tmp_path, text) == [
        f"{line_of(text, 'titre:')}:1: champ obligatoire « id » manquant : ajoutez une ligne « id: … » "
        "avant « titre » (voir le modèle de fiche).",
    ]


def test_missing_last_field_reported_after_the_previous_one(tmp_path):
    text = re.sub(r"\npublication: [^\n]*", "", SAMPLE)
    last = line_of(text, "licence:")
    assert check_sheet(tmp_path, text) == [
        f"{last + 1}:1: champ obligatoire « publication » manquant : ajoutez une ligne « publication: … » "
        "après « licence » (voir le modèle de fiche).",
    ]


def test_two_missing_fields_each_at_its_place(tmp_path):
    text = re.sub(r"\n  commune: [^\n]*", "", re.sub(r"\nchapo: [^\n]*", "", SAMPLE))
    problems = check_sheet(tmp_path, text)
    assert [p.split(": ", 1)[1].split(" :")[0] for p in problems] == [
        "champ obligatoire « chapo » manquant",
        "champ obligatoire « commune » manquant dans « structure »",
    ]


def test_duplicate_key_does_not_hide_other_mistakes(tmp_path):
    """Five mistakes, one of them a repeated key: five messages in one run."""
    text = SAMPLE.replace("  - bien-vieillir", "  - bien-vieilir")  # 1. misspelt theme
    text = text.replace('departement: "42"', 'departement: "96"')  # 2. no such département
    text = text.replace("statut: ", "statu: ", 1)  # 3. misspelt key
    text = text.replace("\nchapo:", "\ntitre: \"Deuxième titre\"\nchapo:", 1)  # 4. repeated key
    text = text.replace("  - id: radar", "  - id: radr")  # 5. unknown figure
    problems = check_sheet(tmp_path, text)
    assert len(problems) == 5, problems
    messages = [p.split(": ", 1)[1] for p in problems]
    assert any(m.startswith("le champ « titre » apparaît deux fois (déjà ligne 7)") for m in messages)
    assert any("« bien-vieilir », qui n'est pas une valeur permise. Vouliez-vous dire « bien-vieillir » ?" in m for m in messages)
    assert any(m.startswith("« structure, departement » vaut « 96 »") for m in messages)
    assert any(m.startswith("champ « statu » inconnu. Vouliez-vous dire « statut » ?") for m in messages)
    assert any("renvoie à la figure « radr »" in m for m in messages)


def test_suggestion_comes_before_the_list_of_allowed_values(tmp_path):
    text = SAMPLE.replace("  - bien-vieillir", "  - bien-vieilir")
    [problem] = check_sheet(tmp_path, text)
    line = line_of(text, "- bien-vieilir")
    assert problem.startswith(
        f"{line}:5: « themes, élément 1 » vaut le texte « bien-vieilir », qui n'est pas une valeur permise. "
        "Vouliez-vous dire « bien-vieillir » ? Valeurs permises : « acces-aux-droits », "
    )
    assert problem.index("Vouliez-vous dire") < problem.index("Valeurs permises")


def test_unknown_key_without_suggestion_lists_the_fields(tmp_path):
    text = SAMPLE.replace("  type: ccas", "  type: ccas\n  xyz: 1")
    assert check_sheet(tmp_path, text) == [
        f"{line_of(text, 'xyz:')}:3: champ « xyz » inconnu. Champs possibles ici : type, nom, commune, departement, population.",
    ]


def test_yaml_tag_with_wrong_value_is_a_message_not_a_crash(tmp_path):
    text = SAMPLE.replace('commune: "Villeneuve-Exemple"', "commune: !!int Villeneuve")
    problems = check_sheet(tmp_path, text)
    line = line_of(text, "commune:")
    assert problems == [
        f"{line}:12: la valeur « Villeneuve » ne correspond pas à l'étiquette « !!int » : "
        "retirez ce qui commence par « ! », ou mettez la valeur entre guillemets.",
    ]


@pytest.mark.parametrize("written", ["!!int", '!!int ""', "!!float", "!!float ''", "!!bool"])
def test_yaml_number_tag_without_a_value_is_a_message_not_a_crash(tmp_path, written):
    text = SAMPLE.replace('commune: "Villeneuve-Exemple"', f"commune: {written}")
    line = line_of(text, "commune:")
    tag = written.split()[0]
    assert check_sheet(tmp_path, text) == [
        f"{line}:12: la valeur «  » ne correspond pas à l'étiquette « {tag} » : "
        "retirez ce qui commence par « ! », ou mettez la valeur entre guillemets.",
        f"{line}:12: « structure, commune » est vide : écrivez le texte attendu.",  # then checked as the text it holds
    ]


def test_every_message_starts_with_a_place(tmp_path):
    """A sheet with many kinds of mistakes: each line is « line:column: » then a French sentence."""
    data = yaml.safe_load(SAMPLE)
    text = SAMPLE.replace("exemple: true", "exemple: oui").replace("  - habitants", "  - habitant")
    text = text.replace('departement: "42"', "departement: 7")
    for problem in check_sheet(tmp_path, text):
        assert re.match(r"\d+:\d+: [«a-zé]", problem), problem
    assert data["id"] == "cafe-des-aidants"


@pytest.mark.parametrize("quote", ['"', "'"])
@pytest.mark.parametrize("field", ["titre", "commune"])
def test_a_quote_left_open_is_shown_where_it_opens(tmp_path, quote, field):
    """YAML reads an unclosed quote on, over the next fields, and fails lines further down, where a
    later quote closes it: the message points at the quote left open, not at that later line."""
    line = line_of(SAMPLE, f"{field}:")
    lines = SAMPLE.splitlines()
    indent = lines[line - 1][: len(lines[line - 1]) - len(lines[line - 1].lstrip())]
    lines[line - 1] = f"{indent}{field}: {quote}Café des aidants"
    problems = check_sheet(tmp_path, "\n".join(lines) + "\n")
    assert len(problems) == 1, problems
    place, message = problems[0].split(": ", 1)
    assert place == f"{line}:{len(indent) + len(field) + 3}"
    closing = int(re.search(r"jusqu'à la ligne (\d+)", message).group(1))
    assert closing > line and quote in lines[closing - 1]
    assert message.startswith("syntaxe YAML invalide : le guillemet ouvert ici n'est pas refermé sur cette ligne")
    assert message.endswith("Ajoutez le guillemet de fin à la fin de cette ligne.")


@pytest.mark.parametrize("quote", ['"', "'"])
@pytest.mark.parametrize("field", ["titre", "commune"])
def test_a_quote_never_closed_is_shown_where_it_opens(tmp_path, quote, field):
    """No later quote closes it: YAML reads on to the end of the file and fails there; the message
    points at the quote left open, not at the last line."""
    line = line_of(SAMPLE, f"{field}:")
    lines = SAMPLE.splitlines()
    indent = lines[line - 1][: len(lines[line - 1]) - len(lines[line - 1].lstrip())]
    lines[line - 1] = f"{indent}{field}: {quote}Café des aidants"
    lines[line:] = [text.replace(quote, "’" if quote == "'" else "") for text in lines[line:]]
    problems = check_sheet(tmp_path, "\n".join(lines) + "\n")
    assert problems == [f"{line}:{len(indent) + len(field) + 3}: syntaxe YAML invalide : le guillemet ouvert ici n'est "
                        "jamais refermé ; YAML lit tout le reste du fichier comme une seule valeur. Ajoutez le guillemet "
                        "de fin à la fin de cette valeur."], problems


def test_a_quoted_text_over_several_lines_is_not_blamed_for_a_later_mistake(tmp_path):
    """A value quoted over two lines, correct, then a real indentation mistake below it: the message is
    on the mistake."""
    text = SAMPLE.replace("id: cafe-des-aidants", 'id: cafe-des-aidants\nnote_interne: "une valeur\n  sur deux lignes"', 1)
    line = line_of(text, "titre:")
    text = text.replace("\ntitre:", "\n   titre:", 1)
    problems = check_sheet(tmp_path, text)
    assert problems and problems[0].startswith(f"{line}:"), problems
    assert "guillemet ouvert" not in problems[0]
