"""`fabrique check`: the repository passes; each broken file of tests/invalid/ gets its exact message and line."""
from __future__ import annotations

import json

import pytest

from conftest import ROOT, SAMPLES, fabrique

INVALID = ROOT / "tests" / "invalid"

# One broken file per kind of mistake, named after it; each message pinned as the contributor reads it.
EXPECTED = {
    'ateliers/annee-impossible.yml': [
        '5:8: « annee » doit valoir au plus 2020, pas 2051.',
    ],
    'ateliers/type-inconnu.yml': [
        "7:7: « type » vaut le texte « ateleir », qui n'est pas une valeur permise. Vouliez-vous dire « atelier » ? Valeurs permises : « atelier », « atelier-portraits », « congres ».",
    ],
    'figures/carte-trop-longue.yml': [
        '46:13: « carte, accroche » est trop long (329 caractères, 300 au plus) : raccourcissez-le de 29 caractères.',
    ],
    'figures/couleur-invalide.yml': [
        '6:10: « couleur » doit être une couleur écrite « # » suivie de 6 chiffres hexadécimaux (par exemple « #1f4e8c »).',
    ],
    'figures/nombre-en-texte.yml': [
        '5:7: « page » doit être un nombre entier, pas le texte « vingt et un ».',
    ],
    'figures/numero-en-double.yml': [
        '3:9: le numéro 1 est aussi celui de figures/radar.yml : chaque figure a son propre numéro.',
    ],
    'figures/question-sans-et-si-demain.yml': [
        '10:11: « question » doit commencer par « Et si demain ».',
    ],
    'figures/un-seul-scenario-augmente.yml': [
        '15:3: « scenarios_augmentes » doit compter au moins 2 éléments ; il en a 1.',
    ],
    'scenarios/ancre-et-alias.yml': [
        "5:9: les ancres et alias YAML (« & » et « * » devant un nom) ne sont pas acceptés dans les fiches : recopiez le texte voulu à chaque endroit, ou mettez-le entre guillemets s'il commence par « * » ou « & ».",
    ],
    'scenarios/atelier-inconnu.yml': [
        "4:10: « atelier » renvoie à l'atelier « paris-2091 », qui n'existe pas dans « ateliers/ ». Vouliez-vous dire « paris-2019 » ?",
    ],
    'scenarios/champ-inconnu.yml': [
        '5:1: champ « resumé » inconnu. Vouliez-vous dire « resume » ?',
    ],
    'scenarios/champ-manquant.yml': [
        # where the field belongs (after « atelier », the field before it in the model), not on the « id » line
        '5:1: champ obligatoire « resume » manquant : ajoutez une ligne « resume: … » après « atelier » (voir le modèle de fiche).',
    ],
    'scenarios/cle-en-double.yml': [
        '6:1: le champ « titre » apparaît deux fois (déjà ligne 3) : gardez-en un seul, sinon une des deux valeurs serait perdue. La vérification continue avec la première valeur.',
    ],
    'scenarios/donnees-personnelles.yml': [
        '5:9: avertissement : « resume » semble contenir un numéro de téléphone : ne publiez pas de données personnelles ; un numéro de service va dans le champ « contact ».',
        '5:9: avertissement : « resume » semble contenir une adresse e-mail : ne publiez pas de données personnelles ; une adresse de contact professionnelle va dans le champ « contact ».',
    ],
    'scenarios/fichier-vide.yml': [
        '1:1: le fichier est vide : il doit contenir les champs de la fiche (par exemple « id: … »).',
    ],
    'scenarios/figure-inconnue.yml': [
        "15:9: « figures, élément 1, id » renvoie à la figure « radr », qui n'existe pas dans « figures/ ». Vouliez-vous dire « radar » ?",
    ],
    'scenarios/id-avec-majuscules.yml': [
        '2:5: « id » vaut le texte « Id Avec Majuscules » : un identifiant ne contient que des minuscules sans accent, des chiffres et des tirets (par exemple « ma-fiche-2024 »).',
    ],
    'scenarios/id-chemin.yml': [
        '2:5: « id » vaut le texte « ../../etc/passwd » : un identifiant ne contient que des minuscules sans accent, des chiffres et des tirets (par exemple « ma-fiche-2024 »).',
    ],
    'scenarios/id-different-du-fichier.yml': [
        "2:5: l'identifiant « un-autre-nom » doit être identique au nom du fichier « id-different-du-fichier » : renommez le fichier en « un-autre-nom.yml » ou écrivez « id: id-different-du-fichier ».",
    ],
    'scenarios/liste-au-lieu-de-champs.yml': [
        '1:1: une fiche doit être une suite de champs « clé: valeur » ; ce fichier contient une liste. Commencez par « id: … » en début de ligne, sans tiret devant.',
    ],
    'scenarios/liste-au-lieu-de-texte.yml': [
        '6:3: « resume » doit être un texte, pas une liste de 2 éléments.',
    ],
    'scenarios/pas-en-utf8.yml': [
        "5:15: le fichier n'est pas encodé en UTF-8 (un caractère accentué est illisible à cet endroit) : enregistrez-le en « UTF-8 » depuis votre éditeur.",
    ],
    'scenarios/syntaxe-yaml.yml': [
        '5:17: syntaxe YAML invalide : deux-points « : » inattendu. Si le texte contient « : », mettez toute la valeur entre guillemets (par exemple titre: "Avant : après"), ou vérifiez l\'indentation de la ligne.',
    ],
    'scenarios/tabulation.yml': [
        "7:1: syntaxe YAML invalide : une tabulation sert d'indentation : YAML n'accepte que des espaces. Remplacez la tabulation par des espaces.",
    ],
    'scenarios/texte-au-lieu-de-champs.yml': [
        '1:1: une fiche doit être une suite de champs « clé: valeur » ; ce fichier contient un texte seul. Commencez par « id: … » en début de ligne, sans tiret devant.',
    ],
    'scenarios/texte-vide.yml': [
        '5:9: « resume » est vide : écrivez le texte attendu.',
    ],
    'scenarios/theme-mal-orthographie.yml': [
        "11:7: « theme, id » renvoie à la thématique « bonheure », qui n'existe pas dans « themes/ ». Vouliez-vous dire « bonheur » ?",
    ],
    'scenarios/vrai-faux-en-francais.yml': [
        '12:14: « theme, editorial » doit être true ou false, pas le texte « oui ».',
    ],
    'themes/trop-de-questions.yml': [
        '10:5: « carte, questions » doit compter au plus 4 éléments ; il en a 5.',
    ],
    'doublon/scenarios/ccas-bar.yml': [
        "2:5: l'identifiant « ccas-bar » est déjà pris par scenarios/ccas-bar.yml : choisissez-en un autre (et renommez le fichier).",
    ],
}

WARNINGS_ONLY = {"scenarios/donnees-personnelles.yml"}


def test_repository_records_pass():
    result = fabrique("check")
    assert result.returncode == 0, result.stdout + result.stderr
    records = sum(len(list((ROOT / folder).glob("*.yml"))) for folder in ("figures", "scenarios", "themes", "ateliers", "experiences"))
    assert result.stdout.strip() == f"{records} fiches vérifiées : tout est en ordre, aucun problème trouvé."


def test_every_invalid_file_is_pinned():
    on_disk = {p.relative_to(INVALID).as_posix() for p in INVALID.rglob("*.yml")}
    assert on_disk == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_file_message(name):
    path = INVALID / name
    shown = path.relative_to(ROOT).as_posix()
    result = fabrique("--racine", str(SAMPLES), "check", shown)
    problems = [line[len(shown) + 1:] for line in result.stdout.splitlines() if line.startswith(shown + ":")]
    assert problems == EXPECTED[name]
    assert result.returncode == (0 if name in WARNINGS_ONLY else 1)
    assert "Traceback" not in result.stderr


def test_all_problems_reported_at_once():
    """A contributor wants every mistake in one run, not one per run."""
    result = fabrique("--racine", str(SAMPLES), "check", "tests/invalid")
    lines = [line for line in result.stdout.splitlines() if line.startswith("tests/invalid/")]
    assert len(lines) == sum(len(messages) for messages in EXPECTED.values())
    assert result.returncode == 1


def test_github_format_annotates_lines():
    result = fabrique("--racine", str(SAMPLES), "check", "--format", "github", "tests/invalid/scenarios/theme-mal-orthographie.yml")
    assert result.stdout.strip() == (
        "::error file=tests/invalid/scenarios/theme-mal-orthographie.yml,line=11,col=7,title=fabrique check::"
        "« theme, id » renvoie à la thématique « bonheure », qui n'existe pas dans « themes/ ». "
        "Vouliez-vous dire « bonheur » ?"
    )
    assert result.returncode == 1


def test_json_format():
    result = fabrique("--racine", str(SAMPLES), "check", "--format", "json", "tests/invalid/scenarios/fichier-vide.yml")
    data = json.loads(result.stdout)
    assert data["erreurs"] == 1
    assert data["problemes"][0]["line"] == 1
    assert data["problemes"][0]["path"] == "tests/invalid/scenarios/fichier-vide.yml"


def test_file_over_size_limit(tmp_path):
    folder = tmp_path / "scenarios"
    folder.mkdir()
    big = folder / "trop-gros.yml"
    big.write_text("id: trop-gros\nresume: >-\n" + ("  Un texte très long.\n" * 20000), encoding="utf-8")
    result = fabrique("--racine", str(SAMPLES), "check", str(big))
    assert "fichier trop gros (449 Kio, 256 Kio au plus)" in result.stdout
    assert result.returncode == 1


def test_usage_errors_exit_2_in_french():
    result = fabrique("check", "nexiste-pas.yml")
    assert result.returncode == 2
    assert "Erreur d'utilisation : « nexiste-pas.yml » n'existe pas" in result.stderr
    result = fabrique("check", "--format", "xml")
    assert result.returncode == 2
    assert "valeur invalide pour '--format'" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_is_french():
    result = fabrique("--help")
    assert "Affiche cette aide et quitte." in result.stdout
    for command in ("check", "generate", "build", "serve", "export"):
        assert command in result.stdout
        sub = fabrique(command, "--help")
        assert sub.returncode == 0 and "Utilisation : fabrique" in sub.stdout and "Show this message" not in sub.stdout


KINDS_WITH_A_SCHEMA = ["atelier", "experience", "figure", "scenario", "theme"]


def test_shipped_validators_are_exactly_the_schemas_compiled():
    """generator/compiled_schemas/ holds what `python -m generator.schema` writes from the schemas of today."""
    from generator import schema

    folder = ROOT / "generator" / "compiled_schemas"
    assert sorted(path.stem for path in folder.glob("*.py") if path.stem != "__init__") == KINDS_WITH_A_SCHEMA
    for kind in KINDS_WITH_A_SCHEMA:
        assert (folder / f"{kind}.py").read_text(encoding="utf-8") == schema.compiled_validator_code(kind), (
            f"generator/compiled_schemas/{kind}.py is stale: run « python -m generator.schema »")
        assert schema.fast_validator(kind).func.__module__ == f"generator.compiled_schemas.{kind}"


def test_a_shipped_validator_is_not_used_for_another_schema(monkeypatch):
    """A schema changed without regenerating its shipped code: the schema itself is compiled and enforced."""
    from generator import schema

    real = schema.load_schemas()
    changed = json.loads(json.dumps(real))
    changed["theme"]["properties"]["titre"] = {"type": "string", "maxLength": 3}
    theme = {"id": "essai", "numero": 1, "titre": "Un titre bien trop long", "autres_noms": [], "description": "Texte.",
             "couleur": "#123456", "carte": {"questions": ["Une question ?", "Une autre question ?"]}}
    shipped = schema.fast_validator("theme")
    shipped(theme)  # valid for the shipped schema
    schema.fast_validator.cache_clear()
    monkeypatch.setattr(schema, "load_schemas", lambda: changed)
    try:
        stale = schema.fast_validator("theme")
        assert getattr(stale, "func", stale).__module__ != "generator.compiled_schemas.theme"
        with pytest.raises(Exception):
            stale(theme)
    finally:
        schema.fast_validator.cache_clear()


def _paths(data, path=()):
    """(every path of `data`, root included; the paths that are keys of a mapping)."""
    every, keys = [path], []
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for part, value in items:
        if isinstance(data, dict):
            keys.append(path + (part,))
        found, found_keys = _paths(value, path + (part,))
        every += found
        keys += found_keys
    return every, keys


def test_positions_point_at_each_key_and_value():
    """Positions are worked out only when a problem needs them (load.RawRecord): for every record
    of the repository and every broken file that still reads as a record, each key and each value
    of its data has one, and the text at that line and column is that key, or begins that value."""
    from generator.load import load_file

    files = [file for folder in ("figures", "scenarios", "themes", "ateliers", "experiences") for file in sorted((ROOT / folder).glob("*.yml"))]
    files += sorted(INVALID.rglob("*.yml"))
    checked = 0
    for file in files:
        record, _ = load_file(file, file.name, file.parent.name)
        if record is None:
            continue
        lines = file.read_text(encoding="utf-8-sig").splitlines()
        every, keys = _paths(record.data)
        assert sorted(map(repr, record.values)) == sorted(map(repr, every)), file
        assert sorted(map(repr, record.keys)) == sorted(map(repr, keys)), file
        for path in keys:
            line, column = record.keys[path]
            assert lines[line - 1][column - 1:].lstrip("\"'").startswith(str(path[-1])), (file, path)
        for path in every:
            value = record.data
            for part in path:
                value = value[part]
            if isinstance(value, str) and value.strip() and "\n" not in value.strip():
                line, column = record.values[path]
                start = lines[line - 1][column - 1:].lstrip("\"'|>-+ ")
                if not start:  # a block (« >- », « | »): the text starts on the next line
                    start = lines[line].strip()
                assert start[:1] == value.strip()[:1] or "\\" in start[:2], (file, path, start[:20], value[:20])
        checked += 1
    assert checked > 100
